"""Errors a user can cause. Each message is Chinese, names what is wrong, and says what to do."""

from __future__ import annotations


class QuickReplyError(Exception):
    """Base of every error the CLI and the UI turn into a message instead of a traceback."""


class NotFound(QuickReplyError):
    """No template or category answers to the reference."""


class ShortcutClash(QuickReplyError):
    """A shortcut code is already used by another template."""


class InvalidInput(QuickReplyError):
    """A field value is not acceptable (empty title, category path too deep, …)."""


class MissingVariable(QuickReplyError):
    """A template needs a value that nobody gave and that has no default."""


class LibraryDamaged(QuickReplyError):
    """The library file cannot be opened or is newer than this program."""
