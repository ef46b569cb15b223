"""The manager's File menu: import, export, undo the last import, installed packs, subscription."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from quickreply.core import Library
from quickreply.core.packs.import_apply import changed_since_import, last_import, undo_import

from ..plain_text import ask_yes_no
from ..wording import fill
from .export_dialog import ExportDialog, open_export
from .import_dialog import ImportDialog, open_import
from .library_job import LibraryJob
from .packs_dialog import InstalledPacksDialog, SubscriptionDialog


class PackMenu(QObject):
    """The File menu of ``window`` and what its entries do. ``confirm`` is the only place that asks (tests replace it).

    Signals:
        library_changed(str): an import, an undo or a removal changed the library; the message says what.
        subscription_changed(): the followed pack file was set or stopped.
    """

    library_changed = Signal(str)
    subscription_changed = Signal()

    def __init__(self, window: QMainWindow, library: Library) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.menu: QMenu = window.menuBar().addMenu(self.tr("&File"))
        self.menu.addAction(self.tr("Import…"), lambda: self.import_file())
        self.menu.addAction(self.tr("Export…"), self.export)
        self.menu.addSeparator()
        self.undo_action = self.menu.addAction(self.tr("Undo last import"), self.undo_last_import)
        self.menu.addAction(self.tr("Installed packs…"), self.installed_packs)
        self.menu.addAction(self.tr("Subscribe to a pack…"), self.subscription)
        self.menu.aboutToShow.connect(lambda: self.undo_action.setEnabled(last_import(self.library) is not None))

    def confirm(self, title: str, text: str) -> bool:
        return ask_yes_no(self.window, title, text)  # it names the pack or file imported

    def import_file(self, path: Path | None = None) -> ImportDialog | None:
        dialog = open_import(self.library, path, self.window)
        if dialog is not None:
            dialog.imported.connect(self.library_changed)
        return dialog

    def export(self) -> ExportDialog:
        return open_export(self.library, self.window)

    def undo_last_import(self) -> LibraryJob | None:
        """Put the library back as it was before the last import, after asking (in the background;
        ``library_changed`` follows). None when there is nothing to undo or the agent said no.
        """
        record = last_import(self.library)
        if record is None:
            self.library_changed.emit(self.tr("There is no import to undo."))
            return None
        title = self.tr("Undo last import")
        asked = fill(
            self.tr("Undo the import of %1 on %2 (%3)? The library goes back to how it was before it."),
            record.what,
            record.when[:16].replace("T", " "),
            record.summary,
        )
        if not self.confirm(title, asked):
            return None
        force = changed_since_import(self.library)
        if force and not self.confirm(
            title,
            self.tr(
                "The library was changed after that import. Undoing it also loses those later changes "
                "(new, edited or deleted replies). Undo anyway?"
            ),
        ):
            return None

        def work(lib: Library, progress: Callable[[int, int], None]) -> str:
            return undo_import(lib, force=force, expected=record)

        job = LibraryJob(self.library.home, work)
        job.done.connect(self._undone)
        job.failed.connect(self.library_changed)
        return job.start()

    def _undone(self, message: object) -> None:
        self.library.sync()
        self.library_changed.emit(str(message))

    def installed_packs(self) -> InstalledPacksDialog:
        dialog = InstalledPacksDialog(self.library, self.window)
        dialog.removed.connect(self.library_changed)
        dialog.show()
        return dialog

    def subscription(self) -> SubscriptionDialog:
        dialog = SubscriptionDialog(self.library, self.window)
        dialog.changed.connect(self.subscription_changed)
        dialog.show()
        return dialog
