"""The manager's list of replies: a search box over a table of one category's replies, or a search's."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QVBoxLayout, QWidget

from quickreply.core import Template

from .item_models import SORT_ROLE, TemplateTableModel


class TemplateList(QWidget):
    """Search box and table; sorting by a column header, rows dragged onto a category. It knows rows and selection;
    what the rows are and what the editor shows is the manager's business."""

    def __init__(self) -> None:
        super().__init__()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search like the popup: pinyin, initials, shortcut, Chinese"))
        self.model = TemplateTableModel()
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        # Library order until the lead clicks a column header.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 64, 130, 56, 120)):
            self.table.setColumnWidth(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def template_at(self, index: QModelIndex) -> Template | None:
        """The template of a row of the table (``index`` is the table's, sorted)."""
        return self.model.template(self.proxy.mapToSource(index).row())

    def select(self, template_id: int | None) -> bool:
        """Make ``template_id`` the only selected row, quietly (no ``currentRowChanged``); False when not listed."""
        row = self.model.row_of(template_id) if template_id is not None else -1
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        return row >= 0

    def select_many(self, ids: Sequence[int]) -> int:
        """Select the listed ones of ``ids`` and scroll to the first; how many were listed."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        rows = [r for r in (self.model.row_of(i) for i in ids) if r >= 0]
        for row in rows:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        if rows:
            self.table.scrollTo(self.proxy.mapFromSource(self.model.index(rows[0], 0)))
        return len(rows)

    def selected_ids(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [t.id for t in (self.model.template(r) for r in sorted(rows)) if t is not None]

    def templates(self) -> list[Template]:
        """What the list shows, in its current order."""
        return [
            t
            for t in (
                self.model.template(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())
            )
            if t is not None
        ]
