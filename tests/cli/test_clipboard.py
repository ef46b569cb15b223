"""`quickreply copy` without a real desktop: which clipboard program serves the text, and that a program staying in
the background to serve it (as xclip, xsel and wl-copy do) does not keep the caller waiting."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quickreply.cli import clipboard

# A stand-in for xclip: it takes the text, then leaves a process behind serving it, holding what it was given.
FAKE_XCLIP = """#!/bin/sh
cat > "$QR_FAKE_CLIPBOARD"
sleep 8 &
exit 0
"""


def fake_programs(folder: Path, *names: str) -> str:
    folder.mkdir(exist_ok=True)
    for name in names:
        program = folder / name
        program.write_text(FAKE_XCLIP)
        program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return f"{folder}{os.pathsep}{os.environ['PATH']}"


@pytest.mark.skipif(sys.platform == "win32", reason="the X11 clipboard programs are a Linux matter")
def test_a_script_capturing_copy_is_not_held_by_the_program_serving_the_clipboard(tmp_path: Path) -> None:
    board = tmp_path / "board.txt"
    env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"} | {
        "PATH": fake_programs(tmp_path / "bin", "xclip"),
        "DISPLAY": ":98",
        "QR_FAKE_CLIPBOARD": str(board),
    }
    quickreply = [sys.executable, "-m", "quickreply", "--home", str(tmp_path / "home")]
    shown = subprocess.run([*quickreply, "show", "tk"], env=env, capture_output=True, check=True, timeout=30)
    started = time.monotonic()
    copied = subprocess.run([*quickreply, "copy", "tk"], env=env, capture_output=True, timeout=30)
    assert time.monotonic() - started < 6  # not the 8 s the left-behind server lives
    assert (copied.returncode, copied.stdout.decode()) == (0, "已复制：退款到账时间\n")
    assert board.read_bytes() == shown.stdout.removesuffix(b"\n")


def test_each_desktop_gets_its_own_program(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", fake_programs(tmp_path / "bin", "xclip", "xsel", "wl-copy", "wl-paste"))
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(clipboard.platform, "system", lambda: "Linux")
    monkeypatch.setattr(clipboard, "_in_wsl", lambda: False)
    monkeypatch.setenv("DISPLAY", ":0")
    assert clipboard.desktop_server() == clipboard.Server(
        ("xclip", "-selection", "clipboard"), ("xclip", "-selection", "clipboard", "-o")
    )
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    server = clipboard.desktop_server()
    assert server is not None and server.copy == ("wl-copy",)
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.delenv("DISPLAY")
    assert clipboard.desktop_server() is None  # no desktop: pyperclip says there is no clipboard


@pytest.mark.parametrize(("name", "system"), [("darwin", "Darwin"), ("win32", "Windows")])
def test_macos_and_windows_keep_pyperclip_even_with_an_x_display(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str, system: str
) -> None:
    monkeypatch.setenv("PATH", fake_programs(tmp_path / "bin", "xclip"))
    monkeypatch.setenv("DISPLAY", ":0")  # XQuartz sets it on a Mac: pbcopy is still the clipboard there
    monkeypatch.setattr(sys, "platform", name)
    monkeypatch.setattr(clipboard.platform, "system", lambda: system)
    assert clipboard.desktop_server() is None


def test_a_clipboard_program_that_fails_is_reported_not_taken_for_a_copy(tmp_path: Path) -> None:
    failing = tmp_path / "bin" / "failclip"
    failing.parent.mkdir()
    failing.write_text("#!/bin/sh\ncat >/dev/null\necho 'Error: Can'\"'\"'t open display: :98' >&2\nexit 1\n")
    failing.chmod(0o755)
    with pytest.raises(clipboard.QuickReplyError) as refused:
        clipboard.serve((str(failing),), "亲")
    assert "出错（退出码 1）：Error: Can't open display: :98。" in str(refused.value)
