"""Reading the first sheet of an ``.xlsx`` with bounded memory and time, whatever the workbook says about itself.

A workbook is a zip of XML, and small files can declare huge things: 2.5 MB of zip holding 60 million shared
strings (openpyxl loads them all before the first row), a sheet declaring ``A1:XFD200001`` (openpyxl's read-only rows
are padded to the declared width: 3 billion cells), a member whose header lies about its size. So before openpyxl
sees the workbook every member is decompressed once through a counting reader (the bytes actually produced count,
not the header) and the shared strings are counted as they stream; then the sheet's XML is walked cell by cell, each
element dropped once read, and a row ends at its last non-empty cell. Every refusal says which limit was hit.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Any, Final

from quickreply.core.spreadsheet_files import Cell, Rows, row_limit, too_far_right, too_many_lines

MAX_CELLS_PER_ROW: Final = 16_384
"""Cells a row may hold at all (Excel's own limit, column XFD), empty ones included."""

_NOT_EXCEL: Final = "不是有效的 Excel (.xlsx) 文件：请用 Excel 打开后另存为 .xlsx 或 .csv。"
_HOSTILE: Final = "（可能是恶意文件）：请用 Excel 打开后另存为 .xlsx 或 .csv。"
# A shared string, however its namespace is prefixed (<si>, <x:si …>): XML text cannot hold a raw "<".
_SHARED_STRING: Final = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s>/]")
_CHUNK: Final = 1024 * 1024


def _shared_strings(data: bytes) -> int:
    """How many shared strings start in ``data``: bytes.count when no tag has a namespace prefix (Excel writes none),
    which is ten times faster than the pattern."""
    if b":si" in data:
        return len(_SHARED_STRING.findall(data))
    return (
        data.count(b"<si>")
        + data.count(b"<si ")
        + data.count(b"<si/")
        + data.count(b"<si\t")
        + data.count(b"<si\n")
        + data.count(b"<si\r")
    )


def limits(max_bytes: int, max_rows: int) -> tuple[int, int, int]:
    """(bytes one member may decompress to, bytes all together, shared strings) for a file of these limits."""
    return 4 * max_bytes, 8 * max_bytes, 16 * max_rows + 1000


def _member_problem(archive: zipfile.ZipFile, max_bytes: int, max_rows: int) -> str | None:
    """Decompress every member once, counting: what limit the workbook breaks (a member's or the whole workbook's
    size, the number of shared strings), or None. A damaged zip raises what zipfile raises."""
    member_limit, total_limit, strings_limit = limits(max_bytes, max_rows)
    total = strings = 0
    for info in archive.infolist():
        size = 0
        tail = b""
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                total += len(chunk)
                if size > member_limit:
                    return f"工作簿里的 {info.filename[:60]} 解压后超过 {member_limit:,} 字节{_HOSTILE}"
                if total > total_limit:
                    return f"工作簿解压后超过 {total_limit:,} 字节{_HOSTILE}"
                both = tail + chunk  # a tag cut in two by the chunk boundary is counted once, here
                strings += _shared_strings(both) - _shared_strings(tail)
                if strings > strings_limit:
                    return f"工作簿里的文字（共享字符串）超过 {strings_limit:,} 条{_HOSTILE}"
                tail = chunk[-64:]
    return None


def xlsx_rows(
    data: bytes, fail: Callable[[str], Exception], *, max_rows: int, max_bytes: int, max_columns: int
) -> Rows:
    """The non-empty rows of the first sheet of the workbook ``data``, numbered as Excel numbers them, each cut after
    its last non-empty cell within ``max_columns``; read only a little past ``max_rows`` non-empty rows.

    Raises:
        whatever ``fail`` makes: not a workbook, damaged, a limit broken (said which), a cell too far right.
    """
    import openpyxl

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            problem = _member_problem(archive, max_bytes, max_rows)
        book = None if problem else openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl and zipfile raise many kinds on a damaged file; all mean the same to the lead
        raise fail(_NOT_EXCEL) from None
    if book is None:
        raise fail(problem or _NOT_EXCEL)
    try:
        return _sheet_rows(book, fail, max_rows, max_columns)
    finally:
        book.close()


def _sheet_rows(book: Any, fail: Callable[[str], Exception], max_rows: int, max_columns: int) -> Rows:
    from openpyxl.worksheet._reader import CELL_TAG, ROW_TAG, WorkSheetParser
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    sheet_data = f"{{{SHEET_MAIN_NS}}}sheetData"
    most_rows = row_limit(max_rows)
    rows: Rows = []
    try:
        sheet = book.worksheets[0]
        source = sheet._get_source()
    except Exception:
        raise fail(_NOT_EXCEL) from None
    with source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        stack: list[Any] = []
        cells: list[Cell] = []
        in_row = in_cell = False
        row_count = filled = cells_in_row = 0
        refusal: Exception | None = None
        try:
            for event, element in iterparse(source, events=("start", "end")):
                if event == "start":
                    if element.tag == ROW_TAG and stack and stack[-1].tag == sheet_data:
                        row_count += 1
                        if row_count > most_rows:
                            refusal = fail(too_many_lines(most_rows))
                            break
                        number = element.get("r")
                        parser.row_counter = int(number) if number else parser.row_counter + 1
                        parser.col_counter = 0
                        in_row, cells, cells_in_row = True, [], 0
                    elif in_row and element.tag == CELL_TAG:
                        in_cell = True
                    stack.append(element)
                    continue
                stack.pop()
                parent = stack[-1] if stack else None
                if in_cell and element.tag == CELL_TAG:
                    in_cell = False
                    cells_in_row += 1
                    if cells_in_row > MAX_CELLS_PER_ROW:
                        refusal = fail(f"第 {parser.row_counter} 行超过 {MAX_CELLS_PER_ROW:,} 个单元格{_HOSTILE}")
                        break
                    cell = parser.parse_cell(element)
                    column, value = cell["column"], cell["value"]
                    if value is not None and not (isinstance(value, str) and not value.strip()):
                        if column > max_columns:
                            refusal = fail(too_far_right(parser.row_counter, column))
                            break
                        cells.extend([None] * (column - 1 - len(cells)))
                        if column - 1 < len(cells):  # the same cell twice: the later one, as openpyxl does
                            cells[column - 1] = value
                        else:
                            cells.append(value)
                elif in_row and element.tag == ROW_TAG:
                    in_row = False
                    if cells:
                        rows.append((parser.row_counter, cells))
                        filled += 1
                        if filled > max_rows + 1:
                            break  # enough to report "too many rows" without reading a huge sheet to the end
                elif element.tag == sheet_data:
                    break  # nothing after the cells is needed
                if parent is not None and not in_cell:
                    parent.remove(element)  # read once, then dropped: a sheet is never held whole
        except Exception:
            raise fail(_NOT_EXCEL) from None
    if refusal is not None:
        raise refusal
    return rows
