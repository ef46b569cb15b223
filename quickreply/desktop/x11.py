"""The connection to the X server, shared by the hotkey, paste and focus parts on Linux (python-xlib)."""

from __future__ import annotations

import os
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from Xlib.display import Display


class NoX11(Exception):
    """There is no X server to talk to; each caller turns this into its own QuickReplyError.

    The message is a Chinese clause saying why, e.g. "当前是 Wayland 桌面（没有 X11）".
    """


def open_display() -> Display:
    """A new connection to the X server named by ``$DISPLAY``; the caller closes it.

    Raises:
        NoX11: no ``$DISPLAY`` (a pure Wayland session, a console, a service), python-xlib missing, or the
            server refuses the connection.
    """
    name = os.environ.get("DISPLAY", "")
    if not name:
        if os.environ.get("WAYLAND_DISPLAY"):
            raise NoX11("当前是 Wayland 桌面（没有 X11）")
        raise NoX11("没有找到图形桌面（没有设置 DISPLAY）")
    try:
        from Xlib import error
        from Xlib.display import Display
    except ImportError:
        raise NoX11("缺少 python-xlib 组件，请重新安装快捷回复") from None
    with warnings.catch_warnings():
        # A failed connection leaves python-xlib's sockets to the garbage collector, which warns about them here.
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            return Display(name)
        except (error.DisplayError, error.ConnectionClosedError, OSError) as exc:
            problem = str(exc)
    raise NoX11(f"连不上图形桌面 {name}（{problem}）")
