"""``quickreply settings autostart 开/关`` does what the settings dialog does: the log-in entry is written or removed,
and a setting the system could not be made to follow is not stored."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from quickreply.core import open_library
from quickreply.core.library.settings import AUTOSTART
from quickreply.desktop import autostart
from quickreply.launcher import main


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setattr(autostart, "_system", lambda: "xdg")
    return folder


def stored(home: Path) -> bool:
    lib = open_library(home)
    try:
        return bool(lib.settings.get(AUTOSTART))
    finally:
        lib.close()


def test_on_writes_the_login_entry_and_off_removes_it(config: Path, tmp_path: Path, capsys) -> None:
    home = tmp_path / "home"
    entry = config / "autostart" / "quickreply.desktop"
    assert main(["--home", str(home), "settings", "autostart", "开"]) == 0
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={autostart.exec_line([sys.executable, '-m', 'quickreply'])}\n" in text
    assert "X-GNOME-Autostart-enabled=true" in text and stored(home) is True
    assert main(["--home", str(home), "settings", "autostart", "关"]) == 0
    assert not entry.exists() and stored(home) is False


def test_an_entry_not_written_is_said_and_the_setting_stays_off(config: Path, tmp_path: Path, capsys) -> None:
    home = tmp_path / "home"
    (config / "autostart" / "quickreply.desktop").mkdir(parents=True)  # a folder where the file must go
    capsys.readouterr()
    assert main(["--home", str(home), "settings", "autostart", "on"]) == 1
    err = capsys.readouterr().err
    assert "quickreply.desktop" in err and "Traceback" not in err
    assert stored(home) is False


def test_on_windows_the_run_value_is_written_and_deleted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    values: dict[tuple[str, str], str] = {}
    fake = types.ModuleType("winreg")
    fake.HKEY_CURRENT_USER = "HKCU"  # type: ignore[attr-defined]
    fake.KEY_SET_VALUE = fake.KEY_QUERY_VALUE = 0  # type: ignore[attr-defined]
    fake.REG_SZ = fake.REG_BINARY = 1  # type: ignore[attr-defined]

    class Key:
        def __init__(self, path: str) -> None:
            self.path = path

        def __enter__(self) -> Key:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    fake.OpenKey = lambda root, path, *a, **k: Key(path)  # type: ignore[attr-defined]
    fake.CreateKey = fake.CreateKeyEx = lambda root, path, *a, **k: Key(path)  # type: ignore[attr-defined]
    fake.OpenKeyEx = fake.OpenKey  # type: ignore[attr-defined]

    def set_value(key: Key, name: str, reserved: int, kind: int, value: str) -> None:
        values[(key.path, name)] = value

    def query_value(key: Key, name: str) -> tuple[str, int]:
        if (key.path, name) not in values:
            raise FileNotFoundError(name)
        return values[(key.path, name)], 1

    def delete_value(key: Key, name: str) -> None:
        if values.pop((key.path, name), None) is None:
            raise FileNotFoundError(name)

    fake.SetValueEx = set_value  # type: ignore[attr-defined]
    fake.QueryValueEx = query_value  # type: ignore[attr-defined]
    fake.DeleteValue = delete_value  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "winreg", fake)
    monkeypatch.setattr(autostart, "_system", lambda: "windows")
    home = tmp_path / "home"
    assert main(["--home", str(home), "settings", "autostart", "开"]) == 0
    assert values[(autostart.RUN_KEY, autostart.RUN_VALUE)] == autostart.run_value(autostart.start_command())
    assert main(["--home", str(home), "settings", "autostart", "关"]) == 0
    assert (autostart.RUN_KEY, autostart.RUN_VALUE) not in values
