"""The desktop layer on a real X server (Xvfb): the hotkey, the paste keys and focus, as the agent meets them."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from quickreply.desktop import focus
from quickreply.desktop.focus import WindowRef
from quickreply.desktop.hotkey import HotkeyTaken, HotkeyUnavailable, parse_hotkey, register
from quickreply.desktop.paste import PasteError, send_paste
from quickreply.desktop.selection import selected_text
from tests.x11 import virtual_display

pytestmark = pytest.mark.x11
TIMEOUT = 5.0


def _needed() -> None:
    """python-xlib and xdotool, or skip (fail on CI, where both are installed)."""
    problems = []
    try:
        import Xlib  # noqa: F401
    except ImportError:
        problems.append("python-xlib (pip install python-xlib)")
    if shutil.which("xdotool") is None:
        problems.append("xdotool (Debian: xdotool)")
    if problems:
        message = "needs " + ", ".join(problems)
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A fresh Xvfb (no window manager) as ``$DISPLAY``, and the test's own connection to it.

    The connection stands in for the agent's chat program. It also keeps the server from resetting, which an X
    server does each time its last client leaves, refusing connections meanwhile; a desktop always has clients.
    """
    _needed()
    from Xlib.display import Display

    with virtual_display() as name:
        monkeypatch.setenv("DISPLAY", name)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        display = Display(name)
        yield display
        display.close()


@pytest.fixture
def x_display(client: Any) -> str:
    """The name of the test's X server."""
    return str(client.get_display_name())


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10, capture_output=True)


def next_event(display: Any, wanted: Callable[[Any], bool], timeout: float = TIMEOUT) -> Any:
    """The first event that ``wanted`` accepts, waiting at most ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        while display.pending_events():
            event = display.next_event()
            if wanted(event):
                return event
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError("no such event within the timeout")
        select.select([display.fileno()], [], [], left)


def wait_until(condition: Callable[[], bool], timeout: float = TIMEOUT) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def chat_window(display: Any) -> Any:
    """A mapped top-level window that hears its keys."""
    from Xlib import X

    screen = display.screen()
    window = screen.root.create_window(
        10,
        10,
        200,
        100,
        0,
        screen.root_depth,
        event_mask=X.KeyPressMask | X.KeyReleaseMask | X.StructureNotifyMask,
    )
    window.map()
    next_event(display, lambda e: e.type == X.MapNotify and e.window.id == window.id)
    return window


def focused(display: Any) -> int:
    target = display.get_input_focus().focus
    return target if isinstance(target, int) else target.id


# ---- hotkey --------------------------------------------------------------------------------------------------------


def test_pressing_the_hotkey_calls_back_off_the_gui_thread(x_display: str) -> None:
    pressed = threading.Event()
    threads: list[threading.Thread] = []

    def show_popup() -> None:
        threads.append(threading.current_thread())
        pressed.set()

    with register(parse_hotkey("Ctrl+Alt+Q"), show_popup):
        xdotool("key", "ctrl+alt+q")
        assert pressed.wait(TIMEOUT)
    assert threads == [threads[0]] and threads[0] is not threading.main_thread()


def test_each_press_calls_back_once_also_with_caps_lock_or_num_lock(x_display: str) -> None:
    presses: list[int] = []
    fourth = threading.Event()

    def count() -> None:
        presses.append(1)
        if len(presses) == 4:
            fourth.set()

    with register(parse_hotkey("Ctrl+Alt+Q"), count):
        xdotool("key", "ctrl+alt+q")
        xdotool("key", "Caps_Lock", "ctrl+alt+q", "Caps_Lock")
        xdotool("key", "Num_Lock", "ctrl+alt+q")
        xdotool("key", "Caps_Lock", "ctrl+alt+q", "Caps_Lock", "Num_Lock")
        assert fourth.wait(TIMEOUT)
        fourth.clear()
        xdotool("key", "ctrl+q", "alt+q", "ctrl+alt+w", "ctrl+alt+shift+q")  # not ours
        presses.clear()
        xdotool("key", "ctrl+alt+q")  # arrives after the others: when it is counted, they would have been too
        assert wait_until(lambda: presses == [1])
        time.sleep(0.1)
    assert presses == [1]


def test_holding_the_hotkey_opens_the_popup_once(x_display: str) -> None:
    presses: list[int] = []
    with register(parse_hotkey("Ctrl+Alt+Q"), lambda: presses.append(1)):
        # Held past the auto-repeat delay (660 ms on Xvfb): the server repeats the key some twenty times.
        xdotool("keydown", "ctrl+alt+q", "sleep", "1.2", "keyup", "ctrl+alt+q")
        xdotool("key", "ctrl+alt+q")
        assert wait_until(lambda: len(presses) >= 2)
        time.sleep(0.1)
    assert presses == [1, 1]


def test_a_combination_already_held_is_taken_until_released(x_display: str) -> None:
    first = register(parse_hotkey("Ctrl+Alt+Q"), lambda: None)
    try:
        with pytest.raises(HotkeyTaken) as raised:
            register(parse_hotkey("ctrl+alt+q"), lambda: None)  # another client's XGrabKey: BadAccess
        assert str(raised.value) == "快捷键 Ctrl+Alt+Q 已被其他程序占用，请在设置里换一个组合。"
        with register(parse_hotkey("Ctrl+Alt+W"), lambda: None):
            pass  # a different combination is free
    finally:
        first.unregister()
    pressed = threading.Event()
    with register(parse_hotkey("Ctrl+Alt+Q"), pressed.set):
        xdotool("key", "ctrl+alt+q")
        assert pressed.wait(TIMEOUT)


def test_unregister_stops_the_watcher_and_the_hotkey_goes_quiet(x_display: str) -> None:
    presses: list[int] = []
    registration = register(parse_hotkey("Ctrl+Shift+F12"), lambda: presses.append(1))
    assert any(thread.name == "hotkey Ctrl+Shift+F12" for thread in threading.enumerate())
    started = time.monotonic()
    registration.unregister()
    registration.unregister()
    assert time.monotonic() - started < TIMEOUT
    assert not any(thread.name == "hotkey Ctrl+Shift+F12" for thread in threading.enumerate())
    xdotool("key", "ctrl+shift+F12")
    time.sleep(0.3)
    assert presses == []


def test_a_failing_callback_is_logged_and_the_hotkey_keeps_working(
    x_display: str, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[int] = []
    second = threading.Event()

    def flaky() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("popup broke")
        second.set()

    with register(parse_hotkey("Alt+F5"), flaky):
        xdotool("key", "alt+F5")
        xdotool("key", "alt+F5")
        assert second.wait(TIMEOUT)
    assert "callback of hotkey Alt+F5 failed" in caplog.text


def test_the_x_server_going_away_ends_the_watcher_quietly(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _needed()
    with virtual_display() as name:
        monkeypatch.setenv("DISPLAY", name)
        registration = register(parse_hotkey("Ctrl+Alt+Q"), lambda: None)
    # The desktop session ended under the app.
    assert wait_until(lambda: not any(thread.name == "hotkey Ctrl+Alt+Q" for thread in threading.enumerate()))
    registration.unregister()
    assert "lost the X server while holding hotkey Ctrl+Alt+Q" in caplog.text


@pytest.mark.parametrize(
    ("environment", "reason"),
    [
        ({"WAYLAND_DISPLAY": "wayland-0"}, "当前是 Wayland 桌面（没有 X11）"),
        ({}, "没有找到图形桌面（没有设置 DISPLAY）"),
        ({"DISPLAY": ":23999"}, "连不上图形桌面 :23999"),
    ],
)
def test_no_x_server_means_bind_the_show_command_yourself(
    environment: dict[str, str], reason: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("Xlib")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(HotkeyUnavailable) as raised:
        register(parse_hotkey("Ctrl+Alt+Q"), lambda: None)
    message = str(raised.value)
    assert message.startswith(reason)
    assert "无法自己注册全局快捷键 Ctrl+Alt+Q：请在系统设置的“键盘快捷键”里添加一个自定义快捷键" in message
    assert "命令填 quickreply --show" in message
    with pytest.raises(PasteError, match=f"^{reason}.*无法自动粘贴：回复已经复制好了，请直接按 Ctrl\\+V 粘贴。$"):
        send_paste()
    assert focus.active_window() is None
    assert focus.activate(WindowRef("x11", 0x400001)) is False


# ---- paste -----------------------------------------------------------------------------------------------------------


def test_send_paste_presses_ctrl_v_in_the_focused_window(client: Any) -> None:
    from Xlib import XK, X

    window = chat_window(client)
    window.set_input_focus(X.RevertToParent, X.CurrentTime)
    client.sync()
    send_paste()
    v = client.keysym_to_keycode(XK.string_to_keysym("v"))
    press = next_event(client, lambda e: e.type == X.KeyPress and e.detail == v)
    assert press.window.id == window.id
    assert press.state & X.ControlMask
    release = next_event(client, lambda e: e.type == X.KeyRelease and e.detail == v)
    assert release.state & X.ControlMask
    # Ctrl is let go again: a later key arrives without it.
    xdotool("key", "a")
    plain = next_event(client, lambda e: e.type == X.KeyPress and e.detail != v)
    assert not plain.state & X.ControlMask


# ---- focus -----------------------------------------------------------------------------------------------------------


def test_without_a_window_manager_focus_goes_back_by_xsetinputfocus(client: Any) -> None:
    from Xlib import X

    chat, other = chat_window(client), chat_window(client)
    chat.set_input_focus(X.RevertToParent, X.CurrentTime)
    client.sync()
    remembered = focus.active_window()
    assert remembered == WindowRef("x11", chat.id)
    other.set_input_focus(X.RevertToParent, X.CurrentTime)  # the popup took the keyboard
    client.sync()
    assert focused(client) == other.id
    assert focus.activate(remembered) is True
    assert focused(client) == chat.id


def test_with_a_window_manager_focus_is_asked_of_it(client: Any) -> None:
    """The test plays a small EWMH window manager: it announces _NET_ACTIVE_WINDOW and receives the request."""
    from Xlib import X, Xatom

    chat, popup = chat_window(client), chat_window(client)
    root = client.screen().root
    net_active = client.intern_atom("_NET_ACTIVE_WINDOW")
    root.change_property(client.intern_atom("_NET_SUPPORTED"), Xatom.ATOM, 32, [net_active])
    root.change_property(net_active, Xatom.WINDOW, 32, [chat.id])
    root.change_attributes(event_mask=X.SubstructureRedirectMask)
    client.sync()
    remembered = focus.active_window()
    assert remembered == WindowRef("x11", chat.id)
    root.change_property(net_active, Xatom.WINDOW, 32, [popup.id])
    client.sync()
    assert focus.activate(remembered) is True
    request = next_event(client, lambda e: e.type == X.ClientMessage and e.client_type == net_active)
    assert request.window.id == chat.id
    assert request.data[1][0] == 2  # source indication: a pager or tool acting for the user
    root.change_property(net_active, Xatom.WINDOW, 32, [0])  # the window manager says: nothing is active
    client.sync()
    assert focus.active_window() is None


def test_a_closed_window_or_a_foreign_reference_is_logged_not_raised(
    client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    chat = chat_window(client)
    remembered = WindowRef("x11", chat.id)
    chat.destroy()
    client.sync()
    assert focus.activate(remembered) is False
    assert "refused to activate window" in caplog.text
    assert focus.activate(WindowRef("windows", 0x10010)) is False
    assert focus.activate(None) is False


def test_the_chat_window_rect_is_where_x_put_it(client: Any) -> None:
    chat = chat_window(client)  # created at (10, 10), 200 × 100
    assert focus.window_rect(WindowRef("x11", chat.id)) == (10, 10, 200, 100)
    assert focus.window_rect(None) is None
    assert focus.window_rect(WindowRef("windows", chat.id)) is None  # a reference from another system


# ---- the selected text (the second hotkey) ---------------------------------------------------------------------------


def own_selection(name: str, text: str) -> subprocess.Popen[bytes]:
    """Another program (xclip, in the foreground so it can be ended) holds the X selection ``name`` with ``text``."""
    holder = subprocess.Popen(["xclip", "-quiet", "-selection", name], stdin=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert holder.stdin is not None
    holder.stdin.write(text.encode())
    holder.stdin.close()
    return holder


def selection_owned(client: Any, name: str) -> bool:
    from Xlib import X

    owner = client.get_selection_owner(client.intern_atom(name))
    return getattr(owner, "id", owner) != X.NONE


def test_the_text_selected_in_the_chat_is_read_from_primary_without_keys(client: Any) -> None:
    from Xlib import X

    chat = chat_window(client)
    chat.set_input_focus(X.RevertToParent, X.CurrentTime)
    client.sync()
    holder = own_selection("primary", "亲 退款几天能到账啊")
    try:
        assert wait_until(lambda: selection_owned(client, "PRIMARY"))
        assert selected_text() == "亲 退款几天能到账啊"
        with pytest.raises(AssertionError, match="no such event"):  # no Ctrl+C reached the chat
            next_event(client, lambda e: e.type == X.KeyPress, timeout=0.3)
    finally:
        holder.terminate()
        holder.wait(timeout=5)


def test_without_primary_ctrl_c_is_pressed_and_the_new_clipboard_read(client: Any) -> None:
    from Xlib import XK, X

    chat = chat_window(client)
    chat.set_input_focus(X.RevertToParent, X.CurrentTime)
    client.sync()
    result: list[str] = []
    fetching = threading.Thread(target=lambda: result.append(selected_text(timeout=3.0)))
    fetching.start()
    c = client.keysym_to_keycode(XK.string_to_keysym("c"))
    press = next_event(client, lambda e: e.type == X.KeyPress and e.detail == c)
    assert press.window.id == chat.id and press.state & X.ControlMask and not press.state & X.Mod1Mask
    holder = own_selection("clipboard", "SF1234567890123 到哪了呀")  # the chat program copies its selection
    try:
        fetching.join(timeout=5)
        assert result == ["SF1234567890123 到哪了呀"]
    finally:
        holder.terminate()
        holder.wait(timeout=5)


def test_with_nothing_selected_the_answer_is_empty_after_a_short_wait(client: Any) -> None:
    started = time.monotonic()
    assert selected_text() == ""
    assert time.monotonic() - started < 2.0
