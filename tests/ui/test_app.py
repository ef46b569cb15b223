"""The running app around the popup: tray menu, copying from it, settings, auto-paste, no-tray message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu

from quickreply import app as app_module
from quickreply.core.library.settings import AUTO_PASTE, AUTOSTART, BUYER_HOTKEY, HOTKEY, SHOP_NAME
from quickreply.desktop.hotkey import HotkeyTaken
from quickreply.ui.plain_text import notification_text
from quickreply.ui.settings_dialog import SettingsDialog
from quickreply.ui.tray import Tray


class FakeRegistration:
    def __init__(self, hotkey, callback) -> None:
        self.hotkey, self.callback, self.active = hotkey, callback, True

    def unregister(self) -> None:
        self.active = False

    def handle_native_message(self, message_type: bytes, message_ptr: int) -> bool:
        return False


@pytest.fixture
def desktop(monkeypatch):
    """The platform layer replaced by a recorder: hotkeys, focus and paste are tested for real in tests/desktop."""
    calls: dict[str, list] = {"register": [], "activate": [], "paste": []}

    def register(hotkey, callback):
        calls["register"].append(hotkey)
        return FakeRegistration(hotkey, callback)

    monkeypatch.setattr(app_module, "register", register)
    monkeypatch.setattr(app_module.focus, "active_window", lambda: "chat-window")
    monkeypatch.setattr(app_module.focus, "window_rect", lambda ref: (50, 40, 700, 300) if ref else None)
    monkeypatch.setattr(app_module.focus, "activate", lambda ref: calls["activate"].append(ref))
    monkeypatch.setattr(app_module.paste, "send_paste", lambda: calls["paste"].append(True))
    return calls


@pytest.fixture
def shown_trays(monkeypatch) -> list[Tray]:
    """The tray icons the app showed. Offscreen has no tray, so showing one is recorded here instead: handed to the
    platform, Qt falls back to watching for an X11 tray and warns that offscreen lacks the signal it connects to."""
    shown: list[Tray] = []
    monkeypatch.setattr(Tray, "show", lambda tray: shown.append(tray))
    return shown


@pytest.fixture
def running(qapp, qtbot, lib, desktop, shown_trays, monkeypatch, tmp_path):
    monkeypatch.setattr(app_module.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    lib.settings.first_start_done()  # an agent past the first start (tests/ui/test_first_start.py)
    window = app_module.QuickReplyApp(qapp, lib, f"quickreply-test-{tmp_path.name}")
    window.popup.close_on_focus_loss = False
    qtbot.addWidget(window.popup)
    yield window
    window.stop()
    if window.tray is not None:
        window.tray.hide()


def actions(menu: QMenu) -> dict[str, object]:
    return {a.text(): a for a in menu.actions()}


def test_the_hotkey_is_registered_and_shows_the_popup(qtbot, running, desktop) -> None:
    assert [str(h) for h in desktop["register"]] and running.registration.active
    with qtbot.waitSignal(running.hotkey_pressed):
        running.registration.callback()  # what the desktop does on Ctrl+Alt+Q (from any thread)
    qtbot.waitUntil(running.popup.isVisible)


def test_tray_menu_is_rebuilt_from_the_library(qtbot, running, lib, shown_trays) -> None:
    lib.set_favorite("th", True)
    tray = running.tray
    assert shown_trays == [tray]
    tray.menu.aboutToShow.emit()
    entries = actions(tray.menu)
    favorites = actions(entries["Favourites"].menu())
    assert any(text.startswith("退货流程") for text in favorites)
    after_sale = actions(entries["售后"].menu())
    refunds = actions(next(a for t, a in after_sale.items() if t.startswith("退款时效")).menu())
    assert any(text.startswith("退款到账时间") for text in refunds)
    assert {"Settings…", "Pause hotkey", "Quit", "Search…"} <= set(entries)


def test_choosing_a_template_in_the_menu_copies_it(qtbot, running, lib, desktop) -> None:
    running.tray.menu.aboutToShow.emit()
    refunds_menu = actions(actions(running.tray.menu)["售后"].menu())
    refunds = actions(next(a for t, a in refunds_menu.items() if t.startswith("退款时效")).menu())
    with qtbot.waitSignal(running.popup.copied):
        next(a for t, a in refunds.items() if t.startswith("退款到账时间")).trigger()
    assert QGuiApplication.clipboard().text() == lib.get("tk").body
    assert desktop["activate"] == ["chat-window"]  # focus went back to the chat
    assert desktop["paste"] == []  # auto-paste is off by default


def test_a_menu_template_with_variables_opens_the_form(qtbot, running, lib) -> None:
    running.copy_from_menu(lib.get("wl").id)
    assert running.popup.isVisible() and running.popup.pages.currentWidget() is running.popup.form


def test_auto_paste_sends_ctrl_v_after_copying(qtbot, running, lib, desktop) -> None:
    lib.settings.save({AUTO_PASTE: True})
    running.copy_from_menu(lib.get("tk").id)
    qtbot.waitUntil(lambda: desktop["paste"] == [True], timeout=2000)


def test_pause_gives_the_hotkey_back(running) -> None:
    first = running.registration
    running.pause(True)
    assert running.registration is None and not first.active
    running.pause(False)
    assert running.registration is not None and running.registration.active


def test_settings_dialog_saves_and_applies(qtbot, running, lib, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(app_module.sys, "platform", "linux")
    dialog = SettingsDialog(lib, running.apply_settings)
    qtbot.addWidget(dialog)
    dialog.editor(SHOP_NAME).setText("小满家居")
    dialog.editor(AUTOSTART).setChecked(True)
    dialog.accept()
    assert lib.settings.get(SHOP_NAME) == "小满家居" and lib.settings.get(AUTOSTART) is True
    assert (tmp_path / "config" / "autostart" / "quickreply.desktop").exists()


def test_a_taken_hotkey_is_reported_and_nothing_is_saved(qtbot, running, lib, monkeypatch) -> None:
    def taken(hotkey, callback):
        raise HotkeyTaken("快捷键 Ctrl+Alt+W 已被其他程序占用，请在设置里换一个组合。")

    monkeypatch.setattr(app_module, "register", taken)
    dialog = SettingsDialog(lib, running.apply_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor(HOTKEY).setKeySequence("Ctrl+Alt+W")
    dialog.editor(SHOP_NAME).setText("不会保存")
    dialog.accept()
    assert "已被其他程序占用" in dialog.error.text() and dialog.isVisible()
    assert lib.settings.get(HOTKEY) == "Ctrl+Alt+Q" and lib.settings.get(SHOP_NAME) == ""


def test_without_a_tray_the_app_says_once_how_to_reach_it(qapp, qtbot, lib, desktop, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(app_module.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    told = []
    monkeypatch.setattr(app_module.QuickReplyApp, "tell", lambda self, message: told.append(message))
    lib.settings.first_start_done()
    for n in range(2):
        window = app_module.QuickReplyApp(qapp, lib, f"quickreply-notray-{tmp_path.name}-{n}")
        window.stop()
    assert len(told) == 1 and "Ctrl+Alt+Q" in told[0] and "--show" in told[0]


def test_tray_tooltip_names_the_hotkey(qapp, lib) -> None:
    tray = Tray(lib, QIcon(), "Ctrl+Alt+Q")
    assert "Ctrl+Alt+Q" in tray.toolTip()


def test_instance_name_is_per_home(tmp_path: Path) -> None:
    assert app_module.instance_name(tmp_path / "a") != app_module.instance_name(tmp_path / "b")


def test_the_popup_opens_over_the_chat_window(qtbot, running) -> None:
    chat = QRect(50, 40, 700, 300)  # fits the offscreen 800 × 600 screen with the popup over it
    running.show_popup()
    popup = running.popup
    assert popup.screen().availableGeometry().contains(chat.center())
    assert abs(popup.geometry().center().x() - chat.center().x()) <= 1
    assert popup.y() == chat.top() + chat.height() // 5


def test_the_hotkey_again_closes_the_popup_in_front(qtbot, running, desktop, monkeypatch) -> None:
    running.toggle_popup()
    assert running.popup.isVisible()
    monkeypatch.setattr(running.popup, "isActiveWindow", lambda: True)  # offscreen has no window activation
    running.toggle_popup()
    assert not running.popup.isVisible() and desktop["activate"] == ["chat-window"]


def test_the_app_logs_to_its_home_not_the_terminal(tmp_path, qapp) -> None:
    import logging

    before = logging.getLogger().handlers[:]
    try:
        log_file = app_module.start_logging(tmp_path)
        try:
            raise ConnectionError("the X server went away")
        except ConnectionError:
            logging.getLogger("quickreply.desktop").warning("lost the X server", exc_info=True)
        from PySide6.QtCore import qWarning

        qWarning("This plugin does not support raise()")
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = log_file.read_text(encoding="utf-8")
        assert "lost the X server" in text and "ConnectionError" in text
        assert "does not support raise()" in text
    finally:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(None)
        for handler in logging.getLogger().handlers:
            if handler not in before:
                handler.close()
        logging.getLogger().handlers[:] = before


def test_manage_opens_one_manager_window(qtbot, running) -> None:
    running.show_popup()
    running.open_manager()
    manager = running.manager
    qtbot.addWidget(manager)
    assert manager.isVisible() and not running.popup.isVisible()
    running.open_manager()
    assert running.manager is manager


def test_every_copy_is_counted_for_the_statistics(qtbot, running, lib, desktop) -> None:
    from quickreply.core.stats import template_uses

    with qtbot.waitSignal(running.popup.copied):
        running.copy_from_menu(lib.get("tk").id)  # the tray menu
    running.show_popup()
    running.popup.search.setText("tk")
    with qtbot.waitSignal(running.popup.copied):
        running.popup.copy_row(0, keep_open=False)  # the popup
    counts = {u.shortcut: (u.count, u.recent) for u in template_uses(lib)}
    assert counts["tk"] == (2, 2)


def test_a_damaged_library_offers_the_newest_backup_and_restores_it(tmp_path) -> None:
    import random

    from quickreply.app import open_or_recover
    from quickreply.core import open_library
    from quickreply.core.library import backups

    home = tmp_path / "home"
    lib = open_library(home)
    lib.add("售后", "恢复前加的", "亲，这条在备份里。")
    backups.take(lib, "manual")
    lib.close()
    path = home / "library.db"
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 3)
        handle.write(random.Random(7).randbytes(path.stat().st_size // 3))
    asked: list[tuple[str, str | None]] = []
    assert open_or_recover(home, lambda problem, newest: asked.append((problem, newest)) or False) is None
    assert "已损坏" in asked[0][0] and asked[0][1] is not None and "手动" in asked[0][1]
    restored = open_or_recover(home, lambda problem, newest: True)
    assert restored is not None and "恢复前加的" in [t.title for t in restored.templates()]
    restored.close()
    assert list(home.glob("library-damaged-*.db"))


@pytest.mark.parametrize("loss", ["gone", "empty"])
def test_a_lost_or_emptied_library_is_called_that_and_restored_not_reseeded(tmp_path, loss: str) -> None:
    from quickreply.app import open_or_recover
    from quickreply.core import open_library
    from quickreply.core.library import backups

    home = tmp_path / "home"
    lib = open_library(home)
    lib.add("售后", "备份里的", "亲，这条在备份里。")
    backups.take(lib, "manual")
    lib.close()
    path = home / "library.db"
    if loss == "gone":
        path.unlink()
    else:
        path.write_bytes(b"")
    asked: list[str] = []
    assert open_or_recover(home, lambda problem, newest: asked.append(problem) or False) is None
    assert ("不见了" if loss == "gone" else "空文件") in asked[0] and "已损坏" not in asked[0]
    assert not path.exists() or path.stat().st_size == 0  # nothing made in its place while the agent decides
    restored = open_or_recover(home, lambda problem, newest: True)
    assert restored is not None and "备份里的" in [t.title for t in restored.templates()]
    restored.close()


def test_a_library_from_a_newer_version_is_not_replaced_by_a_backup(tmp_path, capsys) -> None:
    from quickreply.app import open_or_recover
    from quickreply.core import open_library
    from quickreply.core.library import backups

    home = tmp_path / "home"
    lib = open_library(home)
    backups.take(lib, "manual")
    lib.db.execute("PRAGMA user_version = 99")
    lib.close()
    asked: list[str] = []
    assert open_or_recover(home, lambda problem, newest: asked.append(problem) or True) is None
    assert asked == [] and "更新版本" in capsys.readouterr().err
    assert not list(home.glob("library-damaged-*.db"))


def test_the_app_holds_its_home_so_a_restore_is_refused_and_a_second_start_waits_for_it(tmp_path) -> None:
    from quickreply.app import SHOW, hold_home, instance_name
    from quickreply.core.library import restoring, running

    home = tmp_path / "home"
    lock = hold_home(home, instance_name(home), SHOW)
    assert lock is not None
    try:
        assert running.is_running(home)
        with pytest.raises(running.AppRunning, match="「退出」"):
            restoring.restore_damaged(home)
        with pytest.raises(running.AppRunning):  # nobody listens: a restore at work, waited for, then said so
            hold_home(home, instance_name(home), SHOW, wait=0.3)
    finally:
        lock.release()
    assert not running.is_running(home)


def test_the_app_restores_at_start_with_the_lock_it_holds(tmp_path) -> None:
    from quickreply.app import open_or_recover
    from quickreply.core import open_library
    from quickreply.core.library import backups, running

    home = tmp_path / "home"
    lib = open_library(home)
    lib.add("售后", "恢复前加的", "亲，这条在备份里。")
    backups.take(lib, "manual")
    lib.close()
    (home / "library.db").write_bytes(b"")
    lock = running.hold(home)
    try:
        restored = open_or_recover(home, lambda problem, newest: True, lock)
        assert restored is not None and "恢复前加的" in [t.title for t in restored.templates()]
        restored.close()
    finally:
        lock.release()


def test_a_long_notice_wraps_and_stays_on_screen(qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    from quickreply.ui.popup.copied_notice import MAX_WIDTH, Notice

    notice = Notice()
    qtbot.addWidget(notice)
    notice.flash(
        "这个桌面没有系统托盘。快捷回复仍在运行：按 Ctrl+Alt+Q，或在终端运行 quickreply --show 打开搜索框。", 500
    )
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert notice.width() <= MAX_WIDTH and notice.height() > notice.fontMetrics().height() * 1.5  # two lines or more
    assert area.contains(notice.geometry())
    notice.flash("已复制：退款到账时间", 500)
    assert notice.height() < notice.fontMetrics().height() * 3  # a short one stays one line


# --- the second hotkey: answer the buyer message selected in the chat ------------------------------------------------


def test_both_hotkeys_are_held_and_paused_together(running, desktop) -> None:
    assert [str(h) for h in desktop["register"]] == ["Ctrl+Alt+Q", "Ctrl+Alt+E"]
    held = running.buyer_registration
    running.pause(True)
    assert running.buyer_registration is None and not held.active
    running.pause(False)
    assert running.buyer_registration is not None and str(running.buyer_registration.hotkey) == "Ctrl+Alt+E"
    running.stop()
    assert not running.buyer_registration.active


def test_the_second_hotkey_opens_the_popup_on_the_selected_message(qtbot, running, lib, monkeypatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(app_module.selection, "selected_text", lambda: asked.append(True) or "亲 退款几天能到账啊")
    running.buyer_registration.callback()  # the desktop reports Ctrl+Alt+E
    qtbot.waitUntil(running.popup.isVisible)
    popup = running.popup
    assert asked == [True] and popup.suggesting == "亲 退款几天能到账啊"
    assert popup.banner.isVisible() and popup.search.text() == ""
    assert popup.model.hit(0).template.title == "退款到账时间"
    with qtbot.waitSignal(popup.copied):
        popup.mode.enter(keep_open=False)
    assert QGuiApplication.clipboard().text() == lib.get("tk").body


def test_with_nothing_selected_the_popup_opens_with_a_quiet_note(qtbot, running, monkeypatch) -> None:
    QGuiApplication.clipboard().clear()
    monkeypatch.setattr(app_module.selection, "selected_text", lambda: "")
    running.buyer_registration.callback()
    qtbot.waitUntil(running.popup.isVisible)
    assert running.popup.banner.text() == "No selected text was fetched." and not running.popup.suggesting


def test_a_desktop_that_cannot_copy_opens_the_popup_all_the_same(qtbot, running, monkeypatch) -> None:
    def refused() -> str:
        raise app_module.selection.SelectionError("当前是 Wayland 桌面（没有 X11），取不到选中的文字")

    QGuiApplication.clipboard().clear()
    monkeypatch.setattr(app_module.selection, "selected_text", refused)
    running.buyer_registration.callback()
    qtbot.waitUntil(running.popup.isVisible)
    assert running.popup.banner.text() == "No selected text was fetched."


def test_the_settings_dialog_changes_the_second_hotkey(qtbot, running, lib, desktop) -> None:
    dialog = SettingsDialog(lib, running.apply_settings)
    qtbot.addWidget(dialog)
    dialog.editor(BUYER_HOTKEY).setKeySequence("Ctrl+Alt+B")
    dialog.accept()
    assert lib.settings.get(BUYER_HOTKEY) == "Ctrl+Alt+B"
    assert str(running.buyer_registration.hotkey) == "Ctrl+Alt+B" and running.buyer_registration.active


def test_the_second_hotkey_may_not_be_the_first(qtbot, running, lib) -> None:
    dialog = SettingsDialog(lib, running.apply_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor(BUYER_HOTKEY).setKeySequence("Ctrl+Alt+Q")
    dialog.accept()
    assert "must differ" in dialog.error.text() and dialog.isVisible()
    assert lib.settings.get(BUYER_HOTKEY) == "Ctrl+Alt+E"


def test_a_taken_second_hotkey_keeps_the_first_as_saved(qtbot, running, lib, monkeypatch) -> None:
    real = app_module.register

    def register(hotkey, callback):
        if str(hotkey) == "Ctrl+Alt+B":
            raise HotkeyTaken("快捷键 Ctrl+Alt+B 已被其他程序占用，请在设置里换一个组合。")
        return real(hotkey, callback)

    monkeypatch.setattr(app_module, "register", register)
    dialog = SettingsDialog(lib, running.apply_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor(HOTKEY).setKeySequence("Ctrl+Alt+W")
    dialog.editor(BUYER_HOTKEY).setKeySequence("Ctrl+Alt+B")
    dialog.accept()
    assert "已被其他程序占用" in dialog.error.text()
    assert lib.settings.get(HOTKEY) == "Ctrl+Alt+Q" and str(running.registration.hotkey) == "Ctrl+Alt+Q"


def test_a_notice_naming_a_pack_shows_its_name_as_written(running, monkeypatch) -> None:
    pack = '<img src="/dev/zero">团队 A&B'
    balloons: list[str] = []
    monkeypatch.setattr(running.tray, "showMessage", lambda title, message, *rest: balloons.append(message))
    running.tell(f"已更新模板包「{pack}」")
    assert balloons == [notification_text(f"已更新模板包「{pack}」")]
    monkeypatch.setattr(running, "tray", None)  # no tray: the notice by the mouse says it instead
    running.tell(f"已更新模板包「{pack}」")
    assert running.notice.text() == f"已更新模板包「{pack}」"
    assert running.notice.textFormat() == Qt.TextFormat.PlainText
    running.notice.hide()
