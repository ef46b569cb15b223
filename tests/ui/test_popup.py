"""The agent's loop in the popup: type, choose, Enter — and exactly that text on the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QComboBox, QLineEdit

from quickreply.core.variables import Context, expand
from quickreply.ui.popup.results import HIT_ROLE, ResultsModel
from quickreply.ui.popup.window import Popup


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def type_query(qtbot, popup, text: str) -> None:
    """ASCII as key presses; Chinese the way an input method delivers it, as committed text."""
    popup.search.clear()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(popup.search, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QGuiApplication.sendEvent(popup.search, event)


def test_tk_then_enter_copies_the_refund_reply(qtbot, popup, lib) -> None:
    QGuiApplication.clipboard().setText("before")
    type_query(qtbot, popup, "tk")
    assert popup.model.hit(0).template.title == "退款到账时间"
    with qtbot.waitSignal(popup.copied) as copied:
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    expected = lib.get("tk").body  # no variables in this one
    assert clipboard() == expected
    assert copied.args == [expected, False]
    assert not popup.isVisible()
    assert lib.get("tk").use_count == 1


def open_form(qtbot, popup, query: str) -> None:
    """The agent opens the popup for the next buyer, types ``query`` and presses Enter: the form is shown."""
    popup.show_popup()
    type_query(qtbot, popup, query)
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert popup.pages.currentWidget() is popup.form


def test_variables_form_fills_copies_and_remembers(qtbot, popup, lib) -> None:
    open_form(qtbot, popup, "wl")
    courier = popup.form.editor("快递")
    number = popup.form.editor("单号")
    assert isinstance(courier, QComboBox) and courier.currentText() == "顺丰"
    assert isinstance(number, QLineEdit) and number.text() == ""
    courier.setCurrentText("中通")
    number.setFocus()
    qtbot.keyClicks(number, "ZT7890")
    assert popup.form.preview.toPlainText() == expand(lib.get("wl").body, {"快递": "中通", "单号": "ZT7890"}, Context())
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(number, Qt.Key.Key_Return)
    assert clipboard() == expand(lib.get("wl").body, {"快递": "中通", "单号": "ZT7890"}, Context())
    # Next time the form starts from the courier typed last; the tracking number was that buyer's.
    open_form(qtbot, popup, "wl")
    assert popup.form.editor("单号").text() == ""
    assert popup.form.editor("快递").currentText() == "中通"


def test_the_next_buyer_never_gets_the_last_buyers_tracking_number(qtbot, popup, lib) -> None:
    body = lib.get("wl").body
    # Buyer A: 中通, ZT7890.
    open_form(qtbot, popup, "wl")
    popup.form.editor("快递").setCurrentText("中通")
    qtbot.keyClicks(popup.form.editor("单号"), "ZT7890")
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.form.editor("单号"), Qt.Key.Key_Return)
    assert clipboard() == expand(body, {"快递": "中通", "单号": "ZT7890"})
    # Buyer B, the same reply: the preview under the results and the form hold no trace of A's number.
    popup.show_popup()
    type_query(qtbot, popup, "wl")
    assert "【单号】" in popup.preview.toPlainText() and "ZT7890" not in popup.preview.toPlainText()
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    number = popup.form.editor("单号")
    assert number.text() == "" and popup.focusWidget() is number  # typing goes straight into it
    assert popup.form.editor("快递").currentText() == "中通"
    assert "ZT7890" not in popup.form.preview.toPlainText()
    # A quick second Enter sends nothing: the form waits for the number.
    qtbot.keyClick(number, Qt.Key.Key_Return)
    assert popup.pages.currentWidget() is popup.form and clipboard() == expand(body, {"快递": "中通", "单号": "ZT7890"})
    assert "单号" in popup.form.hint() and popup.focusWidget() is number
    qtbot.keyClicks(number, "ZT1111")
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(number, Qt.Key.Key_Return)
    assert clipboard() == "亲，您的包裹已经由中通发出啦，运单号是ZT1111。" + body.split("。", 1)[1]
    assert "单号" not in lib.values.last()


def test_a_template_marks_which_values_are_kept(qtbot, make_library) -> None:
    """{买家昵称~}: this reply goes to the same buyer again and again; {活动!:…}: back to its default every time."""
    library = make_library(
        {"categories": [{"path": "售前/活动", "templates": [
            {"title": "活动提醒", "shortcut": "hdtx", "body": "亲爱的{买家昵称~}，本店{活动!:满299减30}进行中哦。"},
        ]}]}
    )  # fmt: skip
    QGuiApplication.clipboard().clear()
    popup = Popup(library)
    qtbot.addWidget(popup)
    popup.close_on_focus_loss = False
    open_form(qtbot, popup, "hdtx")
    assert popup.focusWidget() is popup.form.editor("买家昵称")
    popup.form.editor("买家昵称").setText("小王")  # as an input method commits it
    popup.form.editor("活动").setText("满199减20")
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.form.editor("买家昵称"), Qt.Key.Key_Return)
    assert clipboard() == "亲爱的小王，本店满199减20进行中哦。"
    open_form(qtbot, popup, "hdtx")
    assert popup.form.editor("买家昵称").text() == "小王"
    assert popup.form.editor("活动").text() == "满299减30"
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.form.editor("买家昵称"), Qt.Key.Key_Return)
    assert clipboard() == "亲爱的小王，本店满299减30进行中哦。"


def test_esc_in_the_form_goes_back_and_copies_nothing(qtbot, popup) -> None:
    QGuiApplication.clipboard().setText("untouched")
    type_query(qtbot, popup, "wl")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    qtbot.keyClick(popup.form.editor("单号"), Qt.Key.Key_Escape)
    assert popup.pages.currentIndex() == 0 and popup.isVisible()
    qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert clipboard() == "untouched"


def test_letters_go_past_the_input_method_so_one_enter_copies(qtbot, popup, lib) -> None:
    # What the platform asks before it lets an input method compose in the focused widget.
    assert popup.search.inputMethodQuery(Qt.InputMethodQuery.ImEnabled) is False
    assert not popup.chinese.isChecked()
    type_query(qtbot, popup, "tk")
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert clipboard() == lib.get("tk").body


def test_ctrl_i_turns_typing_chinese_on_and_off_and_the_popup_remembers(qtbot, popup, lib) -> None:
    from quickreply.core.library.settings import TYPE_CHINESE_IN_POPUP

    qtbot.keyClick(popup.search, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert popup.chinese.isChecked() and popup.search.inputMethodQuery(Qt.InputMethodQuery.ImEnabled) is True
    assert popup.search.text() == ""  # the key switched, it typed nothing
    assert lib.settings.get(TYPE_CHINESE_IN_POPUP) is True
    popup.hide()
    popup.show_popup()
    assert popup.chinese.isChecked()
    qtbot.keyClick(popup.search, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert popup.search.inputMethodQuery(Qt.InputMethodQuery.ImEnabled) is False
    assert lib.settings.get(TYPE_CHINESE_IN_POPUP) is False


def test_a_composition_the_box_did_not_ask_for_is_not_composing(qtbot, popup) -> None:
    # An input method that sends a preedit anyway (the box said it takes none) must not take Enter from the agent.
    QGuiApplication.sendEvent(popup.search, QInputMethodEvent("tui", []))
    assert not popup.search.composing


def test_ime_composition_triggers_no_search_and_keeps_enter(qtbot, popup, monkeypatch) -> None:
    popup.chinese.setChecked(True)  # the agent chose to type Chinese through the input method
    type_query(qtbot, popup, "tk")
    calls = []
    monkeypatch.setattr(popup.library, "search", lambda *a, **k: calls.append(a) or [])
    QGuiApplication.clipboard().setText("untouched")
    composing = QInputMethodEvent("tui", [])
    QGuiApplication.sendEvent(popup.search, composing)
    assert popup.search.composing and popup.search.text() == "tk"
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)  # the IME's Enter: commits, copies nothing
    assert calls == [] and clipboard() == "untouched"
    committed = QInputMethodEvent()
    committed.setCommitString("退")
    QGuiApplication.sendEvent(popup.search, committed)
    assert not popup.search.composing
    assert calls and popup.search.text() == "tk退"


def test_alt_3_picks_the_third(qtbot, popup) -> None:
    type_query(qtbot, popup, "tk")
    third = popup.model.hit(2).template
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.search, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert clipboard() == third.body


def test_ctrl_enter_copies_and_keeps_the_popup_open(qtbot, popup) -> None:
    type_query(qtbot, popup, "th")
    with qtbot.waitSignal(popup.copied) as copied:
        qtbot.keyClick(popup.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert copied.args[1] is True and popup.isVisible()


def test_arrows_move_and_the_preview_follows(qtbot, popup, lib) -> None:
    type_query(qtbot, popup, "tk")
    qtbot.keyClick(popup.search, Qt.Key.Key_Down)
    second = popup.model.hit(1).template
    assert popup.results.currentIndex().row() == 1
    assert popup.preview.toPlainText() == second.body
    qtbot.keyClick(popup.search, Qt.Key.Key_Up)
    qtbot.keyClick(popup.search, Qt.Key.Key_Up)
    assert popup.results.currentIndex().row() == 0
    qtbot.keyClick(popup.search, Qt.Key.Key_PageDown)
    assert popup.results.currentIndex().row() > 1


def test_preview_shows_what_the_form_will_ask(qtbot, popup) -> None:
    type_query(qtbot, popup, "wl")
    assert "【单号】" in popup.preview.toPlainText() and "顺丰" in popup.preview.toPlainText()


def test_ctrl_d_toggles_favorite_and_empty_query_shows_it(qtbot, popup, lib) -> None:
    type_query(qtbot, popup, "cf")
    target = popup.model.hit(0).template
    was = lib.get(target.id).favorite
    qtbot.keyClick(popup.search, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert lib.get(target.id).favorite is not was
    popup.search.clear()
    favorites = [popup.model.hit(r).template.id for r in range(popup.model.rowCount())]
    assert (target.id in favorites) is not was


def test_at_category_narrows(qtbot, popup) -> None:
    type_query(qtbot, popup, "@售前 fp")
    rows = [popup.model.hit(r).template for r in range(popup.model.rowCount())]
    assert rows and all(t.category.startswith("售前/") for t in rows)


def test_no_match_says_what_to_try(qtbot, popup) -> None:
    type_query(qtbot, popup, "zzzqqq")
    assert popup.model.rowCount() == 0 and "tk" in popup.empty.text()


def test_results_model_passes_qtmodeltester(qtmodeltester, lib) -> None:
    model = ResultsModel()
    model.set_hits(lib.search("退款"))
    qtmodeltester.check(model)
    assert model.index(0).data(HIT_ROLE).template.title
    model.set_hits([])
    qtmodeltester.check(model)


def test_result_rows_fit_the_list_so_the_category_is_never_cut_off(popup, qtbot) -> None:
    qtbot.keyClicks(popup.search, "tk")
    view = popup.results
    view.resize(view.width() - 40, view.height())  # a narrower popup, as on a small screen
    qtbot.wait(50)
    rect = view.visualRect(popup.model.index(0, 0))
    assert rect.right() <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()


def test_a_copy_while_another_process_imports_still_pastes_and_counts_later(qtbot, popup, lib) -> None:
    import sqlite3

    other = sqlite3.connect(lib.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a big import in the CLI holds the write lock
    type_query(qtbot, popup, "wl")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    qtbot.keyClicks(popup.form.editor("单号"), "YT555")
    with qtbot.waitSignal(popup.copied, timeout=2500):
        qtbot.keyClick(popup.form.editor("单号"), Qt.Key.Key_Return)
    assert "YT555" in clipboard()
    assert not popup.isVisible()
    other.execute("ROLLBACK")
    other.close()
    assert lib.get("wl").use_count == 0  # not yet written
    popup.show_popup()
    type_query(qtbot, popup, "tk")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert (lib.get("wl").use_count, lib.get("tk").use_count) == (1, 1)
    assert lib.values.last()["快递"] == "顺丰" and "单号" not in lib.values.last()
