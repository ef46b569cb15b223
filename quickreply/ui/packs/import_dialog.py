"""Importing a template pack or a spreadsheet: choose the file, see exactly what will change, then apply it.

Reading, planning and applying run in a worker thread with its own library (``LibraryJob``); the dialog only shows
the plan, which is plain data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quickreply.core import Library
from quickreply.core.packs.import_apply import (
    ImportPlan,
    ImportResult,
    Incoming,
    ItemChange,
    apply_import,
    plan_import,
    read_incoming,
)
from quickreply.core.packs.import_apply import sort_for_preview as preview_order
from quickreply.core.packs.pack_rules import pack_rules

from ..plain_text import plain_label
from ..wording import fill
from .import_changes import ChangeTableModel, PackRulesTable
from .library_job import LibraryJob

STRATEGIES = ("skip", "overwrite", "keep-both")
ERROR_STYLE = "color: #b3261e;"
DONE_STYLE = "color: #1b7f3b;"


class ImportDialog(QDialog):
    """The import preview and its Apply button.

    Signals:
        planned(): a preview is shown (after a file was read, or the strategy changed).
        imported(str): the import was applied; the message says what it did.
        failed(str): reading, planning or applying was refused; the message is shown in the dialog too.
    """

    planned = Signal()
    imported = Signal(str)
    failed = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.job: LibraryJob | None = None
        self._incoming: Incoming | None = None
        self._applying = False
        self.setWindowTitle(self.tr("Import replies"))
        self.resize(940, 640)

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("A template pack (.qrpack) or a spreadsheet (.xlsx, .csv)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)

        self.pack_box = QGroupBox(self.tr("Template pack"))
        self.pack_name = plain_label()
        self.pack_version = plain_label()
        self.pack_author = plain_label()
        self.pack_notes = plain_label()
        self.pack_notes.setWordWrap(True)
        pack_form = QFormLayout(self.pack_box)
        pack_form.addRow(self.tr("Name:"), self.pack_name)
        pack_form.addRow(self.tr("Version:"), self.pack_version)
        pack_form.addRow(self.tr("Author:"), self.pack_author)
        pack_form.addRow(self.tr("Notes:"), self.pack_notes)
        self.pack_box.hide()

        self.strategy = QComboBox()
        for key, text in zip(
            STRATEGIES, (self.tr("Skip it (keep mine)"), self.tr("Overwrite mine"), self.tr("Keep both")), strict=True
        ):
            self.strategy.addItem(text, key)
        self.strategy.setToolTip(
            self.tr("What to do when an incoming reply has the same shortcut, or the same title in the same category.")
        )
        self.strategy.currentIndexChanged.connect(lambda: self._plan())
        self.with_unchanged = QCheckBox(self.tr("Show unchanged too"))
        self.with_unchanged.toggled.connect(lambda on: self.changes.show_unchanged(on))
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("When a reply is already there:")))
        options.addWidget(self.strategy)
        options.addStretch(1)
        options.addWidget(self.with_unchanged)

        self.changes = ChangeTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.changes)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((96, 150, 220)):
            self.table.setColumnWidth(column, width)

        self.fees = QTableWidget(0, 3)
        self.fees.setHorizontalHeaderLabels([self.tr("Courier"), self.tr("Change"), self.tr("Rows")])
        self.fees.verticalHeader().hide()
        self.fees.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fees.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fees.setMaximumHeight(120)
        self.fees_label = QLabel(self.tr("Fee tables:"))
        self.rules = PackRulesTable()
        self.rules_label = QLabel(
            self.tr("Wording rules this pack adds (they only add checks; the built-in rules stay as they are):")
        )
        self.rules_label.setWordWrap(True)
        self.policy = plain_label()
        self.new_categories = plain_label()
        self.new_categories.setWordWrap(True)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.hide()

        self.apply_button = QPushButton(self.tr("Import"))
        self.apply_button.setEnabled(False)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.pack_box)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.fees_label)
        layout.addWidget(self.fees)
        layout.addWidget(self.rules_label)
        layout.addWidget(self.rules)
        layout.addWidget(self.policy)
        layout.addWidget(self.new_categories)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show_plan(None)

    # --- choosing and planning -----------------------------------------------------------------------------------

    def ask_path(self) -> Path | None:
        """The file to import (replaced in tests)."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import replies"),
            str(Path.home()),
            self.tr("Template packs and spreadsheets (*.qrpack *.xlsx *.csv);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def choose_file(self) -> None:
        path = self.ask_path()
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read ``path`` and preview importing it (in the background; ``planned`` or ``failed`` follows)."""
        self.file.setText(str(path))
        self._incoming = None
        self._plan(path)

    def _plan(self, path: Path | None = None, *, keep_message: bool = False) -> None:
        if self._applying:
            return
        incoming, strategy = self._incoming, str(self.strategy.currentData())
        source = path or (incoming.source if incoming else None)
        if source is None:
            return

        def work(lib: Library, progress: Callable[[int, int], None]) -> tuple[ImportPlan, list[ItemChange]]:
            progress(0, 0)
            plan = plan_import(lib, incoming or read_incoming(source), strategy, progress)
            return plan, preview_order(plan.changes)

        self._show_plan(None)
        if not keep_message:
            self._say("")
        self.summary.setText(self.tr("Reading the file…"))
        self._run(work, self._planned, stoppable=True)

    def _planned(self, value: object) -> None:
        plan, ordered = value  # type: ignore[misc]
        self._incoming = plan.incoming
        shown = self.message.text(), self.message.styleSheet()
        self._show_plan(plan, ordered)
        if shown[0]:  # a refusal stays readable above the new preview
            self._say(*shown)
        self.planned.emit()

    def _show_plan(self, plan: ImportPlan | None, ordered: list[ItemChange] | None = None) -> None:
        self.plan = plan
        self.changes.set_changes(ordered or [])
        manifest = plan.manifest if plan else None
        self.pack_box.setVisible(manifest is not None)
        if manifest is not None:
            assert plan is not None
            self.pack_name.setText(manifest.name)
            version = manifest.version
            if plan.installed_version and plan.installed_version != version:
                version = fill(self.tr("%1 (installed: %2)"), version, plan.installed_version)
            elif plan.installed_version:
                version = fill(self.tr("%1 (already installed)"), version)
            self.pack_version.setText(version)
            self.pack_author.setText(manifest.author or "—")
            self.pack_notes.setText(manifest.description or "—")
        fees = plan.fee_changes if plan else ()
        self.fees.setRowCount(len(fees))
        for row, fee in enumerate(fees):
            for column, text in enumerate((fee.courier, self.changes.label(fee.action), str(fee.rows))):
                self.fees.setItem(row, column, QTableWidgetItem(text))
        self.fees.setVisible(bool(fees))
        self.fees_label.setVisible(bool(fees))
        rules = pack_rules(plan.incoming.pack) if plan else []
        self.rules.show_rules(rules)
        self.rules.setVisible(bool(rules))
        self.rules_label.setVisible(bool(rules))
        policy = plan.policy_change if plan else None
        self.policy.setVisible(policy is not None)
        if policy is not None:
            self.policy.setText(fill(self.tr("Shipping policy: %1"), self.changes.label(policy)))
        new = plan.new_categories if plan else ()
        self.new_categories.setVisible(bool(new))
        self.new_categories.setText(fill(self.tr("New categories: %1"), "、".join(new)))
        self.summary.setText(fill(self.tr("%1: %2"), plan.what(), plan.summary()) if plan else "")
        self.apply_button.setEnabled(plan is not None and plan.changes_anything)
        if plan is not None and not plan.changes_anything:
            self._say(self.tr("Nothing to import: the library already has all of it."))

    # --- applying ------------------------------------------------------------------------------------------------

    def apply(self) -> None:
        """Carry out the previewed plan (in the background; ``imported`` or ``failed`` follows)."""
        plan = self.plan
        if plan is None or self._applying:
            return

        def work(lib: Library, progress: Callable[[int, int], None]) -> ImportResult:
            return apply_import(lib, plan, progress)

        self._applying = True
        self.apply_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.strategy.setEnabled(False)
        self._say(self.tr("Importing… (a backup is taken first)"))
        self._run(work, self._applied)

    def _applied(self, value: object) -> None:
        assert isinstance(value, ImportResult)
        self.result = value
        self._applying = False
        self.library.sync()
        message = value.message()
        self._say(
            message + " " + self.tr("A backup was taken first: File → Undo last import puts everything back."),
            DONE_STYLE,
        )
        self.apply_button.hide()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.imported.emit(message)

    # --- the worker ----------------------------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[Library, Callable[[int, int], None]], object],
        then: Callable[[object], None],
        *,
        stoppable: bool = False,
    ) -> None:
        if self.job is not None:
            self.job.stop()
        job = LibraryJob(self.library.home, work, stoppable=stoppable)
        self.job = job
        job.progress.connect(self._progress)
        job.done.connect(then)
        job.failed.connect(self._failed)
        job.finished.connect(lambda: self._finished(job))
        self.progress.setRange(0, 0)
        self.progress.show()
        job.start()

    def _progress(self, done: int, total: int) -> None:
        if self.sender() is not self.job:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, job: LibraryJob) -> None:
        if job is self.job:
            self.job = None
            if not self._applying and self.result is None:
                self.progress.hide()

    def _failed(self, message: str) -> None:
        if self._applying:
            self._applying = False
            self.cancel_button.setEnabled(True)
            self.strategy.setEnabled(True)
            self.progress.hide()
            self._say(message, ERROR_STYLE)
            self.failed.emit(message)
            self._plan(keep_message=True)  # e.g. the library changed meanwhile: preview it as it is now
            return
        self._show_plan(None)
        self._say(message, ERROR_STYLE)
        self.failed.emit(message)

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    # --- closing -------------------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel: nothing was changed; an import being applied cannot be cancelled (it is one transaction)."""
        if self._applying:
            return
        if self.job is not None:
            self.job.stop()
            self.job = None
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._applying:
            event.ignore()
            return
        super().closeEvent(event)


def open_import(library: Library, path: Path | None = None, parent: QWidget | None = None) -> ImportDialog | None:
    """Show the import dialog (not modal) for ``path``, or after asking for a file; None when the agent chose none."""
    dialog = ImportDialog(library, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if path is None:
        path = dialog.ask_path()
        if path is None:
            dialog.deleteLater()
            return None
    dialog.show()
    dialog.load(path)
    return dialog
