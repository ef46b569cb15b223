"""Following the subscribed pack file: a newer version saved there is installed in the background.

The file is watched (QFileSystemWatcher) and, because watchers miss changes on network shares and lose a file that
an editor replaced, also looked at every minute (modification time and size).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from quickreply.core import Library
from quickreply.core.packs.subscription import check_subscription, subscription, update_waiting

from ..wording import fill
from .library_job import LibraryJob

if TYPE_CHECKING:
    from quickreply.core.packs.import_apply import ImportResult

POLL_MS = 60_000
SETTLE_MS = 500  # a file being copied in changes several times: check once it is quiet


def _stamp(path: Path | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


class SubscriptionWatch(QObject):
    """Installs a newer version of the subscribed pack when it appears.

    Signals:
        installed(str): a version was installed; the message names the pack, the version and what changed.
        problem(str): the file could not be used (missing, broken); each distinct message is told once.
    """

    installed = Signal(str)
    problem = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.library = library
        self.path: Path | None = None
        self.job: LibraryJob | None = None
        self._checked: tuple[int, int] | bool | None = False  # the file's stamp when last checked (False: never)
        self._again = False
        self._told: str | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check_if_changed)
        self.poll = QTimer(self)
        self.poll.setInterval(poll_ms)
        self.poll.timeout.connect(self.refresh)

    def start(self) -> None:
        """Follow the library's subscription (checked now, then on change and every minute)."""
        self.poll.start()
        self.refresh()

    def stop(self) -> None:
        """Stop following: no more polls or file-change checks."""
        self.poll.stop()
        self._settle.stop()
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)

    def refresh(self) -> None:
        """Re-read which file is followed (the agent or the CLI may have changed it) and check it if it changed."""
        self.library.settings.forget()
        path = subscription(self.library)
        if path != self.path:
            self.path = path
            self._checked = False
            self._told = None
        self._watch()
        self.check_if_changed()

    def _watch(self) -> None:
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        if self.path is None:
            return
        # The folder too: an editor that saves by replacing the file makes the watcher drop the file itself.
        wanted = [str(p) for p in (self.path, self.path.parent) if p.exists()]
        if wanted:
            self.watcher.addPaths(wanted)

    def _changed(self, _path: str) -> None:
        if self.path is not None and str(self.path) not in self.watcher.files() and self.path.exists():
            self.watcher.addPath(str(self.path))
        self._settle.start()

    def check_if_changed(self) -> None:
        if self.path is not None and _stamp(self.path) != self._checked:
            self.check()

    def check(self) -> None:
        """Check the file now, in the background (once more after the running check, if one runs)."""
        if self.path is None:
            return
        if self.job is not None:
            self._again = True
            return
        self._checked = _stamp(self.path)

        def work(lib: Library, progress: Callable[[int, int], None]) -> ImportResult | None:
            return check_subscription(lib, progress)

        home = self.library.home
        job = LibraryJob(home, work, needed=lambda: update_waiting(home))
        self.job = job
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        job.finished.connect(self._finished)
        job.start()

    def _done(self, value: object) -> None:
        self._told = None
        from quickreply.core.packs.import_apply import ImportResult  # not at start: see core/packs.py

        if isinstance(value, ImportResult):
            self.library.sync()
            manifest = value.plan.manifest
            name, version = (manifest.name, manifest.version) if manifest else ("", "")
            self.installed.emit(
                fill(self.tr("Template pack 「%1」 version %2 installed: %3."), name, version, value.plan.summary())
            )

    def _failed(self, message: str) -> None:
        if message != self._told:
            self._told = message
            self.problem.emit(message)

    def _finished(self) -> None:
        self.job = None
        if self._again:
            self._again = False
            self.check_if_changed()
