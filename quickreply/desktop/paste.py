"""Paste into the agent's chat window: press Ctrl+V (⌘V on macOS) as if on the keyboard.

The app first puts the reply on the clipboard and gives focus back to the chat window (``focus.activate``), then
calls ``send_paste()``. X11 uses the XTEST extension, Windows ``SendInput``, macOS pynput (which needs the
Accessibility permission; without it macOS drops the keys silently).
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

from quickreply.core import QuickReplyError

from .x11 import NoX11, open_display

VK_CONTROL, VK_V, KEYEVENTF_KEYUP, INPUT_KEYBOARD = 0x11, 0x56, 0x0002, 1


class PasteError(QuickReplyError):
    """The keys could not be sent; the reply is still on the clipboard for the agent to paste by hand."""


def paste_keys_name() -> str:
    """What the agent presses to paste on this system: ⌘V on macOS, Ctrl+V elsewhere."""
    return "⌘V" if sys.platform == "darwin" else "Ctrl+V"


def _failed(reason: str) -> PasteError:
    return PasteError(f"{reason}，无法自动粘贴：回复已经复制好了，请直接按 {paste_keys_name()} 粘贴。")


def send_paste() -> None:
    """Press and release Ctrl+V (⌘V on macOS) in the window that has the keyboard focus.

    Raises:
        PasteError: no desktop to send keys to, or the system refused them.
    """
    if sys.platform == "win32":
        _paste_windows()
    elif sys.platform == "darwin":
        _paste_macos()
    else:
        _paste_x11()


def _paste_x11() -> None:
    try:
        display = open_display()
    except NoX11 as exc:
        raise _failed(str(exc)) from None
    from Xlib import XK, X, error
    from Xlib.ext import xtest

    refused = error.CatchError()
    display.set_error_handler(refused)  # this connection is ours alone: catch every error instead of printing it
    try:
        if not display.has_extension("XTEST"):
            raise _failed("图形桌面不支持模拟按键（缺少 XTEST 扩展）")
        control = display.keysym_to_keycode(XK.string_to_keysym("Control_L"))
        v = display.keysym_to_keycode(XK.string_to_keysym("v"))
        if not control or not v:
            raise _failed("当前键盘布局里找不到 Ctrl 或 V 键")
        for event, keycode in ((X.KeyPress, control), (X.KeyPress, v), (X.KeyRelease, v), (X.KeyRelease, control)):
            xtest.fake_input(display, event, keycode)
        display.sync()
        if refused.get_error() is not None:
            raise _failed(f"图形桌面拒绝了模拟按键（{refused.get_error()}）")
    except error.ConnectionClosedError:
        raise _failed("和图形桌面的连接断开了") from None
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


def paste_inputs() -> ctypes.Array[INPUT]:
    """The four ``SendInput`` events of Ctrl+V: Ctrl down, V down, V up, Ctrl up."""
    keys = ((VK_CONTROL, 0), (VK_V, 0), (VK_V, KEYEVENTF_KEYUP), (VK_CONTROL, KEYEVENTF_KEYUP))
    inputs = (INPUT * len(keys))()
    for item, (vk, flags) in zip(inputs, keys, strict=True):
        item.type = INPUT_KEYBOARD
        item.ki = KEYBDINPUT(wVk=vk, dwFlags=flags)
    return inputs


def _paste_windows() -> None:
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.SendInput.argtypes = (wintypes.UINT, ctypes.POINTER(INPUT), ctypes.c_int)
    user32.SendInput.restype = wintypes.UINT
    inputs = paste_inputs()
    sent = user32.SendInput(len(inputs), inputs, ctypes.sizeof(INPUT))
    if sent != len(inputs):
        # SendInput fails when the target runs with higher rights (UIPI) or the desktop is locked.
        code = ctypes.get_last_error()
        raise _failed(f"Windows 拦截了模拟按键（错误代码 {code}；对方窗口可能以管理员身份运行）")


def _paste_macos() -> None:
    try:
        from pynput.keyboard import Controller, Key
    except ImportError:
        raise _failed("缺少 pynput 组件") from None
    try:
        keyboard = Controller()
        with keyboard.pressed(Key.cmd):
            keyboard.tap("v")
    except Exception as exc:  # pynput raises whatever Quartz raises
        raise _failed(f"macOS 拒绝了模拟按键（{exc}）") from None
