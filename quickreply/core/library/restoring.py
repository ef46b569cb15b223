"""Getting a library that cannot be opened back from a copy, without ever leaving the home without a library.

The copy is written beside the library (``library.db.restoring``), synced and checked; the old file gets a second
name (``library-damaged-<time>.db``); then the copy takes the library's place in one step (``os.replace``). Killed
at any point, the home holds the old library or the restored one. A restore is refused while the tray app runs on
the home (``running``): the app would go on writing into the file set aside.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from ..errors import LibraryDamaged
from . import running
from .backups import DB_NAME, KEPT_PREFIX, RESTORING, SIDE_FILES, backups, checked, folder
from .migrations import not_ours


def sync_file(path: Path) -> None:
    """Have the system write ``path`` to the disk now: a power cut after this leaves the whole file."""
    # Windows flushes only a handle open for writing.
    fd = os.open(path, (os.O_RDWR | getattr(os, "O_BINARY", 0)) if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` last through a power cut (POSIX; Windows has no folder handle to sync)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def restore_damaged(
    home: Path, source: Path | None = None, *, lock: running.AppLock | None = None
) -> tuple[Path, Path | None]:
    """Put the newest sound copy (or ``source``) in place of the library of ``home``, keeping the old file aside.

    Works when the library cannot be opened at all. The copy is written beside the library (``library.db.restoring``),
    synced and checked, the old file gets a second name (``library-damaged-<time>.db``), and the copy takes the
    library's place in one step (``os.replace``): killed at any point, the home holds the old library or the restored
    one, never none. Returns (the copy restored, where the old library was kept, or None when there was none).

    Args:
        lock: the home's lock (``running.hold``) when the caller holds it already: the app, restoring at its start.
            Without it the lock is taken here, so the restore is refused while the tray app runs.

    Raises:
        AppRunning: the tray app runs on this home; nothing was touched.
        LibraryDamaged: no sound copy to restore from, the home cannot be written (read-only: the message says so,
            not that the copies are damaged), or another program is writing the library; it is left as it was.
    """
    home = Path(home)
    held = lock if lock is not None else running.hold(home)
    try:
        chosen = _sound_copy(home, source)
        return chosen, _swap_in(home, chosen)
    finally:
        if lock is None:
            held.release()


def _sound_copy(home: Path, source: Path | None) -> Path:
    """``source``, or the newest copy in the backups folder, that passes the check and is a QuickReply library."""
    candidates = [source] if source is not None else backups(home)
    if not candidates:
        raise LibraryDamaged(f"{folder(home)} 里没有备份，无法恢复。")
    reasons = []
    for candidate in candidates:
        if not candidate.is_file():
            reasons.append(f"{candidate.name} 不存在")
            continue
        if not os.access(candidate, os.R_OK):
            reasons.append(f"没有权限读取 {candidate}（不是损坏：请让管理员开放读取权限）")
            continue
        try:
            copy = checked(candidate)
            try:
                foreign = not_ours(copy)
            finally:
                copy.close()
        except sqlite3.Error as exc:
            reasons.append(f"{candidate.name} 也已损坏（{exc}）")
            continue
        if foreign is not None:
            reasons.append(f"{candidate.name} 不是快捷回复的资料库（{foreign}）")
            continue
        return candidate
    raise LibraryDamaged("没有可以恢复的备份：" + "；".join(reasons) + "。")


def _cannot_write(home: Path, chosen: Path, exc: OSError) -> LibraryDamaged:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        why = (
            f"数据目录 {home} 是只读的（或没有写入权限），无法在里面恢复资料库。备份 {chosen.name} 是完好的："
            "请让管理员开放这个文件夹的写入权限（或把整个数据目录复制到可以写入的地方，用 --home 指定它），"
            "再运行 quickreply restore-backup"
        )
    elif exc.errno == errno.ENOSPC:
        why = f"{home} 所在的磁盘已满，放不下备份 {chosen.name}：请清理后再运行 quickreply restore-backup"
    else:
        why = f"无法把备份 {chosen.name} 复制到 {home}（{exc.strerror or exc}）"
    return LibraryDamaged(f"{why}。资料库没有改动。")


def _swap_in(home: Path, chosen: Path) -> Path | None:
    path = home / DB_NAME
    restoring = home / RESTORING
    try:
        restoring.unlink(missing_ok=True)  # left by a restore cut short
        shutil.copyfile(chosen, restoring)
        sync_file(restoring)
    except OSError as exc:
        with suppress(OSError):
            restoring.unlink(missing_ok=True)
        raise _cannot_write(home, chosen, exc) from exc
    try:
        checked(restoring).close()
    except sqlite3.Error as exc:
        restoring.unlink(missing_ok=True)
        raise LibraryDamaged(
            f"备份 {chosen.name} 复制到 {restoring} 后没有通过检查（{exc}）：磁盘可能有问题。资料库没有改动。"
        ) from exc
    try:
        _settle(path)
        kept = _keep_aside(path)
        # The old file's log (-wal) would be read into the restored one: it went aside with the old file.
        for side in SIDE_FILES:
            Path(f"{path}{side}").unlink(missing_ok=True)
        os.replace(restoring, path)
        sync_folder(home)
    except OSError as exc:
        with suppress(OSError):
            restoring.unlink(missing_ok=True)
        raise LibraryDamaged(
            f"无法用备份 {chosen.name} 替换 {path}（{exc.strerror or exc}）：也许另一个程序正打开着它。"
            "资料库没有改动；关闭其他程序后再运行 quickreply restore-backup。"
        ) from exc
    return kept


def _settle(path: Path) -> None:
    """Write what the library's log (-wal) holds into the file itself, so that the file set aside is all of it.

    A library that cannot be read keeps its log: it is set aside with it. Another program is writing the library
    (an import, a second command): the restore waits for nothing and is refused.
    """
    wal = Path(f"{path}-wal")
    if not path.is_file() or not wal.is_file() or wal.stat().st_size == 0:
        return
    try:
        db = sqlite3.connect(path, timeout=2)
        try:
            if not_ours(db) is not None:
                return  # another program's file is not written to, not even its log
            busy = int(db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return
    if busy:
        raise LibraryDamaged(
            f"资料库 {path} 正被另一个程序使用（也许是正在进行的导入，或另一条 quickreply 命令）："
            "等它结束后再运行 quickreply restore-backup。资料库没有改动。"
        )


def _second_name(source: Path, target: Path) -> None:
    """``target`` holds what ``source`` holds: a hard link (no copy, nothing to write), or a synced copy."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network shares)
        shutil.copyfile(source, target)
        sync_file(target)


def _keep_aside(path: Path) -> Path | None:
    """Give the library (and its log, if any is left) a second name before it is replaced; None when there is none."""
    if not path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{KEPT_PREFIX}{stamp}.db")
    n = 1
    while kept.exists() or Path(f"{kept}-wal").exists():
        n += 1
        kept = path.with_name(f"{KEPT_PREFIX}{stamp}-{n}.db")
    _second_name(path, kept)
    wal = Path(f"{path}-wal")
    if wal.is_file() and wal.stat().st_size:
        _second_name(wal, Path(f"{kept}-wal"))
    sync_folder(path.parent)
    return kept
