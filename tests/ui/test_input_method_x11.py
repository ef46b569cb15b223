"""The agent types with a real pinyin input method in Chinese mode (IBus + libpinyin, on a real X server): letters
search at once and one Enter copies; Chinese characters still come in through it when the agent asks for them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.input_method import ENGINE, engine, pinyin_input_method, use_engine
from tests.x11 import Desktop, app_running, needs_xdotool, set_names, virtual_display, wait_for

pytestmark = pytest.mark.x11

SHOTS = os.environ.get("QUICKREPLY_SHOTS")  # a folder: screenshots of each step are kept there (for the docs)


def test_with_the_input_method_in_chinese_mode_tk_and_one_enter_copy_the_refund_reply(tmp_path: Path) -> None:
    needs_xdotool()
    home = tmp_path / "home"
    shots = Path(SHOTS) if SHOTS else tmp_path

    def clipboard_is(desk: Desktop, text: str, what: str) -> None:
        wait_for(lambda: desk.clipboard() == text, 10, what)

    with virtual_display() as display:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        with pinyin_input_method(env, tmp_path) as env:
            cli = [sys.executable, "-m", "quickreply", "--home", str(home)]
            refund = subprocess.run([*cli, "show", "tk"], env=env, capture_output=True, text=True, check=True).stdout
            refund = refund.rstrip("\n")
            set_names(cli, env)
            desk = Desktop(env)
            with app_running(cli, env, home, tmp_path / "app.log"):
                # Chinese mode, as the agent left it for the chat: two letters, one Enter.
                assert engine(env) == ENGINE
                desk.key("ctrl+alt+q")
                desk.wait_for_popup()
                desk.type("tk")
                desk.screenshot(shots / "popup-input-method-on.png")
                desk.key("ctrl+a", "ctrl+c")  # what the search box holds: the letters, not a composition
                clipboard_is(desk, "tk", "the raw letters tk in the search box")
                desk.key("Return")
                clipboard_is(desk, refund, "the refund reply after one Enter")

                # Full pinyin and space, as an agent used to committing would type it: still the refund reply.
                desk.set_clipboard("before")
                desk.key("ctrl+alt+q")
                desk.wait_for_popup()
                desk.type("tuikuan ")
                desk.key("Return")
                clipboard_is(desk, refund, "the refund reply for tuikuan and space")

                # The agent asks for Chinese characters (Ctrl+I): now the input method composes, and proves it is live:
                # Return commits the letters and copies nothing; tuikuan + space commits 退款, which is searched.
                desk.key("ctrl+alt+q")
                desk.wait_for_popup()
                desk.key("ctrl+i")
                desk.type("tuikuan")
                desk.screenshot(shots / "popup-typing-chinese.png")
                desk.key("space", "ctrl+a", "ctrl+c")
                clipboard_is(desk, "退款", "退款 committed by the input method into the search box")
                desk.key("Return")
                clipboard_is(desk, refund, "the refund reply for 退款")
                desk.key("ctrl+alt+q")
                desk.wait_for_popup()
                desk.type("tk")
                desk.key("Return")  # the input method's: it commits tk
                desk.key("ctrl+a", "ctrl+c")
                clipboard_is(desk, "tk", "tk committed by the first Enter, nothing copied")
                desk.key("ctrl+i", "Return")  # back to letters; the popup remembers the choice
                clipboard_is(desk, refund, "the refund reply")

                # The input method off: the same two letters and one Enter.
                use_engine(env, "xkb:us::eng")
                desk.set_clipboard("before")
                desk.key("ctrl+alt+q")
                desk.wait_for_popup()
                desk.type("tk")
                desk.key("Return")
                clipboard_is(desk, refund, "the refund reply with the input method off")
