"""The manager's trash: deleted replies wait here for 30 days, to be restored or deleted for good."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from quickreply.core import Library, QuickReplyError

from ..wording import fill
from .item_models import TrashModel


class TrashPage(QWidget):
    """The trash's list and its buttons; shown by the manager in place of the replies and the editor.

    Signals:
        back_requested(): the agent wants the replies again.
        restored(str): replies came back into the library; the message names them (or why one could not).
        told(str): something to say in the status bar.
    """

    back_requested = Signal()
    restored = Signal(str)
    told = Signal(str)

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.model = TrashModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        restore = QPushButton(self.tr("Restore"))
        restore.clicked.connect(self.restore_selected)
        forever = QPushButton(self.tr("Delete forever"))
        forever.clicked.connect(self.delete_selected_forever)
        back = QPushButton(self.tr("Back to replies"))
        back.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Items older than 30 days are removed for good.")), 1)
        buttons.addWidget(back)
        buttons.addWidget(forever)
        buttons.addWidget(restore)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def reload(self) -> None:
        """Read the trash again from the library."""
        self.model.set_items(self.library.trash())

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [item.template.id for item in (self.model.item(r) for r in rows) if item is not None]

    def restore_selected(self) -> None:
        notes = []
        for template_id in self.selected_ids():
            try:
                template, note = self.library.restore(template_id)
            except QuickReplyError as exc:
                notes.append(str(exc))
                continue
            notes.append(note or fill(self.tr("Restored: %1"), template.title))
        self.reload()
        self.restored.emit(" ".join(notes))

    def delete_selected_forever(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        count = self.library.delete_forever(ids)
        self.reload()
        self.told.emit(fill(self.tr("Deleted %1 replies for good."), str(count)))
