"""Replies that break platform rules in the popup: a red tag, and Enter asks once before copying."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from quickreply.ui.popup.results import BREAKS_ROLE

BAD_BODY = "亲，这款是全网最低价，放心拍。"


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


@pytest.fixture
def bad(lib):
    return lib.add("售前", "价格承诺", BAD_BODY, "zdj")


def search(qtbot, popup, text: str) -> None:
    popup.search.clear()
    qtbot.keyClicks(popup.search, text)


def badge(qtbot, popup, row: int = 0) -> bool:
    """The tag on a row, once the rules are read (just after the popup opened: opening does not wait for them)."""
    qtbot.waitUntil(lambda: not popup.rule_breaks.stale)
    return popup.model.data(popup.model.index(row), BREAKS_ROLE)


def test_the_tag_is_on_a_bad_reply_only(qtbot, popup, bad) -> None:
    search(qtbot, popup, "zdj")
    assert popup.model.hit(0).template.id == bad.id
    assert badge(qtbot, popup) is True
    popup.grab()  # the delegate paints the tag without complaint
    search(qtbot, popup, "tk")
    assert popup.model.hit(0).template.title == "退款到账时间"
    assert badge(qtbot, popup) is False


def test_warnings_are_not_tagged(qtbot, popup, lib) -> None:
    lib.add("售前", "催付提醒", "亲亲，记得付款哦！！", "cfx")
    search(qtbot, popup, "cfx")
    assert badge(qtbot, popup) is False


def test_the_first_enter_warns_the_second_copies(qtbot, popup, lib, bad) -> None:
    QGuiApplication.clipboard().setText("before")
    search(qtbot, popup, "zdj")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert clipboard() == "before" and popup.isVisible()
    assert popup.warning.isVisible()
    assert "「价格承诺」" in popup.warning.text() and "「最低价」是广告法禁止的绝对化用语" in popup.warning.text()
    assert "Press Enter again to copy anyway, Esc to go back." in popup.warning.text()
    assert popup.search.hasFocus()  # no box took the focus
    assert lib.get("zdj").use_count == 0
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert clipboard() == BAD_BODY
    assert not popup.warning.isVisible()
    assert lib.get("zdj").use_count == 1


def test_esc_goes_back_and_the_next_enter_warns_again(qtbot, popup, bad) -> None:
    QGuiApplication.clipboard().setText("before")
    search(qtbot, popup, "zdj")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
    assert popup.isVisible() and not popup.warning.isVisible()
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert clipboard() == "before" and popup.warning.isVisible()
    qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
    qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
    assert not popup.isVisible()  # the second Esc closes, as always


def test_typing_drops_the_warning(qtbot, popup, bad) -> None:
    search(qtbot, popup, "zdj")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    qtbot.keyClicks(popup.search, "x")
    assert not popup.warning.isVisible()


def test_a_good_reply_is_copied_at_the_first_enter(qtbot, popup, lib, bad) -> None:
    search(qtbot, popup, "tk")
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert clipboard() == lib.get("tk").body and not popup.warning.isVisible()


def test_an_edited_reply_is_checked_again(qtbot, popup, lib, bad) -> None:
    search(qtbot, popup, "zdj")
    assert badge(qtbot, popup) is True
    lib.update(bad.id, body="亲，这款很实惠，放心拍。")
    search(qtbot, popup, "zdj")
    assert badge(qtbot, popup) is False
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)


def test_enter_before_the_rules_are_read_still_warns(qtbot, popup, bad) -> None:
    popup.hide()
    popup.show_popup()  # the rules are read a moment after the popup is on screen...
    search(qtbot, popup, "zdj")
    popup._rules_timer.stop()  # ...and that moment has not come yet
    assert popup.rule_breaks.stale and popup.model.data(popup.model.index(0), BREAKS_ROLE) is False
    QGuiApplication.clipboard().setText("before")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert clipboard() == "before" and popup.warning.isVisible()
    assert not popup.rule_breaks.stale
