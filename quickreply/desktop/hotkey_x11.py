"""The global hotkey on X11: a passive key grab on the root window, watched by a daemon thread.

Each registration has its own connection to the X server. The grab is made on the calling thread and checked
synchronously, so a combination another client already grabbed raises ``HotkeyTaken`` at once (the server answers
BadAccess). Then a daemon thread owns the connection: it waits on the connection's socket and on a pipe that
``unregister`` closes, calls the callback on each press, and on stop ungrabs and closes the connection.
"""

from __future__ import annotations

import contextlib
import logging
import os
import selectors
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .hotkey import Hotkey, HotkeyError, HotkeyTaken, HotkeyUnavailable, Registration, call_back
from .x11 import NoX11, open_display

if TYPE_CHECKING:
    from Xlib.display import Display

log = logging.getLogger(__name__)

# Our key names -> X keysym names; letters, digits and F-keys are their own keysym names (letters in lower case).
KEYSYM_NAMES = {
    "Space": "space",
    "Tab": "Tab",
    "Enter": "Return",
    "Esc": "Escape",
    "Backspace": "BackSpace",
    "Ins": "Insert",
    "Del": "Delete",
    "Home": "Home",
    "End": "End",
    "PgUp": "Prior",
    "PgDown": "Next",
    "Up": "Up",
    "Down": "Down",
    "Left": "Left",
    "Right": "Right",
}
# Where X puts these modifiers when the keymap does not say (the usual XKB layout).
MOD1, MOD2, MOD4 = 1 << 3, 1 << 4, 1 << 6
STOP_TIMEOUT = 5.0


def keysym_name(hotkey: Hotkey) -> str:
    """The X keysym name of the hotkey's key: ``q``, ``1``, ``F12``, ``space``, ``Prior``…"""
    if len(hotkey.key) == 1:
        return hotkey.key.lower()
    return KEYSYM_NAMES.get(hotkey.key, hotkey.key)


def modifier_mask(hotkey: Hotkey, *, alt: int = MOD1, meta: int = MOD4) -> int:
    """The X modifier mask of the hotkey, given which ModN bits hold Alt and Super on this keyboard."""
    from Xlib import X

    mask = 0
    for on, bit in ((hotkey.ctrl, X.ControlMask), (hotkey.shift, X.ShiftMask), (hotkey.alt, alt), (hotkey.meta, meta)):
        if on:
            mask |= bit
    return mask


def lock_variants(mask: int, numlock: int) -> list[int]:
    """The mask with and without Caps Lock and Num Lock: X matches grabs on the exact state, locks included."""
    from Xlib import X

    return sorted({mask | locks for locks in (0, X.LockMask, numlock, X.LockMask | numlock)})


def _modifier_bit(display: Display, keysyms: tuple[str, ...], default: int) -> int:
    """The ModN bit that holds one of these keys in the server's modifier map (Mod1–Mod5), else ``default``."""
    from Xlib import XK

    codes = {display.keysym_to_keycode(XK.string_to_keysym(name)) for name in keysyms} - {0}
    for index, row in enumerate(display.get_modifier_mapping()):
        if index >= 3 and codes.intersection(row):  # rows 0–2 are Shift, Lock, Control
            return 1 << index
    return default


def register_x11(hotkey: Hotkey, callback: Callable[[], None]) -> X11Registration:
    """Grab ``hotkey`` on the root window of ``$DISPLAY``; see ``hotkey.register``."""
    try:
        display = open_display()
    except NoX11 as exc:
        raise HotkeyUnavailable(hotkey, str(exc)) from None
    try:
        from Xlib import XK, X, error

        keycode = display.keysym_to_keycode(XK.string_to_keysym(keysym_name(hotkey)))
        if not keycode:
            raise HotkeyError(f"当前键盘布局里没有 {hotkey.key} 键，无法注册快捷键 {hotkey}：请在设置里换一个组合。")
        alt = _modifier_bit(display, ("Alt_L", "Alt_R", "Meta_L"), MOD1)
        meta = _modifier_bit(display, ("Super_L", "Super_R"), MOD4)
        numlock = _modifier_bit(display, ("Num_Lock",), MOD2)
        mask = modifier_mask(hotkey, alt=alt, meta=meta)
        masks = lock_variants(mask, numlock)
        root = display.screen().root
        caught = error.CatchError()
        for variant in masks:
            root.grab_key(keycode, variant, False, X.GrabModeAsync, X.GrabModeAsync, onerror=caught)
        display.sync()  # errors of the grabs arrive before this round trip's reply
        problem = caught.get_error()
        if problem is not None:
            for variant in masks:
                root.ungrab_key(keycode, variant)
            display.sync()
            if isinstance(problem, error.BadAccess):
                raise HotkeyTaken(hotkey)
            raise HotkeyError(f"无法注册快捷键 {hotkey}（X11 错误 {problem}）：请在设置里换一个组合。")
    except error.ConnectionClosedError:
        raise HotkeyUnavailable(hotkey, "和图形桌面的连接断开了") from None
    except BaseException:
        with contextlib.suppress(Exception):
            display.close()
        raise
    return X11Registration(hotkey, callback, display, keycode, mask, masks, ignored=X.LockMask | numlock)


class X11Registration(Registration):
    """A key grab held by a daemon thread; ``unregister`` stops the thread, which ungrabs and disconnects."""

    def __init__(
        self,
        hotkey: Hotkey,
        callback: Callable[[], None],
        display: Display,
        keycode: int,
        mask: int,
        masks: list[int],
        *,
        ignored: int,
    ) -> None:
        super().__init__(hotkey)
        self._callback = callback
        self._display = display
        self._keycode = keycode
        self._mask = mask
        self._masks = masks
        self._ignored = ignored
        self._held = False  # the key is down: further presses until its release are auto-repeat
        self._released_at: int | None = None
        self._lock = threading.Lock()
        self._stopped = False
        self._wake_read, self._wake_write = os.pipe()
        self._thread = threading.Thread(target=self._watch, name=f"hotkey {hotkey}", daemon=True)
        self._thread.start()

    def unregister(self) -> None:
        """Stop watching, ungrab and disconnect; waits up to a few seconds for the thread."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
            os.close(self._wake_write)  # the thread sees end-of-file on the pipe and leaves its loop
        if threading.current_thread() is not self._thread:
            self._thread.join(STOP_TIMEOUT)
            if self._thread.is_alive():
                log.warning("the X11 watcher of hotkey %s did not stop within %s s", self.hotkey, STOP_TIMEOUT)

    def _watch(self) -> None:
        display = self._display
        waiting = selectors.DefaultSelector()  # not select(): a GUI process may well have file descriptors past 1024
        try:
            waiting.register(display.fileno(), selectors.EVENT_READ)
            waiting.register(self._wake_read, selectors.EVENT_READ)
            while True:
                while display.pending_events():
                    self._on_event(display.next_event())
                if any(key.fd == self._wake_read for key, _ in waiting.select()):
                    break
        except Exception:
            if not self._stopped:
                log.exception("lost the X server while holding hotkey %s", self.hotkey)
        finally:
            waiting.close()
            self._release()
            os.close(self._wake_read)

    def _release(self) -> None:
        """Ungrab and disconnect (closing the connection alone would also drop the grabs)."""
        try:
            root = self._display.screen().root
            for variant in self._masks:
                root.ungrab_key(self._keycode, variant)
            self._display.close()
        except Exception as exc:  # the server may be gone already: nothing left to release
            log.debug("releasing hotkey %s: %s", self.hotkey, exc)

    def _on_event(self, event: Any) -> None:
        from Xlib import X

        if event.type == X.MappingNotify:  # the keymap changed (xdotool does that): keep keysym lookups right
            self._display.refresh_keyboard_mapping(event)
            return
        if event.type not in (X.KeyPress, X.KeyRelease) or event.detail != self._keycode:
            return
        if event.type == X.KeyRelease:
            self._held = False
            self._released_at = event.time
        elif event.type == X.KeyPress and (event.state & 0xFF & ~self._ignored) == self._mask:
            # Auto-repeat while the agent holds the keys: a press before the release (detectable auto-repeat),
            # or a release and press with the same timestamp (classic auto-repeat). One press, one popup.
            repeat = self._held or event.time == self._released_at
            self._held = True
            if not repeat:
                call_back(self._callback, self.hotkey)
