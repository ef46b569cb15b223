"""A library that cannot be opened at start: say so, and offer the newest backup."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ..core import Library, LibraryDamaged, QuickReplyError, open_library
from ..core.library import backups, restoring
from ..core.library.running import AppLock
from .plain_text import message_box


def ask_restore(problem: str, newest: str | None) -> bool:
    """Tell the agent the library cannot be opened; True when they choose to restore the newest backup."""
    # The problem names the data folder, which the agent may have chosen (--home): shown as written.
    if newest is None:
        advice = "没有找到备份。请联系组长；损坏的文件不会被改动。"
    else:
        advice = f"可以用最近一次备份（{newest}）恢复，损坏的文件会留在数据目录里备查。"
    box = message_box(None, QMessageBox.Icon.Critical, "快捷回复", problem, advice)
    if newest is None:
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        return False
    restore = box.addButton("用备份恢复", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("退出", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore


def _what_is_wrong(path: Path) -> str:
    """In the agent's words: a library gone, empty, or damaged (the details are printed)."""
    if not path.exists():
        return "不见了（数据目录里有备份，所以没有新建一个空白的）"
    if path.is_file() and path.stat().st_size == 0:
        return "是一个空文件，里面的回复已经丢失"
    return "已损坏，打不开"


def open_or_recover(where: Path, ask: Callable[[str, str | None], bool], lock: AppLock | None = None) -> Library | None:
    """The library of ``where``; when it is damaged, ``ask`` whether to restore the newest backup, and do it.

    ``lock``: the home's lock, held by the app (``running.hold``); a restore needs it.
    Returns None when it cannot be opened (the reason is printed and, for a damaged library, shown to the agent).
    """
    try:
        return open_library(where)
    except LibraryDamaged as exc:
        copies = backups.backups(where)
        health = backups.check(where)
        damaged = not health.ok and not health.newer  # a newer library is sound: upgrading is the answer
        print(f"快捷回复：{exc}", file=sys.stderr)  # the details; the dialog offers the CLI's advice as a button
        problem = f"快捷回复的资料库{_what_is_wrong(Path(health.path))}：{health.path}"
        if not damaged or not ask(problem, backups.describe(copies[0]) if copies else None):
            return None
        try:
            chosen, _ = restoring.restore_damaged(where, lock=lock)
            logging.getLogger(__name__).warning("library restored from %s", chosen)
            return open_library(where)
        except QuickReplyError as again:
            print(f"快捷回复：{again}", file=sys.stderr)
            return None
    except QuickReplyError as exc:
        print(f"快捷回复：{exc}", file=sys.stderr)
        return None
