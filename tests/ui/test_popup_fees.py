"""The popup answers 运费 questions and pasted tracking numbers, and Enter copies the reply for the buyer."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from quickreply.core.shipping import fee_store
from quickreply.core.shipping.rate_sheets import sample_table
from quickreply.core.variables import expand
from tests.ui.test_popup import clipboard, type_query


@pytest.fixture
def priced(popup, lib):
    fee_store.replace_couriers(lib, sample_table())
    popup.show_popup()  # the fee table is read when the popup opens
    return popup


def test_fee_question_lists_couriers_and_enter_copies_the_buyer_reply(qtbot, priced, lib) -> None:
    type_query(qtbot, priced, "运费 新疆 2.3")
    assert priced.mode is priced.fee_answer and priced.area.pages.currentWidget() is priced.fee_answer.page
    quotes = priced.fees.quotes
    assert len(quotes) == 9 and quotes[0].reachable
    chosen = priced.fees.current()
    assert chosen is quotes[0]
    with qtbot.waitSignal(priced.copied):
        qtbot.keyClick(priced.search, Qt.Key.Key_Return)
    # 邮政 ships cheapest (24.00) but the buyer pays by the default courier 极兔's fee: the reply says what is true.
    assert (chosen.courier, chosen.fee, chosen.buyer_pays) == ("邮政", Decimal("24.00"), Decimal("36.00"))
    expected = (
        "亲，寄往新疆2.3公斤的包裹，运费按本店默认快递极兔的价格算，是36.00元，由邮政发出，"
        "预计5-9天送达哦～有其他想了解的随时告诉我。"
    )
    assert clipboard() == expected
    assert lib.get("yfbj").use_count == 1


def test_cheapest_and_unreachable_are_marked(qtbot, priced) -> None:
    type_query(qtbot, priced, "运费 西藏 1")
    notes = [priced.fees.item(r, 5).text() for r in range(priced.fees.rowCount())]
    days = [priced.fees.item(r, 4).text() for r in range(priced.fees.rowCount())]
    assert any("cheapest" in n or "最便宜" in n for n in notes)
    assert days[-1] in ("not served", "不配送")  # 中通, 韵达, 极兔 and 京东 do not reach 西藏 in the sample


def test_arrows_choose_another_courier(qtbot, priced) -> None:
    type_query(qtbot, priced, "运费 江苏 1")
    qtbot.keyClick(priced.search, Qt.Key.Key_Down)
    assert priced.fees.current() is priced.fees.quotes[1]
    assert priced.fees.quotes[1].courier in priced.preview.toPlainText()


def test_an_unfinished_or_bad_question_says_what_to_type(qtbot, priced) -> None:
    type_query(qtbot, priced, "运费 2.3")
    assert "2.3" in priced.empty.text() and "新疆" in priced.empty.text()
    type_query(qtbot, priced, "运费 火星 1")
    assert "火星" in priced.empty.text()
    QGuiApplication.clipboard().setText("untouched")
    qtbot.keyClick(priced.search, Qt.Key.Key_Return)
    assert clipboard() == "untouched"


def test_without_a_fee_table_it_says_how_to_import_one(qtbot, popup, lib) -> None:
    fee_store.remove_samples(lib)
    popup.show_popup()
    type_query(qtbot, popup, "运费 新疆 2")
    assert "quickreply fees import" in popup.empty.text()


def wl_reply(lib, number: str = "SF1234567890123", courier: str = "顺丰") -> str:
    return expand(lib.get("wl").body, {"快递": courier, "单号": number})


def test_a_pasted_tracking_number_fills_the_logistics_form(qtbot, popup, lib) -> None:
    type_query(qtbot, popup, "SF1234567890123")
    assert popup.mode is popup.tracking_answer and "顺丰" in popup.empty.text()
    assert popup.preview.toPlainText() == wl_reply(lib)
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert popup.pages.currentWidget() is popup.form
    assert popup.form.editor("快递").currentText() == "顺丰"
    assert popup.form.editor("单号").text() == "SF1234567890123"
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.form.editor("单号"), Qt.Key.Key_Return)
    assert clipboard() == wl_reply(lib)
    type_query(qtbot, popup, "tk")
    assert popup.mode is popup.search_answer and popup.model.hit(0).template.shortcut == "tk"


def test_without_a_logistics_reply_a_pasted_number_copies_the_built_in_wording(qtbot, small) -> None:
    from quickreply.ui.popup.window import Popup

    for template in small.templates():
        if "{单号" in template.body:
            small.remove(template.id)
    popup = Popup(small)
    qtbot.addWidget(popup)
    popup.close_on_focus_loss = False
    popup.show_popup()
    type_query(qtbot, popup, "SF1234567890123")
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert clipboard().startswith("亲，您的包裹由顺丰速运承运，运单号SF1234567890123")


def test_the_arrows_on_a_pasted_tracking_number_keep_its_reply_in_the_preview(qtbot, popup, lib) -> None:
    type_query(qtbot, popup, "tk")  # the last search listed replies, now hidden behind the tracking number's message
    popup.search.setText("SF1234567890123")  # pasted over it, as the popup selects the last query when it opens
    assert popup.preview.toPlainText() == wl_reply(lib)
    qtbot.keyClick(popup.search, Qt.Key.Key_Down)
    assert popup.preview.toPlainText() == wl_reply(lib)


def test_a_tracking_number_on_the_clipboard_fills_the_logistics_form(qtbot, popup, lib) -> None:
    QGuiApplication.clipboard().setText("SF1234567890123")  # the agent copied it from the order page
    popup.show_popup()
    type_query(qtbot, popup, "wl")
    assert popup.preview.toPlainText() == wl_reply(lib)
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert popup.form.editor("快递").currentText() == "顺丰"
    assert popup.form.editor("单号").text() == "SF1234567890123"
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.form.editor("单号"), Qt.Key.Key_Return)
    assert clipboard() == wl_reply(lib)
    # Our reply is on the clipboard now: the next buyer's form does not take that buyer's number from it.
    popup.show_popup()
    type_query(qtbot, popup, "wl")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert popup.form.editor("单号").text() == ""


def test_a_message_holding_a_tracking_number_fills_the_logistics_form(qtbot, popup, lib) -> None:
    QGuiApplication.clipboard().setText("亲 我的快递YT1234567890123到哪了")
    popup.show_popup()
    type_query(qtbot, popup, "wl")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert popup.form.editor("快递").currentText() == "圆通"
    assert popup.form.editor("单号").text() == "YT1234567890123"
    with qtbot.waitSignal(popup.copied):
        qtbot.keyClick(popup.form.editor("单号"), Qt.Key.Key_Return)
    assert clipboard() == wl_reply(lib, "YT1234567890123", "圆通")


# --- 能发吗: a place without a weight ------------------------------------------------------------------------


def test_a_place_without_a_weight_says_who_delivers_and_copies_a_kind_reply(qtbot, priced) -> None:
    type_query(qtbot, priced, "运费 西藏")
    assert priced.mode is priced.fee_answer and priced.area.pages.currentWidget() is priced.empty
    said = priced.empty.text()
    assert "顺丰" in said and "3-5天" in said and "中通" in said  # 中通 does not deliver to 西藏 in the sample
    reply = priced.preview.toPlainText()
    assert reply.startswith("亲，西藏是可以发货的哦～顺丰约3-5天") and "中通" in reply
    assert "不能" not in reply and "不行" not in reply and "最" not in reply
    qtbot.keyClick(priced.search, Qt.Key.Key_Down)  # one reply: nothing else to choose
    with qtbot.waitSignal(priced.copied):
        qtbot.keyClick(priced.search, Qt.Key.Key_Return)
    assert clipboard() == reply


def test_a_buyer_asking_neng_fa_gets_the_reach_reply(qtbot, priced) -> None:
    priced.search.setText("亲 能发西藏吗")
    assert priced.mode is priced.fee_answer
    assert priced.preview.toPlainText().startswith("亲，西藏是可以发货的哦～")
    with qtbot.waitSignal(priced.copied):
        qtbot.keyClick(priced.search, Qt.Key.Key_Return)
    assert clipboard().startswith("亲，西藏是可以发货的哦～")


# --- 示例价格 on first use ----------------------------------------------------------------------------------


def test_a_new_home_quotes_the_sample_prices_marked_so(qtbot, popup, lib) -> None:
    type_query(qtbot, popup, "运费 新疆 2")
    assert popup.mode is popup.fee_answer and len(popup.fees.quotes) == 9
    assert popup.fee_sample_note.isVisible() and "示例价格" in popup.fee_sample_note.text()
    assert "示例价格" not in popup.preview.toPlainText()  # the note is for the agent, not the buyer
    fee_store.replace_couriers(lib, sample_table())  # the lead imports the shop's own table
    popup.show_popup()
    type_query(qtbot, popup, "运费 新疆 2")
    assert popup.mode is popup.fee_answer and not popup.fee_sample_note.isVisible()


def test_yun_fei_xian_is_a_search_not_a_fee_question(qtbot, priced, lib) -> None:
    type_query(qtbot, priced, "运费险")
    assert priced.mode is priced.search_answer
    assert priced.model.hit(0).template.title.startswith("运费险")
    with qtbot.waitSignal(priced.copied):
        qtbot.keyClick(priced.search, Qt.Key.Key_Return)
    assert clipboard() == priced.model.hit(0).template.body


def test_a_fee_word_alone_searches_and_says_how_to_ask_for_prices(qtbot, priced) -> None:
    for query in ("yf", "运费"):
        type_query(qtbot, priced, query)
        assert priced.mode is priced.search_answer and priced.model.rowCount() > 0
        assert priced.banner.isVisible() and "运费 新疆 2.3" in priced.banner.text()
    type_query(qtbot, priced, "tk")
    assert not priced.banner.isVisible()


def test_replies_for_the_question_show_under_the_prices_and_down_then_enter_copies_one(qtbot, priced, lib) -> None:
    type_query(qtbot, priced, "运费 新疆 2.3")
    listed = priced.fee_replies.model()
    titles = [listed.hit(r).template.title for r in range(listed.rowCount())]
    assert priced.fee_replies.isVisible() and titles[0] == "西藏新疆偏远运费"
    for _ in range(len(priced.fees.quotes) - 1):
        qtbot.keyClick(priced.search, Qt.Key.Key_Down)
    assert priced.fee_answer.chosen_reply() is None  # still on the last courier
    qtbot.keyClick(priced.search, Qt.Key.Key_Down)
    expected = expand(lib.get("xj").body)  # its 金额 at the default, 15
    assert priced.preview.toPlainText() == expected
    qtbot.keyClick(priced.search, Qt.Key.Key_Return)
    assert priced.pages.currentWidget() is priced.form  # it asks for 金额 first, as from the search
    with qtbot.waitSignal(priced.copied):
        qtbot.keyClick(priced.form.editor("金额"), Qt.Key.Key_Return)
    assert clipboard() == expected
    # Up from the first reply goes back to the couriers' prices.
    type_query(qtbot, priced, "运费 新疆 2.3")
    for _ in range(len(priced.fees.quotes)):
        qtbot.keyClick(priced.search, Qt.Key.Key_Down)
    qtbot.keyClick(priced.search, Qt.Key.Key_Up)
    assert priced.fee_answer.chosen_reply() is None
    assert f"由{priced.fees.current().courier}发出" in priced.preview.toPlainText()


def test_the_box_is_priced_by_its_size_and_the_words_not_understood_are_named(qtbot, priced) -> None:
    type_query(qtbot, priced, "运费 北京 1 40x30x30的箱子")
    assert priced.mode is priced.fee_answer and priced.area.pages.currentWidget() is priced.fee_answer.page
    jt = next(q for q in priced.fees.quotes if q.courier == "极兔")
    assert (jt.chargeable_kg, jt.fee) == (Decimal("4.5"), Decimal("14.50"))  # not the 4.50 of 1 kg
    assert priced.fee_notice.isVisibleTo(priced) and priced.fee_notice.text() == "没看懂：的箱子"
    type_query(qtbot, priced, "运费 北京 1 40x30x30")
    assert not priced.fee_notice.isVisibleTo(priced)


def test_jin_is_understood_in_the_popup(qtbot, priced) -> None:
    type_query(qtbot, priced, "运费 广州 3.5斤 顺丰")
    assert priced.mode is priced.fee_answer and [q.courier for q in priced.fees.quotes] == ["顺丰"]
    assert priced.fees.quotes[0].chargeable_kg == Decimal("1.75")
    assert "寄往广东1.75公斤的包裹" in priced.preview.toPlainText() and "由顺丰发出" in priced.preview.toPlainText()


def test_two_places_are_shown_not_guessed(qtbot, priced) -> None:
    type_query(qtbot, priced, "运费 北京 上海 2")
    assert "地区写了两个（北京、上海），请只写一个" in priced.empty.text()
    assert priced.fees.quotes == []
