"""Errors a user can cause. Each message is Chinese, names what is wrong, and says what to do."""

from __future__ import annotations

import errno
from pathlib import Path


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


class LibraryBusy(LibraryDamaged):
    """Another program (the CLI beside the GUI, a big import) held the library longer than a write would wait."""

    def __init__(self) -> None:
        super().__init__("资料库正被另一个程序占用，请稍后再试。")


def why_not_written(path: Path, error: OSError) -> str:
    """Why ``path`` could not be written, in words an agent can act on (the system's words only as a last resort)."""
    if isinstance(error, FileNotFoundError):
        return f"文件夹 {path.parent} 不存在，请换一个保存位置"
    if isinstance(error, PermissionError):
        return f"没有权限写入 {path}（文件可能正在 Excel 里打开，或文件夹是只读的）"
    if error.errno == errno.ENOSPC:
        return "磁盘已满，请清理后再试"
    return f"写入 {path} 失败（{error.strerror or error}）"
