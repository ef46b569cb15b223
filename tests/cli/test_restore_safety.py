"""A restore never leaves a home without its library; a lost, empty or foreign library is said so, never replaced
by a new one; a restore is refused while the app runs, and a read-only home is not taken for damaged backups."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quickreply.cli import main
from quickreply.core import Library
from quickreply.core.library import backups, migrations, running

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def titles(home: Path) -> set[str]:
    lib = Library(home)
    try:
        return {t.title for t in lib.templates()}
    finally:
        lib.close()


def python(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False, **kwargs
    )


@pytest.fixture
def used(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[Path, set[str], set[str]]:
    """A home used for a while: a backup with 「备份里有的」, then 「备份之后加的」 added.

    Returns (home, its titles now, the titles a restore of the newest backup gives).
    """
    home = tmp_path / "home"
    run(capsys, "--home", home, "add", "--category", "售后", "--title", "备份里有的", "--body", "亲，备份里有。")
    run(capsys, "--home", home, "backup")
    restored = titles(home)
    run(capsys, "--home", home, "add", "--category", "售后", "--title", "备份之后加的", "--body", "亲，备份后加。")
    return home, titles(home), restored


# A restore killed (SIGKILL, nothing cleaned up) just before its n-th file operation.
KILLED_AT = """
import os, shutil, signal, sys
from quickreply.cli import main

at, calls = int(sys.argv[2]), [0]

def killing(real):
    def operation(*args, **kwargs):
        calls[0] += 1
        if calls[0] == at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return operation

for name in ("replace", "rename", "link", "unlink", "fsync"):
    setattr(os, name, killing(getattr(os, name)))
shutil.copyfile = killing(shutil.copyfile)
sys.exit(main(["--home", sys.argv[1], "restore-backup"]))
"""


def test_restore_killed_at_any_step_leaves_the_old_or_the_restored_library_and_nothing_is_reseeded(
    capsys, tmp_path: Path, used
) -> None:
    home, old, restored = used
    copies = backups.backups(home)
    killed = 0
    for at in range(1, 40):
        trial = tmp_path / f"trial{at}"
        shutil.copytree(home, trial)
        done = python("-c", KILLED_AT, str(trial), str(at))
        if done.returncode == 0:
            break
        assert done.returncode == -signal.SIGKILL, done.stderr
        killed += 1
        code, _, err = run(capsys, "--home", trial, "list")  # the next command
        assert code == 0, err
        assert titles(trial) in (old, restored), f"killed before file operation {at}"
        assert [c.name for c in backups.backups(trial)] == [c.name for c in copies]  # no copy of a new library
    else:
        pytest.fail("the restore never finished")
    assert killed >= 5  # copy, sync, second name, log removed, swap: each was a place to be killed
    assert titles(trial) == restored


def test_a_library_gone_from_a_home_with_backups_is_refused_not_replaced(capsys, used) -> None:
    home, _, restored = used
    (home / "library.db").unlink()
    for command in ("list", "search"):
        code, _, err = run(capsys, "--home", home, command, *(["tk"] if command == "search" else []))
        assert code == 1 and "不见了" in err and str(home / "backups") in err
        assert "quickreply restore-backup" in err and "Traceback" not in err
    assert not (home / "library.db").exists()
    assert len(backups.backups(home)) == 2  # the daily and the manual copy, no copy of a new library
    code, _, err = run(capsys, "--home", home, "check")
    assert code == 1 and "不见了" in err
    code, _, _ = run(capsys, "--home", home, "restore-backup")
    assert code == 0 and titles(home) == restored


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _nothing_inside(path: Path) -> None:
    """A SQLite file with no table in it: what a sync tool or a bad copy may leave; a first start never does."""
    path.unlink()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.execute("DROP TABLE t")
    db.commit()
    db.close()


@pytest.mark.parametrize("empty", [_zero_bytes, _nothing_inside])
def test_an_empty_library_file_is_damage_not_a_first_start(capsys, used, empty) -> None:
    home, _, restored = used
    empty(home / "library.db")
    before = (home / "library.db").read_bytes()
    code, _, err = run(capsys, "--home", home, "list")
    assert code == 1 and "是空" in err and "quickreply restore-backup" in err and str(home / "backups") in err
    assert (home / "library.db").read_bytes() == before
    assert len(backups.backups(home)) == 2
    code, _, err = run(capsys, "--home", home, "check")
    assert code == 1
    code, _, _ = run(capsys, "--home", home, "restore-backup")
    assert code == 0 and titles(home) == restored


def test_new_library_starts_over_only_when_asked_and_takes_no_daily_copy_over_real_backups(
    capsys, tmp_path: Path, used
) -> None:
    home, old, _ = used
    code, _, err = run(capsys, "--home", home, "new-library")
    assert code == 1 and "不会被新资料库替换" in err  # a sound library is never replaced
    assert titles(home) == old
    (home / "library.db").write_bytes(b"")
    code, out, _ = run(capsys, "--home", home, "new-library")
    assert code == 0 and "已新建资料库" in out and "备份都还在" in out
    assert "备份里有的" not in titles(home) and len(titles(home)) > 100  # the default replies
    (kept,) = home.glob("library-damaged-*.db")
    assert kept.stat().st_size == 0
    code, _, _ = run(capsys, "--home", home, "list")
    assert code == 0 and len(backups.backups(home)) == 2  # today's copy stays the real library's

    fresh = tmp_path / "fresh"  # no backups, no library kept aside: an empty file still says how to start over
    run(capsys, "--home", fresh, "list")
    shutil.rmtree(fresh / "backups")
    (fresh / "library.db").write_bytes(b"")
    code, _, err = run(capsys, "--home", fresh, "list")
    assert code == 1 and "0 字节" in err and "quickreply new-library" in err


HOLDER = """
import sys, time
from pathlib import Path
from quickreply.core.library import running
lock = running.hold(Path(sys.argv[1]))
print("holding", flush=True)
time.sleep(120)
"""


def test_restore_is_refused_while_the_app_holds_the_home_and_allowed_once_it_is_gone(capsys, used) -> None:
    home, old, restored = used
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(home)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        assert running.is_running(home)
        before = (home / "library.db").read_bytes()
        for command in ("restore-backup", "new-library"):
            code, _, err = run(capsys, "--home", home, command)
            assert code == 1 and "快捷回复正在运行" in err and "「退出」" in err
        assert (home / "library.db").read_bytes() == before and not list(home.glob("library-damaged-*"))
        assert titles(home) == old
    finally:
        holder.send_signal(signal.SIGKILL)  # the way a crash ends it: the system lets go of the lock
        holder.wait(30)
        assert holder.stdout is not None
        holder.stdout.close()
    assert not running.is_running(home)
    code, _, err = run(capsys, "--home", home, "restore-backup")
    assert code == 0, err
    assert titles(home) == restored


def _firefox_places(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT)")
    db.execute("INSERT INTO moz_places (url, title) VALUES ('https://www.taobao.com/', '淘宝网')")
    db.execute("PRAGMA user_version = 5")  # older than our schema: a migration would run on it
    db.commit()
    db.close()


def _unversioned_tables(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, buyer TEXT)")
    db.commit()
    db.close()


def _other_application(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA application_id = 1234567")
    db.execute("CREATE TABLE templates (id INTEGER PRIMARY KEY)")
    db.commit()
    db.close()


@pytest.mark.parametrize("make", [_firefox_places, _unversioned_tables, _other_application])
def test_another_programs_database_is_refused_and_left_byte_for_byte(capsys, tmp_path: Path, used, make) -> None:
    home, _, restored = used
    foreign = tmp_path / "places.sqlite"
    make(foreign)
    (home / "library.db").unlink()
    shutil.copyfile(foreign, home / "library.db")
    original = foreign.read_bytes()
    for command in ("list", "backup", "check"):
        code, _, err = run(capsys, "--home", home, command)
        assert code == 1 and "不是快捷回复的资料库" in err and str(home / "library.db") in err, err
        assert "Traceback" not in err
        assert (home / "library.db").read_bytes() == original
    code, _, err = run(capsys, "--home", home, "restore-backup")
    assert code == 0, err
    assert titles(home) == restored
    (kept,) = home.glob("library-damaged-*.db")
    assert kept.read_bytes() == original


def test_a_killed_writer_s_log_goes_aside_with_the_old_library_not_into_the_restored_one(capsys, used) -> None:
    home, _, restored = used
    crash = (
        "import os, signal, sys\nfrom quickreply.core import Library\nlib = Library(sys.argv[1])\n"
        "lib.add('售后', '崩溃前加的', '亲，只在日志里。')\nos.kill(os.getpid(), signal.SIGKILL)\n"
    )
    assert python("-c", crash, str(home)).returncode == -signal.SIGKILL
    assert (home / "library.db-wal").stat().st_size > 0  # the commit is only in the log
    code, _, err = run(capsys, "--home", home, "restore-backup")
    assert code == 0, err
    assert titles(home) == restored
    code, _, _ = run(capsys, "--home", home, "check")
    assert code == 0
    (kept,) = home.glob("library-damaged-*.db")
    look = home.parent / "look"
    look.mkdir()
    shutil.copyfile(kept, look / "library.db")
    if Path(f"{kept}-wal").exists():
        shutil.copyfile(f"{kept}-wal", look / "library.db-wal")
    assert "崩溃前加的" in titles(look)


def _as_a_user_the_folder_binds(args: list[str]) -> list[str]:
    """Root ignores folder permissions: drop the capabilities that let it, as an agent's account has none."""
    if os.geteuid() != 0:
        return args
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a read-only folder cannot be made to bind")
    drop = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}", *args]


def test_a_read_only_home_is_said_to_be_read_only_never_that_the_library_or_its_backups_are_damaged(used) -> None:
    home, old, _ = used
    newest = backups.backups(home)[0]
    earlier = sqlite3.connect(newest)  # a copy made by an earlier version: in WAL mode, as the library
    earlier.execute("PRAGMA journal_mode = WAL")
    earlier.close()
    before = (home / "library.db").read_bytes()
    folders = [home, home / "backups"]
    for folder in folders:
        folder.chmod(0o555)
    try:
        done = {
            command: subprocess.run(
                _as_a_user_the_folder_binds([sys.executable, "-m", "quickreply", "--home", str(home), command]),
                capture_output=True,
                text=True,
                cwd=ROOT,
                timeout=120,
                check=False,
            )
            for command in ("restore-backup", "list", "check")
        }
    finally:
        for folder in folders:
            folder.chmod(0o755)
    restore = done["restore-backup"]
    assert restore.returncode == 1
    assert "只读" in restore.stderr and str(home) in restore.stderr and newest.name in restore.stderr
    assert "损坏" not in restore.stderr and "Traceback" not in restore.stderr
    listing = done["list"]
    assert listing.returncode == 1 and "只读" in listing.stderr and "已损坏" not in listing.stderr
    assert done["check"].returncode == 0 and "资料库完好" in done["check"].stdout
    assert (home / "library.db").read_bytes() == before and titles(home) == old


def test_a_library_made_before_it_carried_our_mark_opens_and_gets_it(capsys, used) -> None:
    home, old, _ = used
    db = sqlite3.connect(home / "library.db")
    db.execute("PRAGMA application_id = 0")
    db.commit()
    db.close()
    code, _, err = run(capsys, "--home", home, "list")
    assert code == 0, err
    db = sqlite3.connect(home / "library.db")
    assert db.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    db.close()
    assert titles(home) == old
