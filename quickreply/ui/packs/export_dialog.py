"""Exporting replies: chosen categories to a template pack for the team, or to a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quickreply.core import Library
from quickreply.core.library.settings import AGENT_NAME, SHOP_NAME
from quickreply.core.packs.exports import (
    DEFAULT_NAME,
    ExportResult,
    LintRefused,
    PackDetails,
    Selection,
    export_pack,
    export_sheet,
    last_version,
    next_version,
)

from ..plain_text import plain_label
from ..wording import fill
from .library_job import LibraryJob

ERROR_STYLE = "color: #b3261e;"
DONE_STYLE = "color: #1b7f3b;"
PATH_ROLE = Qt.ItemDataRole.UserRole
# Format key → file suffix; "qianniu" is Qianniu's quick-phrase CSV.
SUFFIXES = {"pack": ".qrpack", "xlsx": ".xlsx", "csv": ".csv", "qianniu": ".csv"}


class Refused(str):
    """The export was refused because replies break platform rules (the worker returns the message as this)."""


class ExportDialog(QDialog):
    """Categories to export (a checkable tree), the pack's name, version, author and notes, format and file.

    Signals:
        exported(str): the file was written; the message says what and where.
    """

    exported = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.result: ExportResult | None = None
        self.job: LibraryJob | None = None
        self.setWindowTitle(self.tr("Export replies"))
        self.resize(720, 620)
        library.sync()

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Categories to export"), self.tr("Replies")])
        self.tree.setColumnWidth(0, 300)
        tops: dict[int, QTreeWidgetItem] = {}
        for category in library.categories():
            parent_item = tops.get(category.parent_id) if category.parent_id is not None else None
            item = QTreeWidgetItem([category.name, str(category.count)])
            item.setData(0, PATH_ROLE, category.path)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if parent_item is None:
                self.tree.addTopLevelItem(item)
                tops[category.id] = item
            else:
                parent_item.addChild(item)
        for top in tops.values():  # a top-level category brings its children along: count them too
            total = int(top.text(1)) + sum(int(top.child(n).text(1)) for n in range(top.childCount()))
            top.setText(1, str(total))
        self.tree.expandAll()
        self.tree.itemChanged.connect(lambda *_: self._update())

        self.format = QComboBox()
        for key, text in (
            ("pack", self.tr("Template pack (.qrpack)")),
            ("xlsx", self.tr("Excel (.xlsx)")),
            ("csv", self.tr("CSV (.csv)")),
            ("qianniu", self.tr("Qianniu quick phrases (.csv)")),
        ):
            self.format.addItem(text, key)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.fees = QCheckBox(self.tr("Include fee tables and shipping policy"))
        self.name = QLineEdit((library.settings.get(SHOP_NAME) or DEFAULT_NAME).strip())
        self.name.textEdited.connect(self._name_changed)
        self.version = QLineEdit()
        self.version.setPlaceholderText(self.tr("e.g. 1.2 or 2026.11"))
        self.author = QLineEdit(library.settings.get(AGENT_NAME))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What changed in this version, for the team"))
        self.notes.setMaximumHeight(70)
        self.file = QLineEdit()
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow("", self.fees)
        form.addRow(self.tr("Pack name:"), self.name)
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Author:"), self.author)
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow(self.tr("Save to:"), file_row)
        self.pack_fields = [self.fees, self.name, self.version, self.author, self.notes]

        self.message = plain_label()  # names the pack, the file, the replies that break rules
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Offered only after a pack was refused for rule-breaking replies: the lead decides, knowing why.
        self.force = QCheckBox(self.tr("Export even though some replies break platform rules"))
        self.force.setToolTip(
            self.tr("The pack goes to the whole team with those replies in it; they are still marked in the manager.")
        )
        self.force.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.force)
        layout.addLayout(buttons)
        self._name_changed()
        self.file.setText(str(Path.home() / self._file_name()))
        self._format_changed()

    # --- what is chosen ------------------------------------------------------------------------------------------

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def chosen_categories(self) -> list[str] | None:
        """Paths to export: [] for everything, None for nothing. A checked category brings its children along."""
        paths: list[str] = []
        everything = True
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            state = top.checkState(0)
            if state == Qt.CheckState.Checked:
                paths.append(str(top.data(0, PATH_ROLE)))
                continue
            everything = False
            for m in range(top.childCount()):
                child = top.child(m)
                if child.checkState(0) == Qt.CheckState.Checked:
                    paths.append(str(child.data(0, PATH_ROLE)))
        if everything:
            return []
        return paths or (None if not self.loose_categories() else [])

    def loose_categories(self) -> list[str]:
        """Parents only partly checked: their own replies go along, their unchecked children do not."""
        paths = []
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            if top.checkState(0) == Qt.CheckState.PartiallyChecked:
                paths.append(str(top.data(0, PATH_ROLE)))
        return paths

    def _file_name(self) -> str:
        stem = (self.name.text().strip() or DEFAULT_NAME).replace("/", "-").replace("\\", "-")
        if self.chosen_format() == "pack":
            return f"{stem}-{self.version.text().strip() or '1'}.qrpack"
        return stem + SUFFIXES[self.chosen_format()]

    def _name_changed(self) -> None:
        self.version.setText(next_version(last_version(self.library, self.name.text().strip())))

    def _format_changed(self) -> None:
        pack = self.chosen_format() == "pack"
        for widget in self.pack_fields:
            widget.setEnabled(pack)
        self.force.setEnabled(pack)
        current = self.file.text().strip()
        if current:
            self.file.setText(str(Path(current).with_suffix(SUFFIXES[self.chosen_format()])))
        self._update()

    def _update(self) -> None:
        self.export_button.setEnabled(self.chosen_categories() is not None and self.job is None)

    def ask_path(self) -> Path | None:
        """Where to save (replaced in tests)."""
        suffix = SUFFIXES[self.chosen_format()]
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export replies"),
            str(Path(self.file.text()).parent / self._file_name()),
            fill(self.tr("%1 files (*%1)"), suffix),
        )
        return Path(chosen) if chosen else None

    def choose_file(self) -> None:
        path = self.ask_path()
        if path is not None:
            self.file.setText(str(path))

    # --- exporting -----------------------------------------------------------------------------------------------

    def export(self) -> None:
        """Write the file (in the background; ``exported`` follows, or the reason it failed is shown)."""
        chosen = self.chosen_categories()
        text = self.file.text().strip()
        if chosen is None:
            self._say(self.tr("Choose at least one category."), ERROR_STYLE)
            return
        if not text:
            self._say(self.tr("Choose where to save the file."), ERROR_STYLE)
            return
        kind = self.chosen_format()
        path = Path(text).expanduser()
        if path.suffix.lower() != SUFFIXES[kind]:
            path = path.with_name(path.name + SUFFIXES[kind])
            self.file.setText(str(path))
        selection = Selection(chosen, self.loose_categories())
        details = PackDetails(
            self.name.text().strip(), self.version.text().strip() or None, self.author.text(), self.notes.toPlainText()
        )
        fees = self.fees.isChecked()
        force = not self.force.isHidden() and self.force.isChecked()

        def work(lib: Library, progress: Callable[[int, int], None]) -> ExportResult | Refused:
            if kind != "pack":
                return export_sheet(lib, path, selection, qianniu=kind == "qianniu")
            try:
                return export_pack(lib, path, selection, details, fees=fees, force=force)
            except LintRefused as exc:
                return Refused(str(exc))

        job = LibraryJob(self.library.home, work)
        self.job = job
        job.done.connect(self._exported)
        job.failed.connect(self._failed)
        job.finished.connect(self._finished)
        self._say(self.tr("Exporting…"))
        self.progress.show()
        self._update()
        job.start()

    def _exported(self, value: object) -> None:
        if isinstance(value, Refused):
            self._say(str(value), ERROR_STYLE)
            self.force.show()
            return
        assert isinstance(value, ExportResult)
        self.result = value
        self.library.sync()
        self._say(value.message(), DONE_STYLE)
        if self.chosen_format() == "pack":  # the next export of this pack counts on from here
            self._name_changed()
        self.exported.emit(value.message())

    def _failed(self, message: str) -> None:
        self._say(message, ERROR_STYLE)

    def _finished(self) -> None:
        self.job = None
        self.progress.hide()
        self._update()

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)


def open_export(library: Library, parent: QWidget | None = None) -> ExportDialog:
    """Show the export dialog (not modal)."""
    dialog = ExportDialog(library, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
