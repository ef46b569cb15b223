"""`quickreply copy` on a real X server: the text an agent pastes is exactly the expanded reply, and a script that
captures the command's output gets it back at once (xclip, serving the clipboard, does not hold the script's pipes).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.x11 import virtual_display

pytestmark = pytest.mark.x11


@pytest.fixture
def desktop() -> Iterator[dict[str, str]]:
    """The environment of a session on a fresh X server."""
    with virtual_display() as display:
        yield {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"} | {"DISPLAY": display}


def quickreply(tmp_path: Path) -> list[str]:
    return [sys.executable, "-m", "quickreply", "--home", str(tmp_path / "home")]


def pasted(env: dict[str, str]) -> str:
    done = subprocess.run(["xclip", "-o", "-selection", "clipboard"], env=env, capture_output=True, timeout=10)
    return done.stdout.decode("utf-8")


def refund_reply(tmp_path: Path, env: dict[str, str]) -> str:
    shown = subprocess.run([*quickreply(tmp_path), "show", "tk"], env=env, capture_output=True, check=True, timeout=30)
    text = shown.stdout.decode("utf-8").removesuffix("\n")
    assert "退款" in text
    return text


def test_a_script_capturing_the_output_of_copy_gets_it_back_at_once(tmp_path: Path, desktop) -> None:
    expected = refund_reply(tmp_path, desktop)
    started = time.monotonic()
    copied = subprocess.run([*quickreply(tmp_path), "copy", "tk"], env=desktop, capture_output=True, timeout=20)
    assert time.monotonic() - started < 10
    assert copied.returncode == 0, copied.stderr.decode("utf-8", "replace")
    assert copied.stdout.decode("utf-8") == "已复制：退款到账时间\n"
    assert copied.stderr == b""
    assert pasted(desktop) == expected


def test_copy_inside_a_shell_command_substitution_returns(tmp_path: Path, desktop) -> None:
    expected = refund_reply(tmp_path, desktop)
    command = " ".join([*quickreply(tmp_path), "copy", "tk"])
    script = f'out=$({command} 2>&1); printf "%s" "$out"'
    done = subprocess.run(["bash", "-c", script], env=desktop, capture_output=True, timeout=20)
    assert done.returncode == 0
    assert done.stdout.decode("utf-8") == "已复制：退款到账时间"
    assert pasted(desktop) == expected


def test_the_copied_text_outlives_the_command(tmp_path: Path, desktop) -> None:
    body = "亲，单号SF1234567890123\n第二行 ～ 😊"
    add = [
        *quickreply(tmp_path),
        "add",
        "--category",
        "售后/测试",
        "--title",
        "两行",
        "--shortcut",
        "zzlh",
        "--body",
        body,
    ]
    subprocess.run(add, env=desktop, capture_output=True, check=True, timeout=30)
    subprocess.run([*quickreply(tmp_path), "copy", "zzlh"], env=desktop, capture_output=True, check=True, timeout=20)
    time.sleep(0.5)  # the command has exited; the clipboard is served by xclip alone
    assert pasted(desktop) == body


def test_the_clipboard_variable_reads_what_is_on_the_clipboard(tmp_path: Path, desktop) -> None:
    subprocess.run(
        ["xclip", "-selection", "clipboard"],
        input=b"YT1234567890123",
        env=desktop,
        check=True,
        timeout=10,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    add = [*quickreply(tmp_path), "add", "--category", "售后/测试", "--title", "单号", "--shortcut", "zzdh"]
    subprocess.run([*add, "--body", "运单号{剪贴板}"], env=desktop, capture_output=True, check=True, timeout=30)
    shown = subprocess.run([*quickreply(tmp_path), "show", "zzdh"], env=desktop, capture_output=True, timeout=30)
    assert shown.stdout.decode("utf-8") == "运单号YT1234567890123\n"


def test_copy_says_so_when_the_display_cannot_be_reached(tmp_path: Path, monkeypatch, capsys) -> None:
    if shutil.which("xclip") is None:
        pytest.skip("needs xclip")
    from quickreply.cli import main

    monkeypatch.setenv("DISPLAY", ":239")  # no X server there: xclip exits 1 and the copy did not happen
    assert main(["--home", str(tmp_path / "home"), "copy", "tk"]) == 1
    captured = capsys.readouterr()
    assert "已复制" not in captured.out
    assert "无法使用剪贴板：xclip 出错" in captured.err and "DISPLAY" in captured.err
