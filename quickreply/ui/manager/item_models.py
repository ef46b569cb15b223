"""Thin Qt item models for the manager window: the category tree, the template table and the trash table.

They show what the library holds and turn drags into requests (signals); the window does the writing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from quickreply.core import Category, Template
from quickreply.core.models import TrashedTemplate

from ..plain_text import tooltip
from ..wording import fill

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
TEMPLATES_MIME = "application/x-quickreply-templates"
CATEGORY_MIME = "application/x-quickreply-category"
ALL = 0  # the "all replies" row: not a category


def short_time(stamp: str | None) -> str:
    """``2026-11-22T21:05:33+08:00`` → ``2026-11-22 21:05``."""
    return stamp[:16].replace("T", " ") if stamp else ""


class CategoryModel(QAbstractItemModel):
    """全部 first, then each top-level category with its children, each with its template count.

    Signals:
        templates_dropped(list, int): template ids dropped on a category id.
        category_moved(int, int): a category dropped onto a sibling: (moved id, the sibling it goes before).
    """

    templates_dropped = Signal(list, int)
    category_moved = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._tops: list[Category] = []
        self._children: dict[int, list[Category]] = {}
        self._by_id: dict[int, Category] = {}
        self._total = 0

    def set_categories(self, categories: Sequence[Category], total: int) -> None:
        self.beginResetModel()
        self._tops = [c for c in categories if c.parent_id is None]
        self._children = {t.id: [c for c in categories if c.parent_id == t.id] for t in self._tops}
        self._by_id = {c.id: c for c in categories}
        self._total = total
        self.endResetModel()

    def category(self, index: Index) -> Category | None:
        return self._by_id.get(int(index.internalId())) if index.isValid() else None

    def index_of(self, category_id: int) -> QModelIndex:
        if category_id == ALL:
            return self.index(0, 0)
        cat = self._by_id.get(category_id)
        if cat is None:
            return QModelIndex()
        if cat.parent_id is None:
            return self.index(1 + self._tops.index(cat), 0)
        parent = self._by_id[cat.parent_id]
        return self.index(self._children[parent.id].index(cat), 0, self.index_of(parent.id))

    # --- structure ---------------------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row == 0:
                return self.createIndex(0, 0, ALL)
            if row - 1 < len(self._tops):
                return self.createIndex(row, 0, self._tops[row - 1].id)
            return QModelIndex()
        top = self._by_id.get(int(parent.internalId()))
        if top is None or top.parent_id is not None or row >= len(self._children[top.id]):
            return QModelIndex()
        return self.createIndex(row, 0, self._children[top.id][row].id)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        cat = self.category(index)
        if cat is None or cat.parent_id is None:
            return QModelIndex()
        top = self._by_id[cat.parent_id]
        return self.createIndex(1 + self._tops.index(top), 0, top.id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return 1 + len(self._tops)
        cat = self.category(parent)
        return len(self._children.get(cat.id, [])) if cat is not None and cat.parent_id is None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        cat = self.category(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if cat is None:
                return fill(self.tr("All replies (%1)"), str(self._total))
            count = cat.count + sum(c.count for c in self._children.get(cat.id, []))
            return f"{cat.name} ({count})"
        if role == ID_ROLE:
            return cat.id if cat is not None else ALL
        if role == Qt.ItemDataRole.ToolTipRole and cat is not None:
            return tooltip(cat.path)
        return None

    # --- drag and drop -----------------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.category(index) is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [TEMPLATES_MIME, CATEGORY_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        cats = [c.id for c in (self.category(i) for i in indexes) if c is not None]
        if cats:
            data.setData(CATEGORY_MIME, json.dumps(cats[0]).encode())
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        target = self.category(parent)
        if data.hasFormat(TEMPLATES_MIME):
            return target is not None
        if data.hasFormat(CATEGORY_MIME):
            moved = self._by_id.get(json.loads(bytes(data.data(CATEGORY_MIME).data())))
            return (
                moved is not None
                and target is not None
                and target.id != moved.id
                and (target.parent_id == moved.parent_id)
            )
        return False

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.category(parent)
        assert target is not None
        if data.hasFormat(TEMPLATES_MIME):
            self.templates_dropped.emit(json.loads(bytes(data.data(TEMPLATES_MIME).data())), target.id)
        else:
            self.category_moved.emit(json.loads(bytes(data.data(CATEGORY_MIME).data())), target.id)
        return False  # the window rebuilds the model from the library; nothing to remove here


class _Table(QAbstractTableModel):
    """A flat table of rows with fixed column headers."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self._headers = headers
        self._rows: list = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class TemplateTableModel(_Table):
    """Templates as rows: title, shortcut, category, uses, last used, updated. Sort through a proxy on SORT_ROLE."""

    def __init__(self) -> None:
        super().__init__(
            [
                self.tr("Title"),
                self.tr("Shortcut"),
                self.tr("Category"),
                self.tr("Uses"),
                self.tr("Last used"),
                self.tr("Updated"),
            ]
        )
        self._rows: list[Template] = []

    def set_templates(self, templates: Sequence[Template]) -> None:
        self.beginResetModel()
        self._rows = list(templates)
        self.endResetModel()

    def template(self, row: int) -> Template | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, template_id: int) -> int:
        return next((n for n, t in enumerate(self._rows) if t.id == template_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        t = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            shown = [
                ("★ " if t.favorite else "") + t.title,
                t.shortcut or "",
                t.category,
                str(t.use_count),
                short_time(t.last_used),
                short_time(t.updated),
            ]
            return shown[column] if 0 <= column < len(shown) else None
        if role == SORT_ROLE:
            keys: list[object] = [t.title, t.shortcut or "", t.category, t.use_count, t.last_used or "", t.updated]
            return keys[column] if 0 <= column < len(keys) else None
        if role == ID_ROLE:
            return t.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(t.body)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [TEMPLATES_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self._rows[i.row()].id for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(TEMPLATES_MIME, json.dumps(ids).encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class TrashModel(_Table):
    """What is in the trash, newest first: title, category it came from, when it was deleted."""

    def __init__(self) -> None:
        super().__init__([self.tr("Title"), self.tr("Category"), self.tr("Deleted")])
        self._rows: list[TrashedTemplate] = []

    def set_items(self, items: Sequence[TrashedTemplate]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item(self, row: int) -> TrashedTemplate | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            shown = [item.template.title, item.template.category, short_time(item.deleted_at)]
            return shown[index.column()] if 0 <= index.column() < len(shown) else None
        if role == ID_ROLE:
            return item.template.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(item.template.body)
        return None
