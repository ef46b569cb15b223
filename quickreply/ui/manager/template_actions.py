"""What a lead does to the replies selected in the manager's list: move, tag, favourite, delete, duplicate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from quickreply.core import QuickReplyError

from ..wording import fill

if TYPE_CHECKING:
    from .window import ManagerWindow


class TemplateActions(QObject):
    """The actions on the list of ``window`` and its context menu. They ask through the window's ``ask_*`` (tests
    replace those) and show the result with ``window.after_change``."""

    def __init__(self, window: ManagerWindow) -> None:
        super().__init__(window)
        self.window = window
        self.library = window.library

    def show_menu(self, point: object) -> None:
        """The list's context menu at ``point``, for the selected replies."""
        if not self.window.selected_ids():
            return
        menu = QMenu(self.window)
        menu.addAction(self.tr("Move to…"), self.move_selected)
        menu.addAction(self.tr("Add tag…"), self.tag_selected)
        menu.addAction(self.tr("Mark as favourite"), lambda: self.favorite_selected(True))
        menu.addAction(self.tr("Remove from favourites"), lambda: self.favorite_selected(False))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.popup(self.window.table.viewport().mapToGlobal(point))  # type: ignore[arg-type]

    def duplicate(self) -> None:
        """Copy the reply in the editor and show the copy."""
        window = self.window
        if window.current_id is None:
            return
        try:
            copy = self.library.duplicate(window.current_id)
        except QuickReplyError as exc:
            window.tell(str(exc))
            return
        window.after_change(copy.id, fill(self.tr("Duplicated: %1"), copy.title))

    def delete_selected(self) -> None:
        """Move the selected replies to the trash; unsaved edits of one of them are dropped, not saved."""
        window = self.window
        ids = window.selected_ids()
        if not ids:
            return
        if window.current_id in ids and window.editor.is_dirty():
            window.editor.revert()
        try:
            removed = self.library.remove_many(ids)
        except QuickReplyError as exc:
            window.tell(str(exc))
            return
        window.current_id = None
        window.after_change(None, fill(self.tr("Moved %1 replies to the trash (Ctrl+Z undoes)."), str(len(removed))))

    def move_to_category(self, ids: Sequence[int], category_id: int) -> None:
        """Replies dragged onto a category in the tree."""
        window = self.window
        try:
            target = self.library.category(category_id).path
            self.library.move_templates(list(ids), target)
        except QuickReplyError as exc:
            window.tell(str(exc))
            return
        window.after_change(window.current_id, fill(self.tr("Moved %1 replies to %2."), str(len(ids)), target))

    def move_selected(self) -> None:
        window = self.window
        ids = window.selected_ids()
        target = window.ask_choice(
            self.tr("Move replies"), fill(self.tr("Move %1 replies to:"), str(len(ids))), window.paths()
        )
        if target:
            try:
                self.library.move_templates(ids, target)
            except QuickReplyError as exc:
                window.tell(str(exc))
                return
            window.after_change(window.current_id, fill(self.tr("Moved %1 replies to %2."), str(len(ids)), target))

    def tag_selected(self) -> None:
        window = self.window
        ids = window.selected_ids()
        tag = window.ask_text(self.tr("Add tag"), fill(self.tr("Tag for %1 replies:"), str(len(ids))))
        if tag and tag.strip():
            self.library.tag_many(ids, add=[tag.strip()])
            window.after_change(window.current_id, fill(self.tr("Tagged %1 replies."), str(len(ids))))

    def favorite_selected(self, favorite: bool) -> None:
        window = self.window
        ids = window.selected_ids()
        self.library.favorite_many(ids, favorite)
        window.after_change(window.current_id, fill(self.tr("Updated %1 replies."), str(len(ids))))
