"""Copies of the library taken before risky changes (an import), kept in the data home's ``backups`` folder.

A copy is made with SQLite's backup API, so it is consistent even while the GUI has the library open. Restoring
copies it back into the open library the same way; other processes notice the change like any other commit.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from .errors import LibraryDamaged

if TYPE_CHECKING:
    from .library import Library

FOLDER: Final = "backups"
KEEP: Final = 10
_NAME = re.compile(r"^library-\d{8}-\d{6}-\d{6}-[a-z-]+\.db$")


def folder(lib: Library) -> Path:
    return lib.home / FOLDER


def backups(lib: Library) -> list[Path]:
    """The copies in the backups folder, newest first."""
    try:
        found = [p for p in folder(lib).iterdir() if _NAME.match(p.name)]
    except FileNotFoundError:
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)


def take(lib: Library, reason: str) -> Path:
    """Copy the library into ``backups/library-<time>-<reason>.db`` and keep only the newest ``KEEP`` copies.

    Raises:
        LibraryDamaged: the copy cannot be written (disk full, no permission); nothing is left half-written.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder(lib) / f"library-{stamp}-{reason}.db"
    partial = target.with_suffix(".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(partial)
        try:
            lib.db.conn.backup(copy)
        finally:
            copy.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise LibraryDamaged(f"无法在 {target.parent} 备份资料库：{exc}。为安全起见，这次没有改动资料库。") from exc
    for old in backups(lib)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def restore(lib: Library, source: Path) -> None:
    """Make the library exactly what ``source`` holds (one step: readers see the old or the new library).

    Raises:
        LibraryDamaged: ``source`` is missing or not a library.
    """
    if not source.is_file():
        raise LibraryDamaged(f"找不到备份文件 {source}：它可能已被删除（只保留最近 {KEEP} 份）。")
    try:
        copy = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            copy.backup(lib.db.conn)
        finally:
            copy.close()
    except sqlite3.Error as exc:
        raise LibraryDamaged(f"备份文件 {source.name} 无法读取（{exc}），资料库没有改动。") from exc
    lib.settings.forget()
    lib.values.forget()
    lib._load()
