"""A lead's command given a FIFO or a GBK-named file: an answer in a second and exit 1, or the import done; never
a hang, never exit 70."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from quickreply.cli import main

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")


def run_within_a_second(capsys: pytest.CaptureFixture[str], args: list[str], fifo: Path) -> tuple[int, str]:
    codes: list[int] = []
    worker = threading.Thread(target=lambda: codes.append(main(args)), daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(timeout=5)
    took = time.monotonic() - started
    if worker.is_alive():  # blocked opening the FIFO: a writer lets it go, so the test can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=5)
    assert took < 1, f"took {took:.1f} s"
    _, err = capsys.readouterr()
    return codes[0], err


@posix_only
@pytest.mark.parametrize(
    ("command", "suffix"),
    [
        (["import"], ".qrpack"),
        (["import"], ".csv"),
        (["lint"], ".xlsx"),
        (["fees", "import"], ".csv"),
        (["subscribe"], ".qrpack"),
        (["stats", "merge"], ".csv"),
    ],
)
def test_a_fifo_is_refused_at_once(capsys, tmp_path: Path, command: list[str], suffix: str) -> None:
    home = tmp_path / "home"
    assert main(["--home", str(home), "list"]) == 0  # the library exists before the clock starts
    capsys.readouterr()
    fifo = tmp_path / f"管道{suffix}"
    os.mkfifo(fifo)
    extra = ["--csv", str(tmp_path / "合计.csv")] if command == ["stats", "merge"] else []
    code, err = run_within_a_second(capsys, ["--home", str(home), *command, str(fifo), *extra], fifo)
    assert code == 1 and f"管道{suffix}" in err and "不是普通文件" in err


GBK_STEM = os.fsdecode("售后话术".encode("gbk"))  # how Linux hands Python a GBK-named file


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the file system must allow non-UTF-8 names")
@pytest.mark.parametrize("suffix", [".csv", ".qrpack"])
def test_a_gbk_named_file_imports(capsys, tmp_path: Path, suffix: str) -> None:
    """Such a name used to end in exit 70: SQLite cannot store the surrogate escapes Python reads it as."""
    home, lead = str(tmp_path / "home"), str(tmp_path / "lead")
    path = tmp_path / f"{GBK_STEM}{suffix}"
    assert (
        main(["--home", lead, "add", "--category", "售后", "--title", "国标名", "--body", "亲，这条来自 GBK 文件名。"])
        == 0
    )
    assert main(["--home", lead, "export", str(path), "--category", "售后", "--name", "售后话术"]) == 0
    capsys.readouterr()
    assert main(["--home", home, "import", str(path)]) == 0
    assert capsys.readouterr().err == ""
    assert main(["--home", home, "search", "国标名"]) == 0
    assert "国标名" in capsys.readouterr()[0]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the file system must allow non-UTF-8 names")
def test_subscribing_to_a_gbk_named_pack_says_to_rename_it(capsys, tmp_path: Path) -> None:
    """The subscription is a setting that must find the file again: a name it cannot hold is refused, not garbled."""
    home, lead = str(tmp_path / "home"), str(tmp_path / "lead")
    path = tmp_path / f"{GBK_STEM}.qrpack"
    assert main(["--home", lead, "export", str(path), "--category", "售后", "--name", "售后话术"]) == 0
    capsys.readouterr()
    assert main(["--home", home, "subscribe", str(path)]) == 1
    err = capsys.readouterr().err
    assert "不是 UTF-8 编码" in err and "请改个名字再订阅" in err and "\ufffd" in err
    assert main(["--home", home, "subscribe"]) == 0
    assert "没有订阅模板包" in capsys.readouterr().out
