"""Buyer phrasings in the manager, as a lead uses them: typing 买家问法 in the editor, tidying what a reply learned from
buyers' messages, and handling the questions no reply answered. Dialogs are replaced; the library is the real one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from quickreply.core import Library
from quickreply.core.library.field_limits import MAX_PHRASING
from quickreply.ui.manager.buyer_questions_page import BuyerQuestionsPage
from quickreply.ui.manager.window import ManagerWindow

from .conftest import manager_on

ASKED = "亲 退款几天能到账啊 订单号 3301234567890123"


@pytest.fixture
def window(qtbot, small, monkeypatch) -> ManagerWindow:
    return manager_on(qtbot, small, monkeypatch)


def open_reply(win: ManagerWindow, title: str) -> None:
    """Click the reply ``title`` in the list, so the editor shows it."""
    for row in range(win.proxy.rowCount()):
        index = win.proxy.index(row, 0)
        if win.proxy.data(index).lstrip("★ ") == title:
            win.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            return
    raise AssertionError(f"{title} is not listed")


def learned_rows(win: ManagerWindow) -> list[list[str]]:
    items = (win.learned.list.topLevelItem(r) for r in range(win.learned.list.topLevelItemCount()))
    return [[item.text(c) for c in range(3)] for item in items if item is not None]


def status(win: ManagerWindow) -> str:
    return win.statusBar().currentMessage()


# --- the 买家问法 field ---------------------------------------------------------------------------------------------


def test_typed_phrasings_are_saved_one_per_line(window, small) -> None:
    open_reply(window, "退款到账时间")
    tk = small.get("tk")
    window.editor.phrasings.setPlainText("退款多久到账\n\n  钱什么时候退回来  \n")
    assert window.editor.is_dirty() and window.editor.save_button.isEnabled()
    assert window.template_actions.save()
    assert small.get(tk.id).phrasings == ("退款多久到账", "钱什么时候退回来")
    assert not window.editor.is_dirty()
    assert window.editor.phrasings.toPlainText() == "退款多久到账\n钱什么时候退回来"  # as saved, shown again


def test_a_new_reply_keeps_its_phrasings(window, small) -> None:
    window.new_template()
    window.editor.category.setCurrentText("售中/快递选择")
    window.editor.title.setText("周末发货")
    window.editor.body.setPlainText("亲，周末也正常发货哦。")
    window.editor.phrasings.setPlainText("周末发货吗\n星期天能发吗")
    assert window.template_actions.save()
    assert small.get(window.current_id).phrasings == ("周末发货吗", "星期天能发吗")


def test_discarding_changes_brings_the_phrasings_back(window, small) -> None:
    small.update("tk", phrasings="退款多久到账")
    window.after_change(small.get("tk").id, "")
    open_reply(window, "退款到账时间")
    assert window.editor.phrasings.toPlainText() == "退款多久到账"
    window.editor.phrasings.setPlainText("别的问法")
    assert window.editor.is_dirty()
    window.editor.revert()
    assert window.editor.phrasings.toPlainText() == "退款多久到账"
    assert not window.editor.is_dirty()
    assert small.get("tk").phrasings == ("退款多久到账",)


def test_a_too_long_phrasing_is_refused_by_the_library(window, small) -> None:
    open_reply(window, "退款到账时间")
    window.editor.phrasings.setPlainText("退" * (MAX_PHRASING + 1))
    assert not window.template_actions.save()
    assert f"最多 {MAX_PHRASING} 个字" in window.editor.error.text()
    assert small.get("tk").phrasings == ()
    assert window.editor.is_dirty()  # the lead's text is still there to shorten


# --- what a reply learned ------------------------------------------------------------------------------------------


@pytest.fixture
def learned(window, small) -> ManagerWindow:
    """The refund reply learned one buyer message (with an order number) and is open in the editor."""
    small.record_use("tk", asked=ASKED)
    open_reply(window, "退款到账时间")
    return window


def test_the_learned_phrasing_shows_without_the_order_number(learned, small) -> None:
    (phrasing,) = small.learned_for(small.get("tk").id)
    assert learned_rows(learned) == [[phrasing.text, "×1", phrasing.last_seen[:10]]]
    assert "3301234567890123" not in phrasing.text and "退款几天能到账" in phrasing.text
    assert learned.learned.list.isVisible() and not learned.learned.empty.isVisible()


def test_a_reply_that_learned_nothing_says_so(learned) -> None:
    open_reply(learned, "退款审核中")
    assert learned_rows(learned) == []
    assert learned.learned.empty.isVisible()
    assert learned.learned.empty.text() == "Nothing learned from buyer messages yet"
    assert learned.learned.empty.textFormat() == Qt.TextFormat.PlainText


def test_deleting_a_learned_phrasing(learned, small) -> None:
    tk = small.get("tk")
    learned.learned.choose(small.learned_for(tk.id)[0].id)
    learned.learned.remove_button.click()
    assert small.learned_for(tk.id) == []
    assert learned_rows(learned) == []
    assert status(learned).startswith("Deleted the learned phrasing")


def test_editing_a_learned_phrasing(learned, small, monkeypatch) -> None:
    tk = small.get("tk")
    monkeypatch.setattr(learned.questions, "ask_text", lambda *a, **k: "退款几天到账")
    learned.learned.choose(small.learned_for(tk.id)[0].id)
    learned.learned.edit_button.click()
    assert [p.text for p in small.learned_for(tk.id)] == ["退款几天到账"]
    assert learned_rows(learned)[0][0] == "退款几天到账"


def test_an_empty_edit_is_refused_with_the_library_s_reason(learned, small, monkeypatch) -> None:
    tk = small.get("tk")
    before = small.learned_for(tk.id)
    monkeypatch.setattr(learned.questions, "ask_text", lambda *a, **k: "   ")
    learned.learned.choose(before[0].id)
    learned.learned.edit_button.click()
    assert small.learned_for(tk.id) == before
    assert status(learned) == "学到的问法不能是空的：不要它的话请删除。"


def test_promoting_makes_it_a_buyer_phrasing_shown_in_the_editor(learned, small) -> None:
    tk = small.get("tk")
    (phrasing,) = small.learned_for(tk.id)
    learned.learned.choose(phrasing.id)
    learned.learned.promote_button.click()
    assert small.get(tk.id).phrasings == (phrasing.text,)
    assert small.learned_for(tk.id) == []
    assert learned.editor.phrasings.toPlainText() == phrasing.text
    assert not learned.editor.is_dirty()


def test_promoting_over_unsaved_edits_is_refused(learned, small) -> None:
    tk = small.get("tk")
    (phrasing,) = small.learned_for(tk.id)
    learned.editor.body.setPlainText("亲，退款今天就到。")
    learned.learned.choose(phrasing.id)
    learned.learned.promote_button.click()
    assert small.get(tk.id).phrasings == ()
    assert small.learned_for(tk.id) == [phrasing]
    assert learned.editor.body.toPlainText() == "亲，退款今天就到。"  # the edit is not lost
    assert status(learned).startswith("Save or discard your changes first")


# --- the buyer questions page --------------------------------------------------------------------------------------


@pytest.fixture
def asked(small) -> Library:
    assert small.note_question("你们周末发货吗 我很着急")
    assert small.note_question("<b>x</b> 是什么意思")
    return small


@pytest.fixture
def page(qtbot, window, asked) -> BuyerQuestionsPage:
    shown = window.open_buyer_questions_page()
    qtbot.addWidget(shown)
    return shown


def question_texts(page: BuyerQuestionsPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def choose_question(page: BuyerQuestionsPage, text: str) -> int:
    row = question_texts(page).index(text)
    page.table.selectRow(row)
    return page.model.questions[row].id


def test_the_page_lists_noted_questions_literally(page) -> None:
    assert sorted(question_texts(page)) == ["<b>x</b> 是什么意思", "你们周末发货吗 我很着急"]
    row = question_texts(page).index("<b>x</b> 是什么意思")
    assert page.model.data(page.model.index(row, 1)) == 1
    assert page.model.data(page.model.index(row, 0), Qt.ItemDataRole.ToolTipRole) is None  # tooltips are rich text
    assert page.table.isVisible() and not page.empty.isVisible()
    assert page.count.text() == "2 questions"


def test_attach_makes_it_a_learned_phrasing_of_the_selected_reply(window, page, asked) -> None:
    open_reply(window, "退款到账时间")
    tk = asked.get("tk")
    choose_question(page, "你们周末发货吗 我很着急")
    page.attach_button.click()
    assert [p.text for p in asked.learned_for(tk.id)] == ["你们周末发货吗 我很着急"]
    assert question_texts(page) == ["<b>x</b> 是什么意思"]
    assert [q.text for q in asked.questions()] == ["<b>x</b> 是什么意思"]
    assert page.status.text() == "Attached the question to 「退款到账时间」."
    assert learned_rows(window)[0][0] == "你们周末发货吗 我很着急"  # the manager shows it at once


def test_a_question_with_markup_stays_text_in_the_learned_list(window, page, asked) -> None:
    open_reply(window, "退款审核中")
    choose_question(page, "<b>x</b> 是什么意思")
    page.attach_button.click()
    assert learned_rows(window)[0][0] == "<b>x</b> 是什么意思"


def test_attach_without_a_selected_reply_says_so(window, page, asked) -> None:
    assert window.current_id is None
    choose_question(page, "你们周末发货吗 我很着急")
    page.attach_button.click()
    assert page.status.text() == "Select a reply in the manager's list first, then attach the question to it."
    assert len(asked.questions()) == 2


def test_deleting_a_question(page, asked) -> None:
    choose_question(page, "你们周末发货吗 我很着急")
    page.remove_button.click()
    assert [q.text for q in asked.questions()] == ["<b>x</b> 是什么意思"]
    assert question_texts(page) == ["<b>x</b> 是什么意思"]
    assert page.status.text() == "Deleted 1 questions."


def test_export_writes_the_questions_with_a_header(page, tmp_path) -> None:
    page.ask_path = lambda: tmp_path / "问题"
    written = page.export_csv()
    assert written == tmp_path / "问题.csv"
    lines = written.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0] == "编号,买家的话,次数,第一次,最近一次"
    assert sorted(line.split(",")[1] for line in lines[1:]) == ["<b>x</b> 是什么意思", "你们周末发货吗 我很着急"]
    assert page.status.text() == f"Saved 2 questions to {written}."


def test_an_export_that_cannot_be_written_names_the_file(page, tmp_path) -> None:
    (tmp_path / "问题.csv").mkdir()  # a folder where the file should go
    page.ask_path = lambda: tmp_path / "问题.csv"
    assert page.export_csv() is None
    assert "问题.csv" in page.status.text()


def test_clear_all_asks_then_forgets_everything(window, page, asked) -> None:
    asked.record_use("tk", asked=ASKED)
    page.confirm = lambda text: False
    page.clear_button.click()
    assert len(asked.questions()) == 2
    page.confirm = lambda text: True
    page.clear_button.click()
    assert asked.questions() == [] and asked.learned_for(asked.get("tk").id) == []
    assert page.empty.isVisible() and not page.table.isVisible()
    assert page.empty.text() == "No unanswered buyer questions"
    assert page.status.text() == "Deleted 1 learned phrasings and 2 unanswered questions."


def test_the_period_filter(page, asked) -> None:
    asked.db.execute("UPDATE buyer_questions SET last_seen = '2020-01-01T00:00:00+00:00' WHERE text LIKE '<b>%'")
    page.period.setCurrentIndex(page.period.findData(7))
    assert question_texts(page) == ["你们周末发货吗 我很着急"]
    page.period.setCurrentIndex(page.period.count() - 1)  # all
    assert page.period.currentText() == "All"
    assert len(question_texts(page)) == 2
