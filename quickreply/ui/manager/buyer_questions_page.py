"""Buyer questions (买家问题) for the lead: what buyers asked when no reply was copied, to attach to a reply the team
has, or to write a new one for.

Read from the library each time the page is shown or the period changes. Buyer text is data: the table shows it as
plain text, and nothing here puts it in a tooltip or a rich-text label.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quickreply.core import Library, QuickReplyError
from quickreply.core.library.learned import BuyerQuestion, write_questions_csv

from ..plain_text import ask_yes_no, plain_label
from ..wording import fill
from .item_models import short_time

Index = QModelIndex | QPersistentModelIndex
PERIODS: tuple[int | None, ...] = (7, 30, None)
TEXT, TIMES, LAST_SEEN = range(3)


class QuestionsModel(QAbstractTableModel):
    """Buyer questions: the buyer's words, how often asked, when last."""

    def __init__(self) -> None:
        super().__init__()
        self.questions: list[BuyerQuestion] = []

    def set_questions(self, questions: Sequence[BuyerQuestion]) -> None:
        self.beginResetModel()
        self.questions = list(questions)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.questions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Buyer's words"), self.tr("Times"), self.tr("Last asked"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.questions):
            return None
        question = self.questions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (question.text, question.times, short_time(question.last_seen))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TIMES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BuyerQuestionsPage(QWidget):
    """The buyer questions, most asked first, within 7 days, 30 days or all; attach, delete, export, clear all.

    Args:
        chosen_reply: the id and title of the reply selected in the manager's list (None: none is), where
            「归到所选回复」 attaches a question.

    The ``ask_path`` and ``confirm`` methods are the only places that open a dialog, so tests replace them.

    Signals:
        library_changed(str): learned phrasings were written (an attach, clearing all); the message says what.
    """

    library_changed = Signal(str)

    def __init__(self, library: Library, chosen_reply: Callable[[], tuple[int, str] | None]) -> None:
        super().__init__()
        self.library = library
        self.chosen_reply = chosen_reply
        self.setWindowTitle(self.tr("QuickReply — buyer questions"))
        self.resize(860, 560)
        self.period = QComboBox()
        for days in PERIODS:
            self.period.addItem(self.tr("All") if days is None else fill(self.tr("Last %1 days"), str(days)), days)
        self.period.setCurrentIndex(PERIODS.index(30))
        self.period.currentIndexChanged.connect(self.reload)
        self.count = plain_label()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addWidget(self.count, 1)

        explain = plain_label(
            self.tr(
                "Buyers asked these and no reply was copied. Attach one to the reply selected in the manager, "
                "and the next buyer who asks like this gets that reply first."
            )
        )
        explain.setWordWrap(True)
        self.model = QuestionsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TIMES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LAST_SEEN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = plain_label(self.tr("No unanswered buyer questions"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #757575; padding: 40px;")

        self.attach_button = QPushButton(self.tr("Attach to the selected reply"))
        self.attach_button.clicked.connect(self.attach_chosen)
        self.remove_button = QPushButton(self.tr("Delete"))
        self.remove_button.clicked.connect(self.remove_chosen)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        self.clear_button = QPushButton(self.tr("Clear all…"))
        self.clear_button.clicked.connect(self.clear_all)
        for button in (self.attach_button, self.remove_button, self.export_button, self.clear_button):
            # a Chinese label measured with one font and drawn with a fallback one loses its last character
            button.setMinimumWidth(button.sizeHint().width() + 16)
        self.status = plain_label()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.reload()

    def days(self) -> int | None:
        days = self.period.currentData()
        return None if days is None else int(days)

    def reload(self) -> None:
        """Read the questions again for the chosen period."""
        self.model.set_questions(self.library.questions(self.days()))
        shown = bool(self.model.questions)
        self.table.setVisible(shown)
        self.empty.setVisible(not shown)
        self.count.setText(fill(self.tr("%1 questions"), str(len(self.model.questions))) if shown else "")
        self.export_button.setEnabled(shown)
        self.clear_button.setEnabled(shown)
        self._selection_changed()

    def chosen(self) -> list[BuyerQuestion]:
        """The selected questions, in the table's order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.questions[r] for r in rows]

    def _selection_changed(self) -> None:
        some = bool(self.chosen())
        self.attach_button.setEnabled(some)
        self.remove_button.setEnabled(some)

    def tell(self, message: str) -> None:
        self.status.setText(message)

    # --- dialogs (replaced in tests) -------------------------------------------------------------------------

    def ask_path(self) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export buyer questions"), str(Path.home() / "买家问题.csv"), self.tr("CSV files (*.csv)")
        )
        return Path(chosen) if chosen else None

    def confirm(self, text: str) -> bool:
        return ask_yes_no(self, self.tr("Clear all"), text)

    # --- actions ---------------------------------------------------------------------------------------------

    def attach_chosen(self) -> None:
        """Attach the selected questions to the reply selected in the manager: each becomes a learned phrasing."""
        chosen = self.chosen()
        if not chosen:
            self.tell(self.tr("Select a question first."))
            return
        reply = self.chosen_reply()
        if reply is None:
            self.tell(self.tr("Select a reply in the manager's list first, then attach the question to it."))
            return
        reply_id, title = reply
        try:
            for question in chosen:
                self.library.attach_question(question.id, reply_id)
        except QuickReplyError as exc:
            self.reload()
            self.tell(str(exc))
            return
        self.reload()
        if len(chosen) == 1:
            message = fill(self.tr("Attached the question to 「%1」."), title)
        else:
            message = fill(self.tr("Attached %1 questions to 「%2」."), str(len(chosen)), title)
        self.tell(message)
        self.library_changed.emit(message)

    def remove_chosen(self) -> None:
        """Delete the selected questions (nothing to answer there, or spam)."""
        chosen = self.chosen()
        if not chosen:
            return
        try:
            for question in chosen:
                self.library.remove_question(question.id)
        except QuickReplyError as exc:
            self.reload()
            self.tell(str(exc))
            return
        self.reload()
        self.tell(fill(self.tr("Deleted %1 questions."), str(len(chosen))))

    def export_csv(self) -> Path | None:
        """Write the questions shown (the chosen period) to a spreadsheet file."""
        path = self.ask_path()
        if path is None:
            return None
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            write_questions_csv(self.model.questions, path)
        except QuickReplyError as exc:
            self.tell(str(exc))
            return None
        self.tell(fill(self.tr("Saved %1 questions to %2."), str(len(self.model.questions)), str(path)))
        return path

    def clear_all(self) -> None:
        """Delete everything learned from buyers — every question and every learned phrasing — after asking."""
        if not self.confirm(
            self.tr(
                "Delete all buyer questions and every phrasing learned from buyer messages on this computer? "
                "This cannot be undone."
            )
        ):
            return
        try:
            phrasings, asked = self.library.forget_learned()
        except QuickReplyError as exc:
            self.tell(str(exc))
            return
        self.reload()
        message = fill(self.tr("Deleted %1 learned phrasings and %2 unanswered questions."), str(phrasings), str(asked))
        self.tell(message)
        self.library_changed.emit(message)
