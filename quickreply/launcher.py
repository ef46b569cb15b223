"""``quickreply``: the tray app with no command (or ``--show``), ``--selftest``, the command line otherwise."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def gui_options(argv: Sequence[str]) -> tuple[str | None, bool, bool] | None:
    """``(home, show, manage)`` when the arguments ask for the GUI (nothing, ``--show``, ``manage``, with an optional
    ``--home DIR``), else None."""
    home: str | None = None
    show = manage = False
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word == "--show":
            show = True
        elif word == "manage":
            manage = True
        elif word == "--home" and rest:
            home = rest.pop(0)
        elif word.startswith("--home="):
            home = word.split("=", 1)[1]
        else:
            return None
    return home, show, manage


def _apply_autostart(wanted: object) -> None:
    from .desktop import autostart  # only when the setting is changed

    autostart.apply(bool(wanted))


#: Settings the command line must make true before it stores them, as the settings dialog does: the CLI knows no
#: desktop code, so they are handed to it here.
APPLIERS = {"autostart": _apply_autostart}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--selftest"]:
        from .selftest import run as selftest  # before the GUI/CLI routing: it checks both halves

        return selftest()
    gui = gui_options(args)
    if gui is not None:
        from .app import run  # Qt is loaded only for the GUI

        return run(*gui)
    from .cli import main as cli_main

    return cli_main(args, appliers=APPLIERS)
