"""The popup meets the buyer's message half way: copy the buyer's words, open the popup, Enter answers them — and the
library learns from each pick."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from quickreply.core.library.settings import SUGGEST_FROM_CLIPBOARD
from quickreply.core.shipping import fee_store
from quickreply.core.shipping.rate_sheets import sample_table
from quickreply.core.variables import Context, expand
from quickreply.paths import resources
from quickreply.ui.popup.results import REASON_ROLE
from quickreply.ui.popup.search_answer import SEARCHED_CHARS
from quickreply.ui.popup.window import MAX_QUERY_CHARS
from tests.ui.test_popup import clipboard, type_query

REFUND = "亲 退款几天能到账啊"


def buyer_copies(text: str) -> None:
    """The agent selects the buyer's words in the chat and presses Ctrl+C (another program's plain text)."""
    QGuiApplication.clipboard().setText(text)


def titles(popup, count: int = 3) -> list[str]:
    return [popup.model.hit(row).template.title for row in range(min(count, popup.model.rowCount()))]


def test_a_copied_buyer_message_is_answered_on_opening_and_enter_copies_the_reply(qtbot, popup, lib) -> None:
    popup.hide()
    buyer_copies(REFUND)
    popup.show_popup()
    assert popup.search.text() == "" and popup.focusWidget() is popup.search
    assert popup.banner.isVisible() and popup.banner.text() == f"Suggested for the buyer's words: “{REFUND}”"
    assert popup.banner.textFormat() == Qt.TextFormat.PlainText
    assert popup.model.hit(0).template.title == "退款到账时间"
    reason = popup.model.index(0).data(REASON_ROLE)
    assert reason.startswith("↳ 买家问法") and "退款" in reason
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    tk = lib.get("tk")
    assert clipboard() == tk.body
    assert [p.text for p in lib.learned_for(tk.id)] == [REFUND]
    assert lib.questions() == []


def test_a_picked_reply_learns_the_message_without_its_order_number_and_ranks_first_next_time(
    qtbot, popup, lib
) -> None:
    tk = lib.get("tk")
    similar = "钱原路回去要等多少天"
    type_query(qtbot, popup, similar)
    assert popup.model.hit(0).template.id != tk.id  # not yet: the library has not heard it asked this way
    popup.search.setText("订单2736451928374650182 钱原路回去要等多少天呀")  # pasted
    row = next(r for r in range(popup.model.rowCount()) if popup.model.hit(r).template.id == tk.id)
    for _ in range(row):  # the agent goes down the list to the right reply
        qtbot.keyClick(popup.search, Qt.Key.Key_Down)
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert clipboard() == tk.body
    learned = [p.text for p in lib.learned_for(tk.id)]
    assert len(learned) == 1 and "钱原路回去要等多少天" in learned[0]
    assert "2736451928374650182" not in learned[0]
    popup.show_popup()
    type_query(qtbot, popup, similar)
    assert popup.model.hit(0).template.id == tk.id


def test_closing_without_copying_keeps_the_message_as_a_question(qtbot, popup, lib) -> None:
    popup.hide()
    buyer_copies("你们家的猫粮狗粮能一起拼单发货吗")
    popup.show_popup()
    assert popup.suggesting
    qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert [q.text for q in lib.questions()] == ["你们家的猫粮狗粮能一起拼单发货吗"]
    # Opened and closed again on the same words: still one question, asked once.
    popup.show_popup()
    popup.hide()
    assert [q.times for q in lib.questions()] == [1]


def test_searching_for_something_else_and_copying_that_keeps_the_message_as_a_question(qtbot, popup, lib) -> None:
    popup.search.setText("你们家的猫粮狗粮能一起拼单发货吗")
    type_query(qtbot, popup, "th")
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert [q.text for q in lib.questions()] == ["你们家的猫粮狗粮能一起拼单发货吗"]
    assert lib.learned_for(lib.get("th").id) == []


def test_a_short_code_query_learns_nothing_and_keeps_no_question(qtbot, popup, lib) -> None:
    type_query(qtbot, popup, "tk")
    assert popup.model.index(0).data(REASON_ROLE) == ""  # found by its letters: no hint, the row as before
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    popup.show_popup()
    popup.hide()
    assert lib.learned_for(lib.get("tk").id) == [] and lib.questions() == []


def test_rows_found_by_meaning_get_a_third_line_and_short_codes_keep_two(qtbot, popup) -> None:
    type_query(qtbot, popup, "tk")
    two_lines = popup.results.sizeHintForRow(0)
    popup.search.setText(REFUND)
    assert popup.model.has_reasons
    assert popup.results.sizeHintForRow(0) > two_lines
    type_query(qtbot, popup, "tk")
    assert popup.results.sizeHintForRow(0) == two_lines


def test_typing_replaces_the_suggestions_with_a_normal_search(qtbot, popup) -> None:
    popup.hide()
    buyer_copies(REFUND)
    popup.show_popup()
    type_query(qtbot, popup, "th")
    assert not popup.banner.isVisible() and popup.suggesting == ""
    assert popup.model.hit(0).template.shortcut == "th"


def test_a_message_with_a_tracking_number_opens_the_form_with_the_number_filled(qtbot, popup, lib) -> None:
    popup.hide()
    buyer_copies("SF1234567890123 到哪了呀 怎么还没到")
    popup.show_popup()
    first = popup.model.hit(0)
    assert first.template.shortcut == "wl" and first.values["单号"] == "SF1234567890123"
    assert "SF1234567890123" in popup.preview.toPlainText()
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    number = popup.form.editor("单号")
    assert isinstance(number, QLineEdit) and number.text() == "SF1234567890123"
    assert popup.form.editor("快递").currentText() == "顺丰"
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(number, Qt.Key.Key_Return)
    assert clipboard() == expand(lib.get("wl").body, {"快递": "顺丰", "单号": "SF1234567890123"}, Context())


def test_our_own_copy_is_not_suggested(qtbot, popup) -> None:
    popup.search.setText(REFUND)
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    popup.show_popup()
    assert not popup.suggesting and not popup.banner.isVisible()
    # A clipboard manager kept only the text: still ours.
    buyer_copies(clipboard())
    popup.hide()
    popup.show_popup()
    assert not popup.suggesting


def test_a_message_already_answered_is_not_suggested_twice(qtbot, popup) -> None:
    popup.hide()
    buyer_copies(REFUND)
    popup.show_popup()
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    buyer_copies(REFUND)  # the same words copied again
    popup.show_popup()
    assert not popup.suggesting
    buyer_copies("包裹显示签收了但我没收到啊")  # a new message is
    popup.hide()
    popup.show_popup()
    assert popup.suggesting == "包裹显示签收了但我没收到啊"


def test_with_the_setting_off_nothing_is_suggested(qtbot, popup, lib) -> None:
    lib.settings.save({SUGGEST_FROM_CLIPBOARD: False})
    popup.hide()
    buyer_copies(REFUND)
    popup.show_popup()
    assert not popup.suggesting and not popup.banner.isVisible()
    assert popup.search.text() == ""
    assert titles(popup, 50) == [h.template.title for h in lib.search("")]  # favourites and recent, as always


def test_a_copied_shortcut_or_word_is_not_a_buyer_message(qtbot, popup) -> None:
    popup.hide()
    for text in ("tk", "退款", "   "):
        buyer_copies(text)
        popup.show_popup()
        assert not popup.suggesting
        popup.hide()


def test_a_message_with_a_place_and_a_weight_gets_the_fee_answer(qtbot, popup, lib) -> None:
    fee_store.replace_couriers(lib, sample_table())
    popup.hide()
    buyer_copies("发新疆 3公斤多少运费")
    popup.show_popup()
    assert popup.mode is popup.fee_answer and popup.area.pages.currentWidget() is popup.fee_answer.page
    chosen = popup.fees.current()
    assert chosen is not None and chosen.province == "新疆"
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    # 邮政 is the cheapest to ship (24.00), but the buyer pays by the default courier's fee, and the reply says so.
    assert chosen.courier == "邮政"
    assert clipboard().startswith("亲，寄往新疆3公斤的包裹，运费按本店默认快递极兔的价格算，是36.00元，由邮政发出")


def test_without_a_fee_table_a_fee_message_is_searched(qtbot, popup, lib) -> None:
    fee_store.remove_samples(lib)
    popup.show_popup()
    popup.search.setText("发新疆 3公斤多少运费")
    assert popup.mode is popup.search_answer and popup.model.rowCount() > 0


@pytest.mark.parametrize(
    "pasted",
    [
        pytest.param("亲 退款几天能到账啊" * 10_000, id="100k characters"),
        pytest.param("😀🙏👍🎉" * 20, id="only emoji"),
        pytest.param("1234567890" * 8, id="only digits"),
        pytest.param("？？！！。。……", id="only punctuation"),
        pytest.param(bytes(range(256)).decode("latin-1") * 40, id="binary"),
    ],
)
def test_bad_pastes_neither_crash_nor_freeze(qtbot, popup, pasted: str) -> None:
    popup.search.setText(pasted)
    assert popup.isVisible()
    if popup.model.rowCount() == 0:
        assert popup.empty.text().startswith("Nothing")
        assert "initials (tk)" in popup.empty.text()
    popup.hide()
    popup.show_popup()
    buyer_copies(pasted)
    popup.hide()
    popup.show_popup()  # a suggestion for it, or the popup as usual: no traceback either way
    assert popup.banner.text().count("\n") == 0 and len(popup.banner.text()) < 400


def test_random_garbage_on_the_clipboard_opens_the_popup(qtbot, popup) -> None:
    rng = random.Random(15)
    for _ in range(5):
        garbage = "".join(chr(rng.randrange(1, 0x2FFFF)) for _ in range(rng.randrange(1, 3000)))
        mime = QMimeData()
        mime.setText(garbage.encode("utf-8", "replace").decode("utf-8"))
        QGuiApplication.clipboard().setMimeData(mime)
        popup.hide()
        popup.show_popup()
        assert popup.isVisible()


def test_only_emoji_says_nothing_found_in_chinese(qtbot, popup) -> None:
    translator = QTranslator()
    assert translator.load("quickreply_zh_CN", str(resources() / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        popup.search.setText("😀😀😀 ？？")
        assert popup.empty.text().startswith("没有找到")
        assert "tk" in popup.empty.text()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_long_paste_is_searched_by_its_beginning(qtbot, popup, monkeypatch) -> None:
    seen: list[str] = []
    search = popup.library.search
    monkeypatch.setattr(popup.library, "search", lambda query, *a, **k: seen.append(query) or search(query, *a, **k))
    popup.search.setText(REFUND * 5000)
    assert len(popup.search.text()) == MAX_QUERY_CHARS  # the box keeps no more, and stays quick to type in
    assert seen and len(seen[-1]) == SEARCHED_CHARS
    seen.clear()
    qtbot.keyClicks(popup.search, "a")  # at the end of the paste: what is searched stays the same, so no search
    assert seen == []


def test_the_banner_shows_a_note_when_no_selected_text_came(qtbot, popup) -> None:
    popup.hide()
    popup.show_popup(note="No selected text was fetched.")
    assert popup.banner.isVisible() and popup.banner.text() == "No selected text was fetched."
    assert not popup.suggesting


def test_a_selected_message_is_answered_whatever_the_clipboard_holds(qtbot, popup, lib) -> None:
    popup.hide()
    buyer_copies("包裹显示签收了但我没收到啊")
    popup.show_popup(message=REFUND)
    assert popup.suggesting == REFUND and popup.model.hit(0).template.title == "退款到账时间"
