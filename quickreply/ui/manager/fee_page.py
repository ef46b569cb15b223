"""The fee tables page: each courier's rate rows as a grid, rate sheets in and out, and the shop's freight policy.

Cells are edited as text and only turned into ``RateRow`` objects on save, so a half-typed price never reaches the
library; a bad cell is named by row and column and nothing is written.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quickreply.core import Library, QuickReplyError
from quickreply.core.shipping.fee_store import (
    rate_table,
    remove_samples,
    replace_couriers,
    sample_couriers,
    set_shop_policy,
    shop_policy,
)
from quickreply.core.shipping.quotes import ShopPolicy, Upgrade
from quickreply.core.shipping.rate_sheets import SAMPLE_SHEET, read_sheet, write_sheet
from quickreply.core.shipping.rates import DIFFERENCE, FeeError, RateTable
from quickreply.core.shipping.regions import ALL_PROVINCES

from ..plain_text import plain_label
from ..wording import fill
from .fee_grid import DIFFERENCE_WORDS, REGIONS, CellError, RateRowsModel, places


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
        self.couriers.currentTextChanged.connect(self._switch_courier)
        self._shown = ""
        self.note = plain_label()
        self.note.setWordWrap(True)
        self.model = RateRowsModel()
        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setColumnWidth(REGIONS, 300)
        self.error = plain_label()
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        self.status = plain_label()
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
        self.remove_samples_button = button(self.tr("Remove sample rates"), self.remove_samples)
        sheet_bar.addWidget(self.remove_samples_button)
        sheet_bar.addStretch(1)
        # Says which couriers still have the bundled sample prices (示例价格); hidden when none.
        self.sample_note = plain_label()
        self.sample_note.setWordWrap(True)
        self.sample_note.setStyleSheet("color: #b26a00")
        rates_page = QWidget()
        rates_layout = QVBoxLayout(rates_page)
        rates_layout.addLayout(sheet_bar)
        rates_layout.addWidget(self.sample_note)
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
        self.policy_error = plain_label()
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
            self.table = rate_table(self.library.db)
        except QuickReplyError as error:
            self.table = RateTable([], [])
            self.complain(str(error))
        current = self.couriers.currentItem().text() if self.couriers.currentItem() else None
        names = [c.name for c in self.table.couriers]
        self.couriers.blockSignals(True)
        self.couriers.clear()
        self.couriers.addItems(names)
        if names:
            self.couriers.setCurrentRow(names.index(current) if current in names else 0)
        self.couriers.blockSignals(False)
        self._show_courier(self.couriers.currentItem().text() if self.couriers.currentItem() else "")
        samples = [name for name in names if name in sample_couriers(self.library.db)]
        self.sample_note.setText(
            fill(
                self.tr("Sample prices (示例价格), not your shop's: %1. Import or edit your own, or remove them."),
                "、".join(samples),
            )
        )
        self.sample_note.setVisible(bool(samples))
        self.remove_samples_button.setEnabled(bool(samples))
        self._load_policy()

    def ask_unsaved(self) -> str:
        """'save', 'discard' or 'cancel' for grid edits not saved yet."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This courier's rates have changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
            answer, "cancel"
        )

    def _keep_edits(self) -> bool:
        """True when the grid may be left: nothing unsaved, or saved, or the lead chose to discard."""
        if not self.model.dirty:
            return True
        answer = self.ask_unsaved()
        return answer == "discard" or (answer == "save" and self.save_rows())

    def _switch_courier(self, name: str) -> None:
        if name == self._shown:
            return
        if not self._keep_edits():
            self.couriers.blockSignals(True)
            shown = self.couriers.findItems(self._shown, Qt.MatchFlag.MatchExactly)
            if shown:
                self.couriers.setCurrentItem(shown[0])
            self.couriers.blockSignals(False)
            return
        self._show_courier(name)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._keep_edits():
            event.accept()
        else:
            event.ignore()

    def _show_courier(self, name: str) -> None:
        self._shown = name
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
        """Write the grid as the rows of the courier it shows; False (with the row and column shown) when refused.

        The courier the grid shows, not the one selected: while switching, the list already points at the next one.
        """
        name = self._shown or None
        if name is None:
            return False
        courier = self.table.courier(name)
        try:
            rows = self.model.rate_rows(name)
            replace_couriers(self.library, RateTable([courier], rows), keep_samples=True)
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

    def _import(self, path: Path, sample: bool = False) -> bool:
        try:
            names = replace_couriers(self.library, read_sheet(path), sample=sample)
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
        if self._import(SAMPLE_SHEET, sample=True):
            self.tell(
                self.tr("Loaded the sample rates. They are sample prices: replace them with your contract prices.")
            )

    def remove_samples(self) -> None:
        """Delete the couriers still at the sample prices; the shop's own couriers and its policy stay."""
        if not self._keep_edits():
            return
        try:
            removed = remove_samples(self.library)
        except QuickReplyError as error:
            self.complain(str(error))
            return
        self.reload()
        self.tell(fill(self.tr("Removed the sample rates of %1 couriers."), len(removed)))

    def export_sheet(self) -> None:
        path = self.ask_save_file()
        if path is None:
            return
        try:
            write_sheet(rate_table(self.library.db), path)
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
            if amount in DIFFERENCE_WORDS:
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
            free_excluded=frozenset(places(self.free_excluded.text())),
            remote=frozenset(places(self.remote.text())),
            remote_fee=self._money(self.remote_fee, self.tr("Remote regions pay extra (yuan)"), Decimal(0))
            or Decimal(0),
            upgrades=tuple(upgrades),
            not_served=frozenset(places(self.not_served.text())),
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
