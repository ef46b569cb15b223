"""The fee page's grid: one courier's rate rows as editable text, turned into ``RateRow`` objects only on save."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from quickreply.core.shipping.rates import OTHER, Courier, FeeError, RateRow, RateTable
from quickreply.core.shipping.regions import RegionError, province

from ..wording import fill

Index = QModelIndex | QPersistentModelIndex

REGIONS, FIRST_KG, FIRST_FEE, STEP_KG, STEP_FEE, ETA, REACHABLE = range(7)
_SPLIT = re.compile(r"[、,，;；/\s]+")
_ETA = re.compile(r"^(\d+)(?:\s*(?:-|~|～|到|至)\s*(\d+))?$")
_OTHER_WORDS = frozenset({"其他", "其它", "默认"})
DIFFERENCE_WORDS = frozenset({"差价", "difference"})


class CellError(Exception):
    """A cell of the grid that cannot be read: ``row`` and ``column`` (0-based) and what is wrong."""

    def __init__(self, row: int, column: int, message: str) -> None:
        super().__init__(message)
        self.row, self.column = row, column


def _eta_text(eta: tuple[int, int] | None) -> str:
    if eta is None:
        return ""
    return str(eta[0]) if eta[0] == eta[1] else f"{eta[0]}-{eta[1]}"


def places(text: str) -> list[str]:
    """Provinces in an 、-separated field, canonical; raises RegionError naming an unknown one."""
    return [province(part) for part in _SPLIT.split(text.strip()) if part]


class RateRowsModel(QAbstractTableModel):
    """One courier's rate rows as editable text cells (the last column a checkbox), read back by ``rate_rows``."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[list[Any]] = []
        self.headers = [
            self.tr("Regions"),
            self.tr("First kg"),
            self.tr("First fee"),
            self.tr("Step kg"),
            self.tr("Step fee"),
            self.tr("Days"),
            self.tr("Reachable"),
        ]

    def set_rows(self, rows: list[RateRow]) -> None:
        def text(value: Decimal | None) -> str:
            return "" if value is None else str(value)

        self.dirty = False
        self.beginResetModel()
        self._rows = [
            [r.label, text(r.first_kg), text(r.first_fee), text(r.step_kg), text(r.step_fee), _eta_text(r.eta)]
            for r in rows
        ]
        for cells, r in zip(self._rows, rows, strict=True):
            cells.append(r.reachable)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if index.column() == REACHABLE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if index.column() == REACHABLE and role == Qt.ItemDataRole.CheckStateRole:
            checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
            self._rows[index.row()][REACHABLE] = checked
        elif index.column() != REACHABLE and role == Qt.ItemDataRole.EditRole:
            self._rows[index.row()][index.column()] = str(value).strip()
        else:
            return False
        self.dirty = True
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == REACHABLE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def add_row(self) -> int:
        """Append an empty reachable row; return its number."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(["", "", "", "", "", "", True])
        self.endInsertRows()
        self.dirty = True
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.dirty = True

    def _number(self, row: int, column: int, *, positive: bool) -> Decimal | None:
        text = self._rows[row][column]
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise CellError(row, column, fill(self.tr("「%1」 is not a number."), text)) from None
        if not value.is_finite() or (value <= 0 if positive else value < 0):
            message = self.tr("「%1」 must be more than 0.") if positive else self.tr("「%1」 must not be negative.")
            raise CellError(row, column, fill(message, text))
        return value

    def rate_rows(self, courier: str) -> list[RateRow]:
        """The grid as rate rows of ``courier``, checked one by one and as a table.

        Raises:
            CellError: the first bad cell (or, for a row that clashes with another, its regions cell).
        """
        rows: list[RateRow] = []
        for n, cells in enumerate(self._rows):
            text = cells[REGIONS]
            parts = [p for p in _SPLIT.split(text.strip()) if p]
            if not parts:
                raise CellError(n, REGIONS, self.tr("Write provinces separated by 、, or 其他."))
            if len(parts) == 1 and parts[0] in _OTHER_WORDS:
                zone = OTHER
            else:
                try:
                    zone = frozenset(province(p) for p in parts)
                except RegionError as error:
                    raise CellError(n, REGIONS, str(error)) from None
            numbers = {
                FIRST_KG: self._number(n, FIRST_KG, positive=True),
                FIRST_FEE: self._number(n, FIRST_FEE, positive=False),
                STEP_KG: self._number(n, STEP_KG, positive=True),
                STEP_FEE: self._number(n, STEP_FEE, positive=False),
            }
            eta: tuple[int, int] | None = None
            if cells[ETA]:
                match = _ETA.match(cells[ETA])
                if match is None or int(match.group(1)) > int(match.group(2) or match.group(1)):
                    raise CellError(n, ETA, fill(self.tr("「%1」 should be days like 2-4."), cells[ETA]))
                eta = (int(match.group(1)), int(match.group(2) or match.group(1)))
            reachable = bool(cells[REACHABLE])
            if reachable:
                for column in (FIRST_KG, FIRST_FEE, STEP_KG, STEP_FEE, ETA):
                    if not cells[column]:
                        raise CellError(n, column, self.tr("A reachable row needs every price and the days."))
            try:
                row = RateRow(
                    courier,
                    zone,
                    numbers[FIRST_KG],
                    numbers[FIRST_FEE],
                    numbers[STEP_KG],
                    numbers[STEP_FEE],
                    eta,
                    reachable,
                )
                rows.append(row)
                RateTable([Courier(courier, "")], rows)
            except FeeError as error:
                raise CellError(n, REGIONS, str(error)) from None
        return rows
