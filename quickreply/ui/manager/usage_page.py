"""Usage statistics for the lead: which replies the team copies, which are dead weight, and copies per day.

Read from the library each time the page is shown or the period changes; nothing here writes except "Move to trash".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quickreply.core import Library, QuickReplyError
from quickreply.core.stats import TemplateUse, per_day, template_uses, unused, write_csv

from ..plain_text import ask_yes_no, plain_label
from ..wording import fill
from .item_models import short_time
from .usage_chart import DailyUses

Index = QModelIndex | QPersistentModelIndex
PERIODS = (7, 30, 90)
COUNT, RECENT, LAST_USED, SHORTCUT, TITLE, CATEGORY = range(6)


class UsesModel(QAbstractTableModel):
    """Replies with their uses: all told, within the period, last use; then shortcut, title, category."""

    def __init__(self) -> None:
        super().__init__()
        self.uses: list[TemplateUse] = []
        self.days = 30

    def set_uses(self, uses: Sequence[TemplateUse], days: int) -> None:
        self.beginResetModel()
        self.uses, self.days = list(uses), days
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, RECENT, RECENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.uses)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Uses"),
            fill(self.tr("Last %1 days"), str(self.days)),
            self.tr("Last used"),
            self.tr("Shortcut"),
            self.tr("Title"),
            self.tr("Category"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.uses):
            return None
        use = self.uses[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LAST_USED:
                return short_time(use.last_used) or self.tr("never")
            return (use.count, use.recent, None, use.shortcut or "", use.title, use.category)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COUNT, RECENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _table(model: UsesModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate((56, 84, 124, 64, 200)):
        table.setColumnWidth(column, width)
    return table


class UsagePage(QWidget):
    """Copies per day, the most used replies, and those never used or not used within the period.

    The ``ask_*`` and ``confirm`` methods are the only places that open a dialog, so tests replace them.

    Signals:
        select_requested(list): template ids to select in the manager's list.
        library_changed(str): replies were moved to the trash; the message says how many.
    """

    select_requested = Signal(list)
    library_changed = Signal(str)

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle(self.tr("QuickReply — usage statistics"))
        self.resize(1100, 720)
        self.period = QComboBox()
        for days in PERIODS:
            self.period.addItem(fill(self.tr("Last %1 days"), str(days)), days)
        self.period.setCurrentIndex(PERIODS.index(30))
        self.period.currentIndexChanged.connect(self.reload)
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(self.export_csv)
        self.status = plain_label()  # names the file saved to, or why it could not be
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addWidget(self.status, 1)
        top.addWidget(export)

        self.chart = DailyUses()
        self.most_used = UsesModel()
        self.most_table = _table(self.most_used)
        self.unused = UsesModel()
        self.unused_table = _table(self.unused)
        self.unused_title = plain_label()
        select = QPushButton(self.tr("Select in the reply list"))
        select.clicked.connect(self.select_unused)
        trash = QPushButton(self.tr("Move to trash…"))
        trash.clicked.connect(self.trash_unused)
        unused_buttons = QHBoxLayout()
        unused_buttons.addWidget(QLabel(self.tr("Acts on the selected rows, or on all of them when none is selected.")))
        unused_buttons.addStretch(1)
        unused_buttons.addWidget(select)
        unused_buttons.addWidget(trash)

        most = QWidget()
        most_layout = QVBoxLayout(most)
        most_layout.setContentsMargins(0, 0, 0, 0)
        most_layout.addWidget(QLabel(self.tr("Most used")))
        most_layout.addWidget(self.most_table)
        dead = QWidget()
        dead_layout = QVBoxLayout(dead)
        dead_layout.setContentsMargins(0, 0, 0, 0)
        dead_layout.addWidget(self.unused_title)
        dead_layout.addWidget(self.unused_table)
        dead_layout.addLayout(unused_buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(most)
        split.addWidget(dead)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addWidget(split, 1)
        self.uses: list[TemplateUse] = []
        self.reload()

    def days(self) -> int:
        return int(self.period.currentData())

    def reload(self) -> None:
        """Read the uses again for the chosen period."""
        days = self.days()
        self.uses = template_uses(self.library, days)
        stale = unused(self.uses, days)
        self.most_used.set_uses([u for u in self.uses if u.count], days)
        self.unused.set_uses(stale, days)
        self.unused_title.setText(
            fill(self.tr("Never used, or not used in the last %1 days: %2 replies"), str(days), str(len(stale)))
        )
        self.chart.set_days(per_day(self.library, days))
        copies = sum(n for _, n in self.chart.days)
        self.status.setText(fill(self.tr("%1 copies in the last %2 days"), str(copies), str(days)))

    # --- dialogs (replaced in tests) -------------------------------------------------------------------------

    def ask_path(self) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export usage statistics"), str(Path.home() / "使用统计.csv"), self.tr("CSV files (*.csv)")
        )
        return Path(chosen) if chosen else None

    def confirm(self, text: str) -> bool:
        return ask_yes_no(self, self.tr("Move to trash"), text)

    # --- actions ---------------------------------------------------------------------------------------------

    def export_csv(self) -> Path | None:
        """Write every reply's uses (the lead adds up the team's files with ``quickreply stats merge``)."""
        path = self.ask_path()
        if path is None:
            return None
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            write_csv(self.uses, path)
        except QuickReplyError as exc:
            self.status.setText(str(exc))
            return None
        self.status.setText(fill(self.tr("Saved %1 replies to %2."), str(len(self.uses)), str(path)))
        return path

    def chosen_unused(self) -> list[int]:
        """Ids of the selected rows of the unused table, or of all its rows when none is selected."""
        rows = sorted({i.row() for i in self.unused_table.selectionModel().selectedRows()})
        chosen = [self.unused.uses[r] for r in rows] or self.unused.uses
        return [u.template_id for u in chosen if u.template_id is not None]

    def select_unused(self) -> None:
        ids = self.chosen_unused()
        if ids:
            self.select_requested.emit(ids)

    def trash_unused(self) -> None:
        ids = self.chosen_unused()
        if not ids or not self.confirm(
            fill(self.tr("Move %1 unused replies to the trash? They can be restored for 30 days."), str(len(ids)))
        ):
            return
        try:
            removed = self.library.remove_many(ids)
        except QuickReplyError as exc:
            self.status.setText(str(exc))
            return
        self.reload()
        self.library_changed.emit(fill(self.tr("Moved %1 replies to the trash (Ctrl+Z undoes)."), str(len(removed))))
