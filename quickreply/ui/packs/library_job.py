"""Long work on the library (reading and planning an import, applying it, exporting, a subscription check) off the
GUI thread.

SQLite connections belong to the thread that opened them, so the work gets its own ``Library`` on the same data
home, opened and closed in the worker thread. When it wrote, the GUI's library notices with ``library.sync()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from quickreply.core import QuickReplyError
from quickreply.core.library.store import Library

from ..wording import fill

log = logging.getLogger(__name__)

#: The work: given the worker's own library and a progress callback ``(done, total)``, return a result.
Work = Callable[[Library, Callable[[int, int], None]], Any]

# Jobs whose thread still runs: a QThread collected while running would take the process down with it.
_running: set[LibraryJob] = set()


class Stopped(Exception):
    """Raised from the progress callback to end a job that nobody waits for any more (only where the core allows)."""


class _Thread(QThread):
    def __init__(self, job: LibraryJob) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        ok, value = self._work()
        self.job._ended.emit(ok, value)  # the last thing the thread does: the GUI side waits for it to end

    def _work(self) -> tuple[bool, object]:
        job = self.job
        try:
            if job.needed is not None and not job.needed():
                return True, None  # nothing to do: the library is not even opened
            library = Library(job.home)
        except QuickReplyError as exc:
            return False, str(exc)
        except Exception as exc:  # a one-line message for the agent; the details go to the log
            log.exception("opening the library in a worker failed")
            return False, _unexpected(exc)
        try:
            return True, job.work(library, job._report)
        except Stopped:
            return False, ""
        except QuickReplyError as exc:
            return False, str(exc)
        except Exception as exc:
            log.exception("background work on the library failed")
            return False, _unexpected(exc)
        finally:
            library.close()


def _unexpected(exc: BaseException) -> str:
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
    return fill(
        QCoreApplication.translate(
            "LibraryJob", "Something went wrong (%1). Details are in quickreply.log in the data folder."
        ),
        f"{type(exc).__name__}: {first}",
    )


class LibraryJob(QObject):
    """One piece of work on the library in a worker thread.

    Args:
        home: the data home of the library to open in the worker.
        work: what to do there (see ``Work``).
        stoppable: the work may be ended from its progress callback (planning may; applying may not).
        needed: asked first, in the worker: when it says False the job is done (result None) without opening the
            library, which costs a whole index load in a large library.

    Signals:
        progress(int, int): done and total; total 0 means "busy, no count yet".
        done(object): the work's result, on the GUI thread.
        failed(str): a message the agent can read (a QuickReplyError's text, or one line for anything else).
        finished(): after done or failed, or after ``stop`` took effect.
    """

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    finished = Signal()
    _ended = Signal(bool, object)

    def __init__(
        self, home: Path, work: Work, *, stoppable: bool = False, needed: Callable[[], bool] | None = None
    ) -> None:
        super().__init__()
        self.home = Path(home)
        self.work = work
        self.needed = needed
        self.stoppable = stoppable
        self.stopped = False
        self._thread = _Thread(self)
        self._ended.connect(self._end)

    def start(self) -> LibraryJob:
        _running.add(self)
        self._thread.start()
        return self

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def stop(self) -> None:
        """Nobody wants the result any more: no signal comes from this job again; work that can stop, stops."""
        self.stopped = True

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._thread.wait(milliseconds)

    def _report(self, done: int, total: int) -> None:
        if self.stopped and self.stoppable:
            raise Stopped
        self.progress.emit(done, total)

    def _end(self, ok: bool, value: object) -> None:
        self._thread.wait()
        _running.discard(self)
        if not self.stopped:
            if ok:
                self.done.emit(value)
            elif value:
                self.failed.emit(str(value))
        self.finished.emit()
