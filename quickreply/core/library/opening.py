"""Before a home's library is opened: a first start, or a library that went missing and must not be replaced.

A new library is made only in a home that never had one. A home with backups, or with a library kept aside by a
restore, but without ``library.db`` has lost it (a restore cut short, a sync tool, a hand): a new library there
would hide the loss, and its daily copy would become the newest backup. An empty file is never one of ours (a new
library is put in place whole), so it is damage too. Another program's database is refused before anything is
written to it. Each says what happened and the way back (``quickreply restore-backup``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Final

from ..errors import LibraryDamaged
from . import backups
from .migrations import blank, not_ours

KEPT_PREFIX: Final = backups.KEPT_PREFIX
RESTORING: Final = backups.RESTORING


class NotOurLibrary(LibraryDamaged):
    """``library.db`` is another program's SQLite database; it is left exactly as it is."""


def kept_aside(home: Path) -> list[Path]:
    """Libraries a restore (or ``new-library``) put aside in ``home``, newest first."""
    try:
        return sorted(Path(home).glob(f"{KEPT_PREFIX}*.db"), key=lambda p: p.name, reverse=True)
    except OSError:
        return []


def used_before(home: Path) -> bool:
    """Whether ``home`` shows it had a library: backups, a library kept aside, or a restore cut short."""
    return bool(backups.backups(home) or kept_aside(home) or (Path(home) / RESTORING).exists())


def way_back(home: Path) -> str:
    """What the agent can do to get their library back, naming the folder and the command."""
    copies = backups.backups(home)
    if copies:
        return (
            f"{backups.folder(home)} 里有 {len(copies)} 份备份，最近一份是 {backups.describe(copies[0])}："
            "请关闭快捷回复后运行 quickreply restore-backup 恢复（quickreply restore-backup --list 列出全部备份）。"
            "确实要丢下这些、从头开始，运行 quickreply new-library。"
        )
    kept = kept_aside(home)
    if kept:
        return (
            f"{kept[0].parent} 里留着以前的资料库 {kept[0].name}："
            f"可以运行 quickreply restore-backup {kept[0]} 用它恢复。"
            "确实要从头开始，运行 quickreply new-library。"
        )
    return "没有找到备份。确实要从头开始，运行 quickreply new-library 新建资料库（带默认回复）。"


def missing(home: Path) -> LibraryDamaged:
    path = Path(home) / backups.DB_NAME
    return LibraryDamaged(
        f"资料库 {path} 不见了，但这个数据目录以前用过快捷回复。为免一个新的空白资料库顶替它，快捷回复没有新建。"
        + way_back(home)
    )


def empty(home: Path) -> LibraryDamaged:
    path = Path(home) / backups.DB_NAME
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    what = "空文件（0 字节）" if size == 0 else f"空的（{size} 字节，里面没有任何数据表）"
    return LibraryDamaged(f"资料库 {path} 是{what}：里面的回复已经丢失，这不是第一次使用。" + way_back(home))


def foreign(home: Path, reason: str) -> NotOurLibrary:
    path = Path(home) / backups.DB_NAME
    return NotOurLibrary(
        f"{path} 不是快捷回复的资料库：{reason}。可能是别的程序的文件被复制或改名成了 library.db。快捷回复没有改动它："
        "请把它移到别处（或改回原来的名字）。" + way_back(home)
    )


def refuse_lost(home: Path) -> bool:
    """Before a library of ``home`` is opened or made: refuse an empty file, or a missing one that was expected.
    Returns whether ``library.db`` is there (False: a first start, the library is made).

    Raises:
        LibraryDamaged: the library is gone or empty; the message says how to get it back.
    """
    path = Path(home) / backups.DB_NAME
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        if used_before(home):
            raise missing(home) from None
        return False
    except OSError:
        return True  # cannot even be looked at: opening it says why
    if size == 0:
        raise empty(home)
    return True


def refuse_foreign(home: Path, conn: sqlite3.Connection, *, existed: bool) -> None:
    """Refuse a database that is not a QuickReply library, reading only; and a ``library.db`` that was there
    (``existed``) yet holds nothing, which a first start never leaves.

    Raises:
        NotOurLibrary: another program's database; it is untouched.
        LibraryDamaged: an existing library with nothing in it.
        sqlite3.DatabaseError: not a database at all.
    """
    reason = not_ours(conn)
    if reason is not None:
        raise foreign(home, reason)
    if existed and blank(conn):
        raise empty(home)
