"""Give the keyboard back to the agent's chat window after the popup: remember it before, activate it after.

    previous = active_window()   # before the popup shows
    ...                          # the agent picks a reply; the popup hides
    activate(previous)           # then paste.send_paste()

Focus is a courtesy: nothing here raises. A problem (the window closed meanwhile, no desktop, a window manager
that refuses) is logged, and the agent clicks the window themself.

On macOS this does nothing: ``active_window()`` returns None, because the frontmost app is known only through
AppKit (pyobjc), which QuickReply does not ship; macOS gives focus back to the previous app when the popup hides.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys
from dataclasses import dataclass
from typing import Any

from .x11 import NoX11, open_display

log = logging.getLogger(__name__)

SOURCE_PAGER = 2  # _NET_ACTIVE_WINDOW source indication: a pager or tool acting for the user, honoured by WMs
SW_RESTORE = 9


@dataclass(frozen=True)
class WindowRef:
    """A window of another program, remembered so focus can go back to it.

    Attributes:
        system: "x11" or "windows" — a reference is only used on the system it came from.
        handle: the X window id, or the Windows HWND.
    """

    system: str
    handle: int


def _system() -> str | None:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return None
    return "x11"


def active_window() -> WindowRef | None:
    """The window that has the keyboard now, or None if unknown (no desktop, macOS, nothing focused)."""
    system = _system()
    try:
        if system == "windows":
            return _active_windows()
        if system == "x11":
            return _active_x11()
    except Exception:
        log.warning("could not tell which window is active", exc_info=True)
    return None


def activate(window: WindowRef | None) -> bool:
    """Bring ``window`` to the front with the keyboard focus; True if the system took the request.

    None, a reference from another system, a closed window: logged, False. Never raises.
    """
    if window is None:
        return False
    if window.system != _system():
        log.warning("window %s belongs to %s, not this system", window.handle, window.system)
        return False
    try:
        if window.system == "windows":
            return _activate_windows(window.handle)
        return _activate_x11(window.handle)
    except Exception:
        log.warning("could not activate window %s", window.handle, exc_info=True)
        return False


def window_rect(window: WindowRef | None) -> tuple[int, int, int, int] | None:
    """Where ``window`` is on the desktop: (left, top, width, height) in physical pixels, or None if unknown.

    Never raises: the popup then opens by the mouse instead of over the chat window.
    """
    if window is None or window.system != _system():
        return None
    try:
        if window.system == "windows":
            return _rect_windows(window.handle)
        return _rect_x11(window.handle)
    except Exception:
        log.warning("could not tell where window %s is", window.handle, exc_info=True)
        return None


# ---- X11 ---------------------------------------------------------------------------------------------------------


def _rect_x11(handle: int) -> tuple[int, int, int, int] | None:
    try:
        display = open_display()
    except NoX11:
        return None
    try:
        window = display.create_resource_object("window", handle)
        geometry = window.get_geometry()
        origin = window.translate_coords(display.screen().root, 0, 0)
        # translate_coords gives the root's origin in the window's coordinates: the window's position, negated.
        return (-origin.x, -origin.y, int(geometry.width), int(geometry.height))
    finally:
        with contextlib.suppress(Exception):
            display.close()


def _active_x11() -> WindowRef | None:
    try:
        display = open_display()
    except NoX11 as exc:
        log.info("no active window: %s", exc)
        return None
    from Xlib import X

    try:
        root = display.screen().root
        active = root.get_full_property(display.intern_atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType)
        if active is not None:  # an EWMH window manager runs: trust it, even when it says "none" (0)
            handle = int(active.value[0]) if len(active.value) else 0
            return WindowRef("x11", handle) if handle else None
        # No window manager (or an old one): the window with the input focus.
        focus = display.get_input_focus().focus
        if isinstance(focus, int) or focus.id == root.id:  # X.NONE or X.PointerRoot
            return None
        return WindowRef("x11", focus.id)
    finally:
        with contextlib.suppress(Exception):
            display.close()


def _activate_x11(handle: int) -> bool:
    try:
        display = open_display()
    except NoX11 as exc:
        log.warning("cannot activate window %s: %s", handle, exc)
        return False
    from Xlib import X, error
    from Xlib.protocol import event

    refused = error.CatchError()
    display.set_error_handler(refused)  # BadWindow (closed meanwhile), BadMatch (not viewable)
    try:
        root = display.screen().root
        window = display.create_resource_object("window", handle)
        net_active = display.intern_atom("_NET_ACTIVE_WINDOW")
        supported = root.get_full_property(display.intern_atom("_NET_SUPPORTED"), X.AnyPropertyType)
        if supported is not None and net_active in supported.value:
            # Ask the window manager, which may switch desktops, un-minimise and raise as it sees fit.
            request = event.ClientMessage(
                window=window, client_type=net_active, data=(32, [SOURCE_PAGER, X.CurrentTime, 0, 0, 0])
            )
            root.send_event(request, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)
        else:
            window.configure(stack_mode=X.Above)
            window.set_input_focus(X.RevertToParent, X.CurrentTime)
        display.sync()
        if refused.get_error() is not None:
            log.warning("the X server refused to activate window %s: %s", handle, refused.get_error())
            return False
        return True
    finally:
        with contextlib.suppress(Exception):
            display.close()


# ---- Windows -----------------------------------------------------------------------------------------------------


def _user32() -> Any:
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.GetForegroundWindow.restype = wintypes.HWND  # a pointer: without this a 64-bit handle is cut to 32 bits
    user32.GetForegroundWindow.argtypes = ()
    for name in ("IsWindow", "IsIconic", "SetForegroundWindow", "BringWindowToTop"):
        getattr(user32, name).argtypes = (wintypes.HWND,)
        getattr(user32, name).restype = wintypes.BOOL
    user32.ShowWindow.argtypes = (wintypes.HWND, ctypes.c_int)
    user32.ShowWindow.restype = wintypes.BOOL
    user32.GetWindowThreadProcessId.argtypes = (wintypes.HWND, ctypes.POINTER(wintypes.DWORD))
    user32.GetWindowThreadProcessId.restype = wintypes.DWORD
    user32.AttachThreadInput.argtypes = (wintypes.DWORD, wintypes.DWORD, wintypes.BOOL)
    user32.AttachThreadInput.restype = wintypes.BOOL
    return user32


def _rect_windows(handle: int) -> tuple[int, int, int, int] | None:
    from ctypes import wintypes

    user32 = _user32()
    rect = wintypes.RECT()
    user32.GetWindowRect.argtypes = (wintypes.HWND, ctypes.POINTER(wintypes.RECT))
    user32.GetWindowRect.restype = wintypes.BOOL
    if not user32.GetWindowRect(handle, ctypes.byref(rect)):
        return None
    return (rect.left, rect.top, rect.right - rect.left, rect.bottom - rect.top)


def _active_windows() -> WindowRef | None:
    handle = _user32().GetForegroundWindow()
    return WindowRef("windows", int(handle)) if handle else None


def _activate_windows(handle: int) -> bool:
    user32 = _user32()
    if not user32.IsWindow(handle):
        log.warning("window %s is closed", handle)
        return False
    if user32.IsIconic(handle):
        user32.ShowWindow(handle, SW_RESTORE)
    if user32.SetForegroundWindow(handle):
        return True
    # Windows lets only the foreground thread hand the foreground on. Sharing its input state for a moment
    # (AttachThreadInput) makes our request count as coming from it.
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    ours = kernel32.GetCurrentThreadId()
    theirs = user32.GetWindowThreadProcessId(user32.GetForegroundWindow(), None)
    attached = bool(theirs) and theirs != ours and bool(user32.AttachThreadInput(ours, theirs, True))
    try:
        user32.BringWindowToTop(handle)
        done = bool(user32.SetForegroundWindow(handle))
    finally:
        if attached:
            user32.AttachThreadInput(ours, theirs, False)
    if not done:
        log.warning("Windows refused to bring window %s to the front", handle)
    return done
