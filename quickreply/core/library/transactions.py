"""Write transactions that two processes (the GUI and the CLI) can run at the same time without losing a write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database


@contextmanager
def write(db: Database) -> Iterator[None]:
    """One write transaction; nested inside another, a savepoint.

    It takes SQLite's write lock at once (``BEGIN IMMEDIATE``). A deferred transaction that first reads and then
    writes fails at once with "database is locked" when another process committed in between (the busy timeout does
    not apply to that case); an immediate one waits for the other writer instead, up to the busy timeout.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


@contextmanager
def roomy_cache(db: Database, mebibytes: int = 64) -> Iterator[None]:
    """A larger page cache for one bulk write, then the usual one again.

    Inserting 100,000 templates updates indexes all over the file; with SQLite's default 2 MB cache most of those
    pages are written out and read back. Only the bulk write gets the room: the running app keeps its small cache.
    """
    with _pragma_meanwhile(db, "cache_size", -1024 * mebibytes):
        yield


def busy(exc: sqlite3.OperationalError) -> bool:
    """True when SQLite gave up waiting for another process's write."""
    return "locked" in str(exc) or "busy" in str(exc)


@contextmanager
def waiting_at_most(db: Database, milliseconds: int) -> Iterator[None]:
    """A shorter wait for another process's write, for one write that must not hold up the agent."""
    with _pragma_meanwhile(db, "busy_timeout", milliseconds):
        yield


@contextmanager
def _pragma_meanwhile(db: Database, name: str, value: int) -> Iterator[None]:
    before = db.execute(f"PRAGMA {name}").fetchone()[0]
    db.execute(f"PRAGMA {name} = {int(value)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA {name} = {int(before)}")
