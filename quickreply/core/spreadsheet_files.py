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
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Final

from quickreply.core.files import read_regular
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


class UnknownEncoding(ValueError):
    """CSV bytes that are no encoding a shop's Excel writes, or read as Chinese in none of them."""


# Characters that are neither letters of a text nor a judge of its encoding: punctuation, full-width forms, symbols.
_NEUTRAL: Final = re.compile(r"[\u0080-\u00ff\u2000-\u206f\u2100-\u2bff\u3000-\u303f\ufe30-\ufe4f\uff00-\uffef]")
_SAMPLE: Final = 20_000
"""Characters of the text the encoding is judged on: the start of a table says as much as all of it."""
_IMPLAUSIBLE: Final = 0.2
"""Above this share of rare characters a decoded text is not Chinese anyone wrote: mojibake of another encoding."""


def _rare_share(text: str) -> float:
    letters = [c for c in _NEUTRAL.sub("", text[:_SAMPLE]) if c > "\x7f"]
    if len(letters) < 10:  # too few to judge: a strict decode is all the evidence there is
        return 0.0
    return sum(not _common(c) for c in letters) / len(letters)


def _common(char: str) -> bool:
    """A hanzi of GB2312's first level or of Big5's frequent ones: between them almost all of any Chinese text,
    simplified or traditional, whichever encoding it was saved in."""
    try:
        if 0xB0 <= char.encode("gb2312")[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        return 0xA4 <= char.encode("cp950")[0] <= 0xC6
    except UnicodeEncodeError:
        return False


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode_text(data: bytes) -> str:
    """CSV bytes as text: UTF-8 with or without BOM, else GB18030 (a superset of GBK) or Big5.

    Nearly any bytes decode as GB18030, Big5 ones too (as mojibake of rare hanzi and kana), so the decode with the
    smaller share of rare characters wins (common: GB2312's first level and Big5's frequent hanzi, 99% of any
    Chinese text); a text with over 20% rare characters in every decode is refused rather than imported as
    mojibake.

    Raises:
        UnknownEncoding: none of these encodings fits, or none gives a plausible Chinese text.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        text = _strict(data[3:], "utf-8")
        if text is None:
            raise UnknownEncoding("开头标着 UTF-8，内容却不是 UTF-8")
        return text
    text = _strict(data, "utf-8")
    if text is not None:
        return text
    # GB18030 first: on a tie (no hanzi to judge by, say) a mainland shop's GBK it is.
    candidates = [found for found in (_strict(data, "gb18030"), _strict(data, "cp950")) if found is not None]
    if not candidates:
        raise UnknownEncoding("不是 UTF-8、GBK 或 Big5 编码的文字")
    rare, _, chosen = min((_rare_share(found), order, found) for order, found in enumerate(candidates))
    if rare > _IMPLAUSIBLE:
        raise UnknownEncoding("看不出是什么编码（按 GBK、Big5 读都是乱码）")
    return chosen


Rows = list[tuple[int, Sequence[Cell]]]
"""A table as read: (line number as Excel shows it, the cells of that line up to the last one not empty)."""

MAX_COLUMNS: Final = 100
"""Columns read of a row: every layout the app reads has fewer than 20; a cell further right is refused."""

_SAVE_AS_UTF8 = "请在 Excel 里另存为「CSV UTF-8（逗号分隔）」。"


def too_far_right(line: int, column: int) -> str:
    return f"第 {line} 行第 {column} 列还有内容：表格最多读 {MAX_COLUMNS} 列，请删掉右边多余的列。"


def row_limit(max_rows: int) -> int:
    """Rows (empty ones too) read at most: a sheet of a million empty rows costs time but holds nothing."""
    return 2 * max_rows + 10_000


def too_many_lines(limit: int) -> str:
    return f"超过 {limit:,} 行了（空行也算）：请删掉多余的空行，或拆开导入。"


def read_rows(path: Path, fail: Callable[[str], Exception], *, max_bytes: int, max_rows: int, too_big: str) -> Rows:
    """The rows of a ``.csv`` (UTF-8 with or without BOM, GBK or Big5) or ``.xlsx`` (first sheet) file.

    ``fail(message)`` makes the error naming the file; ``too_big`` is said of a file over ``max_bytes``. Only a
    regular file is read, never more than ``max_bytes`` of it; a table is read only a little past ``max_rows``
    non-empty rows: enough for the caller to report "too many rows". Each row is cut after its last non-empty cell
    (never padded to the widest row or to the size a workbook declares).

    Raises:
        whatever ``fail`` makes: not .csv/.xlsx, missing, not a regular file, too big, not text, not a table, a
        damaged or hostile workbook (what limit it broke is said), a cell right of ``MAX_COLUMNS``.
    """
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise fail("只能导入 .csv 或 .xlsx 文件。")
    data = read_regular(path, max_bytes, fail, too_big)
    if suffix == ".csv":
        text = csv_text(data, fail)
        del data  # 50 MB less while the rows are made
        return csv_rows(text, fail, max_rows=max_rows, max_bytes=max_bytes)
    from .xlsx_files import xlsx_rows

    return xlsx_rows(data, fail, max_rows=max_rows, max_bytes=max_bytes, max_columns=MAX_COLUMNS)


def _csv_problem(error: csv.Error, max_bytes: int) -> str:
    text = str(error)
    if "field larger than field limit" in text:
        return f"有一个单元格超过 {max_bytes:,} 字节"
    if "new-line character" in text or "EOF" in text:
        return "引号没有配对（一个单元格以引号开头却没有结束的引号）"
    return f"格式有误（{text}）"


_MAX_COMMAS: Final = 250_000
"""Commas one line may hold: more than any row of cells of 100,000 characters; csv would make a list of them all."""


class _TooWide(Exception):
    pass


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their ends (``\\r\\n``, ``\\n`` or a lone ``\\r``), one at a time, as csv wants
    them: a file of a million empty lines costs nothing past the rows read, a line of a million commas is refused
    before csv makes a list of a million cells."""
    start, size = 0, len(text)
    newline, carriage = text.find("\n"), text.find("\r")
    while start < size:
        if 0 <= newline < start:
            newline = text.find("\n", start)
        if 0 <= carriage < start:
            carriage = text.find("\r", start)
        ends = [at for at in (newline, carriage) if at >= 0]
        end = min(ends) + 1 if ends else size
        if text[end - 1 : end + 1] == "\r\n":
            end += 1
        if text.count(",", start, end) > _MAX_COMMAS:
            raise _TooWide
        yield text[start:end]
        start = end


def csv_text(data: bytes, fail: Callable[[str], Exception]) -> str:
    """CSV bytes as text (``decode_text``), refused when no encoding fits or it holds binary content.

    Raises:
        whatever ``fail`` makes.
    """
    try:
        text = decode_text(data)
    except UnknownEncoding as error:
        raise fail(f"{error}：{_SAVE_AS_UTF8}") from None
    if "\x00" in text:
        raise fail("不像是文字表格（含有二进制内容）：请在 Excel 里另存为 CSV。")
    return text


def csv_rows(text: str, fail: Callable[[str], Exception], *, max_rows: int, max_bytes: int) -> Rows:
    """The non-empty rows of CSV ``text``: any line ends (``\\r\\n``, ``\\n``, a lone ``\\r``), read a little past
    ``max_rows`` of them, each row cut after its last non-empty cell.

    Raises:
        whatever ``fail`` makes: a cell right of ``MAX_COLUMNS``, a line of too many commas, too many rows with the
        empty ones, a malformed row (its number is said).
    """
    # A cell can be as long as the file: the caller says which cell is over its own limit, with row and column.
    csv.field_size_limit(max(max_bytes, 131_072))
    rows: Rows = []
    filled = line = 0
    limit = row_limit(max_rows)
    try:
        for line, cells in enumerate(csv.reader(_lines(text)), 1):
            if line > limit:
                raise fail(too_many_lines(limit))
            while cells and not cells[-1].strip():
                cells.pop()
            if len(cells) > MAX_COLUMNS:
                raise fail(too_far_right(line, len(cells)))
            if cells:
                rows.append((line, cells))
                filled += 1
                if filled > max_rows + 1:
                    break  # enough to report "too many rows"
    except _TooWide:
        raise fail(f"第 {line + 1} 行有超过 {_MAX_COMMAS:,} 个逗号：不像是正常的表格。{_SAVE_AS_UTF8}") from None
    except csv.Error as error:
        raise fail(f"第 {line + 1} 行{_csv_problem(error, max_bytes)}：{_SAVE_AS_UTF8}") from None
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
