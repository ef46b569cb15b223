"""Reading a file a user picked: a regular file only, never more bytes than a limit, and its name shown safely.

Every reader of a lead's file (packs, spreadsheets, statistics) comes through here, so a FIFO cannot hang an import,
``/dev/zero`` renamed ``x.csv`` cannot fill the memory (``stat()`` says 0 bytes for a device), and a file whose name
is not UTF-8 (a GBK-named file on Linux arrives as surrogate escapes) can be read and named in a message.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Final

CHUNK: Final = 1024 * 1024
_SURROGATE: Final = re.compile("[\ud800-\udfff]")

# O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever, before any check could look at it.
_FLAGS: Final = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def printable(text: str) -> str:
    """``text`` as a message can print or a database can store: the escapes of bytes that were not UTF-8 (a GBK
    file name on Linux) and any other lone surrogate become U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:
            return _SURROGATE.sub("\ufffd", text)
    return text


def shown_name(path: Path) -> str:
    """The file name of ``path`` as a message shows it (see ``printable``)."""
    return printable(path.name)


def path_text(path: Path) -> str:
    """``path`` as text that can be stored (SQLite, JSON): itself, or with U+FFFD for bytes that were not UTF-8."""
    return printable(str(path))


def _why(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "找不到这个文件：请检查文件位置。"
    if isinstance(error, IsADirectoryError):
        return "打不开：这是一个文件夹，不是文件。"
    if isinstance(error, PermissionError):
        return "打不开：没有权限读这个文件。"
    return f"打不开：{error.strerror or error}。"


def read_regular(path: Path, limit: int, fail: Callable[[str], Exception], too_big: str) -> bytes:
    """All bytes of the regular file at ``path``, refused past ``limit`` bytes however many ``stat`` says it has.

    ``fail(message)`` makes the error naming the file; ``too_big`` is said of a file over ``limit``.

    Raises:
        whatever ``fail`` makes: missing, a folder, not a regular file (FIFO, device, socket), unreadable, too big.
    """
    try:
        info = os.stat(path)
    except OSError as error:
        raise fail(_why(error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise fail("打不开：这是一个文件夹，不是文件。")
    if not stat.S_ISREG(info.st_mode):
        raise fail("打不开：这不是普通文件（是管道、设备或套接字）：请选择保存在磁盘上的文件。")
    if info.st_size > limit:
        raise fail(too_big)
    try:
        handle = os.open(path, _FLAGS)
    except OSError as error:
        raise fail(_why(error)) from None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):  # swapped for a FIFO between the stat and the open
            raise fail("打不开：这不是普通文件（是管道、设备或套接字）：请选择保存在磁盘上的文件。")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(handle, min(CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise fail(f"读不出来：{error.strerror or error}。") from None
    finally:
        os.close(handle)
    if size > limit:  # the file grew after the stat
        raise fail(too_big)
    return b"".join(chunks)
