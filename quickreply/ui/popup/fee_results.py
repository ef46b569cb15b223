"""The popup's fee comparison: one row per courier, cheapest and fastest marked, unreachable greyed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from quickreply.core.shipping.fee_reply import days, kg
from quickreply.core.shipping.quotes import Quote

from ..wording import fill


class FeeResults(QTableWidget):
    """Quotes for one parcel, in the order ``core.quotes.quote`` ranked them: courier, what the buyer pays, the
    weight the courier charges (marked when the volume decides it), its fee, the days, and why the buyer pays that."""

    COLUMNS = 6

    def __init__(self) -> None:
        super().__init__(0, self.COLUMNS)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Courier"),
                self.tr("Buyer pays"),
                self.tr("Charged weight"),
                self.tr("Courier fee"),
                self.tr("Days"),
                self.tr("Note"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.quotes: list[Quote] = []

    def show_quotes(self, quotes: Sequence[Quote]) -> None:
        self.quotes = list(quotes)
        reachable = [q for q in self.quotes if q.reachable and q.fee is not None]
        cheapest = min((q.fee for q in reachable if q.fee is not None), default=None)
        fastest = min((q.eta[1] for q in reachable if q.eta is not None), default=None)
        self.setRowCount(len(self.quotes))
        grey = QColor("#9e9e9e")
        for row, quote in enumerate(self.quotes):
            marks = []
            if quote.reachable and quote.fee == cheapest:
                marks.append(self.tr("cheapest"))
            if quote.reachable and quote.eta is not None and quote.eta[1] == fastest:
                marks.append(self.tr("fastest"))
            note = " · ".join([*marks, quote.reason] if quote.reason else marks)
            cells = [
                quote.courier,
                "" if quote.buyer_pays is None else fill(self.tr("%1 yuan"), f"{quote.buyer_pays:.2f}"),
                self.charged(quote),
                "" if quote.fee is None else f"{quote.fee:.2f}",
                days(quote) if quote.reachable else self.tr("not served"),
                note,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not quote.reachable:
                    item.setForeground(grey)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        first = next((n for n, q in enumerate(self.quotes) if q.reachable and q.buyer_pays is not None), 0)
        if self.quotes:
            self.selectRow(first)

    def charged(self, quote: Quote) -> str:
        """The weight the courier charges, marked when the parcel's volume makes it more than the actual weight."""
        weight = fill(self.tr("%1 kg"), kg(quote.chargeable_kg))
        if quote.actual_kg is not None and quote.chargeable_kg > quote.actual_kg:
            return fill(self.tr("%1 (volume)"), weight)
        return weight

    def current(self) -> Quote | None:
        row = self.currentRow()
        return self.quotes[row] if 0 <= row < len(self.quotes) else None

    def move_choice(self, step: int) -> None:
        """Choose the courier ``step`` rows away, stopping at the first and the last."""
        if self.quotes:
            self.selectRow(min(max(self.currentRow() + step, 0), len(self.quotes) - 1))
