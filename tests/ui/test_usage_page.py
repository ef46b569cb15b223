"""The statistics page: what the lead sees after the team copied replies, and what it does with the unused ones."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from quickreply.ui.manager.usage_page import UsagePage, UsesModel
from quickreply.ui.manager.window import ManagerWindow

from .conftest import manager_on

NEVER_USED = ["顺丰时效说明", "重新发货安排", "银行卡退款"]


@pytest.fixture
def used(small):
    for _ in range(3):
        small.record_use("tk")
    small.record_use("tksh")
    return small


@pytest.fixture
def page(qtbot, used) -> UsagePage:
    widget = UsagePage(used)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def rows(model: UsesModel) -> list[list[str]]:
    return [
        [str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_most_used_shows_exact_counts(page, used) -> None:
    shown = rows(page.most_used)
    assert [r[:2] + r[3:] for r in shown] == [
        ["3", "3", "tk", "退款到账时间", "售后/退款时效"],
        ["1", "1", "tksh", "退款审核中", "售后/退款时效"],
    ]
    assert shown[0][2] == used.get("tk").last_used[:16].replace("T", " ")
    assert page.most_used.headerData(1, Qt.Orientation.Horizontal) == "Last 30 days"
    assert page.status.text() == "4 copies in the last 30 days"


def test_never_used_replies_are_listed(page) -> None:
    assert [r[4] for r in rows(page.unused)] == NEVER_USED
    assert {r[2] for r in rows(page.unused)} == {"never"}
    assert page.unused_title.text() == "Never used, or not used in the last 30 days: 3 replies"


def test_copies_per_day_end_with_today(page) -> None:
    assert len(page.chart.days) == 30
    assert page.chart.days[-1] == (date.today(), 4)
    assert all(count == 0 for _, count in page.chart.days[:-1])
    assert page.chart.bar_rect(29).height() > 0 and page.chart.bar_rect(28).height() == 0
    page.chart.grab()  # paints without complaint


def test_the_period_changes_everything(page) -> None:
    page.period.setCurrentIndex(page.period.findData(7))
    assert len(page.chart.days) == 7 and page.chart.days[-1][1] == 4
    assert page.most_used.headerData(1, Qt.Orientation.Horizontal) == "Last 7 days"


def test_export_csv_writes_every_reply(page, tmp_path) -> None:
    target = tmp_path / "统计"
    page.ask_path = lambda: target
    written = page.export_csv()
    assert written == tmp_path / "统计.csv"
    lines = written.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0] == "标题,快捷码,分类,使用次数,最后使用"
    assert lines[1].startswith("退款到账时间,tk,售后/退款时效,3,20")
    assert lines[2].startswith("退款审核中,tksh,售后/退款时效,1,20")
    assert sorted(lines[3:]) == sorted(
        ["顺丰时效说明,sfsx,售中/快递选择,0,", "重新发货安排,cxfh,售中/快递选择,0,", "银行卡退款,yhk,售中/快递选择,0,"]
    )


@pytest.fixture
def window(qtbot, used, monkeypatch) -> ManagerWindow:
    return manager_on(qtbot, used, monkeypatch)


def test_the_toolbar_opens_the_page_and_unused_replies_are_selected_in_the_list(qtbot, window, used) -> None:
    window.usage_action.trigger()
    page = window.usage_page
    assert page is not None and page.isVisible()
    qtbot.addWidget(page)
    page.select_unused()
    assert sorted(window.replies.selected_ids()) == sorted(used.get(t).id for t in ("sfsx", "cxfh", "yhk"))


def test_unused_replies_go_to_the_trash_after_asking(qtbot, window, used) -> None:
    page = window.open_usage_page()
    qtbot.addWidget(page)
    asked = []
    page.confirm = lambda text: asked.append(text) or False
    page.trash_unused()
    assert len(used) == 5
    page.confirm = lambda text: asked.append(text) or True
    page.trash_unused()
    assert asked[0] == "Move 3 unused replies to the trash? They can be restored for 30 days."
    assert sorted(t.title for t in used.templates()) == sorted(["退款审核中", "退款到账时间"])
    assert page.unused.rowCount() == 0
    assert window.statusBar().currentMessage() == "Moved 3 replies to the trash (Ctrl+Z undoes)."
