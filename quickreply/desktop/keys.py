"""Press a shortcut in the window that has the keyboard focus, as if on the keyboard: Ctrl+V to paste, Ctrl+C to copy
(⌘ instead of Ctrl on macOS).

X11 uses the XTEST extension, Windows ``SendInput``, macOS pynput (which needs the Accessibility permission; without
it macOS drops the keys silently). ``paste`` and ``selection`` turn a refusal into their own message.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

from .x11 import NoX11, open_display

VK_CONTROL, KEYEVENTF_KEYUP, INPUT_KEYBOARD = 0x11, 0x0002, 1
#: The modifiers a hotkey may still hold down (Alt, Shift, the Windows key): let go first, or the chat window sees
#: Ctrl+Alt+C instead of Ctrl+C.
VK_HELD = (0x12, 0x10, 0x5B, 0x5C)  # VK_MENU, VK_SHIFT, VK_LWIN, VK_RWIN
X11_HELD = ("Alt_L", "Alt_R", "Shift_L", "Shift_R", "Super_L", "Super_R", "Meta_L", "Meta_R")


class KeysRefused(Exception):
    """The keys could not be sent. The message is a Chinese clause saying why ("图形桌面拒绝了模拟按键（…）")."""


def press_command(letter: str, *, let_go: bool = False) -> None:
    """Press and release Ctrl+``letter`` (⌘+``letter`` on macOS) in the focused window.

    Args:
        letter: a lower-case letter, ``"v"`` or ``"c"``.
        let_go: first release Alt, Shift and the Windows/Super key, which the agent may still hold from a hotkey.

    Raises:
        KeysRefused: no desktop to send keys to, or the system refused them.
    """
    if sys.platform == "win32":
        _press_windows(letter, let_go)
    elif sys.platform == "darwin":
        _press_macos(letter, let_go)
    else:
        _press_x11(letter, let_go)


def _press_x11(letter: str, let_go: bool) -> None:
    try:
        display = open_display()
    except NoX11 as exc:
        raise KeysRefused(str(exc)) from None
    from Xlib import XK, X, error
    from Xlib.ext import xtest

    refused = error.CatchError()
    display.set_error_handler(refused)  # this connection is ours alone: catch every error instead of printing it
    try:
        if not display.has_extension("XTEST"):
            raise KeysRefused("图形桌面不支持模拟按键（缺少 XTEST 扩展）")
        control = display.keysym_to_keycode(XK.string_to_keysym("Control_L"))
        key = display.keysym_to_keycode(XK.string_to_keysym(letter))
        if not control or not key:
            raise KeysRefused(f"当前键盘布局里找不到 Ctrl 或 {letter.upper()} 键")
        held = {display.keysym_to_keycode(XK.string_to_keysym(name)) for name in X11_HELD} if let_go else set()
        events = [(X.KeyRelease, code) for code in sorted(held) if code]
        events += [(X.KeyPress, control), (X.KeyPress, key), (X.KeyRelease, key), (X.KeyRelease, control)]
        for event, keycode in events:
            xtest.fake_input(display, event, keycode)
        display.sync()
        if refused.get_error() is not None:
            raise KeysRefused(f"图形桌面拒绝了模拟按键（{refused.get_error()}）")
    except error.ConnectionClosedError:
        raise KeysRefused("和图形桌面的连接断开了") from None
    finally:
        with contextlib.suppress(Exception):
            display.close()


class KEYBDINPUT(ctypes.Structure):
    _fields_ = (
        ("wVk", ctypes.c_uint16),
        ("wScan", ctypes.c_uint16),
        ("dwFlags", ctypes.c_uint32),
        ("time", ctypes.c_uint32),
        ("dwExtraInfo", ctypes.c_size_t),
    )


class MOUSEINPUT(ctypes.Structure):
    # Not sent, but the largest member of INPUT's union: SendInput rejects a cbSize without it.
    _fields_ = (
        ("dx", ctypes.c_int32),
        ("dy", ctypes.c_int32),
        ("mouseData", ctypes.c_uint32),
        ("dwFlags", ctypes.c_uint32),
        ("time", ctypes.c_uint32),
        ("dwExtraInfo", ctypes.c_size_t),
    )


class _INPUTUNION(ctypes.Union):
    _fields_ = (("mi", MOUSEINPUT), ("ki", KEYBDINPUT))


class INPUT(ctypes.Structure):
    """Win32 ``INPUT`` with fixed-width fields (40 bytes on 64-bit Windows, 28 on 32-bit)."""

    _anonymous_ = ("u",)
    _fields_ = (("type", ctypes.c_uint32), ("u", _INPUTUNION))


def command_inputs(letter: str, *, let_go: bool = False) -> ctypes.Array[INPUT]:
    """The ``SendInput`` events of Ctrl+``letter``: (held modifiers up,) Ctrl down, the key down, up, Ctrl up."""
    vk = ord(letter.upper())  # a letter's virtual-key code is its capital's character code
    keys = [(held, KEYEVENTF_KEYUP) for held in VK_HELD] if let_go else []
    keys += [(VK_CONTROL, 0), (vk, 0), (vk, KEYEVENTF_KEYUP), (VK_CONTROL, KEYEVENTF_KEYUP)]
    inputs = (INPUT * len(keys))()
    for item, (code, flags) in zip(inputs, keys, strict=True):
        item.type = INPUT_KEYBOARD
        item.ki = KEYBDINPUT(wVk=code, dwFlags=flags)
    return inputs


def _press_windows(letter: str, let_go: bool) -> None:
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.SendInput.argtypes = (wintypes.UINT, ctypes.POINTER(INPUT), ctypes.c_int)
    user32.SendInput.restype = wintypes.UINT
    inputs = command_inputs(letter, let_go=let_go)
    sent = user32.SendInput(len(inputs), inputs, ctypes.sizeof(INPUT))
    if sent != len(inputs):
        # SendInput fails when the target runs with higher rights (UIPI) or the desktop is locked.
        code = ctypes.get_last_error()
        raise KeysRefused(f"Windows 拦截了模拟按键（错误代码 {code}；对方窗口可能以管理员身份运行）")


def _press_macos(letter: str, let_go: bool) -> None:
    try:
        from pynput.keyboard import Controller, Key
    except ImportError:
        raise KeysRefused("缺少 pynput 组件") from None
    try:
        keyboard = Controller()
        if let_go:
            for held in (Key.alt, Key.shift, Key.ctrl):
                keyboard.release(held)
        with keyboard.pressed(Key.cmd):
            keyboard.tap(letter)
    except Exception as exc:  # pynput raises whatever Quartz raises
        raise KeysRefused(f"macOS 拒绝了模拟按键（{exc}）") from None
