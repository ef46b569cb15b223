"""The command line's tests run commands in this process: they must not reach the desktop's real clipboard."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a display the clipboard goes through pyperclip, which the tests replace with a stand-in; the X11
    tests start their own server and pass its display to the commands they run."""
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
