"""Rate sheets: the spreadsheet a lead gets from a courier, read into a ``RateTable`` and written back out.

One row per courier × zone. Headers may be Chinese or English, in any order. A sheet is all or nothing: the first
bad cell rejects it with a message naming the file, the row as Excel numbers it (the header is row 1) and the column
header, so the lead can open the file and fix that very cell.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Final

from quickreply import paths
from quickreply.core.errors import QuickReplyError, why_not_written
from quickreply.core.files import shown_name
from quickreply.core.folding import fold
from quickreply.core.shipping.rates import OTHER, Courier, FeeError, RateRow, RateTable
from quickreply.core.shipping.regions import RegionError, province
from quickreply.core.spreadsheet_files import FORMULA_START as _FORMULA_START
from quickreply.core.spreadsheet_files import Cell, read_rows, write_whole, xlsx_bytes
from quickreply.core.spreadsheet_files import cell_text as _text
from quickreply.core.spreadsheet_files import header_key as _header_key
from quickreply.core.spreadsheet_files import unescape as _unescape


class RateSheetError(QuickReplyError):
    """A rate sheet that cannot be read or written; the message names the file, and the row and column if any."""


MAX_BYTES: Final = 5 * 1024 * 1024
MAX_ROWS: Final = 5000

# Column key → the header written out, then every accepted spelling (compared after _header_key).
_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "courier": ("快递", "courier", "快递公司", "快递名称"),
    "code": ("快递代码", "code", "代码"),
    "hotline": ("电话", "hotline", "客服电话"),
    "regions": ("地区", "regions", "region", "省份", "目的地"),
    "first_kg": ("首重kg", "first_kg", "首重", "首重公斤"),
    "first_fee": ("首重价", "first_fee", "首重价格", "首重运费"),
    "step_kg": ("续重kg", "step_kg", "续重", "续重公斤"),
    "step_fee": ("续重价", "step_fee", "续重价格", "续重运费"),
    "eta_days": ("时效天", "eta_days", "时效", "eta"),
    "vol_divisor": ("抛比", "vol_divisor", "抛重系数"),
    "reachable": ("可达", "reachable", "是否可达"),
    "note": ("备注", "note"),
}
_REQUIRED: Final = ("courier", "regions", "first_kg", "first_fee", "step_kg", "step_fee", "eta_days")
_PRICED: Final = ("first_kg", "first_fee", "step_kg", "step_fee", "eta_days")
_WRITE_ORDER: Final = (
    "courier",
    "code",
    "hotline",
    "regions",
    "first_kg",
    "first_fee",
    "step_kg",
    "step_fee",
    "eta_days",
    "vol_divisor",
    "reachable",
    "note",
)

_OTHER_WORDS: Final = frozenset({"其他", "其它", "默认", "other", "others", "default", "rest"})
_YES: Final = frozenset({"是", "可达", "可以", "能", "yes", "y", "true", "1", "√", "✓", "配送"})
_NO: Final = frozenset({"否", "不可达", "不可以", "不能", "no", "n", "false", "0", "×", "✗", "x", "不配送", "不送"})
_REGION_SPLIT: Final = re.compile(r"[、,，;；/\s]+")
_ETA: Final = re.compile(r"^(\d+)(?:(?:-|~|〜|–|—|到|至)(\d+))?(?:天|日|d|days?)?$")
_UNITS: Final = re.compile(r"(?:kg|公斤|千克|元|¥)$")
_BY_HEADER: Final[dict[str, str]] = {_header_key(name): key for key, names in _COLUMNS.items() for name in names}


@dataclass
class _Sheet:
    """Where the reader is, so every error can say 运费表 FILE 第 N 行「COLUMN」."""

    name: str
    headers: dict[str, str] = field(default_factory=dict)  # column key → header as written in the file

    def fail(self, row: int | None, key: str | None, message: str) -> RateSheetError:
        where = f"运费表 {self.name}"
        if row is not None:
            where += f" 第 {row} 行"
        if key is not None:
            where += f"「{self.headers.get(key, _COLUMNS[key][0])}」"
        return RateSheetError(f"{where}：{message}")


def _number(sheet: _Sheet, row: int, key: str, value: Cell, *, positive: bool) -> Decimal:
    shown = _text(value)
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    else:
        try:
            number = Decimal(_UNITS.sub("", fold(shown).lstrip("¥")))
        except InvalidOperation:
            raise sheet.fail(row, key, f"「{shown}」不是数字。") from None
    if not number.is_finite():
        raise sheet.fail(row, key, f"「{shown}」不是数字。")
    if positive and number <= 0:
        raise sheet.fail(row, key, f"「{shown}」必须大于 0。")
    if number < 0:
        raise sheet.fail(row, key, f"「{shown}」不能是负数。")
    return number


def _eta(sheet: _Sheet, row: int, value: Cell) -> tuple[int, int]:
    shown = _text(value)
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool) and Decimal(str(value)) % 1 == 0:
        days = int(value)
        if days < 0:
            raise sheet.fail(row, "eta_days", f"「{shown}」不能是负数。")
        return days, days
    found = _ETA.match(fold(shown))
    if found is None:
        raise sheet.fail(row, "eta_days", f"「{shown}」看不懂：请写天数，如 3 或 2-4。")
    low = int(found.group(1))
    high = int(found.group(2)) if found.group(2) else low
    if low > high:
        raise sheet.fail(row, "eta_days", f"「{shown}」前一个数比后一个大：请写成 2-4 这样。")
    return low, high


def _reachable(sheet: _Sheet, row: int, value: Cell) -> bool:
    word = fold(_text(value))
    if not word:
        return True
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise sheet.fail(row, "reachable", f"「{_text(value)}」看不懂：请写 是 或 否。")


def _zone(sheet: _Sheet, row: int, value: Cell) -> frozenset[str]:
    parts = [p for p in _REGION_SPLIT.split(_text(value)) if p]
    if not parts:
        raise sheet.fail(row, "regions", "是空的：请写省份（用、隔开），或写 其他。")
    if any(fold(p) in _OTHER_WORDS for p in parts):
        if len(parts) > 1:
            raise sheet.fail(row, "regions", f"「{_text(value)}」把 其他 和省份写在了一起：其他 要单独一行。")
        return OTHER
    zone: set[str] = set()
    for part in parts:
        try:
            zone.add(province(part))
        except RegionError:
            raise sheet.fail(row, "regions", f"找不到地区「{part}」：请写省份，如 浙江、新疆、内蒙古。") from None
    return frozenset(zone)


@dataclass
class _CourierInfo:
    name: str
    first_row: int
    code: str = ""
    hotline: str = ""
    note: str = ""
    divisor: int | None = None
    divisor_row: int = 0


def _table(sheet: _Sheet, rows: Iterable[tuple[int, Sequence[Cell]]]) -> RateTable:
    """Build the table from the header row and the data rows (each with its Excel row number)."""
    iterator = iter(rows)
    header: Sequence[Cell] | None = None
    for _line, cells in iterator:
        if any(_text(c) for c in cells):
            header = cells
            break
    if header is None:
        raise sheet.fail(None, None, "是空的：第 1 行应是表头，如 快递、地区、首重kg、首重价、续重kg、续重价、时效天。")
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _BY_HEADER.get(_header_key(_text(cell)))
        if key is None:
            continue
        if key in columns:
            raise sheet.fail(1, None, f"表头「{_text(cell)}」和「{sheet.headers[key]}」是同一列，只能有一个。")
        columns[key] = index
        sheet.headers[key] = _text(cell)
    missing = [_COLUMNS[k][0] for k in _REQUIRED if k not in columns]
    if missing:
        raise sheet.fail(
            1,
            None,
            f"表头缺少「{'」「'.join(missing)}」列：需要 快递、地区、首重kg、首重价、续重kg、续重价、时效天"
            "（可选 抛比、可达、快递代码、电话、备注）。",
        )

    couriers: dict[str, _CourierInfo] = {}
    rate_rows: list[RateRow] = []
    seen: dict[tuple[str, str], int] = {}
    count = 0
    for line, cells in iterator:
        if not any(_text(c) for c in cells):
            continue
        count += 1
        if count > MAX_ROWS:
            raise sheet.fail(None, None, f"超过 {MAX_ROWS} 行了：一张运费表最多 {MAX_ROWS} 行，请拆开导入。")

        def at(key: str, cells: Sequence[Cell] = cells) -> Cell:
            index = columns.get(key)
            return cells[index] if index is not None and index < len(cells) else None

        name = _unescape(_text(at("courier")))
        if not name:
            raise sheet.fail(line, "courier", "是空的：请写快递名称，如 顺丰。")
        zone = _zone(sheet, line, at("regions"))
        reachable = _reachable(sheet, line, at("reachable"))
        prices: dict[str, Decimal | None] = {}
        for key in ("first_kg", "first_fee", "step_kg", "step_fee"):
            value = at(key)
            if not _text(value):
                if reachable:
                    raise sheet.fail(line, key, f"是空的：可以配送的行要填{_COLUMNS[key][0]}。")
                prices[key] = None
                continue
            prices[key] = _number(sheet, line, key, value, positive=key.endswith("_kg"))
        eta: tuple[int, int] | None = None
        if _text(at("eta_days")):
            eta = _eta(sheet, line, at("eta_days"))
        elif reachable:
            raise sheet.fail(line, "eta_days", "是空的：可以配送的行要填时效，如 2-4。")

        info = couriers.setdefault(name, _CourierInfo(name, line))
        for key in ("code", "hotline", "note"):
            text = _unescape(_text(at(key)))
            if text and not getattr(info, key):
                setattr(info, key, text)
        if _text(at("vol_divisor")):
            divisor = _number(sheet, line, "vol_divisor", at("vol_divisor"), positive=True)
            if divisor % 1 != 0:
                raise sheet.fail(line, "vol_divisor", f"「{_text(at('vol_divisor'))}」要写整数，如 6000。")
            if info.divisor is not None and info.divisor != int(divisor):
                raise sheet.fail(
                    line,
                    "vol_divisor",
                    f"{name} 的抛比「{int(divisor)}」与第 {info.divisor_row} 行的「{info.divisor}」不同："
                    "每个快递只能有一个抛比。",
                )
            if info.divisor is None:
                info.divisor, info.divisor_row = int(divisor), line

        for place in sorted(zone):
            earlier = seen.get((name, place))
            if earlier is not None:
                shown = "其他" if zone == OTHER else place
                raise sheet.fail(line, "regions", f"{name} 的「{shown}」已在第 {earlier} 行出现：每个省只能在一行。")
            seen[(name, place)] = line
        try:
            rate_rows.append(
                RateRow(
                    name,
                    zone,
                    prices["first_kg"],
                    prices["first_fee"],
                    prices["step_kg"],
                    prices["step_fee"],
                    eta,
                    reachable,
                )
            )
        except FeeError as error:
            raise sheet.fail(line, None, str(error)) from None
    if not rate_rows:
        raise sheet.fail(None, None, "只有表头，没有数据行。")
    try:
        return RateTable(
            (Courier(i.name, i.code, i.hotline, (), i.divisor, i.note) for i in couriers.values()),
            rate_rows,
        )
    except FeeError as error:
        raise sheet.fail(None, None, str(error)) from None


def read_sheet(path: Path) -> RateTable:
    """Read a rate sheet (``.csv`` in UTF-8 with or without BOM or GBK, or ``.xlsx``, first sheet).

    Raises:
        RateSheetError: the file is missing, too large, empty, not a table, lacks a required column, or has a bad
            cell; the message names the file, the row (header is row 1) and the column. Nothing is returned then.
    """
    sheet = _Sheet(shown_name(path))
    too_big = f"文件太大了（超过 {MAX_BYTES // 1024 // 1024} MB）：运费表最多 5 MB。"
    rows = read_rows(
        path, lambda message: sheet.fail(None, None, message), max_bytes=MAX_BYTES, max_rows=MAX_ROWS, too_big=too_big
    )
    return _table(sheet, rows)


def _eta_text(eta: tuple[int, int] | None) -> str:
    if eta is None:
        return ""
    low, high = eta
    return str(low) if low == high else f"{low}-{high}"


def _records(table: RateTable) -> list[list[str | int | Decimal | None]]:
    couriers = {c.name: c for c in table.couriers}
    records: list[list[str | int | Decimal | None]] = []
    for row in table.rows:
        courier = couriers[row.courier]
        values: dict[str, str | int | Decimal | None] = {
            "courier": row.courier,
            "code": courier.code,
            "hotline": courier.hotline,
            "regions": row.label,
            "first_kg": row.first_kg,
            "first_fee": row.first_fee,
            "step_kg": row.step_kg,
            "step_fee": row.step_fee,
            "eta_days": _eta_text(row.eta),
            "vol_divisor": courier.vol_divisor,
            "reachable": "是" if row.reachable else "否",
            "note": courier.note,
        }
        records.append([values[key] for key in _WRITE_ORDER])
    return records


def _csv_cell(value: str | int | Decimal | None) -> str:
    if value is None:
        return ""
    text = str(value)
    return f"'{text}" if isinstance(value, str) and text.startswith(_FORMULA_START) else text


def write_sheet(table: RateTable, path: Path) -> None:
    """Write ``table`` as a rate sheet with Chinese headers, one line per rate row: ``.csv`` or ``.xlsx``.

    CSV is UTF-8 with a BOM so Excel opens it right. Nothing is ever written as a formula: a text starting with
    = + - @ is kept as text (in CSV behind an apostrophe, which ``read_sheet`` removes again).

    Raises:
        RateSheetError: an unsupported extension, or the file cannot be written.
    """
    sheet = _Sheet(shown_name(path))
    suffix = path.suffix.lower()
    headers = [_COLUMNS[key][0] for key in _WRITE_ORDER]
    records = _records(table)
    if suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(headers)
        for record in records:
            writer.writerow(_csv_cell(v) for v in record)
        data = buffer.getvalue().encode("utf-8-sig")
    elif suffix == ".xlsx":
        data = xlsx_bytes("运费表", headers, records)
    else:
        raise sheet.fail(None, None, "只能导出为 .csv 或 .xlsx 文件。")
    try:
        write_whole(path, data)
    except OSError as error:
        raise sheet.fail(None, None, f"写不进去：{why_not_written(path, error)}。") from None


SAMPLE_SHEET: Final = paths.resources() / "fees" / "sample-rates.csv"
"""The bundled sample rate sheet (sample prices from 浙江, to be replaced with the shop's contract prices)."""


def sample_table() -> RateTable:
    """The bundled sample rates (from 浙江) for nine common couriers — sample prices to replace with the shop's own."""
    return read_sheet(SAMPLE_SHEET)
