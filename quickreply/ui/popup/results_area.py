"""Where the popup answers a query: the results (the replies found, a message, the couriers' prices) and the preview."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QStackedWidget, QWidget


@dataclass(frozen=True)
class ResultsArea:
    """The widgets an answer fills: one page of ``pages`` shows, ``preview`` below it holds the text Enter copies.

    Args:
        pages: one page per kind of answer, and ``message``.
        message: the page for a sentence instead of results (nothing found, what to type, an error).
        preview: the full text as it will be pasted.
    """

    pages: QStackedWidget
    message: QLabel
    preview: QPlainTextEdit

    def say(self, text: str) -> None:
        """Show ``text`` where the results go, and no preview."""
        self.pages.setCurrentWidget(self.message)
        self.message.setText(text)
        self.preview.clear()

    def show(self, page: QWidget) -> None:
        """Show ``page`` (one of ``pages``) where the results go."""
        self.pages.setCurrentWidget(page)
