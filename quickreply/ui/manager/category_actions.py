"""What a lead does to the manager's categories: new, rename, delete, reorder by dragging, and the tree's menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from quickreply.core import QuickReplyError

from ..wording import fill

if TYPE_CHECKING:
    from .window import ManagerWindow


class CategoryActions(QObject):
    """The category actions of ``window``. They ask through the window's ``ask_*``/``confirm_*`` (tests replace those)
    and show the result by reloading the window and telling it what happened."""

    def __init__(self, window: ManagerWindow) -> None:
        super().__init__(window)
        self.window = window
        self.library = window.library

    def show_menu(self, point: object) -> None:
        """The tree's context menu at ``point``: a new category anywhere, rename or delete on a category."""
        tree = self.window.tree
        index = tree.indexAt(point)  # type: ignore[arg-type]
        cat = self.window.categories.category(index)
        menu = QMenu(self.window)
        menu.addAction(self.tr("New category…"), self.new)
        if cat is not None:
            menu.addAction(self.tr("Rename…"), lambda: self.rename(cat.id))
            menu.addAction(self.tr("Delete…"), lambda: self.delete(cat.id))
        menu.popup(tree.viewport().mapToGlobal(point))  # type: ignore[arg-type]

    def new(self) -> None:
        window = self.window
        start = window.default_path().split("/")[0] + "/" if window.default_path() else ""
        path = window.ask_text(self.tr("New category"), self.tr("Path, e.g. 售后/退款 (two levels at most):"), start)
        if not path or not path.strip("/ "):
            return
        try:
            cat = self.library.create_category(path)
        except QuickReplyError as exc:
            window.tell(str(exc))
            return
        window.current_category = cat.id
        window.reload()
        window.tell(fill(self.tr("Created category %1."), cat.path))

    def rename(self, category_id: int) -> None:
        window = self.window
        cat = self.library.category(category_id)
        name = window.ask_text(self.tr("Rename category"), fill(self.tr("New name for 「%1」:"), cat.path), cat.name)
        if not name or name == cat.name:
            return
        try:
            renamed = self.library.rename_category(category_id, name)
        except QuickReplyError as exc:
            window.tell(str(exc))
            return
        window.reload()
        window.tell(fill(self.tr("Renamed to %1."), renamed.path))

    def delete(self, category_id: int) -> None:
        """Delete after asking where its replies go (the trash, or another category) when it holds any."""
        window = self.window
        cat = self.library.category(category_id)
        templates, children = self.library.category_contents(category_id)
        choice = window.confirm_category_delete(cat.path, templates, children) if templates or children else "trash"
        if choice is None:
            return
        try:
            count = self.library.delete_category(category_id, move_to=None if choice == "trash" else choice)
        except QuickReplyError as exc:
            window.tell(str(exc))
            return
        window.reload()
        window.tell(fill(self.tr("Deleted category %1; %2 replies moved (Ctrl+Z undoes)."), cat.path, str(count)))

    def reorder(self, moved_id: int, before_id: int) -> None:
        """A category dragged before its sibling ``before_id``."""
        moved = self.library.category(moved_id)
        siblings = [c.id for c in self.library.categories() if c.parent_id == moved.parent_id and c.id != moved_id]
        siblings.insert(siblings.index(before_id), moved_id)
        try:
            self.library.reorder_categories(moved.parent_id, siblings)
        except QuickReplyError as exc:
            self.window.tell(str(exc))
            return
        self.window.reload()
