"""The agent's loop on a real X server: hotkey, type a shortcut, Enter — the reply is on the X clipboard."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from quickreply.app import instance_name
from tests.x11 import needs_xdotool, set_names, virtual_display, wait_for

pytestmark = pytest.mark.x11


def test_hotkey_type_enter_puts_the_reply_on_the_x_clipboard(tmp_path: Path) -> None:
    needs_xdotool()
    home = tmp_path / "home"
    with virtual_display() as display:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        cli = [sys.executable, "-m", "quickreply", "--home", str(home)]
        expected = subprocess.run([*cli, "show", "tk"], env=env, capture_output=True, text=True, check=True).stdout
        set_names(cli, env)
        log = (tmp_path / "app.log").open("w")
        app = subprocess.Popen(cli, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            socket = Path(tempfile.gettempdir()) / instance_name(home)
            wait_for(socket.exists, 20, "the app to start (its single-instance socket)")

            def x(*args: str) -> subprocess.CompletedProcess[str]:
                return subprocess.run(args, env=env, capture_output=True, text=True, timeout=10)

            x("xdotool", "key", "ctrl+alt+q")
            wait_for(lambda: x("xdotool", "search", "--onlyvisible", "--name", "快捷回复").stdout.strip(), 10, "popup")
            x("xdotool", "type", "--delay", "60", "tk")
            time.sleep(0.5)
            x("xdotool", "key", "Return")
            pasted = wait_for(
                lambda: (out := x("xclip", "-o", "-selection", "clipboard").stdout) == expected.rstrip("\n") and out,
                10,
                "the reply on the clipboard",
            )
            assert "退款" in pasted
            # A second start hands over to the running app and returns at once.
            second = subprocess.run([*cli, "--show"], env=env, capture_output=True, text=True, timeout=15)
            assert second.returncode == 0
        finally:
            app.terminate()
            app.wait(timeout=10)
            log.close()
        listed = subprocess.run([*cli, "list", "--json"], env=env, capture_output=True, text=True, check=True).stdout
        assert '"use_count": 1' in listed


def test_select_the_buyer_message_second_hotkey_enter_puts_the_fitting_reply_on_the_clipboard(tmp_path: Path) -> None:
    needs_xdotool()
    home = tmp_path / "home"
    with virtual_display() as display:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        cli = [sys.executable, "-m", "quickreply", "--home", str(home)]
        expected = subprocess.run([*cli, "show", "tk"], env=env, capture_output=True, text=True, check=True).stdout
        set_names(cli, env)
        log = (tmp_path / "app.log").open("w")
        app = subprocess.Popen(cli, env=env, stdout=log, stderr=subprocess.STDOUT)
        # The buyer's words selected in the chat: on X11 that is the PRIMARY selection, held here by xclip.
        chat = subprocess.Popen(
            ["xclip", "-quiet", "-selection", "primary"], env=env, stdin=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        try:
            assert chat.stdin is not None
            chat.stdin.write("亲 退款几天能到账啊".encode())
            chat.stdin.close()
            socket = Path(tempfile.gettempdir()) / instance_name(home)
            wait_for(socket.exists, 20, "the app to start (its single-instance socket)")

            def x(*args: str) -> subprocess.CompletedProcess[str]:
                return subprocess.run(args, env=env, capture_output=True, text=True, timeout=10)

            x("xdotool", "key", "ctrl+alt+e")
            wait_for(lambda: x("xdotool", "search", "--onlyvisible", "--name", "快捷回复").stdout.strip(), 10, "popup")
            time.sleep(0.5)
            x("xdotool", "key", "Return")
            wait_for(
                lambda: x("xclip", "-o", "-selection", "clipboard").stdout == expected.rstrip("\n"),
                10,
                "the refund reply on the clipboard",
            )
        finally:
            chat.terminate()
            chat.wait(timeout=10)
            app.terminate()
            app.wait(timeout=10)
            log.close()
        listed = subprocess.run([*cli, "list", "--json"], env=env, capture_output=True, text=True, check=True).stdout
        assert '"use_count": 1' in listed
