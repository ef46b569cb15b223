"""The popup's warning before copying a reply that breaks platform rules: the first Enter warns, the second copies."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from quickreply.core import Template

from ..wording import fill


class RuleWarning(QLabel):
    """Says what is wrong with the reply the agent chose, under the results; hidden until then.

    It asks without taking the focus from the search box: ``pending`` is the (template, keep_open) that Enter copies
    anyway, None when nothing waits.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ruleWarning")
        self.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the reply's title and the rule's message
        self.setWordWrap(True)
        self.hide()
        self.pending: tuple[Template, bool] | None = None

    def warn(self, template: Template, keep_open: bool, message: str, count: int) -> None:
        """Show the first of ``count`` problems (``message``) of ``template``, which now waits for a second Enter."""
        self.pending = (template, keep_open)
        more = fill(self.tr(" (%1 problems in all)"), str(count)) if count > 1 else ""
        self.setText(
            fill(
                self.tr("「%1」 breaks platform rules: %2%3\nPress Enter again to copy anyway, Esc to go back."),
                template.title,
                message,
                more,
            )
        )
        self.show()

    def dismiss(self) -> None:
        """Nothing waits any more (another query, another row, Esc, or the copy was made)."""
        if self.pending is not None:
            self.pending = None
            self.hide()
