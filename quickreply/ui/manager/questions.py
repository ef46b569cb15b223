"""The questions the manager asks the lead: save unsaved changes?, a name, a category, where a category's replies go.

They are the manager's only dialogs, in one object the window and its actions share, so a test replaces them there
(a modal box would wait forever).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ..plain_text import message_box, text_dialog
from ..wording import fill

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class Questions(QObject):
    """Dialogs over ``window``, each returning the answer (None: the lead cancelled)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def ask_unsaved(self) -> str:
        """SAVE, DISCARD or CANCEL the editor's unsaved changes."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Unsaved changes"),
            self.tr("This reply has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(answer, CANCEL)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """A line of text, ``text`` to start from. ``label`` may quote a category or a buyer's words."""
        dialog = text_dialog(self._window, title, label)
        dialog.setTextValue(text)
        return dialog.textValue() if dialog.exec() else None

    def ask_choice(self, title: str, label: str, items: Sequence[str]) -> str | None:
        """One of ``items`` (category paths), or a new text typed in."""
        dialog = text_dialog(self._window, title, label)
        dialog.setComboBoxItems(list(items))
        dialog.setComboBoxEditable(True)
        return dialog.textValue() if dialog.exec() else None

    def confirm_category_delete(self, path: str, templates: int, children: int, elsewhere: Sequence[str]) -> str | None:
        """'trash', or the category path (one of ``elsewhere``, or a new one) to move the replies to; None: keep it."""
        box = message_box(
            self._window,
            QMessageBox.Icon.NoIcon,
            self.tr("Delete category"),
            fill(
                self.tr("Category 「%1」 holds %2 replies and %3 subcategories. Where should the replies go?"),
                path,
                str(templates),
                str(children),
            ),
        )
        to_trash = box.addButton(self.tr("To the trash (can be restored)"), QMessageBox.ButtonRole.DestructiveRole)
        move = box.addButton(self.tr("Move to another category…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is to_trash:
            return "trash"
        if box.clickedButton() is move:
            return self.ask_choice(self.tr("Move replies"), self.tr("Move the replies to:"), elsewhere)
        return None
