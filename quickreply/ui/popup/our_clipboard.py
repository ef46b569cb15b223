"""What is on the clipboard: one of our replies, or a buyer's message the agent copied since (which the popup then
answers at once when it opens)."""

from __future__ import annotations

from collections import deque
from typing import Final

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard

from quickreply.core.search.buyer_text import reads_like_message

# Marks the clipboard's content as a reply we copied, for as long as it stays there (also from another QuickReply).
OUR_FORMAT: Final = "application/x-quickreply-reply"
# Buyer messages already answered, remembered so a message still on the clipboard is not suggested twice.
ANSWERED_KEPT: Final = 20


class OurClipboard:
    """Puts our replies on ``clipboard``, and tells a buyer's message copied after them.

    A clipboard manager may take the clipboard over and keep only its text (our mark is lost): the last text we put
    there is remembered too.
    """

    def __init__(self, clipboard: QClipboard) -> None:
        self.clipboard = clipboard
        self.last_copied = ""
        self.answered: deque[str] = deque(maxlen=ANSWERED_KEPT)

    def put(self, text: str) -> None:
        """Copy ``text``, marked as ours."""
        mime = QMimeData()
        mime.setText(text)
        mime.setData(OUR_FORMAT, b"1")
        self.clipboard.setMimeData(mime)
        self.last_copied = text

    def buyer_message(self) -> str:
        """The clipboard's text when it reads like a buyer's message copied after our last copy and not answered
        yet; "" otherwise (empty, one of our replies, a shortcut or word the agent copied)."""
        mime = self.clipboard.mimeData()
        if mime is None or mime.hasFormat(OUR_FORMAT) or not mime.hasText():
            return ""
        text = mime.text()
        if not text.strip() or text == self.last_copied or text in self.answered:
            return ""
        return text if reads_like_message(text) else ""

    def copied_text(self) -> str:
        """The clipboard's text when the agent copied it (a tracking number, a message); "" when it is one of our
        replies: a number in our last reply was the last buyer's."""
        mime = self.clipboard.mimeData()
        if mime is None or mime.hasFormat(OUR_FORMAT) or not mime.hasText():
            return ""
        text = mime.text()
        return "" if text == self.last_copied else text

    def was_answered(self, message: str) -> None:
        """A reply was copied for ``message``: do not suggest for it again."""
        if message:
            self.answered.append(message)
