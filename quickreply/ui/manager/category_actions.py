"""What a lead does to the manager's categories: new, rename, delete, reorder by dragging, and the tree's menu."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QMenu, QTreeView

from quickreply.core import Library, QuickReplyError

from ..wording import fill
from .item_models import CategoryModel
from .questions import Questions


def category_paths(library: Library, exclude: str | None = None) -> list[str]:
    """Every category's path, in tree order; without ``exclude`` and what lies under it."""
    return [
        c.path
        for c in library.categories()
        if exclude is None or (c.path != exclude and not c.path.startswith(exclude + "/"))
    ]


class CategoryActions(QObject):
    """The category actions on ``tree`` (showing ``model``). They ask through ``questions`` and write to the library;
    the window reads the library again when told.

    Signals:
        created(int, str): a category was made: its id, to show it, and what to say.
        changed(str): categories were renamed, deleted or reordered; what to say ('' when nothing needs saying).
        told(str): the library refused; why, for the status bar.
    """

    created = Signal(int, str)
    changed = Signal(str)
    told = Signal(str)

    def __init__(self, library: Library, questions: Questions, tree: QTreeView, model: CategoryModel) -> None:
        super().__init__(tree)
        self.library = library
        self.questions = questions
        self.tree = tree
        self.model = model

    def show_menu(self, point: QPoint) -> None:
        """The tree's context menu at ``point``: a new category anywhere, rename or delete on a category."""
        cat = self.model.category(self.tree.indexAt(point))
        menu = QMenu(self.tree)
        menu.addAction(self.tr("New category…"), self.new)
        if cat is not None:
            menu.addAction(self.tr("Rename…"), lambda: self.rename(cat.id))
            menu.addAction(self.tr("Delete…"), lambda: self.delete(cat.id))
        menu.popup(self.tree.viewport().mapToGlobal(point))

    def new(self) -> None:
        """Ask for a path, starting inside the chosen category's top level, and create it."""
        chosen = self.model.category(self.tree.currentIndex())
        start = chosen.path.split("/")[0] + "/" if chosen is not None and chosen.path else ""
        path = self.questions.ask_text(
            self.tr("New category"), self.tr("Path, e.g. 售后/退款 (two levels at most):"), start
        )
        if not path or not path.strip("/ "):
            return
        try:
            cat = self.library.create_category(path)
        except QuickReplyError as exc:
            self.told.emit(str(exc))
            return
        self.created.emit(cat.id, fill(self.tr("Created category %1."), cat.path))

    def rename(self, category_id: int) -> None:
        """Ask for a new name (the last part of the path) and rename."""
        cat = self.library.category(category_id)
        name = self.questions.ask_text(
            self.tr("Rename category"), fill(self.tr("New name for 「%1」:"), cat.path), cat.name
        )
        if not name or name == cat.name:
            return
        try:
            renamed = self.library.rename_category(category_id, name)
        except QuickReplyError as exc:
            self.told.emit(str(exc))
            return
        self.changed.emit(fill(self.tr("Renamed to %1."), renamed.path))

    def delete(self, category_id: int) -> None:
        """Delete after asking where its replies go (the trash, or another category) when it holds any."""
        cat = self.library.category(category_id)
        templates, children = self.library.category_contents(category_id)
        choice = (
            self.questions.confirm_category_delete(
                cat.path, templates, children, category_paths(self.library, exclude=cat.path)
            )
            if templates or children
            else "trash"
        )
        if choice is None:
            return
        try:
            count = self.library.delete_category(category_id, move_to=None if choice == "trash" else choice)
        except QuickReplyError as exc:
            self.told.emit(str(exc))
            return
        self.changed.emit(fill(self.tr("Deleted category %1; %2 replies moved (Ctrl+Z undoes)."), cat.path, str(count)))

    def reorder(self, moved_id: int, before_id: int) -> None:
        """A category dragged before its sibling ``before_id``."""
        moved = self.library.category(moved_id)
        siblings = [c.id for c in self.library.categories() if c.parent_id == moved.parent_id and c.id != moved_id]
        siblings.insert(siblings.index(before_id), moved_id)
        try:
            self.library.reorder_categories(moved.parent_id, siblings)
        except QuickReplyError as exc:
            self.told.emit(str(exc))
            return
        self.changed.emit("")
