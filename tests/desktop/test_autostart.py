"""Starting with the system: the entry each desktop reads at login, and switching it on and off."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from quickreply.desktop import autostart
from quickreply.desktop.autostart import AutostartError, desktop_entry, exec_line, startup_approved

COMMAND = ["/opt/快捷回复/quickreply", "--tray"]
# Arguments that need every quoting rule of the Desktop Entry spec.
NASTY = ["/home/agent/My Apps/python3", "-m", "quickreply", "x\\y", "100%", 'a$b "q" `t`', "it's", "", "%f", "a;b"]


@pytest.fixture
def linux_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


def _unquote_exec(value: str) -> list[str]:
    """Read an Exec value back the way the Desktop Entry spec says: string escapes, then quoted arguments."""
    text = value.replace("\\\\", "\0").replace("\\s", " ").replace("\\n", "\n").replace("\\t", "\t")
    text = text.replace("\0", "\\")
    arguments, current, quoted, escaped, started = [], [], False, False, False
    for char in text:
        if escaped:
            current.append(char)
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started or current:
                arguments.append("".join(current))
            current, started = [], False
        else:
            current.append(char)
    if started or current:
        arguments.append("".join(current))
    return [argument.replace("%%", "%") for argument in arguments]


def test_linux_entry_runs_the_command_and_names_the_app() -> None:
    text = desktop_entry(COMMAND)
    assert text.splitlines() == [
        "[Desktop Entry]",
        "Type=Application",
        "Name=快捷回复",
        "Name[en]=QuickReply",
        "Comment=淘宝客服快捷回复",
        "Exec=/opt/快捷回复/quickreply --tray",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
    ]


def test_linux_exec_quotes_by_the_desktop_entry_spec() -> None:
    line = exec_line(NASTY)
    assert line.startswith('"/home/agent/My Apps/python3" -m quickreply "x\\\\\\\\y" 100%% ')  # one \ becomes four
    assert '"a\\\\$b \\\\"q\\\\" \\\\`t\\\\`"' in line
    assert _unquote_exec(line) == NASTY


def test_linux_exec_as_glib_launches_it(tmp_path: Path) -> None:
    """GLib (GNOME's autostart) splits our Exec line back into exactly the arguments we wrote."""
    gio = shutil.which("gio")
    if gio is None:
        pytest.skip("needs gio (Debian: libglib2.0-bin)")
    out = tmp_path / "argv.txt"
    record = "import sys; open(sys.argv[1], 'w', encoding='utf-8').write(repr(sys.argv[2:]))"
    arguments = [*NASTY[3:], "中文 参数"]
    entry = tmp_path / "probe.desktop"
    entry.write_text(desktop_entry([sys.executable, "-c", record, str(out), *arguments]), encoding="utf-8")
    subprocess.run([gio, "launch", str(entry)], check=True, timeout=30, capture_output=True)
    deadline = time.monotonic() + 10
    while not (out.exists() and out.read_text(encoding="utf-8")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert out.read_text(encoding="utf-8") == repr(arguments)


def test_linux_enable_disable_for_real(linux_home: Path) -> None:
    path = linux_home / "config" / "autostart" / "quickreply.desktop"
    assert autostart.autostart_file() == path
    assert not autostart.is_enabled()
    autostart.disable()  # nothing to switch off: fine
    autostart.enable(COMMAND)
    assert path.read_text(encoding="utf-8") == desktop_entry(COMMAND)
    assert autostart.is_enabled()
    autostart.enable([*COMMAND, "--again"])  # replaces the entry
    assert "--again" in path.read_text(encoding="utf-8")
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind
    autostart.disable()
    assert not path.exists()
    assert not autostart.is_enabled()


def test_linux_entry_switched_off_by_the_desktop_is_not_enabled(linux_home: Path) -> None:
    autostart.enable(COMMAND)
    path = autostart.autostart_file()
    path.write_text(desktop_entry(COMMAND).replace("Autostart-enabled=true", "Autostart-enabled=false"), "utf-8")
    assert not autostart.is_enabled()
    path.write_text(desktop_entry(COMMAND) + "Hidden=true\n", encoding="utf-8")
    assert not autostart.is_enabled()
    autostart.enable(COMMAND)
    assert autostart.is_enabled()


@pytest.mark.parametrize("config", ["", "relative/config"])
def test_linux_default_config_folder(config: str, linux_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", config)  # empty or relative: the spec says use ~/.config
    assert autostart.autostart_file() == linux_home / "home" / ".config" / "autostart" / "quickreply.desktop"


def test_linux_unwritable_folder_is_a_chinese_message(linux_home: Path) -> None:
    (linux_home / "config").write_text("a file where the folder should be")
    with pytest.raises(AutostartError, match=r"^无法设置开机自动启动：写入 .*quickreply\.desktop 失败（.*）。请检查"):
        autostart.enable(COMMAND)


def test_macos_launch_agent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path))
    path = tmp_path / "Library" / "LaunchAgents" / "com.quickreply.app.plist"
    assert autostart.launch_agent_file() == path
    assert not autostart.is_enabled()
    autostart.enable(["/Applications/快捷回复.app/Contents/MacOS/quickreply", "--tray"])
    assert plistlib.loads(path.read_bytes()) == {
        "Label": "com.quickreply.app",
        "ProgramArguments": ["/Applications/快捷回复.app/Contents/MacOS/quickreply", "--tray"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert path.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert autostart.is_enabled()
    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()


class FakeRegistry:
    """The part of ``winreg`` autostart uses, over a dict of HKCU keys."""

    HKEY_CURRENT_USER, KEY_SET_VALUE, KEY_QUERY_VALUE, REG_SZ, REG_BINARY = "HKCU", 2, 1, 1, 3

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, Any]] = {}

    class _Key:
        def __init__(self, values: dict[str, Any]) -> None:
            self.values = values

        def __enter__(self) -> FakeRegistry._Key:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

    def CreateKeyEx(self, root: str, path: str, reserved: int, access: int) -> _Key:
        return self._Key(self.keys.setdefault(path, {}))

    def OpenKey(self, root: str, path: str, reserved: int, access: int) -> _Key:
        if path not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return self._Key(self.keys[path])

    def SetValueEx(self, key: _Key, name: str, reserved: int, kind: int, value: Any) -> None:
        key.values[name] = value

    def QueryValueEx(self, key: _Key, name: str) -> tuple[Any, int]:
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key.values[name], self.REG_SZ

    def DeleteValue(self, key: _Key, name: str) -> None:
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del key.values[name]


def test_windows_run_value(monkeypatch: pytest.MonkeyPatch) -> None:
    registry = FakeRegistry()
    monkeypatch.setitem(sys.modules, "winreg", registry)
    monkeypatch.setattr(sys, "platform", "win32")
    run = registry.keys.setdefault(autostart.RUN_KEY, {"OtherApp": "other.exe"})
    assert not autostart.is_enabled()
    autostart.enable([r"C:\Program Files\快捷回复\QuickReply.exe", "--tray"])
    assert run == {"OtherApp": "other.exe", "QuickReply": '"C:\\Program Files\\快捷回复\\QuickReply.exe" --tray'}
    assert autostart.is_enabled()
    # Switched off in Task Manager's Startup tab: the Run value stays, StartupApproved says "disabled".
    approved = registry.keys.setdefault(autostart.STARTUP_APPROVED_KEY, {})
    approved["QuickReply"] = bytes([3, 0, 0, 0, 0, 0, 0, 0, 0x10, 0x20, 0, 0])
    assert not autostart.is_enabled()
    autostart.enable([r"C:\Program Files\快捷回复\QuickReply.exe", "--tray"])  # switched on again in our settings
    assert "QuickReply" not in approved
    assert autostart.is_enabled()
    autostart.disable()
    autostart.disable()
    assert run == {"OtherApp": "other.exe"}
    assert not autostart.is_enabled()


def test_windows_startup_approved_marks() -> None:
    assert startup_approved(None)
    assert startup_approved(bytes([2] + [0] * 11))
    assert startup_approved(bytes([6] + [0] * 11))
    assert not startup_approved(bytes([3] + [0] * 11))
    assert not startup_approved(bytes([7] + [0] * 11))
