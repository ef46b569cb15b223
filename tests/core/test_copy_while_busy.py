"""A copy while another process holds the library's write lock (a big import, the CLI beside the GUI): the agent's
copy does not wait for it, and the use is written afterwards, not lost.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager

from quickreply.core import open_library
from quickreply.core.library.store import DB_NAME


@contextmanager
def another_writer(home) -> Iterator[sqlite3.Connection]:
    """Another process in the middle of a long write transaction."""
    other = sqlite3.connect(home / DB_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield other
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()


def _uses(home) -> list[tuple[int, int]]:
    with closing(sqlite3.connect(home / DB_NAME)) as db:  # sqlite3's own "with" commits but never closes
        return db.execute(
            "SELECT t.use_count, (SELECT count(*) FROM uses u WHERE u.template_id = t.id) FROM templates t "
            "WHERE t.shortcut_key = 'tk'"
        ).fetchall()


def test_a_copy_during_another_write_does_not_wait_and_is_written_with_the_next_copy(tmp_path) -> None:
    home = tmp_path / "home"
    lib = open_library(home)
    with another_writer(home):
        started = time.monotonic()
        assert lib.record_use("tk", values={"快递": "中通"}).title == "退款到账时间"
        assert time.monotonic() - started < 2.5  # the busy timeout for other writes is 5 s
        assert _uses(home) == [(0, 0)]
    lib.record_use("tk")
    assert _uses(home) == [(2, 2)]
    assert lib.get("tk").use_count == 2
    assert lib.values.last()["快递"] == "中通"
    lib.close()


def test_uses_kept_for_later_are_written_when_the_library_closes(tmp_path) -> None:
    home = tmp_path / "home"
    lib = open_library(home)
    with another_writer(home):
        lib.record_use("tk")
        lib.record_use("tk")
    lib.close()
    assert _uses(home) == [(2, 2)]


def test_a_use_of_a_template_deleted_meanwhile_is_dropped_quietly(tmp_path) -> None:
    home = tmp_path / "home"
    lib = open_library(home)
    with another_writer(home) as other:
        lib.record_use("tk")
        other.execute("DELETE FROM templates WHERE shortcut_key = 'tk'")
        other.execute("COMMIT")
    lib.record_use("wl")
    assert _uses(home) == []
    assert lib.get("wl").use_count == 1
    lib.close()
