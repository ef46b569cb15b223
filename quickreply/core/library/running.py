"""Whether the tray app runs on a data home: a lock on the file ``app.lock`` in the home, held while it runs.

The system lets go of the lock when the process ends, however it ends (kill -9 and a crash included), so a lock
that is held is a process that is alive; a file left behind by a crash holds nothing. Anything that replaces the
library file (``restore-backup``, ``new-library``) takes the same lock for as long as it works: it is refused while
the app runs, and an app started meanwhile waits for it instead of opening a library that is being swapped.

Why a lock file and not the app's single-instance socket: the socket's name and place are Qt's (a file in the
temporary folder on Linux and macOS, a named pipe on Windows), a crash leaves the socket file behind, and core may
not import Qt. A lock is the same on every system: ``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows.
"""

from __future__ import annotations

import errno
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from ..errors import QuickReplyError

LOCK_NAME: Final = "app.lock"


class AppRunning(QuickReplyError):
    """The tray app (or another restore) has the home's lock: the library file must not be replaced now."""

    def __init__(self, home: Path) -> None:
        super().__init__(
            f"快捷回复正在运行，打开着 {home} 的资料库（或者另一次恢复正在进行）。请先在托盘（任务栏的通知区域）"
            "的快捷回复图标上点右键，选「退出」，再运行这条命令。"
        )


@dataclass
class AppLock:
    """The home's lock, held until ``release`` (or until the process ends)."""

    path: Path
    fd: int | None = field(default=None, repr=False)

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the file lets go of the lock on every system
            self.fd = None


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def hold(home: Path) -> AppLock:
    """Take the lock of ``home`` (the app for as long as it runs; a restore while it works).

    In a home nobody can write to, the lock file may not exist and cannot be made: then nobody holds it, the app
    included, and the lock returned holds nothing (whatever the caller wanted to write fails and says why).

    Raises:
        AppRunning: another process holds it.
    """
    path = Path(home) / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except FileNotFoundError:
        return AppLock(path)  # no home yet: nothing runs on it
    except OSError:
        try:
            fd = os.open(path, os.O_RDONLY)  # a read-only home: the lock file, if any, can still be locked
        except OSError:
            return AppLock(path)
    try:
        locked = _try_lock(fd)
    except OSError:
        os.close(fd)
        return AppLock(path)  # a file system without locks: nothing can be told, nothing is refused
    if not locked:
        os.close(fd)
        raise AppRunning(Path(home))
    return AppLock(path, fd)


def is_running(home: Path) -> bool:
    """Whether another process (the tray app) holds the lock of ``home`` right now."""
    try:
        hold(home).release()
    except AppRunning:
        return True
    return False
