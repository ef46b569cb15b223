"""The command line: for team leads and scripts. Uses only ``quickreply.core`` — never Qt.

``main`` runs one command; each group of commands lives in its own module (``templates``, ``shipping``, ``team``,
``safety``), the arguments in ``parser``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .. import __version__
from ..core import Library, QuickReplyError, open_library
from ..core.visible import visible
from ..paths import data_home
from .buyers import cmd_learned, cmd_questions
from .parser import build_parser
from .safety import cmd_backup, cmd_check, cmd_new_library, cmd_restore_backup
from .shipping import cmd_couriers, cmd_fee, cmd_fees, cmd_track
from .team import cmd_export, cmd_import, cmd_lint, cmd_packs, cmd_stats, cmd_subscribe, cmd_undo_import
from .templates import (
    cmd_add,
    cmd_categories,
    cmd_copy,
    cmd_edit,
    cmd_list,
    cmd_manage,
    cmd_remove,
    cmd_restore,
    cmd_search,
    cmd_settings,
    cmd_show,
    cmd_trash,
)

#: Commands that work on the home without opening the library: they are for when it cannot be opened.
HOME_COMMANDS: dict[str, Callable[[Path, argparse.Namespace], int]] = {
    "check": cmd_check,
    "restore-backup": cmd_restore_backup,
    "new-library": cmd_new_library,
}


COMMANDS: dict[str, Callable[[Library, argparse.Namespace], int]] = {
    "search": cmd_search,
    "list": cmd_list,
    "categories": cmd_categories,
    "show": cmd_show,
    "copy": cmd_copy,
    "add": cmd_add,
    "edit": cmd_edit,
    "remove": cmd_remove,
    "trash": cmd_trash,
    "restore": cmd_restore,
    "manage": cmd_manage,
    "settings": cmd_settings,
    "track": cmd_track,
    "couriers": cmd_couriers,
    "fee": cmd_fee,
    "fees": cmd_fees,
    "export": cmd_export,
    "import": cmd_import,
    "packs": cmd_packs,
    "undo-import": cmd_undo_import,
    "subscribe": cmd_subscribe,
    "lint": cmd_lint,
    "stats": cmd_stats,
    "questions": cmd_questions,
    "learned": cmd_learned,
    "backup": cmd_backup,
}


def _welcome(lib: Library) -> int:
    print(
        f"快捷回复 {__version__}：{len(lib)} 条回复，{len(lib.categories())} 个分类。\n"
        f"数据目录：{lib.home}\n"
        "不带参数运行 quickreply 启动托盘程序（按 Ctrl+Alt+Q 弹出搜索框）；命令行可以这样用：\n"
        "  quickreply search tk            按快捷码、拼音或中文查找\n"
        "  quickreply copy tk              复制回复到剪贴板\n"
        "  quickreply show wl --var 单号=SF1234567890123\n"
        "  quickreply categories           浏览分类\n"
        "  quickreply --help               全部命令"
    )
    return 0


_SURROGATE = re.compile(r"[\ud800-\udfff]")


#: Arguments that name files to read or write: a file named in another encoding (a GBK name on Linux) is still that
#: file, and the readers show its name with U+FFFD where needed.
FILE_ARGUMENTS = ("file", "files", "target", "csv")


def file_names(args: argparse.Namespace) -> set[str]:
    """The arguments that were taken as file names."""
    names: set[str] = set()
    for dest in FILE_ARGUMENTS:
        value = getattr(args, dest, None)
        if isinstance(value, str):
            names.add(value)
        elif isinstance(value, list):
            names.update(v for v in value if isinstance(v, str))
    return names


def not_text(argv: Sequence[str], files: Iterable[str] = ()) -> str | None:
    """Why an argument cannot be read, naming it, or None when all can.

    On Linux and macOS arguments are bytes; Python turns the bytes that are not UTF-8 into lone surrogates, which
    would then fail deep inside a command (writing to the library, printing) instead of being refused here. File
    names (``files``) may hold them.
    """
    allowed = set(files)
    for n, arg in enumerate(argv):
        if not _SURROGATE.search(arg) or arg in allowed:
            continue
        shown = arg
        option, eq, value = arg.partition("=")
        if arg.startswith("--") and eq and not _SURROGATE.search(option):
            where, shown = f"{option} 的值", value
        elif n and argv[n - 1].startswith("-") and "=" not in argv[n - 1] and not _SURROGATE.search(argv[n - 1]):
            where = f"{argv[n - 1]} 的值"
        else:
            where = f"第 {n + 1} 个参数"
        return (
            f"{where}「{visible(shown)}」不是 UTF-8 文字（\\x 后面是看不懂的字节）："
            "请改用 UTF-8 编码的文字；如果这是文件名，请先把文件改个名字。"
        )
    return None


def main(argv: Sequence[str] | None = None, appliers: Mapping[str, Callable[[Any], None]] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 a problem the message explains, 2 wrong usage).

    ``appliers``: by setting key, what makes a changed setting true on this system before it is stored (autostart:
    the log-in entry), given by the launcher; ``settings`` refuses to store a value its applier could not make true.
    """
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    args.appliers = dict(appliers or {})
    unreadable = not_text(argv, file_names(args))
    if unreadable:
        parser.error(unreadable)
    try:
        if args.command in HOME_COMMANDS:
            return HOME_COMMANDS[args.command](data_home(getattr(args, "home", None)), args)
        lib = open_library(data_home(getattr(args, "home", None)))
        try:
            if args.command is None:
                return _welcome(lib)
            return COMMANDS[args.command](lib, args)
        finally:
            lib.close()
    except QuickReplyError as exc:
        # Messages quote what the user typed: a bidi override or zero-width character in it is shown escaped.
        print("快捷回复：" + "\n".join(map(visible, str(exc).split("\n"))), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `quickreply list | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug of ours: say so in one line instead of a traceback
        if os.environ.get("QUICKREPLY_DEBUG"):
            raise
        print(
            f"快捷回复出错了（{type(exc).__name__}: {exc}）。未完成的修改不会写入资料库；请把这行发给组长或开发者，"
            "设置 QUICKREPLY_DEBUG=1 可看到详细信息。",
            file=sys.stderr,
        )
        return 70
