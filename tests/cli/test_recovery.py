"""Crash safety and recovery: a damaged library is found, said so and restored; a killed import loses nothing;
two processes writing at once lose no write."""

from __future__ import annotations

import csv
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quickreply.cli import main
from quickreply.core import Library, open_library


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def cli(home: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "quickreply", "--home", str(home), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def damage(path: Path) -> None:
    """Write garbage over the middle of the file, as a failing disk or a bad sync would."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 3)
        handle.write(random.Random(size).randbytes(size // 3))


def titles(home: Path) -> list[str]:
    lib = Library(home)
    try:
        return [t.title for t in lib.templates()]
    finally:
        lib.close()


def test_a_damaged_library_is_found_and_restored_with_nothing_lost_since_the_backup(capsys, tmp_path: Path) -> None:
    home = tmp_path / "home"
    run(capsys, "--home", home, "add", "--category", "售后", "--title", "备份前加的", "--body", "亲，备份前加的。")
    code, out, _ = run(capsys, "--home", home, "backup")
    assert code == 0 and "已备份到" in out
    before = titles(home)
    damage(home / "library.db")
    code, _, err = run(capsys, "--home", home, "check")
    assert code == 1 and "资料库有问题" in err and "quickreply restore-backup" in err
    code, _, err = run(capsys, "--home", home, "list")
    assert code == 1 and "已损坏" in err and "restore-backup" in err and "Traceback" not in err
    code, out, _ = run(capsys, "--home", home, "restore-backup")
    assert code == 0 and "已用" in out and "原来的资料库留在" in out
    assert titles(home) == before and "备份前加的" in before
    code, out, _ = run(capsys, "--home", home, "check", "--json")
    assert code == 0 and '"ok": true' in out
    assert list(home.glob("library-damaged-*.db"))  # the damaged file is kept for a look


def test_restore_skips_a_damaged_backup_and_says_when_there_is_none(capsys, tmp_path: Path) -> None:
    home = tmp_path / "home"
    code, _, err = run(capsys, "--home", home, "restore-backup")
    assert code == 1 and "没有备份" in err
    run(capsys, "--home", home, "backup")
    (newest,) = (home / "backups").glob("*manual.db")
    damage(newest)
    code, out, _ = run(capsys, "--home", home, "restore-backup", "--list")
    assert code == 0 and "每日" in out and "手动" in out
    code, out, _ = run(capsys, "--home", home, "restore-backup")
    assert code == 0 and "每日" in out  # the daily copy, since the newest one is damaged too


def test_the_first_start_of_a_day_keeps_a_copy_and_only_ten_are_kept(tmp_path: Path) -> None:
    home = tmp_path / "home"
    open_library(home).close()
    open_library(home).close()
    assert len(list((home / "backups").glob("*daily.db"))) == 1
    lib = open_library(home)
    from quickreply.core.library import backups

    for _ in range(12):
        backups.take(lib, "manual")
    assert len(backups.backups(home)) == 10
    lib.close()


def test_kill_9_in_the_middle_of_a_big_import_leaves_the_old_library_or_all_of_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    open_library(home).close()
    before = len(titles(home))
    sheet = tmp_path / "big.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["分类", "标题", "快捷码", "内容"])
        writer.writerows(
            [f"批量/组{n % 30}", f"批量回复{n}", f"pl{n}", f"亲，第{n}条批量回复。"] for n in range(100_000)
        )
    process = cli(home, "import", str(sheet))
    wal = home / "library.db-wal"
    deadline = time.monotonic() + 120
    # Kill it while the import's transaction is being written: the WAL grows past the size of a small library.
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 8 * 1024 * 1024:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the import ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    after = titles(home)
    assert len(after) in (before, before + 100_000)
    code = subprocess.run([sys.executable, "-m", "quickreply", "--home", str(home), "check"], capture_output=True)
    assert code.returncode == 0


def test_two_processes_writing_at_once_lose_no_write(tmp_path: Path) -> None:
    home = tmp_path / "home"
    open_library(home).close()
    script = (
        "import sys\nfrom quickreply.core import open_library\nlib = open_library(sys.argv[1])\n"
        "for n in range(40):\n    lib.add('并发/' + sys.argv[2], f'{sys.argv[2]}{n}', '亲，并发写入测试。')\n"
    )
    workers = [subprocess.Popen([sys.executable, "-c", script, str(home), name]) for name in ("甲", "乙")]
    for worker in workers:
        assert worker.wait(120) == 0
    got = [t for t in titles(home) if t[0] in "甲乙" and t[1:].isdigit()]
    assert sorted(got) == sorted(f"{w}{n}" for w in "甲乙" for n in range(40))
