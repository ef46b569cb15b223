"""The tray app's first start: the shop's name and the agent's nickname asked once (or skipped), and after that a
greeting copies with them, no form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from quickreply import app as app_module
from quickreply.core.library.settings import AGENT_NAME, FIRST_START_ASKED, SHOP_NAME
from quickreply.core.variables import Context, expand


@pytest.fixture
def start_app(qapp, qtbot, monkeypatch, tmp_path):
    """Start the tray app on a library, as the agent's login does (``show``: as ``--show`` does); the desktop is
    faked."""
    started = []
    monkeypatch.setattr(app_module.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    monkeypatch.setattr(app_module, "register", lambda hotkey, callback: None)
    monkeypatch.setattr(app_module.QuickReplyApp, "tell", lambda self, message: None)
    monkeypatch.setattr(app_module.focus, "active_window", lambda: None)
    monkeypatch.setattr(app_module.focus, "activate", lambda ref: None)

    def start(library, show: bool = False):
        running = app_module.QuickReplyApp(qapp, library, f"quickreply-first-{tmp_path.name}-{len(started)}")
        running.popup.close_on_focus_loss = False
        qtbot.addWidget(running.popup)
        started.append(running)
        if show:  # quickreply --show: run() opens the popup before the event loop runs
            running.show_popup()
        qtbot.wait(20)  # the event loop runs: the app is up, as after app.exec()
        return running

    yield start
    for running in started:
        if running.first_start is not None:
            running.first_start.done(0)  # closed without a word: nothing noted, like quitting the app
        running.stop()


def button(running, which: QDialogButtonBox.StandardButton | str):
    box = running.first_start.findChild(QDialogButtonBox)
    if isinstance(which, str):
        return next(b for b in box.buttons() if b.text() == which)
    return box.button(which)


def test_the_first_start_asks_once_and_then_greetings_copy_without_a_form(qtbot, start_app, lib) -> None:
    running = start_app(lib)
    dialog = running.first_start
    assert dialog is not None and dialog.isVisible()
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Ctrl+Alt+Q" in said  # which hotkey opens the popup
    assert "示例价格" in said  # the fee tables are samples, marked as the quotes mark them
    dialog.shop.setText("小满家居")
    dialog.agent.setText("阿青")
    qtbot.mouseClick(button(running, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert (lib.settings.get(SHOP_NAME), lib.settings.get(AGENT_NAME)) == ("小满家居", "阿青")
    # A greeting now copies at once, the names filled in.
    greeting = lib.get("hy")
    assert "{店铺}" in greeting.body and "{客服}" in greeting.body
    running.popup.show_popup()
    with qtbot.waitSignal(running.popup.copied):
        running.popup.copy_template(greeting)
    assert running.popup.pages.currentIndex() == 0  # no form
    assert QGuiApplication.clipboard().text() == expand(greeting.body, context=Context("小满家居", "阿青"))
    assert "小满家居" in QGuiApplication.clipboard().text()
    # The next start asks nothing.
    assert start_app(lib).first_start is None


def test_skipping_it_asks_no_more(qtbot, start_app, lib) -> None:
    running = start_app(lib)
    qtbot.mouseClick(button(running, "Skip"), Qt.MouseButton.LeftButton)
    assert not running.first_start.isVisible()
    assert lib.settings.get(FIRST_START_ASKED) is True and lib.settings.get(SHOP_NAME) == ""
    assert start_app(lib).first_start is None
    # Without a name the greeting asks for it, as before.
    running.popup.show_popup()
    running.popup.copy_template(lib.get("hy"))
    assert running.popup.pages.currentWidget() is running.popup.form
    assert running.popup.form.editor("店铺").text() == ""


def test_closing_the_window_is_skipping(qtbot, start_app, lib) -> None:
    running = start_app(lib)
    running.first_start.close()
    assert lib.settings.get(FIRST_START_ASKED) is True
    assert start_app(lib).first_start is None


def test_a_name_too_long_is_said_and_nothing_is_saved(qtbot, start_app, lib) -> None:
    running = start_app(lib)
    running.first_start.shop.setText("店" * 61)
    running.first_start.accept()
    assert running.first_start.isVisible() and "60" in running.first_start.error.text()
    assert lib.settings.get(SHOP_NAME) == "" and lib.settings.get(FIRST_START_ASKED) is False


def test_names_are_plain_text(qtbot, start_app, lib) -> None:
    running = start_app(lib)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in running.first_start.findChildren(QLabel)
               if label.text() and label.buddy() is None)  # fmt: skip
    running.first_start.shop.setText("<b>小满</b>&amp;")
    running.first_start.accept()
    assert lib.settings.get(SHOP_NAME) == "<b>小满</b>&amp;"


def test_not_asked_over_the_popup_opened_at_start_but_at_the_next_start(start_app, lib) -> None:
    running = start_app(lib, show=True)
    assert running.popup.isVisible() and running.first_start is None
    assert lib.settings.get(FIRST_START_ASKED) is False
    running.popup.hide()
    assert start_app(lib).first_start is not None


def test_an_agent_who_set_both_names_is_not_asked(start_app, lib) -> None:
    lib.settings.set("shop_name", "小满家居")
    lib.settings.set("agent_name", "阿青")
    assert start_app(lib).first_start is None
