"""Where the popup answers a query (the results: the replies found, a message, the couriers' prices; and the preview),
and what every kind of answer does there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

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


class Answer(Protocol):
    """One kind of answer to what the agent typed: the replies found, a fee comparison, a tracking number's courier.

    The popup asks each kind in turn to ``show`` the query; the first that does owns Enter and the arrows until the
    query changes.
    """

    def show(self, query: str) -> bool:
        """Fill the results area and the preview for ``query``; False, showing nothing, when it is not this kind."""
        ...

    def enter(self, keep_open: bool) -> None:
        """Copy what is chosen (Enter; with Ctrl, ``keep_open``)."""
        ...

    def move(self, rows: int) -> None:
        """Choose what is ``rows`` below the current choice, above when negative (the arrows, PgUp and PgDn)."""
        ...
