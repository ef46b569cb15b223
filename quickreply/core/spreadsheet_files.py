"""What every spreadsheet the app reads or writes has in common: reading its rows, cells as text, header spellings,
CSV encodings, formulas, and writing a file whole.

Shared by the rate sheets (``rate_sheets``), the template spreadsheets (``spreadsheets``) and the statistics CSV.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Final

from quickreply.core.folding import fold

# A cell Excel would run as a formula; in CSV it is written behind an apostrophe, which Excel hides.
FORMULA_START: Final = ("=", "+", "-", "@")

Cell = str | int | float | Decimal | bool | datetime | date | time | None


def header_key(text: str) -> str:
    """A header as compared: width, case, spaces and brackets do not matter (``ＣＡＴＥ gory`` is ``category``)."""
    return re.sub(r"[\s_\-()（）\[\]【】]", "", fold(text))


def cell_text(value: Cell) -> str:
    """A cell as the text a person sees in it, trimmed (1.0 is ``1``, True is ``是``)."""
    if type(value) is str:  # every CSV cell: checked first, because a 100,000-row file has half a million
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).strip()


def unescape(text: str) -> str:
    """Drop the apostrophe written in front of a formula-looking CSV cell."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_START:
        return text[1:]
    return text


def decode_text(data: bytes) -> str:
    """CSV bytes as text: UTF-8 with or without BOM, else GB18030 (a superset of GBK).

    Raises:
        UnicodeDecodeError: none of these encodings fits.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


Rows = list[tuple[int, Sequence[Cell]]]
"""A table as read: (line number as Excel shows it, the cells of that line)."""

_NOT_EXCEL = "不是有效的 Excel (.xlsx) 文件：请用 Excel 打开后另存为 .xlsx 或 .csv。"
_MISSING = "找不到或打不开这个文件。"


def read_rows(path: Path, fail: Callable[[str], Exception], *, max_bytes: int, max_rows: int, too_big: str) -> Rows:
    """The rows of a ``.csv`` (UTF-8 with or without BOM, or GBK) or ``.xlsx`` (first sheet) file.

    ``fail(message)`` makes the error naming the file; ``too_big`` is said of a file over ``max_bytes``. An .xlsx is
    read only a little past ``max_rows`` non-empty rows: enough for the caller to report "too many rows".

    Raises:
        whatever ``fail`` makes: not .csv/.xlsx, missing, too big, not text, not a table, a damaged workbook.
    """
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise fail("只能导入 .csv 或 .xlsx 文件。")
    try:
        if path.stat().st_size > max_bytes:
            raise fail(too_big)
        data = path.read_bytes() if suffix == ".csv" else b""
    except OSError:
        raise fail(_MISSING) from None
    if suffix == ".csv":
        return _csv_rows(data, fail)
    return _xlsx_rows(path, fail, max_rows)


def _csv_rows(data: bytes, fail: Callable[[str], Exception]) -> Rows:
    try:
        text = decode_text(data)
    except UnicodeDecodeError:
        raise fail("不是 UTF-8 或 GBK 编码的文字表格：请在 Excel 里另存为 CSV。") from None
    if "\x00" in text:
        raise fail("不像是文字表格（含有二进制内容）：请在 Excel 里另存为 CSV。")
    try:
        return [(line, list(cells)) for line, cells in enumerate(csv.reader(io.StringIO(text)), 1)]
    except csv.Error as error:
        raise fail(f"CSV 格式有误：{error}。") from None


def _xlsx_rows(path: Path, fail: Callable[[str], Exception], max_rows: int) -> Rows:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on a damaged or non-Excel file; all mean the same to the lead
        raise fail(_NOT_EXCEL) from None
    try:
        rows: Rows = []
        for line, cells in enumerate(book.worksheets[0].iter_rows(values_only=True), 1):
            rows.append((line, cells))
            if line > max_rows + 1 and any(cell_text(c) for c in cells):
                break  # enough to report "too many rows" without reading a huge sheet to the end
    except Exception:
        raise fail(_NOT_EXCEL) from None
    finally:
        book.close()
    return rows


# --- writing -----------------------------------------------------------------------------------------------------


def xlsx_bytes(title: str, headers: Sequence[str], records: Sequence[Sequence[Cell]]) -> bytes:
    """A one-sheet workbook; every text is a text cell, never a formula (openpyxl would store "=…" as one).

    Raises:
        openpyxl.utils.exceptions.IllegalCharacterError: a control character Excel cannot hold.
    """
    import openpyxl

    book = openpyxl.Workbook()
    worksheet = book.active
    worksheet.title = title
    worksheet.append(list(headers))
    for line, record in enumerate(records, 2):
        for column, value in enumerate(record, 1):
            target = worksheet.cell(row=line, column=column)
            target.value = value
            if isinstance(value, str):
                target.data_type = "s"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def safe_cell(text: str) -> str:
    """A text cell Excel shows as text, never runs: ``=HYPERLINK(…)`` from a buyer's message gets a leading '."""
    return "'" + text if text.startswith(("=", "+", "-", "@")) else text


def write_whole(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all: into a temporary file beside it, then renamed over it. A full disk or a
    crash halfway leaves the file that was there before.

    Raises:
        OSError: the folder is missing or read-only, the disk is full, the file is open in Excel (Windows).
    """
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        # mkstemp makes the file readable by its owner only; a file handed to the team must not be.
        os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
