"""The manager window, flow by flow, as a lead uses it. Dialogs are replaced; everything else is the real thing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from quickreply.ui.manager import window as manager_module
from quickreply.ui.manager.item_models import ALL, CategoryModel, TemplateTableModel, TrashModel
from quickreply.ui.manager.questions import CANCEL, DISCARD, SAVE
from quickreply.ui.manager.window import ManagerWindow, templates_in

from .conftest import manager_on


@pytest.fixture
def window(qtbot, small, monkeypatch) -> ManagerWindow:
    return manager_on(qtbot, small, monkeypatch)


def titles(win: ManagerWindow) -> list[str]:
    return [t.title for t in templates_in(win)]


def select_titles(win: ManagerWindow, *wanted: str) -> None:
    """Select these rows (as with Ctrl+click), the first of them current, as in the editor."""
    selection = win.table.selectionModel()
    rows = {win.proxy.data(win.proxy.index(r, 0)).lstrip("★ "): r for r in range(win.proxy.rowCount())}
    first = win.proxy.index(rows[wanted[0]], 0)
    selection.setCurrentIndex(
        first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    for title in wanted[1:]:
        selection.select(
            win.proxy.index(rows[title], 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def tree_indexes(win: ManagerWindow) -> list:
    """Every category row of the tree (not 全部)."""
    model = win.categories
    tops = [model.index(r, 0) for r in range(1, model.rowCount())]
    return [*tops, *(model.index(r, 0, top) for top in tops for r in range(model.rowCount(top)))]


def choose_category(win: ManagerWindow, path: str) -> None:
    cat = win.library.category(path)
    win.tree.setCurrentIndex(win.categories.index_of(cat.id))


def test_lists_everything_then_a_category(window) -> None:
    assert len(titles(window)) == 5
    choose_category(window, "售后/退款时效")
    assert titles(window) == ["退款到账时间", "退款审核中"]


def test_search_uses_the_popup_search(qtbot, window) -> None:
    qtbot.keyClicks(window.search, "cxfh")
    assert titles(window) == ["重新发货安排"]


def test_create_a_reply(qtbot, window, small) -> None:
    choose_category(window, "售后/退款时效")
    window.new_template()
    assert window.editor.values()["category"] == "售后/退款时效"
    window.editor.title.setText("退款已到账确认")
    window.editor.shortcut.setText("tkdz")
    window.editor.tags.setText("退款, 到账")
    window.editor.body.setPlainText("亲，退款{金额:10}元已经原路退回，请您查收～")
    assert window.editor.preview.toPlainText() == "亲，退款10元已经原路退回，请您查收～"
    assert window.template_actions.save()
    created = small.get("tkdz")
    assert (created.title, created.tags, created.category) == ("退款已到账确认", ("退款", "到账"), "售后/退款时效")
    assert "退款已到账确认" in titles(window) and not window.editor.is_dirty()
    assert small.search("tkydz")[0].template.id == created.id  # its initials, found at once


def test_edit_a_reply(qtbot, window, small) -> None:
    select_titles(window, "退款审核中")
    assert window.editor.values()["title"] == "退款审核中"
    window.editor.body.setPlainText("亲，退款正在审核，一般24小时内完成。")
    qtbot.keyClick(window.editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert small.get("tksh").body == "亲，退款正在审核，一般24小时内完成。"


def test_a_shortcut_clash_is_shown_while_typing_and_not_saved(qtbot, window, small) -> None:
    select_titles(window, "退款审核中")
    window.editor.shortcut.setText("TK")
    assert window.editor.clash.isVisible() and "退款到账时间" in window.editor.clash.text()
    assert not window.editor.save_button.isEnabled()
    assert not window.template_actions.save() and "退款到账时间" in window.editor.error.text()
    assert small.get("tksh").shortcut == "tksh"


def test_move_by_dropping_on_a_category(window, small) -> None:
    select_titles(window, "银行卡退款", "退款审核中")
    ids = window.replies.selected_ids()
    data = window.table_model.mimeData([window.table_model.index(window.table_model.row_of(i), 0) for i in ids])
    target = window.categories.index_of(small.category("售后/退款时效").id)
    window.categories.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    assert small.get("yhk").category == "售后/退款时效" and small.get("tksh").category == "售后/退款时效"


def test_bulk_delete_then_undo(window, small) -> None:
    select_titles(window, "退款到账时间", "银行卡退款", "重新发货安排")
    window.template_actions.delete_selected()
    assert titles(window) == ["退款审核中", "顺丰时效说明"] or sorted(titles(window)) == sorted(
        ["退款审核中", "顺丰时效说明"]
    )
    assert small.search("tk")[0].template.title != "退款到账时间"
    window.undo()
    assert len(titles(window)) == 5 and small.get("tk").title == "退款到账时间"


def test_trash_restore(window, small) -> None:
    select_titles(window, "银行卡退款")
    window.template_actions.delete_selected()
    window.show_trash(True)
    assert window.pages.currentIndex() == 1 and window.trash_model.rowCount() == 1
    window.trash_table.selectRow(0)
    window.trash_page.restore_selected()
    assert small.get("yhk").title == "银行卡退款" and window.trash_model.rowCount() == 0
    window.show_trash(False)
    assert "银行卡退款" in titles(window)


def test_unsaved_changes_are_never_lost_silently(window, small, monkeypatch) -> None:
    select_titles(window, "退款审核中")
    window.editor.title.setText("改了但没保存")
    asked = []
    monkeypatch.setattr(window.questions, "ask_unsaved", lambda: asked.append(1) or CANCEL)
    select_titles(window, "银行卡退款")
    assert asked and window.editor.values()["title"] == "改了但没保存"  # cancel: still editing
    monkeypatch.setattr(window.questions, "ask_unsaved", lambda: SAVE)
    select_titles(window, "银行卡退款")
    assert small.get("tksh").title == "改了但没保存" and window.editor.values()["title"] == "银行卡退款"
    window.editor.title.setText("这次不要了")
    monkeypatch.setattr(window.questions, "ask_unsaved", lambda: DISCARD)
    select_titles(window, "退款到账时间")
    assert small.get("yhk").title == "银行卡退款"


def test_closing_with_unsaved_changes_asks(window, monkeypatch) -> None:
    select_titles(window, "退款审核中")
    window.editor.body.setPlainText("亲，未保存的内容。")
    monkeypatch.setattr(window.questions, "ask_unsaved", lambda: CANCEL)
    assert not window.close() and window.isVisible()
    monkeypatch.setattr(window.questions, "ask_unsaved", lambda: DISCARD)
    assert window.close()


def test_categories_create_rename_delete(window, small, monkeypatch) -> None:
    monkeypatch.setattr(window.questions, "ask_text", lambda *a, **k: "售后/改地址")
    window.category_actions.new()
    assert "售后/改地址" in [c.path for c in small.categories()]
    cat = small.category("售后/改地址")
    # The new category is in the tree and chosen, and the status bar says so.
    assert window.categories.category(window.tree.currentIndex()).path == "售后/改地址"
    assert "售后/改地址" in window.statusBar().currentMessage()
    monkeypatch.setattr(window.questions, "ask_text", lambda *a, **k: "地址修改")
    window.category_actions.rename(cat.id)
    assert small.category(cat.id).path == "售后/地址修改"
    assert window.categories.category(window.tree.currentIndex()).path == "售后/地址修改"
    assert "售后/地址修改" in window.statusBar().currentMessage()
    told = []
    monkeypatch.setattr(window.questions, "confirm_category_delete", lambda *asked: told.append(asked) or "trash")
    window.category_actions.delete(small.category("售后/退款时效").id)
    # The replies could go to any other category, not to the one going away.
    assert told == [("售后/退款时效", 2, 0, ["售后", "售后/地址修改", "售中", "售中/快递选择"])]
    assert "售后/退款时效" not in [c.path for c in small.categories()]
    assert {t.template.title for t in small.trash()} >= {"退款到账时间", "退款审核中"}
    assert "售后/退款时效" in window.statusBar().currentMessage()
    assert "售后/退款时效" not in [window.categories.category(i).path for i in tree_indexes(window)]


def test_new_from_clipboard_and_duplicate(window, small) -> None:
    QGuiApplication.clipboard().setText("亲，这是从聊天里复制来的好回复。\n第二行")
    window.template_actions.new_from_clipboard()
    assert any(t.body.startswith("亲，这是从聊天里复制来的好回复") for t in small.templates())
    select_titles(window, "退款审核中")
    window.template_actions.duplicate()
    assert "退款审核中（副本）" in [t.title for t in small.templates()]


def test_sorting_by_uses(window, small) -> None:
    small.record_use("yhk")
    small.record_use("yhk")
    small.record_use("cxfh")
    window.reload()
    window.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert titles(window)[:2] == ["银行卡退款", "重新发货安排"]


def test_holds_at_1366_by_768(window) -> None:
    window.resize(1366, 768)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768


def test_every_model_passes_qtmodeltester(qtmodeltester, small) -> None:
    categories = CategoryModel()
    categories.set_categories(small.categories(), len(small))
    qtmodeltester.check(categories)
    assert categories.index_of(ALL).isValid()
    table = TemplateTableModel()
    table.set_templates(small.templates())
    qtmodeltester.check(table)
    small.remove("yhk")
    trash = TrashModel()
    trash.set_items(small.trash())
    qtmodeltester.check(trash)


def test_module_opens_a_window(qtbot, small) -> None:
    win = manager_module.open_manager(small)
    qtbot.addWidget(win)
    assert win.isVisible()


def test_drag_a_category_before_its_sibling_reorders(window, small) -> None:
    tops = [c.path for c in small.categories() if c.parent_id is None]
    assert tops == ["售后", "售中"]
    moved = window.categories.mimeData([window.categories.index_of(small.category("售中").id)])
    target = window.categories.index_of(small.category("售后").id)
    assert window.categories.dropMimeData(moved, Qt.DropAction.MoveAction, -1, 0, target) is False
    assert [c.path for c in small.categories() if c.parent_id is None] == ["售中", "售后"]
    # Library order follows: with no uses, 售中's replies now come first in the list.
    assert titles(window)[0] == "顺丰时效说明"


def test_a_category_cannot_be_dropped_into_another_level(window, small) -> None:
    moved = window.categories.mimeData([window.categories.index_of(small.category("售中/快递选择").id)])
    target = window.categories.index_of(small.category("售后").id)
    assert not window.categories.canDropMimeData(moved, Qt.DropAction.MoveAction, -1, 0, target)


def test_bulk_move_tag_favourite_from_the_menu_actions(window, small, monkeypatch) -> None:
    select_titles(window, "银行卡退款", "重新发货安排")
    monkeypatch.setattr(window.questions, "ask_choice", lambda *a, **k: "售后/退款时效")
    window.template_actions.move_selected()
    assert {small.get("yhk").category, small.get("cxfh").category} == {"售后/退款时效"}
    window.undo()
    assert small.get("yhk").category == "售中/快递选择"
    select_titles(window, "银行卡退款", "重新发货安排")
    monkeypatch.setattr(window.questions, "ask_text", lambda *a, **k: "双11")
    window.template_actions.tag_selected()
    assert "双11" in small.get("yhk").tags and "双11" in small.get("cxfh").tags
    assert small.search("双11")
    select_titles(window, "银行卡退款", "重新发货安排")
    window.template_actions.favorite_selected(True)
    assert small.get("yhk").favorite and small.get("cxfh").favorite


def test_delete_forever_from_the_trash(window, small) -> None:
    select_titles(window, "银行卡退款")
    window.template_actions.delete_selected()
    window.show_trash(True)
    window.trash_table.selectRow(0)
    window.trash_page.delete_selected_forever()
    assert window.trash_model.rowCount() == 0 and small.trash() == []
    assert small.db.execute("SELECT count(*) FROM templates WHERE shortcut_key = 'yhk'").fetchone()[0] == 0


def test_variables_are_highlighted_in_the_body(window) -> None:
    select_titles(window, "顺丰时效说明")
    block = window.editor.body.document().firstBlock()
    formats = block.layout().formats()
    marked = {block.text()[f.start : f.start + f.length] for f in formats}
    assert {"{快递|顺丰|中通}", "{天数:2}", "{单号}"} <= marked


def test_what_the_library_refuses_is_said_in_the_status_bar(window, small, monkeypatch) -> None:
    monkeypatch.setattr(window.questions, "ask_text", lambda *a, **k: "一/二/三")
    window.category_actions.new()
    assert "一/二/三" not in [c.path for c in small.categories()]
    assert "最多两级" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    select_titles(window, "银行卡退款")
    monkeypatch.setattr(window.questions, "ask_choice", lambda *a, **k: "一/二/三")
    window.template_actions.move_selected()
    assert small.get("yhk").category == "售中/快递选择"
    assert "最多两级" in window.statusBar().currentMessage()
