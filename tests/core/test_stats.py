"""Usage statistics: every copy counted with its time, nothing else; a lead adds up the team's files."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from quickreply.core import Library, stats


def at(day: date, hour: int = 10) -> float:
    return datetime(day.year, day.month, day.day, hour).timestamp()


def test_each_copy_is_logged_with_its_time_and_nothing_else(small: Library) -> None:
    small.record_use("tk")
    columns = [row[1] for row in small.db.execute("PRAGMA table_info(uses)")]
    assert columns == ["id", "template_id", "used_at"]
    assert small.db.execute("SELECT count(*) FROM uses").fetchone()[0] == 1


def test_most_used_recent_never_used_and_per_day(small: Library) -> None:
    today = date.today()
    for days_ago in (0, 0, 1, 40):
        small.record_use("tk", when=at(today - timedelta(days=days_ago)))
    small.record_use("tksh", when=at(today - timedelta(days=45)))
    uses = stats.template_uses(small, days=30)
    assert [(u.shortcut, u.count, u.recent) for u in uses[:2]] == [("tk", 4, 3), ("tksh", 1, 0)]
    idle = stats.unused(uses, days=30)
    assert [u.shortcut for u in idle] == ["sfsx", "cxfh", "yhk", "tksh"]  # never used, then stale
    days = stats.per_day(small, days=7)
    assert len(days) == 7 and days[-1] == (today, 2) and days[-2] == (today - timedelta(days=1), 1)
    assert sum(n for _, n in days) == 3


def test_a_template_deleted_for_good_takes_its_uses_along(small: Library) -> None:
    small.record_use("yhk")
    template = small.remove("yhk")
    small.delete_forever([template.id])
    assert small.db.execute("SELECT count(*) FROM uses").fetchone()[0] == 0


def test_csv_out_and_merge_of_two_agents(small: Library, tmp_path: Path) -> None:
    small.record_use("tk", when=at(date(2026, 11, 11)))
    first = tmp_path / "阿青.csv"
    stats.write_csv(stats.template_uses(small), first)
    lines = first.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0] == "标题,快捷码,分类,使用次数,最后使用"
    assert lines[1].startswith("退款到账时间,tk,售后/退款时效,1,2026-11-11T10:00:00")
    second = tmp_path / "小林.csv"
    second.write_text(
        "标题,快捷码,分类,使用次数,最后使用\n退款到账时间,tk,售后/退款时效,5,2026-11-20T09:00:00+08:00\n"
        "=新话术,,售后,2,\n",
        "utf-8",
    )
    merged = stats.merge([stats.read_csv(first), stats.read_csv(second)])
    top = merged[0]
    assert (top.title, top.count, top.last_used) == ("退款到账时间", 6, "2026-11-20T09:00:00+08:00")
    assert ("=新话术", 2) in [(u.title, u.count) for u in merged]
    out = tmp_path / "合计.csv"
    stats.write_csv(merged, out)
    assert "'=新话术" in out.read_bytes().decode("utf-8-sig")  # never a formula in Excel
    assert [(u.title, u.count) for u in stats.read_csv(out)] == [(u.title, u.count) for u in merged]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "是空的"),
        ("名字,数量\n甲,1\n".encode(), "表头缺少「标题、使用次数」"),
        ("标题,使用次数\n甲,很多\n".encode(), "第 2 行「使用次数」：「很多」不是次数"),
        (b"\xff\xfe\x00\x81\x00", "不是 UTF-8、GBK 或 Big5"),
    ],
)
def test_a_bad_stats_file_names_the_file_and_row(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "坏.csv"
    bad.write_bytes(content)
    with pytest.raises(stats.StatsFileError, match=r"统计表 坏\.csv") as caught:
        stats.read_csv(bad)
    assert message in str(caught.value)
