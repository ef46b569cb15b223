"""The line under the search box that says what the results answer when the agent typed nothing: the buyer's message
(按买家的话推荐：“…”, elided to one line), or a quiet note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel

from ..plain_text import tooltip
from ..wording import fill

# Enough of a message to fill the widest popup; a 100,000-character paste is not measured whole.
SHOWN_CHARS = 300


class Banner(QLabel):
    """One line of plain text (never rich text: a buyer's message may contain anything), hidden until used."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.message = ""
        self.hide()

    def suggest_for(self, message: str) -> None:
        """Say that the results are suggestions for the buyer's ``message``."""
        self.message = " ".join(message[:SHOWN_CHARS].split())
        self.setToolTip(tooltip(message[:SHOWN_CHARS]))
        self._fit()
        self.show()

    def note(self, text: str) -> None:
        """A quiet note instead (e.g. that no selected text could be fetched)."""
        self.message = ""
        self.setToolTip("")
        self.setText(text)
        self.show()

    def clear_banner(self) -> None:
        self.message = ""
        self.setText("")
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.message:
            self._fit()

    def _fit(self) -> None:
        """The banner's words with the message elided so the whole line fits the popup's width."""
        frame = self.tr("Suggested for the buyer's words: “%1”")
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - metrics.horizontalAdvance(fill(frame, ""))
        self.setText(fill(frame, metrics.elidedText(self.message, Qt.TextElideMode.ElideRight, max(room, 40))))
