"""Usage statistics: which replies are used and which are dead weight, from the log of copies (``uses``).

Only which template was copied and when is recorded, never anything of the chat. A lead collects each agent's
``quickreply stats --csv`` file and adds them up with ``quickreply stats merge``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Final

from .errors import QuickReplyError, why_not_written
from .files import read_regular, shown_name
from .spreadsheet_files import cell_text, csv_rows, csv_text, header_key, safe_cell, write_whole

if TYPE_CHECKING:
    from .library.store import Library

HEADERS: Final = ("标题", "快捷码", "分类", "使用次数", "最后使用")
_KEYS: Final = ("title", "shortcut", "category", "count", "last_used")
_SPELLINGS: Final = {
    "title": ("标题", "title"),
    "shortcut": ("快捷码", "shortcut"),
    "category": ("分类", "category"),
    "count": ("使用次数", "次数", "count", "uses"),
    "last_used": ("最后使用", "最后使用时间", "lastused", "last_used"),
}
_BY_HEADER: Final = {header_key(s): key for key, names in _SPELLINGS.items() for s in names}
MAX_BYTES: Final = 50 * 1024 * 1024
MAX_ROWS: Final = 1_000_000


class StatsFileError(QuickReplyError):
    """A statistics CSV that cannot be read or written; the message names the file, row and column."""


@dataclass(frozen=True)
class TemplateUse:
    """How much one reply is used: ``count`` all told, ``recent`` within the period asked for."""

    title: str
    shortcut: str | None
    category: str
    count: int
    last_used: str | None  # ISO time with offset, or None: never used
    recent: int = 0
    template_id: int | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """What makes two agents' rows the same reply when a lead adds them up."""
        return (self.category, self.title, self.shortcut or "")

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.template_id,
            "title": self.title,
            "shortcut": self.shortcut,
            "category": self.category,
            "count": self.count,
            "recent": self.recent,
            "last_used": self.last_used,
        }


def _since(days: int, now: datetime | None = None) -> str:
    moment = (now or datetime.now().astimezone()) - timedelta(days=days)
    return moment.isoformat(timespec="seconds")


def template_uses(lib: Library, days: int = 30, now: datetime | None = None) -> list[TemplateUse]:
    """Every reply in the library with its uses, most used first (then by library order)."""
    lib.sync()
    recent = dict(
        lib.db.execute(
            "SELECT template_id, count(*) FROM uses WHERE used_at >= ? GROUP BY template_id", (_since(days, now),)
        ).fetchall()
    )
    rows = [
        TemplateUse(t.title, t.shortcut, t.category, t.use_count, t.last_used, recent.get(t.id, 0), t.id)
        for t in lib.templates()
    ]
    return sorted(rows, key=lambda r: (-r.count, -r.recent))


def unused(uses: Iterable[TemplateUse], days: int = 30, now: datetime | None = None) -> list[TemplateUse]:
    """Replies never used, then those not used within ``days`` (oldest use first)."""
    since = _since(days, now)
    never = [u for u in uses if not u.count]
    stale = sorted((u for u in uses if u.count and (u.last_used or "") < since), key=lambda u: u.last_used or "")
    return never + stale


def per_day(lib: Library, days: int = 30, today: date | None = None) -> list[tuple[date, int]]:
    """Copies per day for the last ``days`` days, oldest first, days without any included (as 0)."""
    lib.sync()
    end = today or date.today()
    start = end - timedelta(days=days - 1)
    counts = dict(
        lib.db.execute(
            "SELECT substr(used_at, 1, 10), count(*) FROM uses WHERE used_at >= ? GROUP BY 1", (start.isoformat(),)
        ).fetchall()
    )
    return [(day, int(counts.get(day.isoformat(), 0))) for day in (start + timedelta(n) for n in range(days))]


# --- CSV for the lead ---------------------------------------------------------------------------------------------


def write_csv(uses: Sequence[TemplateUse], path: Path) -> None:
    """标题, 快捷码, 分类, 使用次数, 最后使用 — UTF-8 with a BOM, so Excel shows the Chinese."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for u in uses:
        shown = [safe_cell(u.title), safe_cell(u.shortcut or ""), safe_cell(u.category)]
        writer.writerow([*shown, u.count, u.last_used or ""])
    try:
        write_whole(path, buffer.getvalue().encode("utf-8-sig"))
    except OSError as error:
        raise StatsFileError(f"统计表 {shown_name(path)} 写不进去：{why_not_written(path, error)}。") from None


def read_csv(path: Path) -> list[TemplateUse]:
    """A file ``write_csv`` wrote (or a lead edited in Excel).

    Raises:
        StatsFileError: missing, too big, not text, no known header, or a count that is not a whole number.
    """
    where = f"统计表 {shown_name(path)}"

    def fail(message: str) -> StatsFileError:
        return StatsFileError(f"{where}：{message}")

    data = read_regular(path, MAX_BYTES, fail, f"文件太大了（最多 {MAX_BYTES // 1024 // 1024} MB）。")
    table = csv_rows(csv_text(data, fail), fail, max_rows=MAX_ROWS, max_bytes=MAX_BYTES)
    if len(table) > MAX_ROWS + 1:  # the header and MAX_ROWS replies
        raise fail(f"超过 {MAX_ROWS:,} 行了：请分几次合并。")
    rows = [(line, [str(c) for c in cells]) for line, cells in table]
    if not rows:
        raise fail(f"是空的，第 1 行应是表头 {'、'.join(HEADERS)}。")
    header = rows[0][1]
    columns = {_BY_HEADER.get(header_key(cell)): n for n, cell in enumerate(header)}
    missing = [HEADERS[n] for n, key in enumerate(_KEYS) if key in ("title", "count") and key not in columns]
    if missing:
        raise StatsFileError(f"{where}：表头缺少「{'、'.join(missing)}」：应是 {'、'.join(HEADERS)}。")
    found = []
    for line, cells in rows[1:]:
        if not any(c.strip() for c in cells):
            continue

        def at(key: str, cells: list[str] = cells) -> str:
            n = columns.get(key)
            value = cell_text(cells[n]) if n is not None and n < len(cells) else ""
            return value[1:] if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@") else value

        count = at("count")
        if not count.isdigit():
            shown = header[columns["count"]]
            raise StatsFileError(f"{where} 第 {line} 行「{shown}」：「{count}」不是次数，应是 0 或正整数。")
        found.append(
            TemplateUse(at("title"), at("shortcut") or None, at("category"), int(count), at("last_used") or None)
        )
    return found


def merge(tables: Iterable[Sequence[TemplateUse]]) -> list[TemplateUse]:
    """Add up several agents' statistics: the same reply (category, title, shortcut) has its counts summed and the
    latest last use; most used first."""
    merged: dict[tuple[str, str, str], TemplateUse] = {}
    for table in tables:
        for use in table:
            known = merged.get(use.key)
            if known is None:
                merged[use.key] = replace(use, recent=0, template_id=None)
                continue
            last = max((t for t in (known.last_used, use.last_used) if t), default=None)
            merged[use.key] = replace(known, count=known.count + use.count, last_used=last)
    return sorted(merged.values(), key=lambda u: -u.count)
