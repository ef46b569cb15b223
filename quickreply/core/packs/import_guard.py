"""What keeps imports from stepping on each other: one import (or undo of one) at a time per data home, and the copy
of the library an import is undone from.

The GUI and the CLI may both import into one home. Each import plans against the library, backs it up and writes
its plan; two at once would each back up the same library, and undoing the second would take away the first too.
So an import holds the home's import lock from its check of the library to its commit, and ``undo_import`` holds it
too. The lock is SQLite's own lock on a small file beside the library (``import.lock``): it works the same on
Windows and elsewhere, between processes and between threads, and a process that dies lets go of it. Unlike the
app's lock (``core.library.running``) it can be waited for: SQLite's busy timeout is that wait.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Final

from ..errors import LibraryDamaged
from ..library import backups, transactions
from .import_source import ImportRefused

if TYPE_CHECKING:
    from ..library.store import Library

LOCK_NAME: Final = "import.lock"
#: How long an import from the command line waits for another to finish (it plans only once that one committed).
CLI_WAIT: Final = 600.0
#: How long an Apply after a preview waits: the other import changes the library, so this plan would be refused anyway.
APPLY_WAIT: Final = 2.0
BUSY: Final = (
    "另一个导入（或撤销导入）正在进行，可能在另一个窗口或命令行里：请等它完成后重新预览再导入，撤销导入也请等它完成。"
)


@contextmanager
def one_at_a_time(home: Path, wait: float) -> Iterator[None]:
    """Hold the import lock of ``home`` for the block, waiting up to ``wait`` seconds for another import.

    Raises:
        ImportRefused: another import or undo held the lock longer than ``wait``.
        LibraryDamaged: the lock file cannot be made (no permission on the data home).
    """
    path = Path(home) / LOCK_NAME
    try:
        lock = sqlite3.connect(path, timeout=wait, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise LibraryDamaged(f"无法在 {path.parent} 建立导入锁文件 {LOCK_NAME}：{exc}。资料库没有改动。") from exc
    try:
        try:
            lock.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as exc:
            if transactions.busy(exc):
                raise ImportRefused(BUSY) from exc
            raise LibraryDamaged(f"无法使用导入锁文件 {path}：{exc}。资料库没有改动。") from exc
        try:
            yield
        finally:
            lock.execute("ROLLBACK")
    finally:
        lock.close()


# --- the copy an import is undone from -----------------------------------------------------------------------------


def backup_before_import(lib: Library) -> tuple[Path, bool]:
    """The copy of the library as it is now, inside the import's write transaction: the newest copy when it holds
    exactly this library (an import undone and made again takes no second slot), else a new one. Returns the copy
    and whether it is new (the caller deletes a new one when the import fails, and prunes when it commits).

    Raises:
        LibraryDamaged: the copy cannot be written.
    """
    copies = backups.backups(lib.home)
    if copies and _same_library(lib.db.conn, copies[0]):
        return copies[0], False
    return backups.take_unpruned(lib, "before-import"), True


def _tables(db: sqlite3.Connection) -> list[tuple[str, str]]:
    query = "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    return [(str(name), str(sql)) for name, sql in db.execute(query)]


def _digest(db: sqlite3.Connection, table: str) -> str:
    digest = hashlib.sha256()
    for row in db.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
        digest.update(repr(row).encode())
    return digest.hexdigest()


def _same_library(live: sqlite3.Connection, copy: Path) -> bool:
    """Whether ``copy`` holds every row of every table exactly as ``live`` does.

    Cheap checks first: the tables, their counts, then the settings (each import records itself there, so a library
    imported into since the copy differs at once); only a library that may well be the copy is read whole.
    """
    try:
        other = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro&immutable=1", uri=True)  # no -wal beside it
    except sqlite3.Error:
        return False
    try:
        tables = _tables(live)
        if _tables(other) != tables:
            return False
        sizes = {}
        for name, _ in tables:
            count = f'SELECT count(*), max(rowid) FROM "{name}"'
            size = live.execute(count).fetchone()
            if size != other.execute(count).fetchone():
                return False
            sizes[name] = (name != "settings", size[0])
        return all(_digest(live, name) == _digest(other, name) for name in sorted(sizes, key=sizes.__getitem__))
    except sqlite3.Error:  # a damaged copy is no copy to undo from
        return False
    finally:
        other.close()
