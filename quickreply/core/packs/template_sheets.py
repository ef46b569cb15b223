"""Template spreadsheets: the library as a table a lead edits in Excel, and Qianniu's own quick-phrase CSV.

Two layouts are read and written:

- the QuickReply layout, ``.xlsx`` or ``.csv``, header 分类, 标题, 快捷码, 内容, 标签 (or category, title, shortcut,
  body, tags) in any order; 分类 is a path such as ``售后/退款``;
- the Qianniu (千牛) quick-phrase CSV, header ``快捷短语编码,快捷短语,快捷短语分组`` (code, phrase, group), in GBK.
  This layout was taken from third-party tools that import phrases into Qianniu, not from an official Qianniu
  specification; the file is recognised by its header, whatever its name.

Reading is all or nothing, like the rate sheets: the first bad cell rejects the whole file with a message naming the
file, the row as Excel numbers it and the column (letter and header), so the lead can fix that very cell.
Nothing is ever written as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from quickreply.core.errors import InvalidInput, QuickReplyError, why_not_written
from quickreply.core.files import shown_name
from quickreply.core.library.categories import parse_path
from quickreply.core.library.field_limits import check_fields, check_phrasings, split_phrasings, split_tags
from quickreply.core.models import Template
from quickreply.core.spreadsheet_files import (
    FORMULA_START,
    Cell,
    cell_text,
    header_key,
    read_rows,
    write_whole,
    xlsx_bytes,
)


class SpreadsheetError(QuickReplyError):
    """A template spreadsheet that cannot be read or written; the message names the file, row and column if any."""


MAX_BYTES: Final = 50 * 1024 * 1024
MAX_ROWS: Final = 200_000
MAX_FIELD: Final = 100_000

QIANNIU_GROUP: Final = "千牛导入"
"""The category of a Qianniu phrase whose group is empty."""
DEFAULT_CATEGORY: Final = "表格导入"
"""The category of a row whose 分类 is empty."""
QIANNIU_TITLE: Final = 20
"""A Qianniu phrase has no title: the first line of the phrase, cut to this many characters, becomes one."""

# Column key → the header written out, then every accepted spelling (compared after header_key).
# Traditional spellings too: a Big5 file cannot hold 分类 or 内容, only 分類 and 內容.
_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "category": ("分类", "category", "类别", "分组", "分類", "類別", "分組"),
    "title": ("标题", "title", "標題"),
    "shortcut": ("快捷码", "shortcut", "快捷键", "缩写", "快捷碼", "快捷鍵", "縮寫"),
    "body": ("内容", "body", "正文", "回复内容", "內容", "回覆內容", "回復內容"),
    "tags": ("标签", "tags", "tag", "標籤"),
    "phrasings": ("买家问法", "phrasings", "问法", "相似问", "買家問法", "問法", "相似問"),
}
_QIANNIU: Final[dict[str, tuple[str, ...]]] = {
    "code": ("快捷短语编码", "code", "快捷短語編碼"),
    "phrase": ("快捷短语", "phrase", "快捷短語"),
    "group": ("快捷短语分组", "group", "快捷短語分組"),
}
_WRITE_ORDER: Final = ("category", "title", "shortcut", "body", "tags", "phrasings")
_QIANNIU_ORDER: Final = ("code", "phrase", "group")
_EXPECTED: Final = (
    "分类、标题、快捷码、内容、标签、买家问法（或 category、title、shortcut、body、tags、phrasings），"
    "或千牛的 快捷短语编码、快捷短语、快捷短语分组"
)


def _lookup(columns: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {header_key(name): key for key, names in columns.items() for name in names}


_BY_HEADER: Final = _lookup(_COLUMNS)
_BY_QIANNIU: Final = _lookup(_QIANNIU)


@dataclass(frozen=True)
class SheetTemplate:
    """One template as a spreadsheet row holds it (no id: it is not in a library yet)."""

    category: str  # path, e.g. 售后/退款
    title: str
    shortcut: str | None
    body: str
    tags: tuple[str, ...] = ()
    #: Buyer phrasings (买家问法), one per line in the cell.
    phrasings: tuple[str, ...] = ()
    #: False for a Qianniu phrase: it has no title of its own (``title`` is made from its first line) and no tags.
    titled: bool = field(default=True, compare=False)


def _column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column as Excel labels it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class _Reader:
    """Where the reader is, so every error can say 模板表格 FILE 第 N 行 D 列「内容」."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.headers: dict[str, tuple[int, str]] = {}  # column key → (index, header as written in the file)
        self.ignored: list[str] = []  # columns with a header the layout does not know, as "E 列「备注」"

    def fail(self, row: int | None, key: str | None, message: str) -> SpreadsheetError:
        where = f"模板表格 {self.name}"
        if row is not None:
            where += f" 第 {row} 行"
        if key is not None and key in self.headers:
            index, shown = self.headers[key]
            where += f" {_column_letter(index)} 列「{shown}」"
        return SpreadsheetError(f"{where}：{message}")


#: Kept exactly as the cell holds it (a leading tab or space is part of the reply); every other field is trimmed.
_AS_WRITTEN: Final = frozenset({"body", "phrase"})


def _clean(value: Cell, *, csv_cell: bool, trim: bool) -> str:
    text = value if type(value) is str and not trim else cell_text(value)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _unescape(text) if csv_cell and text[:1] == "'" else text


def _unescape(text: str) -> str:
    # Unlike the rate sheets, apostrophes already in front of = + - @ were escaped too: exactly one is dropped.
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_START):
        return text[1:]
    return text


def _templates(reader: _Reader, rows: Iterable[tuple[int, Sequence[Cell]]], *, csv_cells: bool) -> list[SheetTemplate]:
    iterator = iter(rows)
    header: Sequence[Cell] | None = None
    header_line = 1
    for line, cells in iterator:
        if any(cell_text(c) for c in cells):
            header, header_line = cells, line
            break
    if header is None:
        raise reader.fail(None, None, f"是空的：第 1 行应是表头，如 {_EXPECTED}。")
    keys = [header_key(cell_text(c)) for c in header]
    # Qianniu's layout only when no column is one of QuickReply's own: a lead's sheet with an extra 快捷短语 column
    # keeps its titles and bodies (and is told the column was not read).
    qianniu = "phrase" in {_BY_QIANNIU.get(k) for k in keys} and not any(k in _BY_HEADER for k in keys)
    lookup = _BY_QIANNIU if qianniu else _BY_HEADER
    for index, (cell, key) in enumerate(zip(header, keys, strict=True)):
        column = lookup.get(key)
        if column is None:
            if key:
                reader.ignored.append(f"{_column_letter(index)} 列「{cell_text(cell)}」")
            continue
        if column in reader.headers:
            raise reader.fail(
                header_line, None, f"表头「{cell_text(cell)}」和「{reader.headers[column][1]}」是同一列，只能有一个。"
            )
        reader.headers[column] = (index, cell_text(cell))
    if not reader.headers:
        raise reader.fail(header_line, None, f"找不到认识的表头：第一行应是 {_EXPECTED}。")
    if not qianniu and "body" not in reader.headers:
        raise reader.fail(header_line, None, f"表头缺少「内容」列：需要 {_EXPECTED}。")

    found: list[SheetTemplate] = []
    columns = {key: index for key, (index, _) in reader.headers.items()}
    for line, cells in iterator:
        if not any(map(cell_text, cells)):
            continue
        if len(found) >= MAX_ROWS:
            raise reader.fail(None, None, f"超过 {MAX_ROWS:,} 行了：一次最多导入 {MAX_ROWS:,} 条模板，请拆开导入。")
        width = len(cells)
        texts: dict[str, str] = {}
        for key, index in columns.items():
            text = _clean(cells[index], csv_cell=csv_cells, trim=key not in _AS_WRITTEN) if index < width else ""
            if len(text) > MAX_FIELD:
                raise reader.fail(line, key, f"有 {len(text):,} 个字，最多 {MAX_FIELD:,} 个字。")
            texts[key] = text
        if qianniu:
            phrase = texts.get("phrase", "")
            if not phrase.strip():
                raise reader.fail(line, "phrase", "是空的：请填写要发给买家的话。")
            title = phrase.split("\n", 1)[0].strip()[:QIANNIU_TITLE]
            code = texts.get("code", "")
            item = SheetTemplate(texts.get("group") or QIANNIU_GROUP, title, code or None, phrase, titled=False)
            found.append(_checked(reader, line, item, {"category": "group", "shortcut": "code", "body": "phrase"}))
            continue
        body = texts.get("body", "")
        if not body.strip():
            raise reader.fail(line, "body", "是空的：请填写要发给买家的话。")
        title = texts.get("title") or body.split("\n", 1)[0].strip()[:QIANNIU_TITLE]
        item = SheetTemplate(
            texts.get("category") or DEFAULT_CATEGORY,
            title,
            texts.get("shortcut") or None,
            body,
            split_tags(texts.get("tags", "")),
            split_phrasings(texts.get("phrasings", "")),
        )
        found.append(_checked(reader, line, item, {}))
    if not found:
        raise reader.fail(None, None, "只有表头，没有模板。")
    return found


def _checked(reader: _Reader, line: int, item: SheetTemplate, columns: dict[str, str]) -> SheetTemplate:
    """The row's template if a library would take it; else the error names the row and the column at fault."""
    try:
        parse_path(item.category)
    except InvalidInput as error:
        raise reader.fail(line, columns.get("category", "category"), str(error)) from None
    try:
        check_fields(item.title, item.body, item.shortcut, item.tags)
    except InvalidInput as error:
        text = str(error)
        key = (
            "title"
            if text.startswith("标题")
            else "shortcut"
            if "快捷码" in text[:4]
            else "tags"
            if "标签" in text
            else "body"
        )
        raise reader.fail(line, columns.get(key, key), text) from None
    try:
        check_phrasings(item.title, item.phrasings)
    except InvalidInput as error:
        raise reader.fail(line, "phrasings", str(error)) from None
    return item


@dataclass(frozen=True)
class TemplateSheet:
    """A template spreadsheet as read: its templates, and the columns it has that were not read."""

    templates: list[SheetTemplate]
    #: Columns with a header the layout does not know, as "E 列「备注」": said to the lead, not silently dropped.
    ignored: tuple[str, ...] = ()


def read_template_sheet(path: Path) -> TemplateSheet:
    """Read templates from ``.xlsx`` (first sheet) or ``.csv`` (UTF-8 with or without BOM, GBK/GB18030 or Big5).

    The layout is told by the header: QuickReply's own (分类, 标题, 快捷码, 内容, 标签, 买家问法 with one phrasing per
    line; 标签 and 买家问法 may be left out) or Qianniu's quick phrases (快捷短语编码, 快捷短语, 快捷短语分组, and
    no other column). An empty 标题 becomes the first line of 内容 cut to 20 characters, as for Qianniu phrases; an
    empty 分类 becomes 表格导入, an empty Qianniu group 千牛导入. 内容 (a Qianniu 快捷短语) is kept as written, leading
    and trailing spaces and tabs too; the other fields are trimmed. Columns with other headers are not read and are
    listed in ``ignored``.

    Raises:
        SpreadsheetError: the file is missing or not a regular file, over 50 MB, empty, not a table, has no known
            header, has a row without 内容, a cell over 100,000 characters, more than 200,000 rows, or breaks a
            limit of ``spreadsheet_files`` (columns, a hostile workbook). Nothing is returned then.
    """
    reader = _Reader(shown_name(path))
    too_big = f"文件太大了：最多 {MAX_BYTES // 1024 // 1024} MB，请拆开导入。"
    rows = read_rows(
        path, lambda message: reader.fail(None, None, message), max_bytes=MAX_BYTES, max_rows=MAX_ROWS, too_big=too_big
    )
    templates = _templates(reader, rows, csv_cells=path.suffix.lower() == ".csv")
    return TemplateSheet(templates, tuple(reader.ignored))


def read_templates(path: Path) -> list[SheetTemplate]:
    """The templates of ``read_template_sheet(path)``: the same checks, the ignored columns left unsaid.

    Raises:
        SpreadsheetError: as ``read_template_sheet``.
    """
    return read_template_sheet(path).templates


def _escape(text: str) -> str:
    # An apostrophe already in front of = + - @ is escaped too, so that reading drops exactly one again.
    if text.lstrip("'").startswith(FORMULA_START):
        return f"'{text}"
    return text


def _sheet_template(item: Template | SheetTemplate) -> SheetTemplate:
    if isinstance(item, SheetTemplate):
        return item
    return SheetTemplate(item.category, item.title, item.shortcut, item.body, item.tags, item.phrasings)


def _records(items: Sequence[SheetTemplate], qianniu: bool) -> list[list[str]]:
    if qianniu:
        return [[t.shortcut or "", t.body, t.category] for t in items]
    return [[t.category, t.title, t.shortcut or "", t.body, "、".join(t.tags), "\n".join(t.phrasings)] for t in items]


def _csv_bytes(headers: Sequence[str], records: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    for record in records:
        writer.writerow(_escape(value) for value in record)
    return buffer.getvalue()


def write_templates(
    templates: Sequence[Template] | Sequence[SheetTemplate], path: Path, *, qianniu: bool = False
) -> None:
    """Write ``templates`` with Chinese headers, one row each: ``.xlsx``, or ``.csv`` in UTF-8 with a BOM.

    With ``qianniu`` the Qianniu quick-phrase CSV is written instead (快捷短语编码, 快捷短语, 快捷短语分组; GBK):
    code is the shortcut, phrase the body, group the category path; titles and tags have no place there.
    Nothing is ever written as a formula: a text starting with = + - @ is a text cell in xlsx, and in CSV it is
    written behind an apostrophe, which ``read_templates`` removes again. The file is written whole or not at all.

    Raises:
        SpreadsheetError: an unsupported extension, a template GBK cannot hold (Qianniu), a character Excel cannot
            hold, or the file cannot be written.
    """
    reader = _Reader(shown_name(path))
    suffix = path.suffix.lower()
    items = [_sheet_template(t) for t in templates]
    records = _records(items, qianniu)
    order = _QIANNIU_ORDER if qianniu else _WRITE_ORDER
    headers = [(_QIANNIU if qianniu else _COLUMNS)[key][0] for key in order]
    if qianniu:
        if suffix != ".csv":
            raise reader.fail(None, None, "千牛快捷短语只能导出为 .csv 文件。")
        for item, record in zip(items, records, strict=True):
            for value in record:
                try:
                    value.encode("gbk")
                except UnicodeEncodeError as error:
                    bad = value[error.start : error.end]
                    raise reader.fail(
                        None,
                        None,
                        f"模板「{item.title[:20]}」含有 GBK 编码存不下的字符「{bad}」："
                        "千牛表格存不了它，请改掉后再导出。",
                    ) from None
        data = _csv_bytes(headers, records).encode("gbk")
    elif suffix == ".csv":
        data = _csv_bytes(headers, records).encode("utf-8-sig")
    elif suffix == ".xlsx":
        from openpyxl.utils.exceptions import IllegalCharacterError

        try:
            data = xlsx_bytes("模板", headers, records)
        except IllegalCharacterError as error:  # control characters Excel cannot hold
            raise reader.fail(None, None, f"有 Excel 存不下的控制字符（{error}）：请导出为 .csv。") from None
    else:
        raise reader.fail(None, None, "只能导出为 .csv 或 .xlsx 文件。")
    try:
        write_whole(path, data)
    except OSError as error:
        raise reader.fail(None, None, f"写不进去：{why_not_written(path, error)}。") from None
