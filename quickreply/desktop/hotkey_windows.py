"""The global hotkey on Windows: ``RegisterHotKey`` for the GUI thread, whose message queue then gets WM_HOTKEY.

``RegisterHotKey(NULL, id, …)`` binds the hotkey to the calling thread, not to a window: WM_HOTKEY is posted to
that thread's queue with no window. Qt's event dispatcher hands every message it takes from the queue to the
native event filters, so the app installs one that forwards to ``Registration.handle_native_message``.
Unregistering must happen on the same thread.
"""

from __future__ import annotations

import ctypes
import itertools
import logging
from collections.abc import Callable
from typing import Any

from .hotkey import Hotkey, HotkeyError, HotkeyTaken, Registration, call_back

log = logging.getLogger(__name__)

MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x0001, 0x0002, 0x0004, 0x0008, 0x4000
WM_HOTKEY = 0x0312
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
# The message types Qt passes to native event filters on Windows.
NATIVE_MESSAGE_TYPES = (b"windows_generic_MSG", b"windows_dispatcher_MSG")

VIRTUAL_KEYS = {
    "Space": 0x20,
    "Tab": 0x09,
    "Enter": 0x0D,
    "Esc": 0x1B,
    "Backspace": 0x08,
    "Ins": 0x2D,
    "Del": 0x2E,
    "Home": 0x24,
    "End": 0x23,
    "PgUp": 0x21,
    "PgDown": 0x22,
    "Left": 0x25,
    "Up": 0x26,
    "Right": 0x27,
    "Down": 0x28,
}
VK_F1 = 0x70

# Application hotkey ids must lie in 0x0000–0xBFFF; unique within the process.
_ids = itertools.count(0x5100)


def virtual_key(hotkey: Hotkey) -> int:
    """The Windows virtual-key code of the hotkey's key: ``A``–``Z`` and ``0``–``9`` are their ASCII codes."""
    key = hotkey.key
    if len(key) == 1:
        return ord(key)  # already upper case
    if hotkey.is_function_key:
        return VK_F1 + int(key[1:]) - 1
    return VIRTUAL_KEYS[key]


def modifier_flags(hotkey: Hotkey) -> int:
    """The ``fsModifiers`` of ``RegisterHotKey``, with MOD_NOREPEAT so holding the keys opens the popup once."""
    flags = MOD_NOREPEAT
    for on, flag in (
        (hotkey.alt, MOD_ALT),
        (hotkey.ctrl, MOD_CONTROL),
        (hotkey.shift, MOD_SHIFT),
        (hotkey.meta, MOD_WIN),
    ):
        if on:
            flags |= flag
    return flags


class POINT(ctypes.Structure):
    _fields_ = (("x", ctypes.c_int32), ("y", ctypes.c_int32))


class MSG(ctypes.Structure):
    """Win32 ``MSG``, with fixed-width fields so it also lays out right when tested off Windows."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),  # WPARAM = UINT_PTR
        ("lParam", ctypes.c_ssize_t),  # LPARAM = LONG_PTR
        ("time", ctypes.c_uint32),
        ("pt", POINT),
    )


def _user32() -> Any:
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.RegisterHotKey.argtypes = (wintypes.HWND, ctypes.c_int, wintypes.UINT, wintypes.UINT)
    user32.RegisterHotKey.restype = wintypes.BOOL
    user32.UnregisterHotKey.argtypes = (wintypes.HWND, ctypes.c_int)
    user32.UnregisterHotKey.restype = wintypes.BOOL
    return user32


def register_windows(hotkey: Hotkey, callback: Callable[[], None]) -> WindowsRegistration:
    """Register ``hotkey`` for the calling (GUI) thread; see ``hotkey.register``."""
    user32 = _user32()
    hotkey_id = next(_ids)
    if not user32.RegisterHotKey(None, hotkey_id, modifier_flags(hotkey), virtual_key(hotkey)):
        code = ctypes.get_last_error()
        if code == ERROR_HOTKEY_ALREADY_REGISTERED:
            raise HotkeyTaken(hotkey)
        raise HotkeyError(f"Windows 拒绝了快捷键 {hotkey}（错误代码 {code}）：请在设置里换一个组合。")
    return WindowsRegistration(hotkey, callback, hotkey_id, unregister=lambda: user32.UnregisterHotKey(None, hotkey_id))


class WindowsRegistration(Registration):
    """A hotkey registered for the GUI thread; the app forwards that thread's native messages to it."""

    def __init__(
        self, hotkey: Hotkey, callback: Callable[[], None], hotkey_id: int, *, unregister: Callable[[], object]
    ) -> None:
        super().__init__(hotkey)
        self.hotkey_id = hotkey_id
        self._callback = callback
        self._unregister: Callable[[], object] | None = unregister

    def handle_native_message(self, message_type: bytes, message_ptr: int) -> bool:
        """True, after calling the callback, if the message at ``message_ptr`` is WM_HOTKEY for this hotkey."""
        if self._unregister is None or not message_ptr or bytes(message_type) not in NATIVE_MESSAGE_TYPES:
            return False
        msg = MSG.from_address(int(message_ptr))
        if msg.message != WM_HOTKEY or msg.wParam != self.hotkey_id:
            return False
        call_back(self._callback, self.hotkey)
        return True

    def unregister(self) -> None:
        """``UnregisterHotKey``; call it on the thread that registered (the GUI thread)."""
        if self._unregister is not None:
            release, self._unregister = self._unregister, None
            if not release():
                log.warning("UnregisterHotKey failed for %s (not the thread that registered it?)", self.hotkey)
