"""The reply check in the manager's editor: what a lead sees while typing a reply, and the one-click fix."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QInputMethodEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from quickreply.ui.manager.reply_check import ERROR_COLOR, WARNING_COLOR
from quickreply.ui.manager.template_editor import TemplateEditor
from quickreply.ui.manager.window import ManagerWindow
from quickreply.ui.plain_text import tooltip

from .conftest import manager_on

MESSAGE = "「最低价」是广告法禁止的绝对化用语，平台会处罚。"
SUGGESTION = "换成实在的描述，如 很实惠、口碑不错、尽力为您安排。"


@pytest.fixture
def window(qtbot, small, monkeypatch) -> ManagerWindow:
    return manager_on(qtbot, small, monkeypatch)


def type_body(qtbot, editor: TemplateEditor, text: str) -> None:
    """Type into the reply the way an input method commits Chinese, a character at a time, then wait for the check
    that follows the last keystroke."""
    editor.body.setFocus()
    with qtbot.waitSignal(editor.checked, timeout=2000):
        for char in text:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(editor.body, event)


def underlined(editor: TemplateEditor) -> dict[int, str]:
    """Document position → "error" or "warning", for every character with a wavy underline."""
    marks = {}
    block = editor.body.document().begin()
    while block.isValid():
        for part in block.layout().formats():
            style = part.format
            if style.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                kind = {ERROR_COLOR.name(): "error", WARNING_COLOR.name(): "warning"}[style.underlineColor().name()]
                for n in range(part.start, part.start + part.length):
                    marks[block.position() + n] = kind
        block = block.next()
    return marks


def point_at(editor: TemplateEditor, position: int) -> QPoint:
    """The middle of the character at ``position``, in the body's viewport."""
    cursor = QTextCursor(editor.body.document())
    cursor.setPosition(position)
    left = editor.body.cursorRect(cursor)
    cursor.setPosition(position + 1)
    right = editor.body.cursorRect(cursor)
    return QPoint((left.x() + right.x()) // 2, left.center().y())


@pytest.fixture
def bad_reply(qtbot, window) -> TemplateEditor:
    window.new_template()
    editor = window.editor
    type_body(qtbot, editor, "亲，全网最低价")
    return editor


def test_typing_an_absolute_term_underlines_exactly_it_as_an_error(bad_reply) -> None:
    assert underlined(bad_reply) == {4: "error", 5: "error", 6: "error"}  # 最低价
    assert bad_reply.checks.summary.text() == "Reply check: 1 个错误"
    assert [(f.level, f.text, f.start, f.end) for f in bad_reply.findings] == [("error", "最低价", 4, 7)]
    assert bad_reply.checks.list.count() == 1


def test_variables_stay_marked_next_to_a_finding(qtbot, window) -> None:
    window.new_template()
    type_body(qtbot, window.editor, "{金额}最低价，请您查收")
    marks = underlined(window.editor)
    assert marks == {4: "error", 5: "error", 6: "error"}
    variable = window.editor.body.document().begin().layout().formats()
    assert any(p.start == 0 and p.length >= 4 and p.format.fontWeight() > 400 for p in variable)


def test_a_warning_is_orange_and_the_list_counts_both(qtbot, window) -> None:
    window.new_template()
    type_body(qtbot, window.editor, "亲，最低价！！")
    assert underlined(window.editor) == {2: "error", 3: "error", 4: "error", 5: "warning", 6: "warning"}
    assert window.editor.checks.summary.text() == "Reply check: 1 个错误、1 条建议"


def test_the_quick_fix_button_replaces_exactly_the_span_and_can_be_undone(qtbot, bad_reply) -> None:
    button = bad_reply.checks.fix_button(0)
    assert button is not None and button.text() == "Change to 「优惠价」"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert bad_reply.body.toPlainText() == "亲，全网优惠价"
    assert bad_reply.is_dirty() and bad_reply.save_button.isEnabled()
    assert bad_reply.findings == [] and underlined(bad_reply) == {}
    assert bad_reply.checks.summary.text() == "Reply check: 没有问题"
    bad_reply.body.undo()
    assert bad_reply.body.toPlainText() == "亲，全网最低价"


def test_the_quick_fix_from_the_context_menu_on_the_span(bad_reply) -> None:
    menu = bad_reply.context_menu(point_at(bad_reply, 5))
    fix = menu.actions()[0]
    assert fix.text() == "Change 「最低价」 to 「优惠价」"
    fix.trigger()
    assert bad_reply.body.toPlainText() == "亲，全网优惠价"
    outside = bad_reply.context_menu(point_at(bad_reply, 0))
    assert not any("优惠价" in a.text() for a in outside.actions())


def test_hovering_the_span_shows_message_and_suggestion(qtbot, bad_reply) -> None:
    assert bad_reply.tooltip_at(point_at(bad_reply, 5)) == f"{MESSAGE}\n{SUGGESTION}"
    assert bad_reply.tooltip_at(point_at(bad_reply, 1)) == ""
    viewport = bad_reply.body.viewport()
    point = point_at(bad_reply, 4)
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    assert QToolTip.text() == tooltip(f"{MESSAGE}\n{SUGGESTION}")  # the rule's words as written
    QToolTip.hideText()


def test_clicking_a_finding_selects_its_span(qtbot, bad_reply) -> None:
    bad_reply.title.setFocus()
    item = bad_reply.checks.list.item(0)
    rect = bad_reply.checks.list.visualItemRect(item)
    qtbot.mouseClick(bad_reply.checks.list.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, rect.center().y()))
    assert bad_reply.body.textCursor().selectedText() == "最低价"


def test_a_title_finding_is_marked_next_to_the_title(qtbot, bad_reply) -> None:
    with qtbot.waitSignal(bad_reply.checked, timeout=2000):
        bad_reply.title.setText("最便宜的说明")
    assert bad_reply.title_mark.isVisible() and "「最便宜」" in bad_reply.title_mark.text()
    title_finding = next(f for f in bad_reply.findings if f.field == "title")
    bad_reply.apply_fix(title_finding)
    assert bad_reply.title.text() == "很实惠的说明" and not bad_reply.title_mark.isVisible()


def test_a_loaded_reply_is_checked_at_once(qtbot, window, small) -> None:
    bad = small.add("售后/退款时效", "低价说明", "亲，我们是全网最低价", "dj")
    window.reload()
    window.select_templates([bad.id])
    window.table.setCurrentIndex(window.table.selectionModel().selectedRows()[0])
    assert window.editor.template is not None and window.editor.template.id == bad.id
    assert window.editor.checks.summary.text() == "Reply check: 1 个错误"


def test_a_broken_rules_file_turns_the_check_off_and_says_why(qtbot, window, small) -> None:
    (small.home / "lint-rules.json").write_text("{ not json", encoding="utf-8")
    window.load_rules()
    window.new_template()
    type_body(qtbot, window.editor, "最低价")
    assert window.editor.findings == []
    assert "lint-rules.json" in window.editor.checks.summary.text()
    assert "lint-rules.json" in window.statusBar().currentMessage()


def test_rules_are_read_again_after_an_import(qtbot, window, small) -> None:
    (small.home / "lint-rules.json").write_text('{"disabled": ["absolute-terms"]}', encoding="utf-8")
    window.new_template()
    type_body(qtbot, window.editor, "亲，最低价")
    assert any(f.is_error for f in window.editor.findings)  # rules read when the manager opened
    window.pack_menu.library_changed.emit("imported")
    window.new_template()
    type_body(qtbot, window.editor, "亲，最低价")
    assert window.editor.findings == []


def test_the_check_line_is_hidden_while_nothing_is_written(window: ManagerWindow) -> None:
    window.editor.clear()
    assert window.editor.checks.isHidden()  # no "没有问题" beside an empty, disabled editor
    window.new_template()
    assert window.editor.checks.isHidden()
    window.editor.body.setPlainText("亲，您好。")
    window.editor.check_now()
    assert not window.editor.checks.isHidden()
