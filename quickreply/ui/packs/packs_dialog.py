"""The installed template packs (and removing one), and the pack file the library follows (its subscription)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quickreply.core import Library, QuickReplyError
from quickreply.core.packs.installed import InstalledPack, installed_packs, remove_pack
from quickreply.core.packs.subscription import subscribe, subscription

from ..plain_text import ask_yes_no, plain_label, tooltip
from ..wording import fill
from .library_job import LibraryJob

ERROR_STYLE = "color: #b3261e;"


class InstalledPacksDialog(QDialog):
    """One row per installed pack: name, version, author, when installed, replies, replies the agent edited.

    Signals:
        removed(str): a pack was removed; the message says what happened to its replies.
    """

    removed = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.packs: list[InstalledPack] = []
        self.setWindowTitle(self.tr("Installed template packs"))
        self.resize(760, 340)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Pack"),
                self.tr("Version"),
                self.tr("Author"),
                self.tr("Installed"),
                self.tr("Replies"),
                self.tr("Edited by you"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No template pack is installed. File → Import… installs one."))
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.remove_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.packs = installed_packs(self.library)
        self.table.setRowCount(len(self.packs))
        for row, pack in enumerate(self.packs):
            values = (
                pack.name,
                pack.version,
                pack.author,
                pack.installed[:16].replace("T", " "),
                pack.templates,
                pack.edited,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 0 and pack.description:
                    item.setToolTip(tooltip(pack.description))
                self.table.setItem(row, column, item)
        if self.packs:
            self.table.selectRow(0)
        self.empty.setVisible(not self.packs)
        self.remove_button.setEnabled(bool(self.packs))

    def confirm(self, text: str) -> bool:
        """Ask before removing (replaced in tests)."""
        return ask_yes_no(self, self.tr("Remove template pack"), text)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        pack = self.packs[rows[0].row()]
        text = fill(
            self.tr(
                "Remove the pack 「%1」 (version %2)? Its %3 replies go to the trash; "
                "the %4 you edited stay as your own."
            ),
            pack.name,
            pack.version,
            str(pack.templates - pack.edited),
            str(pack.edited),
        )
        if not self.confirm(text):
            return
        try:
            gone, trashed, kept = remove_pack(self.library, pack.id)
        except QuickReplyError as exc:
            self.message.setText(str(exc))
            self.message.setStyleSheet(ERROR_STYLE)
            return
        message = fill(
            self.tr("Removed the pack 「%1」: %2 replies moved to the trash, %3 kept as yours."),
            gone.name,
            str(trashed),
            str(kept),
        )
        self.message.setText(message)
        self.message.setStyleSheet("")
        self.reload()
        self.removed.emit(message)


class SubscriptionDialog(QDialog):
    """Which pack file the library follows: a newer version there is installed by itself.

    Signals:
        changed(): the subscription was set or stopped.
    """

    changed = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.job: LibraryJob | None = None
        self.setWindowTitle(self.tr("Subscribe to a template pack"))
        self.resize(620, 200)
        explain = QLabel(
            self.tr(
                "Choose the pack file your team lead shares (a shared or synced folder). When a newer version is "
                "saved there, QuickReply installs it by itself; your own replies are never changed."
            )
        )
        explain.setWordWrap(True)
        self.current = plain_label()
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = plain_label()
        self.message.setWordWrap(True)
        choose = QPushButton(self.tr("Choose pack file…"))
        choose.clicked.connect(self.choose_file)
        self.stop_button = QPushButton(self.tr("Stop subscription"))
        self.stop_button.clicked.connect(lambda: self.set_subscription(None))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(choose)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.current)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._show_current()

    def _show_current(self) -> None:
        path = subscription(self.library)
        if path is None:
            self.current.setText(self.tr("Not subscribed to any pack."))
        else:
            self.current.setText(fill(self.tr("Subscribed to: %1"), str(path)))
        self.stop_button.setEnabled(path is not None)

    def ask_path(self) -> Path | None:
        """The pack file to follow (replaced in tests)."""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Subscribe to a template pack"), str(Path.home()), self.tr("Template packs (*.qrpack)")
        )
        return Path(chosen) if chosen else None

    def choose_file(self) -> None:
        path = self.ask_path()
        if path is not None:
            self.set_subscription(path)

    def set_subscription(self, path: Path | None) -> None:
        """Follow ``path`` (checked to be a readable pack first, in the background), or stop following (None)."""

        def work(lib: Library, progress: Callable[[int, int], None]) -> None:
            subscribe(lib, path)

        job = LibraryJob(self.library.home, work)
        self.job = job
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self.message.setText(self.tr("Checking the pack file…") if path else "")
        self.message.setStyleSheet("")
        job.start()

    def _done(self, value: object) -> None:
        self.job = None
        self.library.sync()
        self.message.setText("")
        self._show_current()
        self.changed.emit()

    def _failed(self, message: str) -> None:
        self.job = None
        self.message.setText(message)
        self.message.setStyleSheet(ERROR_STYLE)
