"""Files that are not files, names that are not UTF-8: every reader of a lead's file answers at once, in words.

A FIFO used to hang an import forever and ``/dev/zero`` named ``x.csv`` was read until the memory ran out (``stat``
says 0 bytes for a device); a GBK-named file on Linux ended in exit 70. Each reader now refuses what is not a regular
file within a second, and names a file whatever bytes its name is made of.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from quickreply.core import stats
from quickreply.core.errors import QuickReplyError
from quickreply.core.files import path_text, printable, read_regular, shown_name
from quickreply.core.packs.pack_file import read_manifest, read_pack
from quickreply.core.packs.template_sheets import read_templates
from quickreply.core.shipping.rate_sheets import read_sheet

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")

READERS: dict[str, tuple[str, Callable[[Path], object]]] = {
    "pack": (".qrpack", read_pack),
    "manifest": (".qrpack", read_manifest),
    "templates csv": (".csv", read_templates),
    "templates xlsx": (".xlsx", read_templates),
    "rates csv": (".csv", read_sheet),
    "rates xlsx": (".xlsx", read_sheet),
    "stats": (".csv", stats.read_csv),
}


def refusal_within_a_second(read: Callable[[Path], object], path: Path, fifo: Path | None = None) -> str:
    """The message ``read(path)`` refuses with; fails if it takes a second or more (a FIFO is let go afterwards)."""
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(read(path))
        except BaseException as error:  # the refusal, or whatever else went wrong, to be looked at below
            outcome.append(error)

    started = time.monotonic()
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=5)
    took = time.monotonic() - started
    if worker.is_alive() and fifo is not None:  # blocked in open(): a writer lets it go, so the test can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=5)
    assert took < 1, f"took {took:.1f} s"
    (result,) = outcome
    assert isinstance(result, QuickReplyError), result
    message = str(result)
    assert "\n" not in message and "Traceback" not in message
    return message


@posix_only
@pytest.mark.parametrize("reader", READERS)
def test_a_fifo_is_refused_at_once(tmp_path: Path, reader: str) -> None:
    suffix, read = READERS[reader]
    fifo = tmp_path / f"管道{suffix}"
    os.mkfifo(fifo)
    message = refusal_within_a_second(read, fifo, fifo)
    assert f"管道{suffix}" in message and "不是普通文件" in message


@posix_only
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.parametrize("reader", READERS)
def test_dev_zero_behind_a_spreadsheet_name_is_refused_at_once(tmp_path: Path, reader: str) -> None:
    suffix, read = READERS[reader]
    link = tmp_path / f"x{suffix}"
    link.symlink_to("/dev/zero")
    message = refusal_within_a_second(read, link)
    assert f"x{suffix}" in message and "不是普通文件" in message


def test_bytes_past_the_limit_are_never_read_even_if_stat_says_less(tmp_path: Path, monkeypatch) -> None:
    """A file that grows between the stat and the read (or a size stat gets wrong) is cut at the limit and refused."""
    path = tmp_path / "a.csv"
    path.write_bytes(b"x" * 100)
    real_stat = os.stat

    def shrunk(target: object, *args: object, **kwargs: object) -> os.stat_result:
        result = real_stat(target, *args, **kwargs)  # type: ignore[arg-type]
        return os.stat_result((result.st_mode, *result[1:6], 0, *result[7:]))

    monkeypatch.setattr(os, "stat", shrunk)
    reads: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))

    def fail(message: str) -> Exception:
        return QuickReplyError(message)

    with pytest.raises(QuickReplyError, match="太大"):
        read_regular(path, 10, fail, "太大")
    assert sum(reads) <= 11


def test_a_folder_and_a_missing_file_are_told_apart(tmp_path: Path) -> None:
    (tmp_path / "夹.csv").mkdir()
    assert "这是一个文件夹" in refusal_within_a_second(read_templates, tmp_path / "夹.csv")
    assert "找不到这个文件" in refusal_within_a_second(read_templates, tmp_path / "无.csv")


GBK_NAME = os.fsdecode("售后话术.csv".encode("gbk"))  # how Linux hands Python a GBK-named file


def test_a_name_that_is_not_utf8_is_shown_with_replacement_characters() -> None:
    shown = shown_name(Path("/tmp") / GBK_NAME)
    assert shown.endswith(".csv") and "\ufffd" in shown
    shown.encode("utf-8")  # printable and storable
    assert path_text(Path("/tmp") / GBK_NAME).startswith("/tmp/")
    assert printable("a\ud800b") == "a\ufffdb" and printable("退款") == "退款"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the file system must allow non-UTF-8 names")
def test_a_gbk_named_spreadsheet_is_read_and_a_bad_one_named(tmp_path: Path) -> None:
    good = tmp_path / GBK_NAME
    good.write_text("分类,标题,内容\n售后,退款,亲，退款一般三天到账。\n", encoding="utf-8")
    assert [t.title for t in read_templates(good)] == ["退款"]
    good.write_text("分类,标题\n售后,退款\n", encoding="utf-8")
    message = refusal_within_a_second(read_templates, good)
    assert "\ufffd" in message and "内容" in message
    message.encode("utf-8")
