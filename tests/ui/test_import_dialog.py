"""Importing through the dialog: the preview lists what will change, Apply does exactly that, Cancel nothing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from quickreply.core.packs import pack_file
from quickreply.core.packs.pack_file import PackTemplate
from quickreply.ui.manager.questions import DISCARD
from quickreply.ui.manager.window import ManagerWindow, templates_in
from quickreply.ui.packs.import_dialog import ImportDialog

from .packs_helpers import LEAD_LIBRARY, PACK_NAME, state, write_csv, write_pack


@pytest.fixture
def dialog(qtbot, small) -> ImportDialog:
    widget = ImportDialog(small)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def preview(qtbot, dialog: ImportDialog, path: Path, timeout: int = 10_000) -> list[tuple[str, str, str]]:
    """Load ``path`` and return the rows the table shows: (change, category, title)."""
    with qtbot.waitSignal(dialog.planned, timeout=timeout):
        dialog.load(path)
    return rows(dialog)


def rows(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    model = dialog.table.model()
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def apply(qtbot, dialog: ImportDialog, timeout: int = 10_000) -> str:
    with qtbot.waitSignal(dialog.imported, timeout=timeout) as blocker:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_a_spreadsheet_preview_lists_each_change(qtbot, dialog, small, tmp_path) -> None:
    before = state(small)
    sheet = write_csv(
        tmp_path / "新话术.csv",
        [
            ("售后/退款时效", "退款到账时间", "tk", "亲，退款一般1-3天到账哦。", "退款、到账"),  # word for word
            ("售后/退款时效", "退款审核中", "", "亲，审核一般要一天。"),  # same title, other words
            ("售后/退款时效", "退款进度", "tk", "亲，退款进度可以在订单里看。"),  # its shortcut is taken
            ("售前/尺码", "尺码推荐", "cm", "亲，身高体重发我帮您推荐尺码～"),
        ],
    )
    assert preview(qtbot, dialog, sheet) == [
        ("Added", "售后/退款时效", "退款进度"),
        ("Added", "售前/尺码", "尺码推荐"),
        ("Skipped", "售后/退款时效", "退款审核中"),
    ]
    assert "「tk」" in dialog.table.model().index(0, 3).data()
    dialog.with_unchanged.setChecked(True)
    assert rows(dialog)[-1] == ("Unchanged", "售后/退款时效", "退款到账时间")
    assert dialog.new_categories.text().endswith("售前、售前/尺码")
    assert dialog.summary.text() == "表格 新话术.csv: 新增 2 条，不变 1 条，跳过 1 条"
    assert not dialog.pack_box.isVisible() and dialog.apply_button.isEnabled()

    with qtbot.waitSignal(dialog.planned):
        dialog.strategy.setCurrentIndex(dialog.strategy.findData("overwrite"))
    assert ("Updated", "售后/退款时效", "退款审核中") in rows(dialog)
    assert state(small) == before
    apply(qtbot, dialog)
    assert small.get("cm").title == "尺码推荐" and small.templates("售后/退款时效")[1].body == "亲，审核一般要一天。"


def test_a_pack_update_shows_added_updated_and_removed(qtbot, dialog, small, make_library, tmp_path) -> None:
    lead = make_library(LEAD_LIBRARY)
    preview(qtbot, dialog, write_pack(lead, tmp_path / "v1.qrpack", "1"))
    assert dialog.pack_name.text() == PACK_NAME and dialog.pack_version.text() == "1"
    assert dialog.pack_author.text() == "组长" and dialog.pack_notes.text() == "双十一前的更新"
    assert [r[0] for r in rows(dialog)] == ["Added"] * 3
    apply(qtbot, dialog)

    lead.update("fhsj", body="亲，24小时内发货哦。")
    lead.remove("jjfh")
    lead.add("团队/发货", "发货快递", "亲，默认发中通。", "fhkd")
    update = ImportDialog(small)
    qtbot.addWidget(update)
    found = preview(qtbot, update, write_pack(lead, tmp_path / "v2.qrpack", "2"))
    assert sorted(found) == [
        ("Added", "团队/发货", "发货快递"),
        ("Removed", "团队/发货", "加急发货"),
        ("Updated", "团队/发货", "发货时间"),
    ]
    assert update.pack_version.text() == "2 (installed: 1)"
    assert update.summary.text().startswith(f"模板包「{PACK_NAME}」2 版")


def test_apply_changes_the_library_as_previewed_and_the_manager_shows_it(
    qtbot, small, make_library, tmp_path, monkeypatch
) -> None:
    window = ManagerWindow(small)
    qtbot.addWidget(window)
    monkeypatch.setattr(window.questions, "ask_unsaved", lambda: DISCARD)
    window.show()
    pack = write_pack(make_library(LEAD_LIBRARY), tmp_path / "team.qrpack", "1")
    opened = window.pack_menu.import_file(pack)
    qtbot.waitUntil(lambda: opened.plan is not None)
    message = apply(qtbot, opened)
    assert message == f"已导入模板包「{PACK_NAME}」1 版：新增 3 条。"
    assert "Undo last import" in opened.message.text()
    assert opened.progress.value() == opened.progress.maximum() > 0
    assert {"发货时间", "发货地址", "加急发货"} <= {t.title for t in templates_in(window)}
    assert small.get("fhsj").body == "亲，48小时内发货哦。" and len(small) == 8
    assert window.statusBar().currentMessage() == message
    opened.close()


def test_cancel_changes_nothing(qtbot, dialog, small, make_library, tmp_path) -> None:
    before = state(small)
    preview(qtbot, dialog, write_pack(make_library(LEAD_LIBRARY), tmp_path / "team.qrpack", "1"))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and state(small) == before and len(small) == 5


@pytest.mark.parametrize("name", ["坏掉的.qrpack", "坏掉的.xlsx"])
def test_a_broken_file_is_named_in_a_message_and_nothing_changes(qtbot, dialog, small, tmp_path, name) -> None:
    broken = tmp_path / name
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    before = state(small)
    with qtbot.waitSignal(dialog.failed) as failed:
        dialog.load(broken)
    assert name in failed.args[0] and "Traceback" not in failed.args[0]
    assert dialog.message.text() == failed.args[0] and dialog.message.isVisible()
    assert not dialog.apply_button.isEnabled() and dialog.table.model().rowCount() == 0
    assert state(small) == before


def test_an_older_version_is_refused_in_the_dialog(qtbot, dialog, make_library, tmp_path) -> None:
    lead = make_library(LEAD_LIBRARY)
    old = write_pack(lead, tmp_path / "v1.qrpack", "1")
    preview(qtbot, dialog, write_pack(lead, tmp_path / "v2.qrpack", "2"))
    apply(qtbot, dialog)
    again = ImportDialog(dialog.library)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.failed) as failed:
        again.load(old)
    assert "更旧" in failed.args[0] and "v1.qrpack" in failed.args[0]


def test_a_library_changed_since_the_preview_is_refused_then_previewed_again(qtbot, dialog, small, tmp_path) -> None:
    sheet = write_csv(tmp_path / "a.csv", [("售前/尺码", "尺码推荐", "cm", "亲，发我身高体重～")])
    preview(qtbot, dialog, sheet)
    small.add("售前/尺码", "另一个窗口加的", "亲。")
    with qtbot.waitSignal(dialog.failed) as failed, qtbot.waitSignal(dialog.planned):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "重新预览" in failed.args[0] and dialog.message.text() == failed.args[0]
    assert dialog.apply_button.isEnabled()
    apply(qtbot, dialog)
    assert small.get("cm").title == "尺码推荐"


@pytest.mark.large
def test_a_hundred_thousand_replies_import_off_the_gui_thread(qtbot, dialog, small, tmp_path) -> None:
    count = 100_000
    groups = tuple(f"批量/第{g}组" for g in range(40))
    items = tuple(
        PackTemplate(f"t{n}", groups[n % 40], f"回复{n}", f"亲，这是第{n}条回复。", f"p{n}") for n in range(count)
    )
    big = tmp_path / "大店话术.qrpack"
    pack_file.write_pack(big, pack_file.Pack(pack_file.Manifest("pack-big", "大店话术", "1"), ("批量", *groups), items))
    preview(qtbot, dialog, big, timeout=30_000)
    assert dialog.summary.text().endswith(f"新增 {count} 条")
    assert dialog.table.model().rowCount() == count

    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    started = time.monotonic()
    finished: list[float] = []
    dialog.progress.valueChanged.connect(
        lambda v: finished.append(time.monotonic()) if v == dialog.progress.maximum() and not finished else None
    )
    apply(qtbot, dialog, timeout=60_000)
    timer.stop()

    assert len(set(values)) > 10 and values[-1] == dialog.progress.maximum()
    during = [t for t in ticks if t <= finished[0]]
    gaps = [b - a for a, b in zip([started, *during], during, strict=False)]
    assert len(during) > (finished[0] - started) / 0.02 / 4  # a timer every 20 ms kept running while it worked
    assert max(gaps) < 1.0
    assert len(small) == 5 + count


def test_the_preview_lists_the_wording_rules_a_pack_adds(qtbot, dialog, tmp_path) -> None:
    rule = {"id": "off-platform", "level": "warning", "words": ["无害的词"], "message": "没事"}
    pack = tmp_path / "规则.qrpack"
    item = PackTemplate("a", "售前", "问候", "亲，您好。")
    pack_file.write_pack(
        pack, pack_file.Pack(pack_file.Manifest("team-pack", "团队话术", "1"), ("售前",), (item,), lint_rules=(rule,))
    )
    preview(qtbot, dialog, pack)
    assert dialog.rules.isVisible() and dialog.rules_label.isVisible()
    shown = [dialog.rules.item(0, c).text() for c in range(4)]
    assert shown == ["Advice", "team-pack/off-platform", "无害的词", "没事"]
    preview(qtbot, dialog, write_csv(tmp_path / "表.csv", [("售前", "问候", "", "亲，您好。")]))
    assert not dialog.rules.isVisible()
