"""The Windows paths of paste and focus, against a recording stand-in for user32 (they run for real only on Windows)."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

import pytest

from quickreply.desktop import focus, paste
from quickreply.desktop.focus import WindowRef
from quickreply.desktop.paste import INPUT, PasteError, paste_inputs

USER32 = [
    "GetForegroundWindow",
    "IsWindow",
    "IsIconic",
    "ShowWindow",
    "SetForegroundWindow",
    "BringWindowToTop",
    "GetWindowThreadProcessId",
    "AttachThreadInput",
    "GetCurrentThreadId",  # kernel32's, on the same stand-in
    "SendInput",
]


class Function:
    """A DLL function: callable, with the argtypes and restype the code sets."""

    def __init__(self, implementation: Callable[..., Any]) -> None:
        self.implementation = implementation
        self.argtypes: tuple[Any, ...] = ()
        self.restype: Any = None

    def __call__(self, *args: Any) -> Any:
        return self.implementation(*args)


class Library:
    """``ctypes.WinDLL(name)``: the functions given, each recording its calls into ``calls``."""

    def __init__(self, calls: list[tuple[Any, ...]], **functions: Callable[..., Any]) -> None:
        for name, implementation in functions.items():
            setattr(self, name, Function(lambda *args, n=name, f=implementation: calls.append((n, *args)) or f(*args)))


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[tuple[Any, ...]]]:
    """Pretend to be Windows with these user32 (and kernel32) functions; returns the list of calls made."""
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "get_last_error", lambda: 5, raising=False)

    def install(**functions: Callable[..., Any]) -> list[tuple[Any, ...]]:
        calls: list[tuple[Any, ...]] = []
        dll = Library(calls, **(dict.fromkeys(USER32, lambda *args: 0) | functions))
        monkeypatch.setattr(ctypes, "WinDLL", lambda name, use_last_error=False: dll, raising=False)
        return calls

    return install


def test_ctrl_v_is_four_keyboard_inputs_of_the_win32_size() -> None:
    inputs = paste_inputs()
    assert [(item.type, item.ki.wVk, item.ki.dwFlags) for item in inputs] == [
        (1, 0x11, 0),  # Ctrl down
        (1, 0x56, 0),  # V down
        (1, 0x56, 2),  # V up
        (1, 0x11, 2),  # Ctrl up
    ]
    assert ctypes.sizeof(INPUT) == (40 if ctypes.sizeof(ctypes.c_void_p) == 8 else 28)


def test_paste_sends_the_inputs(windows: Callable[..., list[tuple[Any, ...]]]) -> None:
    received: list[list[int]] = []

    def send_input(count: int, inputs: Any, size: int) -> int:
        received.append([inputs[i].ki.wVk for i in range(count)])
        assert size == ctypes.sizeof(INPUT)
        return count

    windows(SendInput=send_input)
    paste.send_paste()
    assert received == [[0x11, 0x56, 0x56, 0x11]]


def test_paste_blocked_by_windows_says_to_press_ctrl_v(windows: Callable[..., list[tuple[Any, ...]]]) -> None:
    windows(SendInput=lambda count, inputs, size: 0)
    with pytest.raises(PasteError) as raised:
        paste.send_paste()
    message = str(raised.value)
    assert message.startswith("Windows 拦截了模拟按键（错误代码 5；对方窗口可能以管理员身份运行）")
    assert message.endswith("无法自动粘贴：回复已经复制好了，请直接按 Ctrl+V 粘贴。")


def test_focus_returns_to_the_chat_window(windows: Callable[..., list[tuple[Any, ...]]]) -> None:
    calls = windows(GetForegroundWindow=lambda: 0x1F0A2, IsWindow=lambda h: 1, IsIconic=lambda h: 0,
                    SetForegroundWindow=lambda h: 1)  # fmt: skip
    chat = focus.active_window()
    assert chat == WindowRef("windows", 0x1F0A2)
    assert focus.activate(chat) is True
    assert ("SetForegroundWindow", 0x1F0A2) in calls


def test_focus_refused_at_first_borrows_the_foreground_thread(windows: Callable[..., list[tuple[Any, ...]]]) -> None:
    attached: list[bool] = []
    calls = windows(
        GetForegroundWindow=lambda: 0x2222,
        IsWindow=lambda h: 1,
        IsIconic=lambda h: 1,
        ShowWindow=lambda h, how: 1,
        SetForegroundWindow=lambda h: 1 if attached and attached[-1] else 0,
        GetWindowThreadProcessId=lambda h, pid: 77,
        GetCurrentThreadId=lambda: 11,
        AttachThreadInput=lambda ours, theirs, on: attached.append(bool(on)) or 1,
        BringWindowToTop=lambda h: 1,
    )
    assert focus.activate(WindowRef("windows", 0x1F0A2)) is True
    assert ("ShowWindow", 0x1F0A2, 9) in calls  # minimised: restored first
    steps = [call for call in calls if call[0] in ("SetForegroundWindow", "AttachThreadInput", "BringWindowToTop")]
    assert steps == [
        ("SetForegroundWindow", 0x1F0A2),  # refused: another thread has the foreground
        ("AttachThreadInput", 11, 77, True),
        ("BringWindowToTop", 0x1F0A2),
        ("SetForegroundWindow", 0x1F0A2),
        ("AttachThreadInput", 11, 77, False),  # always detached again
    ]


def test_focus_on_a_closed_window_is_logged_not_raised(
    windows: Callable[..., list[tuple[Any, ...]]], caplog: pytest.LogCaptureFixture
) -> None:
    windows(IsWindow=lambda h: 0, GetForegroundWindow=lambda: 0)
    assert focus.active_window() is None
    assert focus.activate(WindowRef("windows", 0x1F0A2)) is False
    assert "closed" in caplog.text

    def broken(*args: Any) -> int:
        raise OSError("exception: access violation reading 0x0000000000000000")

    windows(IsWindow=broken, GetForegroundWindow=broken)  # whatever user32 raises is logged, never raised
    assert focus.activate(WindowRef("windows", 0x1F0A2)) is False
    assert focus.active_window() is None
    assert "access violation" in caplog.text
