"""The buyer's message the agent is answering in the popup, for what the library learns (``core.library.learned``).

A reply copied after a message learns it; a message after which nothing was copied, or the agent searched for
something else and copied that, is kept as an unanswered question. The popup tells this object each query it searched
(``saw``: cheap, nothing is written) and each copy or close; only those write.
"""

from __future__ import annotations

import logging
import sqlite3

from quickreply.core import Library, QuickReplyError
from quickreply.core.search.buyer_text import reads_like_message

log = logging.getLogger(__name__)


class AskedMessage:
    """The last buyer's message searched since the last copy ("" when none)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.message = ""
        self._noted = ""

    def saw(self, query: str) -> None:
        """The popup searched ``query``. A message shortened from its end (backspace) stays the whole message."""
        text = query.strip()
        if text and not self.message.startswith(text) and reads_like_message(text):
            self.message = text

    def copied(self, query: str) -> str:
        """A reply is copied after searching ``query``: what it should learn as the buyer's words (``asked`` of
        ``record_use``). The agent's own trim of the message ("退款" out of it) learns the whole message; another
        search keeps the message as an unanswered question."""
        message, self.message = self.message, ""
        asked = query.strip()
        if not message or reads_like_message(asked):
            return asked
        if asked and asked in message:
            return message
        self._note(message)
        return asked

    def closed(self) -> None:
        """The popup closed with nothing copied: the message is a question the library did not answer."""
        message, self.message = self.message, ""
        if message:
            self._note(message)

    def _note(self, message: str) -> None:
        if message == self._noted:  # opened and closed again on the same message: one question, asked once
            return
        self._noted = message
        try:
            self.library.note_question(message)
        except (QuickReplyError, sqlite3.Error):  # a question missed is no reason to bother the agent
            log.exception("keeping an unanswered question failed")
