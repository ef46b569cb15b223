"""The system clipboard for ``quickreply copy`` and the ``{剪贴板}`` variable.

On X11 and Wayland the text stays on the clipboard only while a program serves it: xclip, xsel and wl-copy fork
into the background and keep running after we exit. pyperclip starts them with our stdout and stderr, so the
server holds the caller's pipes open for as long as it serves the selection, and ``out=$(quickreply copy tk)`` or a
script's ``subprocess.run(..., capture_output=True)`` never sees end of file. Here they are started with their own
streams (the text on a pipe of its own, output to nowhere) in a session of their own. Windows, macOS and WSL have
no such server and stay with pyperclip.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import cache

from ..core import QuickReplyError

#: A clipboard program that has not answered in this time is stuck (an X server that does not respond).
_WAIT_SECONDS = 10
_NO_CLIPBOARD = (
    "无法使用剪贴板：系统没有可用的剪贴板程序。Linux 上请安装 xclip 或 xsel（Wayland 用 wl-clipboard）；"
    "也可以用 quickreply show 把内容打印出来。"
)


@dataclass(frozen=True)
class Server:
    """The programs that put text on this desktop's clipboard (and serve it after we exit) and read it back."""

    copy: tuple[str, ...]
    paste: tuple[str, ...]


@cache
def _in_wsl() -> bool:
    try:
        with open("/proc/version", encoding="utf-8", errors="replace") as version:
            return "microsoft" in version.read().lower()
    except OSError:
        return False


def desktop_server() -> Server | None:
    """The clipboard programs of this X11 or Wayland session, chosen the way pyperclip chooses them; None where
    pyperclip's own way is right (Windows, macOS, WSL) or there is no such program."""
    if sys.platform in ("win32", "cygwin", "darwin") or platform.system() in ("Windows", "Darwin") or _in_wsl():
        return None
    if os.environ.get("WAYLAND_DISPLAY") and shutil.which("wl-copy") and shutil.which("wl-paste"):
        return Server(("wl-copy",), ("wl-paste", "--no-newline", "--type", "text"))
    if os.environ.get("DISPLAY"):
        if shutil.which("xclip"):
            return Server(("xclip", "-selection", "clipboard"), ("xclip", "-selection", "clipboard", "-o"))
        if shutil.which("xsel"):
            return Server(("xsel", "--clipboard", "--input"), ("xsel", "--clipboard", "--output"))
    return None


def serve(command: tuple[str, ...], text: str) -> None:
    """Hand ``text`` to the clipboard program ``command``, which keeps serving it after we exit.

    Its output goes to a file rather than a pipe: the server's background half inherits whatever it is given and
    keeps it open, and a file open in a process nobody waits for blocks no one. The file is read for the message
    when the program fails.

    Raises:
        QuickReplyError: the program is missing, fails, or does not answer.
    """
    with tempfile.TemporaryFile() as errors:
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=errors,
                close_fds=True,
                start_new_session=True,  # not in our process group: a Ctrl+C in the terminal leaves the clipboard be
            )
        except OSError as exc:
            raise QuickReplyError(f"{_NO_CLIPBOARD}（{command[0]}：{exc.strerror or exc}）") from exc
        try:
            # A text from a hostile clipboard may hold lone surrogates; they become U+FFFD rather than an error.
            process.communicate(text.encode("utf-8", "replace"), timeout=_WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise QuickReplyError(
                f"无法使用剪贴板：{command[0]} 在 {_WAIT_SECONDS} 秒内没有完成，可能是图形界面没有响应；"
                "也可以用 quickreply show 把内容打印出来。"
            ) from None
        if process.returncode != 0:
            errors.seek(0)
            said = " ".join(errors.read(500).decode("utf-8", "replace").split())
            raise QuickReplyError(
                f"无法使用剪贴板：{command[0]} 出错（退出码 {process.returncode}）{('：' + said) if said else ''}。"
                "请确认是在图形界面里运行（DISPLAY 或 WAYLAND_DISPLAY）；也可以用 quickreply show 把内容打印出来。"
            )


def read(command: tuple[str, ...]) -> str | None:
    """What the clipboard program ``command`` prints, or None when it cannot (an empty clipboard, no answer)."""
    try:
        done = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            close_fds=True,
            timeout=_WAIT_SECONDS,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", "replace")


class Clipboard:
    """The system clipboard, with messages an agent can act on."""

    @staticmethod
    def copy(text: str) -> None:
        """Put ``text`` on the clipboard; the command returns at once and the text stays after it exits.

        Raises:
            QuickReplyError: there is no clipboard to use (the message says what to install).
        """
        server = desktop_server()
        if server is not None:
            serve(server.copy, text)
            return
        import pyperclip

        try:
            pyperclip.copy(text)
        except pyperclip.PyperclipException as exc:
            raise QuickReplyError(f"{_NO_CLIPBOARD}（{exc}）") from exc

    @staticmethod
    def paste() -> str | None:
        """The text on the clipboard, or None when there is none or it cannot be read."""
        server = desktop_server()
        if server is not None:
            return read(server.paste)
        import pyperclip

        try:
            return str(pyperclip.paste())
        except (pyperclip.PyperclipException, UnicodeDecodeError):
            return None
