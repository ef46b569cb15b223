"""Copies of the library, its health check, and getting a damaged library back from a copy.

Copies go to the data home's ``backups`` folder: one before every import, one on the first start of each day, and
whenever asked (``quickreply backup``); the newest ``KEEP`` are kept. A copy is made with SQLite's backup API, so it
is consistent even while the GUI has the library open.

``check`` works on a home whose library cannot even be opened, and ``restoring`` puts a copy back there: they are
what an agent runs when the app says the library is damaged.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from ..errors import LibraryDamaged
from . import transactions
from .settings import DAILY_BACKUP

if TYPE_CHECKING:
    from .store import Library

FOLDER: Final = "backups"
KEEP: Final = 10
DB_NAME: Final = "library.db"
DAILY: Final = DAILY_BACKUP
"""Setting: the date of the last daily copy."""
_NAME = re.compile(r"^library-(\d{8})-(\d{6})-\d{6}-([a-z-]+)\.db$")
SIDE_FILES: Final = ("-wal", "-shm")
KEPT_PREFIX: Final = "library-damaged-"
"""A library a restore (or ``new-library``) put aside, ``library-damaged-<time>.db``, kept for a look."""
RESTORING: Final = "library.db.restoring"
"""The restored copy while it is written, beside the library; it takes the library's place in one step."""


def folder(home: Path) -> Path:
    return Path(home) / FOLDER


def backups(home: Path) -> list[Path]:
    """The copies in the home's backups folder, newest first."""
    try:
        found = [p for p in folder(home).iterdir() if _NAME.match(p.name)]
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)


def describe(copy: Path) -> str:
    """「2026-11-22 21:50 导入前」: when a copy was taken and why, as an agent reads it."""
    match = _NAME.match(copy.name)
    if not match:
        return copy.name
    day, clock, reason = match.groups()
    why = {"before-import": "导入前", "daily": "每日", "manual": "手动", "before-restore": "恢复前"}.get(reason, reason)
    return f"{day[:4]}-{day[4:6]}-{day[6:]} {clock[:2]}:{clock[2:4]} {why}"


def _copy(source: sqlite3.Connection, target: Path) -> None:
    partial = target.with_suffix(".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            # The copy carries the library's WAL mode; in rollback mode it is one file any SQLite reads, even from
            # a read-only folder.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        partial.replace(target)
    except (OSError, sqlite3.Error):
        partial.unlink(missing_ok=True)
        raise


def take(lib: Library, reason: str) -> Path:
    """Copy the library into ``backups/library-<time>-<reason>.db`` and keep only the newest ``KEEP`` copies.

    Raises:
        LibraryDamaged: the copy cannot be written (disk full, no permission); nothing is left half-written.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder(lib.home) / f"library-{stamp}-{reason}.db"
    try:
        _copy(lib.db.conn, target)
    except (OSError, sqlite3.Error) as exc:
        raise LibraryDamaged(f"无法在 {target.parent} 备份资料库：{exc}。为安全起见，这次没有改动资料库。") from exc
    for old in backups(lib.home)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def take_daily(lib: Library, today: date | None = None) -> Path | None:
    """The first start of each day keeps a copy; later starts that day do nothing. Never fails the start."""
    day = (today or date.today()).isoformat()
    if lib.settings.get(DAILY) == day:
        return None
    try:
        copy = take(lib, "daily")
        with transactions.write(lib.db):
            lib.settings.put(DAILY, day)
    except (LibraryDamaged, sqlite3.Error):
        return None  # a full disk must not keep the agent from working; the next start tries again
    return copy


def checked(source: Path) -> sqlite3.Connection:
    """A read-only connection to a copy that passes SQLite's own check.

    ``immutable``: a copy is a closed file nobody writes, so SQLite takes no lock and makes no ``-shm`` beside it, and
    a copy in WAL mode (made before copies were switched to rollback mode) reads in a read-only folder too.
    """
    copy = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
    except sqlite3.Error:
        copy.close()
        raise
    return copy


def restore(lib: Library, source: Path) -> None:
    """Make the open library exactly what ``source`` holds (one step: readers see the old or the new library).

    Raises:
        LibraryDamaged: ``source`` is missing or not a sound library; the library is unchanged.
    """
    if not source.is_file():
        raise LibraryDamaged(f"找不到备份文件 {source}：它可能已被删除（只保留最近 {KEEP} 份）。")
    try:
        copy = checked(source)
        try:
            copy.backup(lib.db.conn)
        finally:
            copy.close()
    except sqlite3.Error as exc:
        raise LibraryDamaged(f"备份文件 {source.name} 无法读取（{exc}），资料库没有改动。") from exc
    lib.reload()


# --- a home whose library may be damaged -------------------------------------------------------------------------


@dataclass(frozen=True)
class Health:
    """What ``check`` found. ``problems`` is empty when the library is sound."""

    path: Path
    problems: tuple[str, ...]
    schema_version: int | None = None
    templates: int = 0
    categories: int = 0
    couriers: int = 0
    copies: tuple[Path, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def newer(self) -> bool:
        """Made by a newer QuickReply: not damaged, and a backup must not replace it (upgrade instead)."""
        from .migrations import LATEST

        return self.schema_version is not None and self.schema_version > LATEST


def check(home: Path) -> Health:
    """Check the library of ``home`` without changing it: SQLite's integrity check, the schema version, counts; and
    whether it is there at all, empty, or another program's database."""
    from . import opening
    from .migrations import LATEST, not_ours

    path = Path(home) / DB_NAME
    copies = tuple(backups(home))
    if not path.is_file():
        if opening.used_before(home):
            return Health(path, (str(opening.missing(home)),), copies=copies)
        return Health(path, (f"{path} 不存在：还没有资料库（第一次启动时会自动建立）。",), copies=copies)
    if path.stat().st_size == 0:
        return Health(path, (str(opening.empty(home)),), copies=copies)
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
        except sqlite3.OperationalError as exc:
            db.close()
            if not str(getattr(exc, "sqlite_errorname", "")).startswith("SQLITE_READONLY"):
                raise
            # A read-only folder: SQLite cannot make the -shm a WAL library is read through, and nobody can be
            # writing the library there either, so the file is read as it lies.
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return Health(path, (f"打不开 {path}：{exc}。",), copies=copies)
    problems: list[str] = []
    version = None
    counts = [0, 0, 0]
    try:
        foreign = not_ours(db)
        if foreign is not None:
            problems.append(str(opening.foreign(home, foreign)))
            return Health(path, tuple(problems), copies=copies)
        result = [row[0] for row in db.execute("PRAGMA integrity_check(20)")]
        if result != ["ok"]:
            problems.append("SQLite 完整性检查没有通过：" + "；".join(result[:3]))
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > LATEST:
            problems.append(f"资料库由更新版本的快捷回复建立（结构版本 {version}，本程序支持到 {LATEST}）。")
        elif version < 1:
            problems.append("资料库里没有快捷回复的数据表。")
        else:
            for n, table in enumerate(("templates", "categories", "couriers")):
                counts[n] = int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("templates", "categories", "couriers", "rate_rows", "settings", "packs"):
                for _ in db.execute(f"SELECT * FROM {table}"):  # every value read: text that is no longer text
                    pass
    except sqlite3.Error as exc:
        problems.append(f"读取资料库出错：{exc}。")
    finally:
        db.close()
    templates, categories, couriers = counts
    return Health(path, tuple(problems), version, templates, categories, couriers, copies)


# --- a copy that may yet be thrown away (an import) ---------------------------------------------------------------


def take_unpruned(lib: Library, reason: str) -> Path:
    """A copy as ``take`` makes it, but read through a connection of its own and with every older copy kept.

    Taken inside a write transaction of ``lib``, it holds the library that write starts from (no other writer can
    commit meanwhile). The caller deletes it when its write fails, and calls ``prune`` when it commits: a failed
    write then costs no older copy.

    Raises:
        LibraryDamaged: the copy cannot be written; nothing is left half-written.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder(lib.home) / f"library-{stamp}-{reason}.db"
    try:
        source = sqlite3.connect(f"{lib.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _copy(source, target)
        finally:
            source.close()
    except (OSError, sqlite3.Error) as exc:
        raise LibraryDamaged(f"无法在 {target.parent} 备份资料库：{exc}。为安全起见，这次没有改动资料库。") from exc
    return target


def prune(home: Path) -> None:
    """Keep only the newest ``KEEP`` copies."""
    for old in backups(home)[KEEP:]:
        old.unlink(missing_ok=True)
