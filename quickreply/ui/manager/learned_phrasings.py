"""Below the editor: what the selected reply learned from buyers' messages, for the lead to tidy, drop, or make one of
its own buyer phrasings (买家问法).

Buyer text is data: it is shown in item views and plain-text labels, never as rich text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quickreply.core import Library, QuickReplyError
from quickreply.core.library.learned import LearnedPhrasing

from ..plain_text import plain_label
from ..wording import fill
from .questions import Questions

TEXT, TIMES, LAST_SEEN = range(3)


class LearnedPhrasings(QWidget):
    """The learned phrasings of one reply (most picked first), with 删除, 编辑… and 设为买家问法.

    Args:
        editing_unsaved: whether the editor holds unsaved changes; promoting then is refused, since it writes the
            reply's phrasings and reloading the editor would drop the lead's edits.

    Signals:
        changed(object, str): the library was written: the reply to show again, and what to say.
        told(str): something was refused; why, for the status bar.
    """

    changed = Signal(object, str)
    told = Signal(str)

    def __init__(self, library: Library, questions: Questions, editing_unsaved: Callable[[], bool]) -> None:
        super().__init__()
        self.library = library
        self.questions = questions
        self.editing_unsaved = editing_unsaved
        self.template_id: int | None = None
        self.learned: list[LearnedPhrasing] = []
        self.heading = plain_label(self.tr("Learned from buyer messages"))
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Buyer's words"), self.tr("Times"), self.tr("Last seen")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TIMES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LAST_SEEN, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.edit_chosen())
        self.empty = plain_label(self.tr("Nothing learned from buyer messages yet"))
        self.empty.setStyleSheet("color: #757575;")
        self.remove_button = QPushButton(self.tr("Delete"))
        self.remove_button.clicked.connect(self.remove_chosen)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_chosen)
        self.promote_button = QPushButton(self.tr("Make it a buyer phrasing"))
        self.promote_button.setToolTip(self.tr("It becomes one of the reply's buyer phrasings, which packs carry."))
        self.promote_button.clicked.connect(self.promote_chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.promote_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 0, 9, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.show_for(None)

    def show_for(self, template_id: int | None) -> None:
        """Show what the reply ``template_id`` learned (None: no reply, or a new one not saved yet)."""
        self.template_id = template_id
        self.reload()

    def reload(self) -> None:
        """Read the shown reply's learned phrasings again."""
        chosen = self.chosen()
        self.learned = [] if self.template_id is None else self.library.learned_for(self.template_id)
        self.list.clear()
        for phrasing in self.learned:
            item = QTreeWidgetItem([phrasing.text, f"×{phrasing.times}", phrasing.last_seen[:10]])
            item.setData(TEXT, Qt.ItemDataRole.UserRole, phrasing.id)
            item.setTextAlignment(TIMES, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if chosen is not None and phrasing.id == chosen.id:
                item.setSelected(True)
        self.setEnabled(self.template_id is not None)
        self.list.setVisible(bool(self.learned))
        self.empty.setVisible(not self.learned)
        self._selection_changed()

    def chosen(self) -> LearnedPhrasing | None:
        """The selected learned phrasing."""
        items = self.list.selectedItems()
        if not items:
            return None
        wanted = items[0].data(TEXT, Qt.ItemDataRole.UserRole)
        return next((p for p in self.learned if p.id == wanted), None)

    def choose(self, phrasing_id: int) -> None:
        """Select the learned phrasing ``phrasing_id`` (as a click would)."""
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None:
                item.setSelected(item.data(TEXT, Qt.ItemDataRole.UserRole) == phrasing_id)

    def _selection_changed(self) -> None:
        some = self.chosen() is not None
        for button in (self.remove_button, self.edit_button, self.promote_button):
            button.setEnabled(some)

    # --- actions -----------------------------------------------------------------------------------------------

    def remove_chosen(self) -> None:
        """Forget the selected learned phrasing."""
        phrasing = self.chosen()
        if phrasing is None:
            return
        try:
            self.library.remove_learned(phrasing.id)
        except QuickReplyError as exc:
            self.told.emit(str(exc))
            return
        self.reload()
        self.changed.emit(self.template_id, fill(self.tr("Deleted the learned phrasing “%1”."), phrasing.text))

    def edit_chosen(self) -> None:
        """Ask for new words for the selected learned phrasing (the lead tidies a buyer's words)."""
        phrasing = self.chosen()
        if phrasing is None:
            return
        text = self.questions.ask_text(self.tr("Edit learned phrasing"), self.tr("The buyer's words:"), phrasing.text)
        if text is None or text == phrasing.text:
            return
        try:
            edited = self.library.edit_learned(phrasing.id, text)
        except QuickReplyError as exc:
            self.told.emit(str(exc))
            return
        self.reload()
        self.changed.emit(self.template_id, fill(self.tr("Changed the learned phrasing to “%1”."), edited.text))

    def promote_chosen(self) -> None:
        """Make the selected learned phrasing one of the reply's buyer phrasings; refused while the editor holds
        unsaved changes (the reply is written and shown again, which would lose them)."""
        phrasing = self.chosen()
        if phrasing is None:
            return
        if self.editing_unsaved():
            self.told.emit(self.tr("Save or discard your changes first: the reply has edits that are not saved."))
            return
        try:
            self.library.promote_learned(phrasing.id)
        except QuickReplyError as exc:
            self.told.emit(str(exc))
            return
        self.reload()
        self.changed.emit(self.template_id, fill(self.tr("“%1” is now one of the buyer phrasings."), phrasing.text))
