"""What the agent types as a hotkey, and how each system is told about it (pure functions, every platform)."""

from __future__ import annotations

import ctypes
import sys

import pytest

from quickreply.core import QuickReplyError
from quickreply.desktop import hotkey_windows
from quickreply.desktop.hotkey import Hotkey, HotkeyError, HotkeyTaken, HotkeyUnavailable, parse_hotkey
from quickreply.desktop.hotkey_macos import pynput_hotkey
from quickreply.desktop.hotkey_windows import MSG, WM_HOTKEY, WindowsRegistration, modifier_flags, virtual_key
from quickreply.desktop.hotkey_x11 import keysym_name, lock_variants, modifier_mask


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ctrl+Alt+Q", Hotkey("Q", ctrl=True, alt=True)),
        ("ctrl+shift+f12", Hotkey("F12", ctrl=True, shift=True)),
        ("Meta+Space", Hotkey("Space", meta=True)),
        ("Ctrl+Alt+1", Hotkey("1", ctrl=True, alt=True)),
        ("  ctrl + alt + q  ", Hotkey("Q", ctrl=True, alt=True)),
        ("Ctrl＋Alt＋Q", Hotkey("Q", ctrl=True, alt=True)),  # full-width plus from a Chinese input method
        ("Win+Alt+V", Hotkey("V", alt=True, meta=True)),
        ("super+enter", Hotkey("Enter", meta=True)),
        ("Cmd+Shift+K", Hotkey("K", shift=True, meta=True)),
        ("⌥⌘Q", Hotkey("Q", alt=True, meta=True)),  # Qt's NativeText on macOS
        ("Ctrl+Shift+!", Hotkey("1", ctrl=True, shift=True)),  # a key recorder writes the shifted character
        ("Ctrl+Alt+PgDown", Hotkey("PgDown", ctrl=True, alt=True)),
        ("Ctrl+Page_Up", Hotkey("PgUp", ctrl=True)),
        ("Alt+Del", Hotkey("Del", alt=True)),
        ("F9", Hotkey("F9")),  # a function key types nothing: it may stand alone
        ("Shift+F24", Hotkey("F24", shift=True)),
    ],
)
def test_a_typed_hotkey_is_understood(text: str, expected: Hotkey) -> None:
    assert parse_hotkey(text) == expected


@pytest.mark.parametrize("text", ["Ctrl+Alt+Q", "Ctrl+Shift+F12", "Meta+Space", "Ctrl+Alt+Shift+Meta+PgUp", "F1"])
def test_a_hotkey_reads_back_the_way_qt_writes_it(text: str) -> None:
    assert str(parse_hotkey(text)) == text
    assert parse_hotkey(str(parse_hotkey(text))) == parse_hotkey(text)


@pytest.mark.parametrize("text", ["Ctrl+", "Ctrl+Alt", "Ctrl+A+B", "Ctrl+Alt+ö", "Ctrl+F25", "Hyper+Q", "Ctrl++", "+"])
def test_a_broken_hotkey_is_refused_naming_the_text(text: str) -> None:
    with pytest.raises(HotkeyError) as raised:
        parse_hotkey(text)
    assert str(raised.value) == f"快捷键「{text}」无效：请按下修饰键加一个字母、数字或功能键，例如 Ctrl+Alt+Q。"
    assert isinstance(raised.value, QuickReplyError)  # the UI shows it as a message, never a traceback


def test_an_empty_hotkey_is_refused() -> None:
    with pytest.raises(HotkeyError, match=r"^快捷键是空的：请按下修饰键"):
        parse_hotkey("  ")


@pytest.mark.parametrize("text", ["Q", "space", "1"])
def test_a_lone_key_would_block_typing_and_is_refused(text: str) -> None:
    with pytest.raises(HotkeyError) as raised:
        parse_hotkey(text)
    assert str(raised.value) == (
        f"快捷键「{text}」缺少修饰键，会挡住正常打字：请加上 Ctrl、Alt 或 Win，例如 Ctrl+Alt+Q。"
    )


def test_shift_and_a_letter_would_block_capitals_and_is_refused() -> None:
    with pytest.raises(HotkeyError, match=r"^快捷键「Shift\+Q」只用了 Shift"):
        parse_hotkey("Shift+Q")


def test_taken_and_unavailable_messages_tell_the_agent_what_to_do() -> None:
    hotkey = parse_hotkey("ctrl+alt+q")
    assert str(HotkeyTaken(hotkey)) == "快捷键 Ctrl+Alt+Q 已被其他程序占用，请在设置里换一个组合。"
    unavailable = str(HotkeyUnavailable(hotkey, "当前是 Wayland 桌面（没有 X11）"))
    assert unavailable.startswith("当前是 Wayland 桌面（没有 X11），快捷回复无法自己注册全局快捷键 Ctrl+Alt+Q：")
    assert "键盘快捷键" in unavailable and "quickreply --show" in unavailable
    assert isinstance(HotkeyTaken(hotkey), HotkeyError) and isinstance(HotkeyUnavailable(hotkey, "x"), HotkeyError)


# ---- Windows: virtual keys and modifier flags of RegisterHotKey ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "vk"),
    [
        ("Ctrl+Alt+Q", 0x51),
        ("Ctrl+Alt+A", 0x41),
        ("Ctrl+Alt+Z", 0x5A),
        ("Ctrl+Alt+0", 0x30),
        ("Ctrl+Alt+9", 0x39),
        ("F1", 0x70),
        ("F12", 0x7B),
        ("F24", 0x87),
        ("Win+Space", 0x20),
        ("Ctrl+Enter", 0x0D),
        ("Ctrl+Esc", 0x1B),
        ("Ctrl+PgUp", 0x21),
        ("Ctrl+PgDown", 0x22),
        ("Ctrl+Del", 0x2E),
        ("Ctrl+Ins", 0x2D),
        ("Ctrl+Left", 0x25),
        ("Ctrl+Down", 0x28),
    ],
)
def test_windows_virtual_key(text: str, vk: int) -> None:
    assert virtual_key(parse_hotkey(text)) == vk


def test_windows_modifier_flags_never_repeat() -> None:
    assert modifier_flags(parse_hotkey("Ctrl+Alt+Q")) == 0x0002 | 0x0001 | 0x4000
    assert modifier_flags(parse_hotkey("Shift+Win+Q")) == 0x0004 | 0x0008 | 0x4000
    assert modifier_flags(parse_hotkey("F8")) == 0x4000


def _message(message: int, w_param: int) -> MSG:
    return MSG(hwnd=None, message=message, wParam=w_param, lParam=0x00510003)


def test_windows_wm_hotkey_for_our_id_calls_back_once() -> None:
    calls: list[str] = []
    released: list[int] = []
    registration = WindowsRegistration(
        parse_hotkey("Ctrl+Alt+Q"), lambda: calls.append("popup"), 0x5123, unregister=lambda: released.append(1) or 1
    )
    ours, other_id, other_message = _message(WM_HOTKEY, 0x5123), _message(WM_HOTKEY, 0x5124), _message(0x0100, 0x5123)

    def handle(msg: MSG, kind: bytes = b"windows_generic_MSG") -> bool:
        return registration.handle_native_message(kind, ctypes.addressof(msg))

    assert handle(other_id) is False
    assert handle(other_message) is False
    assert handle(ours, b"xcb_generic_event_t") is False
    assert calls == []
    assert handle(ours) is True
    assert handle(ours, b"windows_dispatcher_MSG") is True
    assert calls == ["popup", "popup"]
    assert registration.handle_native_message(b"windows_generic_MSG", 0) is False
    registration.unregister()
    registration.unregister()
    assert released == [1]
    assert handle(ours) is False  # unregistered: no longer ours


def test_windows_msg_has_the_win32_layout() -> None:
    # hwnd, message, wParam, lParam, time, pt (x, y) [+ lPrivate, not read]: 48 bytes on 64-bit Windows.
    if ctypes.sizeof(ctypes.c_void_p) == 8:
        assert [MSG.wParam.offset, MSG.lParam.offset, MSG.time.offset, MSG.pt.offset] == [16, 24, 32, 36]
    else:
        assert [MSG.wParam.offset, MSG.lParam.offset, MSG.time.offset, MSG.pt.offset] == [8, 12, 16, 20]


class FakeUser32:
    """``user32`` as RegisterHotKey sees it: refuses combinations in ``taken``."""

    def __init__(self, taken: set[tuple[int, int]], error: int = 1409) -> None:
        self.taken, self.error = taken, error
        self.held: dict[int, tuple[int, int]] = {}

    def RegisterHotKey(self, hwnd: None, hotkey_id: int, flags: int, vk: int) -> int:
        assert hwnd is None
        if (flags, vk) in self.taken:
            return 0
        self.held[hotkey_id] = (flags, vk)
        return 1

    def UnregisterHotKey(self, hwnd: None, hotkey_id: int) -> int:
        return 1 if self.held.pop(hotkey_id, None) else 0


def test_windows_registration_and_a_taken_combination(monkeypatch: pytest.MonkeyPatch) -> None:
    user32 = FakeUser32(taken={(0x4003, 0x51)})
    monkeypatch.setattr(hotkey_windows, "_user32", lambda: user32)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: user32.error, raising=False)
    registration = hotkey_windows.register_windows(parse_hotkey("Ctrl+Alt+W"), lambda: None)
    assert list(user32.held.values()) == [(0x4003, 0x57)]
    registration.unregister()
    assert user32.held == {}
    with pytest.raises(HotkeyTaken, match=r"^快捷键 Ctrl\+Alt\+Q 已被其他程序占用"):
        hotkey_windows.register_windows(parse_hotkey("Ctrl+Alt+Q"), lambda: None)
    user32.error = 87
    with pytest.raises(HotkeyError, match="错误代码 87"):
        hotkey_windows.register_windows(parse_hotkey("Ctrl+Alt+Q"), lambda: None)


# ---- X11 and macOS names -----------------------------------------------------------------------------------------


def test_x11_keysym_names_and_masks() -> None:
    pytest.importorskip("Xlib")
    texts = ("Ctrl+Q", "Ctrl+7", "F5", "Ctrl+PgUp", "Ctrl+Enter", "Alt+Space")
    assert [keysym_name(parse_hotkey(text)) for text in texts] == ["q", "7", "F5", "Prior", "Return", "space"]
    assert modifier_mask(parse_hotkey("Ctrl+Alt+Q")) == 0x04 | 0x08  # ControlMask | Mod1
    assert modifier_mask(parse_hotkey("Shift+Meta+Q")) == 0x01 | 0x40  # ShiftMask | Mod4
    assert lock_variants(0x0C, numlock=0x10) == [0x0C, 0x0E, 0x1C, 0x1E]  # plain, Caps, Num, both


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("⌥⌘Q", Hotkey("Q", ctrl=True, alt=True)),  # what the agent pressed
        ("Ctrl+Alt+Q", Hotkey("Q", ctrl=True, alt=True)),  # what QKeySequence.toString() wrote for it
        ("Cmd+Shift+K", Hotkey("K", ctrl=True, shift=True)),
        ("⌃⌥Q", Hotkey("Q", alt=True, meta=True)),  # the Control key is Qt's Meta on macOS
        ("Meta+Space", Hotkey("Space", meta=True)),
    ],
)
def test_on_macos_command_is_qts_ctrl(text: str, expected: Hotkey, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert parse_hotkey(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ctrl+Alt+Q", "<cmd>+<alt>+q"),  # ⌘⌥Q, as Qt means it on macOS
        ("Meta+Space", "<ctrl>+<space>"),  # the Control key
        ("Ctrl+Meta+Shift+7", "<cmd>+<ctrl>+<shift>+7"),
        ("F12", "<f12>"),
        ("Ctrl+Alt+PgDown", "<cmd>+<alt>+<page_down>"),
        ("Alt+Enter", "<alt>+<enter>"),
    ],
)
def test_pynput_format(text: str, expected: str) -> None:
    assert pynput_hotkey(parse_hotkey(text)) == expected


def test_pynput_reads_our_format_and_knows_a_key_changed_by_option(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYNPUT_BACKEND", "dummy")  # pynput's keyboard without a desktop
    keyboard = pytest.importorskip("pynput.keyboard")
    from quickreply.desktop.hotkey_macos import _hotkeys_class

    # The dummy backend gives every Key the same value, so parse the parts one by one: each name must be pynput's.
    for text in ("Ctrl+Alt+Shift+Meta+Q", "Meta+Space", "Alt+7", "F12", "F20", "Ctrl+PgDown", "Alt+Enter", "Alt+Esc"):
        for part in pynput_hotkey(parse_hotkey(text)).split("+"):
            assert keyboard.HotKey.parse(part), part
    listener = _hotkeys_class(keyboard)({"q": lambda: None})
    assert listener.canonical(keyboard.KeyCode.from_char("œ", vk=12)) == keyboard.KeyCode.from_char("q")
    assert listener.canonical(keyboard.KeyCode.from_char("!", vk=18)) == keyboard.KeyCode.from_char("1")
    assert listener.canonical(keyboard.KeyCode.from_char("Q", vk=12)) == keyboard.KeyCode.from_char("q")
