"""Replies, categories, packs, couriers and buyers' words that look like HTML show as the characters they are.

A lead's pack or a buyer's message may hold ``<img src="/dev/zero">`` (Qt loads the file: the app dies of
std::bad_alloc), a fake ``<b>✔ 已通过平台话术审核</b>`` banner, a link, an ``&amp;`` or a ``\\\\host\\share`` image (on
Windows the machine connects out). Every window is built on a library full of them; every label, tooltip, menu entry
and message box that shows one must show it as written.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QIcon, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QToolTip,
    QWidget,
)

from quickreply.core import Library, QuickReplyError
from quickreply.core.packs.exports import PackDetails, Selection, export_pack
from quickreply.core.packs.import_apply import import_file
from quickreply.core.packs.subscription import subscribe
from quickreply.core.shipping.fee_store import replace_couriers
from quickreply.core.shipping.rates import OTHER, Courier, RateRow, RateTable
from quickreply.ui import damaged_library
from quickreply.ui.first_start import FirstStartDialog
from quickreply.ui.manager.buyer_questions_page import BuyerQuestionsPage
from quickreply.ui.manager.fee_page import FeePage
from quickreply.ui.manager.questions import Questions
from quickreply.ui.manager.usage_page import UsagePage
from quickreply.ui.manager.window import ManagerWindow
from quickreply.ui.packs.export_dialog import ExportDialog
from quickreply.ui.packs.import_dialog import ImportDialog
from quickreply.ui.packs.packs_dialog import InstalledPacksDialog, SubscriptionDialog
from quickreply.ui.plain_text import ask_yes_no, menu_text, notification_text, plain_label, tooltip
from quickreply.ui.popup.copied_notice import Notice
from quickreply.ui.popup.window import Popup
from quickreply.ui.settings_dialog import SettingsDialog
from quickreply.ui.tray import Tray

from .conftest import manager_on

IMG = '<img src="/dev/zero">'
BANNER = "<b>✔ 已通过平台话术审核</b>"
LINK = '<a href="http://x">点我</a>'
AMP = "&amp;"
UNC = '<img src="\\\\host\\share\\x.png">'
SHORT_UNC = '<img src="\\\\h\\s.png">'  # a category name holds 40 characters at most, and no "/"
BODY = f"{IMG}{BANNER}{LINK} {AMP} {UNC} 再点我"
TITLE = f"{IMG}退款 A&B 点我"
FORM_TITLE = f"{BANNER}填单号"
TOP = f"{SHORT_UNC}售后 A&B {AMP}"
CATEGORY = f"{TOP}/<b>退款 A&B"
COURIER = f"{UNC}顺丰"
PACK = f"{IMG}团队 A&B"
QUESTION = f"{BANNER}你们家怎么还没发货啊？{IMG}"
PHRASING = f"{BANNER}请问什么时候退款呢？{LINK}"
#: What would be markup if Qt read the text as rich text.
MARKUP = ("<img", "<b>", "<a ", AMP)

HOSTILE_LIBRARY = {
    "categories": [
        {
            "path": CATEGORY,
            "templates": [
                {"title": TITLE, "shortcut": "tk", "body": BODY, "phrasings": [BANNER]},
                {"title": FORM_TITLE, "shortcut": "tdh", "body": "亲，单号{单号}。"},
            ],
        }
    ]
}
#: A lead's rule whose words are markup too: the reply check quotes its message, suggestion and fix.
HOSTILE_RULE = {
    "id": "hostile",
    "level": "error",
    "words": ["点我"],
    "message": f"{BANNER}「{{word}}」{IMG}",
    "suggestion": LINK,
    "fixes": {"点我": "A&B"},
}


@pytest.fixture
def hostile(make_library, tmp_path) -> Library:
    """A library where everything a user or a pack can write is markup: replies, categories, a courier and its note,
    a buyer question, a learned phrasing, a reply-check rule, an installed pack with its name, author and notes."""
    lib = make_library(HOSTILE_LIBRARY)
    (lib.home / "lint-rules.json").write_text(json.dumps({"rules": [HOSTILE_RULE]}, ensure_ascii=False), "utf-8")
    replace_couriers(
        lib,
        RateTable(
            [Courier(name=COURIER, code="SF", note=BODY)],
            [RateRow(COURIER, OTHER, Decimal(1), Decimal(10), Decimal(1), Decimal(2), (1, 2))],
        ),
    )
    assert lib.note_question(QUESTION)
    lib.record_use(lib.get("tk").id, asked=PHRASING)
    lead = make_library(HOSTILE_LIBRARY)
    export_pack(
        lead,
        tmp_path / "team.qrpack",
        Selection(),
        PackDetails(name=PACK, version="1", author=BANNER, description=BODY),
        force=True,
    )
    import_file(lib, tmp_path / "team.qrpack")
    lib.sync()
    return lib


# --- what "shown as written" means ------------------------------------------------------------------------------


def has_markup(text: str) -> bool:
    return any(m in text for m in MARKUP)


def rendered(tip: str) -> str:
    """What Qt shows for a tooltip: rich text when it looks like markup, else the text itself."""
    if not QtGui.Qt.mightBeRichText(tip):
        return tip
    # Parsed only once no tag of a user's is left in it: the wrapper of ``tooltip`` is ours, the rest escaped.
    inner = re.sub(r"^<p style='white-space:pre-wrap'>|</p>$", "", tip)
    assert "<" not in inner and ">" not in inner, f"a tooltip read as rich text holds markup: {tip!r}"
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def assert_plain_labels(widget: QWidget) -> list[QLabel]:
    """Every label of ``widget`` that holds markup shows it as text; the labels that do."""
    labels = [*widget.findChildren(QLabel), *([widget] if isinstance(widget, QLabel) else [])]
    marked = [label for label in labels if has_markup(label.text())]
    for label in marked:
        assert label.textFormat() == Qt.TextFormat.PlainText, f"{label.objectName() or label!r}: {label.text()!r}"
    return marked


def assert_literal_tooltip(tip: str) -> None:
    shown = rendered(tip)
    if has_markup(tip) or has_markup(shown):
        assert has_markup(shown), f"markup in a tooltip was rendered: {tip!r}"


def assert_plain_tooltips(widget: QWidget) -> None:
    """Every widget's tooltip in ``widget``, and every tooltip of the item views' rows, shows its text as written."""
    for child in [widget, *widget.findChildren(QWidget)]:
        assert_literal_tooltip(child.toolTip())
        for action in child.actions():
            assert_literal_tooltip(action.toolTip())
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            for index in indexes(child.model()):
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    assert_literal_tooltip(tip)


def indexes(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        column = 0
        while model.hasIndex(row, column, parent):  # a list model's columnCount is private in PySide
            index = model.index(row, column, parent)
            yield index
            if column == 0:
                yield from indexes(model, index)
            column += 1


def assert_shown_as_written(widget: QWidget) -> list[QLabel]:
    assert_plain_tooltips(widget)
    return assert_plain_labels(widget)


def lone_ampersand(text: str) -> bool:
    """Whether a menu or button text has an ``&`` Qt would take for a mnemonic."""
    return "&" in text.replace("&&", "")


def menu_entries(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        if action.menu() is not None:
            yield from menu_entries(action.menu())


@pytest.fixture
def no_dialog_waits(monkeypatch) -> list[QWidget]:
    """Message boxes and input dialogs are kept instead of run (a modal box would wait forever)."""
    shown: list[QWidget] = []

    def kept(dialog: QWidget) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", kept)
    monkeypatch.setattr(QInputDialog, "exec", kept)
    return shown


# --- the helper -------------------------------------------------------------------------------------------------


def test_a_tooltip_shows_its_text_character_for_character() -> None:
    for text in (BODY, f"{AMP}\n  两行\n{LINK}", "A&B", "普通的话"):
        assert rendered(tooltip(text)) == text
    assert tooltip("") == ""  # no tooltip at all


def test_menu_texts_keep_their_ampersands() -> None:
    assert menu_text("退款 A&B") == "退款 A&&B" and not lone_ampersand(menu_text("A&B&&C"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Windows and macOS balloons are plain text")
def test_a_linux_notification_is_escaped() -> None:
    assert notification_text(f"已更新模板包「{PACK}」") == '已更新模板包「&lt;img src="/dev/zero"&gt;团队 A&amp;B」'


# --- the popup --------------------------------------------------------------------------------------------------


@pytest.fixture
def popup(qtbot, hostile) -> Popup:
    widget = Popup(hostile)
    qtbot.addWidget(widget)
    widget.close_on_focus_loss = False
    widget.show_popup()
    qtbot.waitExposed(widget)
    return widget


def test_the_popup_shows_replies_warnings_forms_and_buyers_words_as_written(qtbot, popup, hostile) -> None:
    popup.search.setText("tk")
    qtbot.waitUntil(lambda: popup.model.rowCount() > 0)
    assert popup.model.hit(0).template.title == TITLE
    assert rendered(popup.model.data(popup.model.index(0), Qt.ItemDataRole.ToolTipRole)) == BODY
    assert_shown_as_written(popup)

    qtbot.waitUntil(lambda: not popup.rule_breaks.stale)
    popup.copy_row(0, keep_open=True)  # breaks the rules: the warning quotes the title and the rule's message
    assert popup.warning.isVisible() and TITLE in popup.warning.text()
    assert popup.warning in assert_shown_as_written(popup)

    popup.copy_template(hostile.get("tdh"))  # asks for 单号: the form's title is the reply's
    assert popup.pages.currentIndex() == 1
    assert any(FORM_TITLE in label.text() for label in assert_shown_as_written(popup.form))


def test_a_buyers_message_and_the_messages_quoting_it_are_text(qtbot, popup) -> None:
    popup.show_popup(message=QUESTION)
    assert popup.banner.isVisible()
    assert_literal_tooltip(popup.banner.toolTip())
    assert rendered(popup.banner.toolTip()) == QUESTION
    popup.search.setText("新疆能发吗")  # who delivers there: the message names the couriers
    qtbot.waitUntil(lambda: COURIER in popup.empty.text())
    assert popup.empty in assert_shown_as_written(popup)
    popup.search.setText(f"运费 新疆 2 {BANNER}")  # the words of a fee question not understood are quoted
    qtbot.waitUntil(lambda: "<b>" in popup.fee_notice.text())
    assert popup.fee_notice in assert_shown_as_written(popup)


@pytest.fixture(autouse=True)
def memory_capped() -> Iterator[None]:
    """Address space capped at what the process holds plus 2 GB while each test runs: should text be rendered again,
    reading /dev/zero ends in std::bad_alloc at once instead of taking the machine's memory first."""
    if not sys.platform.startswith("linux"):
        yield
        return
    import resource

    status = Path("/proc/self/status").read_text()
    held = int(re.search(r"VmSize:\s+(\d+) kB", status).group(1)) * 1024  # type: ignore[union-attr]
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = held + (2 << 30)
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def test_hovering_a_reply_whose_body_is_an_image_of_dev_zero_shows_the_text(qtbot, popup) -> None:
    # Rendered as rich text, the tooltip loads /dev/zero: the process dies here (std::bad_alloc).
    popup.search.setText("tk")
    qtbot.waitUntil(lambda: popup.model.rowCount() > 0)
    viewport = popup.results.viewport()
    point = popup.results.visualRect(popup.model.index(0)).center()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert rendered(QToolTip.text()) == BODY
    QToolTip.hideText()


def test_the_copied_notice_is_text() -> None:
    notice = Notice()
    notice.flash(f"已复制：{BODY[:24]}")
    assert notice in assert_plain_labels(notice)
    notice.hide()


# --- the tray ---------------------------------------------------------------------------------------------------


def test_the_tray_menu_shows_categories_and_titles_with_their_ampersands(qtbot, hostile) -> None:
    hostile.set_favorite("tk", True)
    tray = Tray(hostile, QIcon(), IMG)
    tray.rebuild()
    entries = list(menu_entries(tray.menu))
    assert f"{menu_text(TITLE)}\ttk" in entries  # a favourite, and in its category
    assert menu_text(TOP) in entries
    assert not [e for e in entries if lone_ampersand(e)]
    for menu in [tray.menu, *tray.menu.findChildren(QMenu)]:
        for action in menu.actions():
            assert_literal_tooltip(action.toolTip())
    assert any(rendered(a.toolTip()) == BODY for m in tray.menu.findChildren(QMenu) for a in m.actions())


# --- the manager ------------------------------------------------------------------------------------------------


@pytest.fixture
def manager(qtbot, hostile, monkeypatch) -> ManagerWindow:
    window = manager_on(qtbot, hostile, monkeypatch)
    qtbot.waitExposed(window)
    return window


def test_the_manager_shows_replies_categories_and_the_reply_check_as_written(qtbot, manager, hostile) -> None:
    template = hostile.get("tk")
    manager.replies.select(template.id)
    manager.current_id = template.id
    manager.editor.load(template, [CATEGORY])
    manager.editor.check_now()
    assert manager.editor.findings and not manager.editor.title_mark.isHidden()
    marked = assert_shown_as_written(manager)
    assert any(BANNER in label.text() for label in marked)  # the rule's message in the findings list
    fixes = [manager.editor.checks.fix_button(n) for n in range(manager.editor.checks.list.count())]
    assert "Change to 「A&&B」" in [b.text() for b in fixes if b is not None]
    assert rendered(manager.table_model.data(manager.table_model.index(0, 0), Qt.ItemDataRole.ToolTipRole)) == BODY
    cursor = QTextCursor(manager.editor.body.document())
    cursor.setPosition(BODY.rindex("点我") + 1)
    menu = manager.editor.context_menu(manager.editor.body.cursorRect(cursor).center())
    assert "Change 「点我」 to 「A&&B」" in [a.text() for a in menu.actions()]

    # the other reply given this one's shortcut: the clash names this one
    manager.editor.load(hostile.get("tdh"), [CATEGORY])
    manager.editor.shortcut.setText("tk")
    assert TITLE in manager.editor.clash.text()
    assert manager.editor.clash in assert_shown_as_written(manager)


def test_undo_and_the_trash_show_titles_as_written(qtbot, manager, hostile) -> None:
    hostile.remove(hostile.get("tk").id)
    manager.reload()
    assert TITLE in manager.undo_action.text().replace("&&", "&")
    assert not lone_ampersand(manager.undo_action.text())
    assert rendered(manager.undo_action.toolTip()).endswith(f"「{TITLE}」")
    manager.show_trash(True)
    assert rendered(manager.trash_model.data(manager.trash_model.index(0, 0), Qt.ItemDataRole.ToolTipRole)) == BODY
    assert_shown_as_written(manager)


def test_the_manager_questions_quote_categories_as_written(manager, no_dialog_waits) -> None:
    questions = Questions(manager)
    questions.ask_text("重命名分类", f"新名字「{CATEGORY}」：", TOP)
    questions.confirm_category_delete(CATEGORY, 2, 0, [TOP])
    questions.ask_choice("移动", f"移到「{CATEGORY}」", [CATEGORY])
    assert len(no_dialog_waits) == 3
    for dialog in no_dialog_waits:
        assert assert_plain_labels(dialog)


def test_the_fee_page_shows_couriers_and_notes_as_written(qtbot, hostile, monkeypatch) -> None:
    page = FeePage(hostile)
    qtbot.addWidget(page)
    monkeypatch.setattr(page, "ask_unsaved", lambda: "discard")
    page.show()
    assert page.couriers.item(0).text() == COURIER
    assert page.note.text() == BODY
    assert page.note in assert_shown_as_written(page)


def test_the_usage_page_names_files_as_written(qtbot, hostile, monkeypatch, tmp_path) -> None:
    page = UsagePage(hostile)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(page, "ask_path", lambda: tmp_path / f"{BANNER[:3]}使用.csv")
    assert page.export_csv() is not None
    assert page.status in assert_shown_as_written(page)


def test_buyer_questions_and_learned_phrasings_are_text(qtbot, manager, hostile) -> None:
    template = hostile.get("tk")
    page = BuyerQuestionsPage(hostile, lambda: (template.id, template.title))
    qtbot.addWidget(page)
    page.show()
    assert page.model.questions[0].text.startswith(BANNER)
    page.table.selectRow(0)
    page.attach_chosen()
    assert TITLE in page.status.text()
    assert page.status in assert_shown_as_written(page)
    manager.learned.show_for(template.id)
    assert any(
        BANNER in manager.learned.list.topLevelItem(n).text(0) for n in range(manager.learned.list.topLevelItemCount())
    )
    assert_shown_as_written(manager.learned)


# --- packs ------------------------------------------------------------------------------------------------------


def test_installed_packs_show_names_authors_and_notes_as_written(qtbot, hostile, monkeypatch) -> None:
    dialog = InstalledPacksDialog(hostile)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.item(0, 0).text() == PACK and dialog.table.item(0, 2).text() == BANNER
    assert rendered(dialog.table.item(0, 0).toolTip()) == BODY
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda text: asked.append(text) or True)
    dialog.remove_selected()
    assert PACK in asked[0] and PACK in dialog.message.text()
    assert dialog.message in assert_shown_as_written(dialog)


def test_asking_about_a_pack_shows_its_name_as_written(no_dialog_waits) -> None:
    ask_yes_no(None, "撤销导入", f"撤销导入「{PACK}」？")
    assert PACK in no_dialog_waits[0].text()
    assert assert_plain_labels(no_dialog_waits[0])


def test_the_subscription_names_its_file_as_written(qtbot, hostile, tmp_path) -> None:
    folder = tmp_path / f"{BANNER[:3]}共享"
    folder.mkdir()
    shared = folder / "team.qrpack"
    shared.write_bytes((tmp_path / "team.qrpack").read_bytes())
    subscribe(hostile, shared)
    dialog = SubscriptionDialog(hostile)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current in assert_shown_as_written(dialog)


def test_the_export_dialog_quotes_rule_breaking_titles_as_written(qtbot, hostile, tmp_path) -> None:
    dialog = ExportDialog(hostile)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.setText(str(tmp_path / "out.qrpack"))
    dialog.export()  # refused: the reply breaks platform rules, and the message names it
    qtbot.waitUntil(lambda: TITLE in dialog.message.text(), timeout=10_000)
    assert dialog.message in assert_shown_as_written(dialog)


def rich_text_left(widget: QWidget) -> list[str]:
    """What in ``widget`` still shows markup as rich text: labels not in plain text, tooltips holding tags."""
    left = [
        f"label {label.text()!r}"
        for label in widget.findChildren(QLabel)
        if has_markup(label.text()) and label.textFormat() != Qt.TextFormat.PlainText
    ]
    models = {id(v.model()): v.model() for v in widget.findChildren(QAbstractItemView) if v.model() is not None}
    for model in models.values():
        for index in indexes(model):
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and QtGui.Qt.mightBeRichText(tip) and not tip.startswith("<p style="):
                left.append(f"tooltip of row {index.row()}, column {index.column()}: {tip!r}")
    return left


def test_the_import_preview_shows_a_packs_words_as_written(qtbot, make_library, tmp_path) -> None:
    lead = make_library(
        {"categories": [{"path": "售后/<b>退款", "templates": [{"title": BANNER, "shortcut": "tk", "body": LINK}]}]}
    )
    path = tmp_path / "banner.qrpack"
    details = PackDetails(name=BANNER, version="1", author=LINK, description=f"{AMP} {IMG}")
    export_pack(lead, path, Selection(), details, force=True)
    # The agent's own reply has the pack's shortcut: the change's detail quotes its title.
    mine = make_library(
        {"categories": [{"path": "未分类", "templates": [{"title": f"{BANNER}旧", "shortcut": "tk", "body": "旧的"}]}]}
    )
    dialog = ImportDialog(mine)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.load(path)
    dialog.with_unchanged.setChecked(True)
    assert dialog.pack_name.text() == BANNER
    assert rich_text_left(dialog) == []


# --- first start, settings, a damaged library -------------------------------------------------------------------


def test_first_start_and_settings_show_what_was_typed_as_written(qtbot, hostile) -> None:
    welcome = FirstStartDialog(hostile, IMG)
    qtbot.addWidget(welcome)
    assert assert_shown_as_written(welcome)

    def refuse(chosen: object) -> None:
        raise QuickReplyError(f"热键「{IMG}」已被占用")

    settings = SettingsDialog(hostile, refuse)
    qtbot.addWidget(settings)
    settings.accept()
    assert settings.error in assert_shown_as_written(settings)


def test_a_damaged_library_names_its_folder_as_written(no_dialog_waits) -> None:
    damaged_library.ask_restore(f"快捷回复的资料库已损坏，打不开：/home/{IMG}/library.db", f"{BANNER} 昨天")
    labels = assert_plain_labels(no_dialog_waits[0])
    assert len(labels) == 2  # the problem and the advice naming the backup


def test_plain_label_is_plain() -> None:
    assert plain_label(BODY).textFormat() == Qt.TextFormat.PlainText
