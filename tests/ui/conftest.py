"""Qt tests run offscreen unless a test starts its own X server."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from quickreply.core import Library
from quickreply.ui.manager.questions import DISCARD
from quickreply.ui.manager.window import ManagerWindow
from quickreply.ui.popup.window import Popup


@pytest.fixture(autouse=True, scope="session")
def clipboard_emptied_at_the_end(qapp) -> Iterator[None]:
    """Empty the clipboard before Python ends. On the offscreen platform Qt frees what the clipboard holds only at
    process exit, after Python: a reply copied as Python-made QMimeData then crashes the test run on its way out
    (exit 139, every test passed). The xcb, Windows and macOS clipboards are freed with the application."""
    yield
    QGuiApplication.clipboard().clear()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "large: a big library or file (runs in the normal suite, takes seconds)")


@pytest.fixture
def popup(qtbot, lib) -> Iterator[Popup]:
    """The popup on the bundled library, shown; it does not hide on focus loss (offscreen has no window manager).

    The clipboard starts empty: a buyer's message an earlier test left there would be suggested for on opening.
    """
    QGuiApplication.clipboard().clear()
    widget = Popup(lib)
    qtbot.addWidget(widget)
    widget.close_on_focus_loss = False
    widget.show_popup()
    qtbot.waitExposed(widget)
    yield widget


def manager_on(qtbot, library: Library, monkeypatch: pytest.MonkeyPatch) -> ManagerWindow:
    """The manager window on ``library``, shown. No real dialog may open in a test (a modal box would wait forever):
    unsaved changes are discarded and questions go unanswered; tests that care replace these again."""
    window = ManagerWindow(library)
    qtbot.addWidget(window)
    monkeypatch.setattr(window.questions, "ask_unsaved", lambda: DISCARD)
    monkeypatch.setattr(window.questions, "ask_text", lambda *a, **k: None)
    monkeypatch.setattr(window.questions, "ask_choice", lambda *a, **k: None)
    monkeypatch.setattr(window.questions, "confirm_category_delete", lambda *a, **k: None)
    window.show()
    return window
