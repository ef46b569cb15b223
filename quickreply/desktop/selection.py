"""The text the agent selected in the chat window, for the second hotkey ("answer the selected buyer message").

``selected_text()`` presses the copy keys (Ctrl+C, ⌘C on macOS) in the focused window and waits, a little, for the
clipboard to change. On X11 selecting is already copying: the PRIMARY selection holds what was just selected, so it
is read first and no key is sent at all (Ctrl+C in a terminal would stop what runs there).

It blocks for up to ``timeout`` seconds: call it off the GUI thread. On X11 that matters twice, since the clipboard
may be ours, and our GUI thread has to answer a request for it.
"""

from __future__ import annotations

import contextlib
import ctypes
import select
import sys
import time
from typing import Any

from quickreply.core import QuickReplyError

from .keys import KeysRefused, press_command
from .x11 import NoX11, open_display

#: How long to wait for the chat program to put its selection on the clipboard.
WAIT_S = 0.4
POLL_S = 0.02


class SelectionError(QuickReplyError):
    """The selected text could not be fetched (no desktop, keys refused); the agent can copy it by hand."""


def _failed(reason: str) -> SelectionError:
    keys = "⌘C" if sys.platform == "darwin" else "Ctrl+C"
    return SelectionError(f"{reason}，取不到选中的文字：请在聊天窗口里按 {keys} 复制买家的话，再打开快捷回复。")


def selected_text(timeout: float = WAIT_S) -> str:
    """The text selected in the focused window; "" when nothing was selected (the clipboard did not change).

    Raises:
        SelectionError: no desktop to ask, or the system refused the copy keys.
    """
    try:
        if sys.platform == "win32":
            return _windows(timeout)
        if sys.platform == "darwin":
            return _macos(timeout)
        return _x11(timeout)
    except KeysRefused as exc:
        raise _failed(str(exc)) from None


# --- X11 --------------------------------------------------------------------------------------------------------


def _x11(timeout: float) -> str:
    try:
        display = open_display()
    except NoX11 as exc:
        raise _failed(str(exc)) from None
    from Xlib import X, error

    display.set_error_handler(error.CatchError())  # our own connection: an error is an empty answer, not a print
    try:
        window = display.screen().root.create_window(0, 0, 1, 1, 0, X.CopyFromParent)
        primary = read_selection(display, window, "PRIMARY", timeout)
        if primary.strip():
            return primary
        before = read_selection(display, window, "CLIPBOARD", timeout)
        _wait_for_keys_up(display, timeout)
        press_command("c", let_go=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            time.sleep(POLL_S)
            now = read_selection(display, window, "CLIPBOARD", max(deadline - time.monotonic(), POLL_S))
            if now != before:
                return now
        return ""
    except error.ConnectionClosedError:
        raise _failed("和图形桌面的连接断开了") from None
    finally:
        with contextlib.suppress(Exception):
            display.close()


def _wait_for_keys_up(display: Any, timeout: float) -> None:
    """Wait until only modifiers are held: while the hotkey's own key is down, the keyboard is grabbed by its
    registration, and Ctrl+C would come to us instead of the chat window."""
    modifiers = {code for codes in display.get_modifier_mapping() for code in codes if code}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        keymap = display.query_keymap()
        down = {byte * 8 + bit for byte, bits in enumerate(keymap) for bit in range(8) if bits >> bit & 1}
        if not down - modifiers:
            return
        time.sleep(POLL_S)


def read_selection(display: Any, window: Any, name: str, timeout: float) -> str:
    """The text of the X selection ``name`` (``PRIMARY``, ``CLIPBOARD``) as UTF-8; "" when no program holds it,
    it has no text, or its owner does not answer within ``timeout`` seconds.

    Args:
        display: a python-xlib connection, whose events this reads.
        window: a window of ours on it, where the owner puts the text.
    """
    from Xlib import X

    selection = display.intern_atom(name)
    owner = display.get_selection_owner(selection)
    if owner in (None, X.NONE) or getattr(owner, "id", owner) == X.NONE:
        return ""
    target = display.intern_atom("UTF8_STRING")
    where = display.intern_atom("QUICKREPLY_SELECTION")
    window.convert_selection(selection, target, where, X.CurrentTime)
    display.flush()
    deadline = time.monotonic() + timeout
    while True:
        while display.pending_events():
            event = display.next_event()
            if event.type != X.SelectionNotify or event.selection != selection:
                continue
            if event.property == X.NONE:
                return ""
            answer = window.get_full_property(where, X.AnyPropertyType)
            window.delete_property(where)
            value = getattr(answer, "value", b"")
            # A big selection comes in pieces (INCR): a buyer's message never is one, and a partial text would mislead.
            if answer is None or answer.property_type != target or not isinstance(value, bytes):
                return ""
            return value.decode("utf-8", "replace")
        left = deadline - time.monotonic()
        if left <= 0:
            return ""
        select.select([display], [], [], left)


# --- Windows ----------------------------------------------------------------------------------------------------

CF_UNICODETEXT = 13


def _windows(timeout: float) -> str:
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    user32.GetClipboardSequenceNumber.restype = wintypes.DWORD
    user32.OpenClipboard.argtypes = (wintypes.HWND,)
    user32.GetClipboardData.argtypes = (wintypes.UINT,)
    user32.GetClipboardData.restype = wintypes.HANDLE
    kernel32.GlobalLock.argtypes = (wintypes.HGLOBAL,)
    kernel32.GlobalLock.restype = ctypes.c_void_p
    kernel32.GlobalUnlock.argtypes = (wintypes.HGLOBAL,)
    before = user32.GetClipboardSequenceNumber()
    press_command("c", let_go=True)
    deadline = time.monotonic() + timeout
    while user32.GetClipboardSequenceNumber() == before:
        if time.monotonic() > deadline:
            return ""
        time.sleep(POLL_S)
    # The copying program may still hold the clipboard open for a moment.
    while not user32.OpenClipboard(None):
        if time.monotonic() > deadline + timeout:
            return ""
        time.sleep(POLL_S)
    try:
        handle = user32.GetClipboardData(CF_UNICODETEXT)
        if not handle:
            return ""
        pointer = kernel32.GlobalLock(handle)
        try:
            return ctypes.wstring_at(pointer) if pointer else ""
        finally:
            kernel32.GlobalUnlock(handle)
    finally:
        user32.CloseClipboard()


# --- macOS ------------------------------------------------------------------------------------------------------


def _macos(timeout: float) -> str:
    try:
        from AppKit import NSPasteboard, NSPasteboardTypeString  # pyobjc, which pynput brings on macOS
    except ImportError:
        raise _failed("缺少 pyobjc 组件") from None
    board = NSPasteboard.generalPasteboard()
    before = board.changeCount()
    press_command("c", let_go=True)
    deadline = time.monotonic() + timeout
    while board.changeCount() == before:
        if time.monotonic() > deadline:
            return ""
        time.sleep(POLL_S)
    return str(board.stringForType_(NSPasteboardTypeString) or "")
