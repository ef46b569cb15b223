"""Exporting through the dialog: what is written imports back to the same replies."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from quickreply.core.packs.import_apply import apply_import, plan_import, read_incoming
from quickreply.ui.packs.export_dialog import ExportDialog

EMPTY: dict[str, object] = {"categories": [{"path": "未分类", "templates": []}]}


@pytest.fixture
def dialog(qtbot, small) -> ExportDialog:
    small.settings.set("shop_name", "小满家居")
    small.settings.set("agent_name", "阿青")
    widget = ExportDialog(small)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def export(qtbot, dialog: ExportDialog) -> str:
    with qtbot.waitSignal(dialog.exported) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def contents(lib) -> list[tuple[str, str, str, str | None]]:
    return sorted((t.category, t.title, t.body, t.shortcut) for t in lib.templates())


def test_defaults_come_from_the_settings(dialog) -> None:
    assert dialog.name.text() == "小满家居" and dialog.author.text() == "阿青" and dialog.version.text() == "1"
    assert dialog.chosen_categories() == [] and dialog.file.text().endswith("小满家居-1.qrpack")
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.file.text().endswith(".xlsx") and not dialog.fees.isEnabled() and not dialog.version.isEnabled()


def test_a_pack_imports_back_to_the_same_replies(qtbot, dialog, small, make_library, tmp_path) -> None:
    target = tmp_path / "小满家居.qrpack"
    dialog.file.setText(str(target))
    message = export(qtbot, dialog)
    assert "「小满家居」1 版" in message and str(target) in message and dialog.message.text() == message
    assert dialog.version.text() == "2"  # the next export counts on

    other = make_library(EMPTY)
    apply_import(other, plan_import(other, read_incoming(target)))
    assert contents(other) == contents(small)


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_chosen_categories_go_to_a_spreadsheet(qtbot, dialog, small, make_library, tmp_path, kind) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(kind))
    top = dialog.tree.topLevelItem(1)
    assert top.text(0) == "售中"
    top.setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.chosen_categories() == ["售后"]
    dialog.file.setText(str(tmp_path / "售后"))
    export(qtbot, dialog)

    other = make_library(EMPTY)
    apply_import(other, plan_import(other, read_incoming(tmp_path / f"售后.{kind}")))
    assert contents(other) == sorted(c for c in contents(small) if c[0].startswith("售后"))


def test_nothing_chosen_cannot_be_exported(dialog) -> None:
    for n in range(dialog.tree.topLevelItemCount()):
        dialog.tree.topLevelItem(n).setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.chosen_categories() is None and not dialog.export_button.isEnabled()


def test_a_bad_version_is_shown_in_the_dialog(qtbot, dialog, tmp_path) -> None:
    dialog.file.setText(str(tmp_path / "x.qrpack"))
    dialog.version.setText("版本 一")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "版本号" in dialog.message.text())
    assert not (tmp_path / "x.qrpack").exists()


def test_a_partly_checked_parent_takes_its_own_replies_along(qtbot, small, make_library, tmp_path) -> None:
    small.add("售后", "售后总说明", "亲，售后问题请随时找我们哦。")
    small.add("售后/运费险", "运费险说明", "亲，退货运费险会在签收后自动理赔哦。")
    dialog = ExportDialog(small)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    after_sale = next(
        dialog.tree.topLevelItem(n)
        for n in range(dialog.tree.topLevelItemCount())
        if dialog.tree.topLevelItem(n).text(0) == "售后"
    )
    child = next(after_sale.child(m) for m in range(after_sale.childCount()) if after_sale.child(m).text(0) == "运费险")
    child.setCheckState(0, Qt.CheckState.Unchecked)
    assert after_sale.checkState(0) == Qt.CheckState.PartiallyChecked and dialog.loose_categories() == ["售后"]
    dialog.file.setText(str(tmp_path / "part.csv"))
    export(qtbot, dialog)
    other = make_library(EMPTY)
    apply_import(other, plan_import(other, read_incoming(tmp_path / "part.csv")))
    titles = {t.title for t in other.templates()}
    assert "售后总说明" in titles and "运费险说明" not in titles and "退款到账时间" in titles


def test_a_pack_with_rule_breaking_replies_is_refused_then_forced(qtbot, dialog, small, make_library, tmp_path) -> None:
    small.add("售后/退款时效", "价格承诺", "亲，我们是全网最低价。", "zdj")
    target = tmp_path / "小满家居.qrpack"
    dialog.file.setText(str(target))
    assert dialog.force.isHidden()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.force.isHidden())
    assert "有 1 条模板违反平台规则" in dialog.message.text() and "「价格承诺」" in dialog.message.text()
    assert dialog.force.text() == "Export even though some replies break platform rules"
    assert not dialog.force.isChecked() and not target.exists()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    dialog.force.setChecked(True)
    message = export(qtbot, dialog)
    assert target.exists() and str(target) in message
    other = make_library(EMPTY)
    apply_import(other, plan_import(other, read_incoming(target)))
    assert other.get("zdj").body == "亲，我们是全网最低价。"
