"""The import preview's table: one row per template the import touches, what changes first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from quickreply.core.packs.import_apply import ItemChange

COLORS = {
    "added": "#1b7f3b",
    "updated": "#1f5fbf",
    "removed": "#b3261e",
    "kept": "#a35a00",
    "skipped": "#6b6b6b",
    "unchanged": "#6b6b6b",
}


class ChangeTableModel(QAbstractTableModel):
    """Changes in preview order (``imports.sort_for_preview``); the unchanged ones, last, only when asked for."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes: list[ItemChange] = []
        self._changed = 0  # how many of them, from the top, change something
        self._with_unchanged = False
        self._headers = [self.tr("Change"), self.tr("Category"), self.tr("Title"), self.tr("Why")]
        self._labels = {
            "added": self.tr("Added"),
            "updated": self.tr("Updated"),
            "unchanged": self.tr("Unchanged"),
            "kept": self.tr("Yours kept"),
            "skipped": self.tr("Skipped"),
            "removed": self.tr("Removed"),
        }

    def set_changes(self, changes: Sequence[ItemChange]) -> None:
        """``changes`` already sorted for the preview, unchanged ones last."""
        self.beginResetModel()
        self._changes = list(changes)
        self._changed = sum(1 for c in self._changes if c.action != "unchanged")
        self.endResetModel()

    def show_unchanged(self, show: bool) -> None:
        self.beginResetModel()
        self._with_unchanged = show
        self.endResetModel()

    def label(self, action: str) -> str:
        return self._labels[action]

    def change(self, row: int) -> ItemChange | None:
        return self._changes[row] if 0 <= row < self.rowCount() else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._changes) if self._with_unchanged else self._changed

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        change = self.change(index.row())
        if change is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self._labels[change.action], change.category, change.title, change.detail)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and change.detail:
            return change.detail
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(QColor(COLORS[change.action]))
        return None
