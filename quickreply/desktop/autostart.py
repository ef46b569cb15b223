"""Start QuickReply when the agent logs in: the "开机自动启动" setting.

Windows: the value "QuickReply" under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run.
Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/quickreply.desktop`` (default ``~/.config``).
macOS: ``~/Library/LaunchAgents/com.quickreply.app.plist`` with RunAtLoad.

The builders of paths and contents are plain functions of the command, the environment and the home folder.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import subprocess
import sys
from pathlib import Path

from quickreply.core import QuickReplyError

APP_NAME = "快捷回复"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "QuickReply"
# Task Manager's "Startup" tab switches a Run entry off here, without touching the Run value.
STARTUP_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
DESKTOP_FILE = "quickreply.desktop"
LAUNCH_AGENT_LABEL = "com.quickreply.app"

# Desktop Entry spec, "The Exec key": an argument holding one of these must be quoted.
EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
EXEC_ESCAPED_IN_QUOTES = set('"`$\\')


class AutostartError(QuickReplyError):
    """The start-with-the-system entry could not be written or removed."""


def _system() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "xdg"


def enable(command: list[str]) -> None:
    """Run ``command`` (program and arguments) each time the agent logs in. Replaces an earlier entry.

    Raises:
        AutostartError: the entry could not be written (a message naming where, and what to check).
    """
    if not command:
        raise ValueError("command is empty")
    system = _system()
    if system == "windows":
        _write_run_value(run_value(command))
    elif system == "macos":
        _write(launch_agent_file(), launch_agent(command))
    else:
        _write(autostart_file(), desktop_entry(command).encode("utf-8"))


def start_command() -> list[str]:
    """How the system should start QuickReply at log-in: the bundle's executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "quickreply"]


def apply(wanted: bool) -> None:
    """Make the setting true: start QuickReply at log-in, or stop, unless the system already does as ``wanted``.

    Raises:
        AutostartError: the entry could not be written or removed.
    """
    if wanted != is_enabled():
        if wanted:
            enable(start_command())
        else:
            disable()


def disable() -> None:
    """Stop starting with the system. Harmless when it was not enabled.

    Raises:
        AutostartError: the entry exists but could not be removed.
    """
    system = _system()
    if system == "windows":
        _delete_run_value()
        return
    path = launch_agent_file() if system == "macos" else autostart_file()
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise AutostartError(
            f"无法关闭开机自动启动：删除 {path} 失败（{exc.strerror or exc}）。请手动删除这个文件。"
        ) from None


def is_enabled() -> bool:
    """Whether QuickReply starts with the system: our entry exists and the desktop has not switched it off."""
    system = _system()
    try:
        if system == "windows":
            return _read_value(RUN_KEY) is not None and startup_approved(_read_value(STARTUP_APPROVED_KEY))
        if system == "macos":
            data = plistlib.loads(launch_agent_file().read_bytes())
            return bool(data.get("RunAtLoad")) and not data.get("Disabled", False)
        return entry_is_enabled(autostart_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing or unreadable: not enabled
        return False


# ---- paths and contents ------------------------------------------------------------------------------------------


def autostart_file() -> Path:
    """``$XDG_CONFIG_HOME/autostart/quickreply.desktop``; a relative or empty XDG_CONFIG_HOME means ``~/.config``."""
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / DESKTOP_FILE


def launch_agent_file() -> Path:
    """``~/Library/LaunchAgents/com.quickreply.app.plist``."""
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def exec_line(command: list[str]) -> str:
    """The value of a desktop entry's ``Exec=`` key for ``command``, quoted as the Desktop Entry spec says.

    An argument with a reserved character goes in double quotes, with ``"`$\\`` escaped by a backslash; ``%``
    is doubled (it starts field codes). Then the string escapes of the file format apply on top, so a literal
    backslash ends up as four.
    """
    arguments = []
    for argument in command:
        argument = argument.replace("%", "%%")
        if argument == "" or EXEC_RESERVED.intersection(argument):
            inner = "".join("\\" + c if c in EXEC_ESCAPED_IN_QUOTES else c for c in argument)
            argument = f'"{inner}"'
        arguments.append(argument)
    line = " ".join(arguments)
    return line.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def desktop_entry(command: list[str]) -> str:
    """The XDG autostart file that runs ``command`` at login."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Name[en]=QuickReply\n"
        "Comment=淘宝客服快捷回复\n"
        f"Exec={exec_line(command)}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def entry_is_enabled(text: str) -> bool:
    """Whether an autostart file still runs: neither ``Hidden=true`` nor ``X-GNOME-Autostart-enabled=false``.

    Desktops switch an entry off by writing one of these into the user's copy rather than deleting it.
    """
    group = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("["):
            group = line
        elif group == "[Desktop Entry]" and "=" in line:
            key, value = (part.strip() for part in line.split("=", 1))
            if (key == "Hidden" and value == "true") or (key == "X-GNOME-Autostart-enabled" and value == "false"):
                return False
    return True


def launch_agent(command: list[str]) -> bytes:
    """The launchd agent (XML property list) that runs ``command`` at login."""
    agent = {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    return plistlib.dumps(agent)


def startup_approved(data: object) -> bool:
    """Whether Task Manager lets a Run entry start: its StartupApproved value is absent or has an even first byte.

    Windows writes 02 00 00 … for "enabled" and 03 00 00 … (plus the time) for "disabled".
    """
    return not isinstance(data, bytes) or not data or not data[0] & 1


def run_value(command: list[str]) -> str:
    """The command line stored under the Run key: quoted the way Windows programs split it."""
    return subprocess.list2cmdline(command)


# ---- writing -----------------------------------------------------------------------------------------------------


def _write(path: Path, content: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(content)
        temporary.replace(path)  # never a half-written entry for the desktop to read at login
    except OSError as exc:
        raise AutostartError(
            f"无法设置开机自动启动：写入 {path} 失败（{exc.strerror or exc}）。请检查这个文件夹能否写入后再试。"
        ) from None


def _write_run_value(value: str) -> None:
    import winreg

    try:
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, value)
    except OSError as exc:
        raise AutostartError(
            f"无法设置开机自动启动：写入注册表 HKCU\\{RUN_KEY} 失败（{exc.strerror or exc}）。"
            "请检查安全软件是否拦截了快捷回复，然后再试。"
        ) from None
    # Switched on here after being switched off in Task Manager: drop its "disabled" mark, or Windows keeps it off.
    with contextlib.suppress(OSError):
        _delete_value(STARTUP_APPROVED_KEY)


def _read_value(path: str) -> object | None:
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path, 0, winreg.KEY_QUERY_VALUE) as key:
            value, _kind = winreg.QueryValueEx(key, RUN_VALUE)
    except FileNotFoundError:
        return None
    return value


def _delete_value(path: str) -> None:
    """Delete our value under ``path`` in HKCU; nothing to do when it is not there."""
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, RUN_VALUE)
    except FileNotFoundError:
        return


def _delete_run_value() -> None:
    try:
        _delete_value(RUN_KEY)
    except OSError as exc:
        raise AutostartError(
            f"无法关闭开机自动启动：删除注册表 HKCU\\{RUN_KEY} 里的 {RUN_VALUE} 失败（{exc.strerror or exc}）。"
            "请检查安全软件是否拦截了快捷回复，然后再试。"
        ) from None
