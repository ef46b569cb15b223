"""The fee tables page: each courier's rate rows as a grid, rate sheets in and out, and the shop's freight policy.

Cells are edited as text and only turned into ``RateRow`` objects on save, so a half-typed price never reaches the
library; a bad cell is named by row and column and nothing is written.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import Library, QuickReplyError
from ..core.fee_store import rate_table, replace_couriers, set_shop_policy, shop_policy
from ..core.fees import DIFFERENCE, OTHER, Courier, FeeError, RateRow, RateTable
from ..core.quotes import ShopPolicy, Upgrade
from ..core.rate_sheets import SAMPLE_SHEET, read_sheet, write_sheet
from ..core.regions import ALL_PROVINCES, RegionError, province
from .wording import fill

Index = QModelIndex | QPersistentModelIndex

REGIONS, FIRST_KG, FIRST_FEE, STEP_KG, STEP_FEE, ETA, REACHABLE = range(7)
_SPLIT = re.compile(r"[、,，;；/\s]+")
_ETA = re.compile(r"^(\d+)(?:\s*(?:-|~|～|到|至)\s*(\d+))?$")
_OTHER_WORDS = frozenset({"其他", "其它", "默认"})
_DIFFERENCE_WORDS = frozenset({"差价", "difference"})


class CellError(Exception):
    """A cell of the grid that cannot be read: ``row`` and ``column`` (0-based) and what is wrong."""

    def __init__(self, row: int, column: int, message: str) -> None:
        super().__init__(message)
        self.row, self.column = row, column


def _eta_text(eta: tuple[int, int] | None) -> str:
    if eta is None:
        return ""
    return str(eta[0]) if eta[0] == eta[1] else f"{eta[0]}-{eta[1]}"


def _places(text: str) -> list[str]:
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
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

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


class FeePage(QWidget):
    """Couriers | their rate rows, with import/export; and the shop policy form on a second tab.

    The ``ask_*`` methods are the only places that open a dialog, so tests replace them.
    """

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle(self.tr("QuickReply — fee tables"))
        self.resize(1100, 660)

        self.couriers = QListWidget()
        self.couriers.currentTextChanged.connect(self._show_courier)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model = RateRowsModel()
        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setColumnWidth(REGIONS, 300)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        def button(text: str, slot: Any) -> QPushButton:
            widget = QPushButton(text)
            widget.clicked.connect(slot)
            return widget

        rows_bar = QHBoxLayout()
        rows_bar.addWidget(button(self.tr("Add row"), self.add_row))
        rows_bar.addWidget(button(self.tr("Delete row"), self.delete_row))
        rows_bar.addStretch(1)
        rows_bar.addWidget(button(self.tr("Save"), self.save_rows))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.note)
        right_layout.addWidget(self.grid, 1)
        right_layout.addLayout(rows_bar)
        split = QSplitter()
        split.addWidget(self.couriers)
        split.addWidget(right)
        split.setSizes([180, 900])
        sheet_bar = QHBoxLayout()
        sheet_bar.addWidget(button(self.tr("Import…"), self.import_sheet))
        sheet_bar.addWidget(button(self.tr("Export…"), self.export_sheet))
        sheet_bar.addWidget(button(self.tr("Load sample rates"), self.load_sample))
        sheet_bar.addStretch(1)
        rates_page = QWidget()
        rates_layout = QVBoxLayout(rates_page)
        rates_layout.addLayout(sheet_bar)
        rates_layout.addWidget(split, 1)

        self.origin = QComboBox()
        self.origin.addItems(list(ALL_PROVINCES))
        self.default_courier = QComboBox()
        self.free_amount = QLineEdit()
        self.free_amount.setPlaceholderText(self.tr("empty: no free shipping by amount"))
        self.free_pieces = QLineEdit()
        self.free_pieces.setPlaceholderText(self.tr("empty: no free shipping by pieces"))
        self.free_excluded = QLineEdit()
        self.remote = QLineEdit()
        self.remote_fee = QLineEdit()
        self.upgrades = QPlainTextEdit()
        self.upgrades.setPlaceholderText(self.tr("One line per courier: 顺丰 5, or 顺丰 差价"))
        self.upgrades.setMaximumHeight(120)
        self.not_served = QLineEdit()
        self.policy_error = QLabel()
        self.policy_error.setStyleSheet("color: #c0392b")
        self.policy_error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Ships from"), self.origin)
        form.addRow(self.tr("Default courier"), self.default_courier)
        form.addRow(self.tr("Free shipping from (yuan)"), self.free_amount)
        form.addRow(self.tr("Free shipping from (pieces)"), self.free_pieces)
        form.addRow(self.tr("No free shipping to (、-separated)"), self.free_excluded)
        form.addRow(self.tr("Remote regions (、-separated)"), self.remote)
        form.addRow(self.tr("Remote regions pay extra (yuan)"), self.remote_fee)
        form.addRow(self.tr("Upgrade to another courier"), self.upgrades)
        form.addRow(self.tr("Not shipped to (、-separated)"), self.not_served)
        policy_page = QWidget()
        policy_layout = QVBoxLayout(policy_page)
        policy_layout.addLayout(form)
        policy_bar = QHBoxLayout()
        policy_bar.addWidget(self.policy_error, 1)
        policy_bar.addWidget(button(self.tr("Save policy"), self.save_policy))
        policy_layout.addLayout(policy_bar)
        policy_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(rates_page, self.tr("Rate table"))
        self.tabs.addTab(policy_page, self.tr("Shop policy"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.reload()

    # --- dialogs (replaced in tests) ---------------------------------------------------------------------------

    def ask_open_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import rate sheet"), "", self.tr("Rate sheets (*.csv *.xlsx)")
        )
        return Path(name) if name else None

    def ask_save_file(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export rate sheet"), "运费表.xlsx", self.tr("Rate sheets (*.csv *.xlsx)")
        )
        return Path(name) if name else None

    def tell(self, message: str) -> None:
        self.error.clear()
        self.status.setText(message)

    def complain(self, message: str) -> None:
        self.status.clear()
        self.error.setText(message)

    # --- rate rows ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read couriers and policy from the library, keeping the selected courier when it is still there."""
        try:
            self.table = rate_table(self.library)
        except QuickReplyError as error:
            self.table = RateTable([], [])
            self.complain(str(error))
        current = self.couriers.currentItem().text() if self.couriers.currentItem() else None
        names = [c.name for c in self.table.couriers]
        self.couriers.blockSignals(True)
        self.couriers.clear()
        self.couriers.addItems(names)
        self.couriers.blockSignals(False)
        if names:
            self.couriers.setCurrentRow(names.index(current) if current in names else 0)
        self._show_courier(self.couriers.currentItem().text() if self.couriers.currentItem() else "")
        self._load_policy()

    def _show_courier(self, name: str) -> None:
        courier = next((c for c in self.table.couriers if c.name == name), None)
        self.model.set_rows([r for r in self.table.rows if r.courier == name])
        self.note.setText(courier.note if courier else self.tr("No couriers yet: import a rate sheet."))

    def current_courier(self) -> str | None:
        item = self.couriers.currentItem()
        return item.text() if item else None

    def add_row(self) -> None:
        if self.current_courier() is None:
            return
        row = self.model.add_row()
        self.grid.setCurrentIndex(self.model.index(row, REGIONS))
        self.grid.edit(self.model.index(row, REGIONS))

    def delete_row(self) -> None:
        self.model.remove_row(self.grid.currentIndex().row())

    def save_rows(self) -> bool:
        """Write the grid as the selected courier's rows; False (with the row and column shown) when refused."""
        name = self.current_courier()
        if name is None:
            return False
        courier = self.table.courier(name)
        try:
            rows = self.model.rate_rows(name)
            replace_couriers(self.library, RateTable([courier], rows))
        except CellError as error:
            self.complain(
                fill(self.tr("Row %1, column %2: %3"), error.row + 1, self.model.headers[error.column], str(error))
            )
            return False
        except QuickReplyError as error:
            self.complain(str(error))
            return False
        self.reload()
        self.tell(fill(self.tr("Saved %1: %2 rows."), name, len(rows)))
        return True

    # --- sheets ------------------------------------------------------------------------------------------------

    def _import(self, path: Path) -> bool:
        try:
            names = replace_couriers(self.library, read_sheet(path))
        except QuickReplyError as error:
            self.complain(str(error))
            return False
        self.reload()
        self.tell(fill(self.tr("Imported %1 couriers: %2."), len(names), "、".join(names)))
        return True

    def import_sheet(self) -> None:
        path = self.ask_open_file()
        if path is not None:
            self._import(path)

    def load_sample(self) -> None:
        if self._import(SAMPLE_SHEET):
            self.tell(
                self.tr("Loaded the sample rates. They are sample prices: replace them with your contract prices.")
            )

    def export_sheet(self) -> None:
        path = self.ask_save_file()
        if path is None:
            return
        try:
            write_sheet(rate_table(self.library), path)
        except QuickReplyError as error:
            self.complain(str(error))
            return
        self.tell(fill(self.tr("Exported to %1."), str(path)))

    # --- shop policy -------------------------------------------------------------------------------------------

    def _load_policy(self) -> None:
        try:
            policy = shop_policy(self.library)
        except QuickReplyError as error:
            self.policy_error.setText(str(error))
            return
        self.default_courier.clear()
        names = [c.name for c in self.table.couriers]
        if policy.default_courier and policy.default_courier not in names:
            names.append(policy.default_courier)
        self.default_courier.addItems(names)
        self.default_courier.setCurrentText(policy.default_courier)
        self.origin.setCurrentText(policy.origin)
        self.free_amount.setText("" if policy.free_over_amount is None else str(policy.free_over_amount))
        self.free_pieces.setText("" if policy.free_over_pieces is None else str(policy.free_over_pieces))
        self.free_excluded.setText(_joined(policy.free_excluded))
        self.remote.setText(_joined(policy.remote))
        self.remote_fee.setText(str(policy.remote_fee))
        self.upgrades.setPlainText(
            "\n".join(f"{u.courier} {'差价' if u.surcharge == DIFFERENCE else u.surcharge}" for u in policy.upgrades)
        )
        self.not_served.setText(_joined(policy.not_served))

    def _money(self, field: QLineEdit, label: str, default: Decimal | None) -> Decimal | None:
        text = field.text().strip()
        if not text:
            return default
        try:
            return Decimal(text)
        except InvalidOperation:
            raise FeeError(fill(self.tr("%1: 「%2」 is not a number."), label, text)) from None

    def policy(self) -> ShopPolicy:
        """The form as a policy.

        Raises:
            FeeError, RegionError: a field that cannot be read (the message names it).
        """
        pieces_text = self.free_pieces.text().strip()
        if pieces_text and not pieces_text.isdigit():
            raise FeeError(
                fill(self.tr("%1: 「%2」 is not a number."), self.tr("Free shipping from (pieces)"), pieces_text)
            )
        upgrades = []
        for line in self.upgrades.toPlainText().splitlines():
            parts = [p for p in re.split(r"[\s:：=]+", line.strip()) if p]
            if not parts:
                continue
            if len(parts) != 2:
                raise FeeError(fill(self.tr("Upgrade line 「%1」: write a courier and an amount or 差价."), line))
            courier, amount = parts
            if self.table.couriers:
                courier = self.table.courier(courier).name
            if amount in _DIFFERENCE_WORDS:
                upgrades.append(Upgrade(courier, DIFFERENCE))
            else:
                try:
                    upgrades.append(Upgrade(courier, Decimal(amount)))
                except InvalidOperation:
                    raise FeeError(fill(self.tr("%1: 「%2」 is not a number."), line, amount)) from None
        default = self.default_courier.currentText()
        if self.table.couriers:
            default = self.table.courier(default).name
        return ShopPolicy(
            origin=self.origin.currentText(),
            default_courier=default,
            free_over_amount=self._money(self.free_amount, self.tr("Free shipping from (yuan)"), None),
            free_over_pieces=int(pieces_text) if pieces_text else None,
            free_excluded=frozenset(_places(self.free_excluded.text())),
            remote=frozenset(_places(self.remote.text())),
            remote_fee=self._money(self.remote_fee, self.tr("Remote regions pay extra (yuan)"), Decimal(0))
            or Decimal(0),
            upgrades=tuple(upgrades),
            not_served=frozenset(_places(self.not_served.text())),
        )

    def save_policy(self) -> bool:
        """Store the form as the shop policy; False (with the reason shown) when a field is wrong."""
        try:
            set_shop_policy(self.library, self.policy())
        except QuickReplyError as error:
            self.policy_error.setText(str(error))
            return False
        self.policy_error.clear()
        self._load_policy()
        self.tell(self.tr("Saved the shop policy."))
        return True


def _joined(places: frozenset[str]) -> str:
    return "、".join(p for p in ALL_PROVINCES if p in places)
