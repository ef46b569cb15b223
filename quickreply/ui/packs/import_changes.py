"""The import preview's tables: one row per template the import touches, what changes first; and the wording rules a
pack brings (``PackRulesTable``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from quickreply.core.packs.import_apply import ItemChange
from quickreply.core.packs.pack_rules import PackRule
from quickreply.ui.plain_text import tooltip

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
            return tooltip(change.detail)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(QColor(COLORS[change.action]))
        return None


class PackRulesTable(QTableWidget):
    """The wording rules a pack adds: level, id (under the pack's), words, and what the agent will be told."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Level"), self.tr("Rule"), self.tr("Words"), self.tr("Message")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMaximumHeight(120)
        self._levels = {"error": self.tr("Error"), "warning": self.tr("Advice")}

    def show_rules(self, rules: Sequence[PackRule]) -> None:
        self.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            texts = (self._levels.get(rule.level, rule.level), rule.id, rule.shown_words(), rule.message)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip(tooltip("、".join(rule.words)))
                self.setItem(row, column, item)
