"""A data home's library made on first use, or made again when the agent asks for it (``quickreply new-library``).

A new library is built beside its place (``library-new-<pid>.part``), filled, written out and only then put in place,
in one step: a first start cut short leaves no library (the next start builds it again), never an empty file or a
half-filled one, so an empty or missing ``library.db`` in a home that had one is always damage (``opening``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from .errors import LibraryDamaged
from .library import backups, opening, running
from .library.restoring import sync_file, sync_folder
from .library.settings import DAILY_BACKUP
from .library.store import DB_NAME, Library

Fill = Callable[[Library], None]
"""What a new library gets before it takes its place: the default replies, the sample fee tables."""


def _put_in_place(made: Path, path: Path) -> None:
    """``made`` becomes ``path`` in one step, unless another start put a library there first (then theirs stays)."""
    try:
        os.link(made, path)  # fails when ``path`` exists: never over a library another process just made
    except FileExistsError:
        return
    except OSError:  # a file system without hard links (FAT, some network shares)
        if path.exists():
            return
        os.replace(made, path)
    sync_folder(path.parent)


def create(home: Path, fill: Fill, *, quiet_today: bool = False) -> None:
    """Make the library of ``home``, filled by ``fill``, and put it in place whole.

    ``quiet_today``: no daily copy of it today, so that a new library does not become the newest backup in a
    folder of real ones (``new-library`` in a home with backups).

    Raises:
        LibraryDamaged: the home cannot be written (no permission, disk full); nothing is left in place.
    """
    home = Path(home)
    made = home / f"library-new-{os.getpid()}.part"
    try:
        home.mkdir(parents=True, exist_ok=True)
        made.unlink(missing_ok=True)
        library = Library(home, file=made)
        try:
            fill(library)
            if quiet_today:
                with library.change():
                    library.settings.put(DAILY_BACKUP, date.today().isoformat())
            # One file, no -wal beside it: what is put in place is all of it. The library opens in WAL mode again.
            library.db.execute("PRAGMA journal_mode = DELETE")
        finally:
            library.close()
        sync_file(made)
        _put_in_place(made, home / DB_NAME)
    except OSError as exc:
        raise LibraryDamaged(f"无法在数据目录 {home} 建立资料库：{exc.strerror or exc}。") from exc
    finally:
        made.unlink(missing_ok=True)


def new_library(home: Path, fill: Fill) -> Path | None:
    """Start over: a new library in place of a damaged, empty or foreign one, or of one that went missing.

    The old file, if any, is kept aside (``library-damaged-<time>.db``); backups stay, and no daily copy of the new
    library is taken today. Returns where the old file was kept, or None.

    Raises:
        AppRunning: the tray app runs on this home.
        LibraryDamaged: a sound library is there (it is never replaced: ``restore-backup`` is for that), or the
            home cannot be written.
    """
    home = Path(home)
    lock = running.hold(home)
    try:
        path = home / DB_NAME
        kept = None
        if path.exists():
            health = backups.check(home)
            if health.ok or health.newer:
                raise LibraryDamaged(
                    f"{path} 是完好的资料库（{health.templates} 条模板），不会被新资料库替换。要换成某份备份，"
                    "运行 quickreply restore-backup --list 查看后用 quickreply restore-backup 备份文件 恢复。"
                )
            kept = home / f"{opening.KEPT_PREFIX}{datetime.now().strftime('%Y%m%d-%H%M%S')}.db"
            try:
                path.replace(kept)
                for side in ("-wal", "-shm"):
                    extra = Path(f"{path}{side}")
                    if extra.exists():
                        extra.replace(Path(f"{kept}{side}"))
            except OSError as exc:
                raise LibraryDamaged(f"无法把 {path} 移到一边：{exc.strerror or exc}。资料库没有改动。") from exc
        create(home, fill, quiet_today=bool(backups.backups(home)))
        return kept
    finally:
        lock.release()
