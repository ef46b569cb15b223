"""Template spreadsheets as a lead uses them: the library out to Excel or Qianniu and back, bad cells named exactly."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from quickreply.core import open_library, spreadsheet_files
from quickreply.core.packs.template_sheets import (
    MAX_ROWS,
    SheetTemplate,
    SpreadsheetError,
    read_templates,
    write_templates,
)


def fields(items: list[SheetTemplate]) -> list[tuple[str, str, str | None, str, tuple[str, ...]]]:
    return [(t.category, t.title, t.shortcut, t.body, t.tags) for t in items]


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def failure(path: Path) -> str:
    with pytest.raises(SpreadsheetError) as caught:
        read_templates(path)
    return str(caught.value)


@pytest.fixture
def bundled(tmp_path: Path) -> list[SheetTemplate]:
    library = open_library(tmp_path / "home")
    try:
        return [SheetTemplate(t.category, t.title, t.shortcut, t.body, t.tags) for t in library.templates()]
    finally:
        library.close()


@pytest.mark.parametrize("name", ["all.xlsx", "all.csv"])
def test_every_bundled_template_comes_back_the_same(tmp_path: Path, name: str) -> None:
    library = open_library(tmp_path / "home")
    templates = library.templates()
    assert len(templates) > 100
    write_templates(templates, tmp_path / name)
    back = read_templates(tmp_path / name)
    assert fields(back) == [(t.category, t.title, t.shortcut, t.body, t.tags) for t in templates]
    library.close()


def test_qianniu_round_trip_keeps_code_phrase_and_group(tmp_path: Path, bundled: list[SheetTemplate]) -> None:
    path = tmp_path / "千牛.csv"
    write_templates(bundled, path, qianniu=True)
    raw = path.read_bytes()
    assert raw.decode("gbk").startswith("快捷短语编码,快捷短语,快捷短语分组\r\n")
    back = read_templates(path)
    assert [(t.shortcut, t.body, t.category) for t in back] == [(t.shortcut, t.body, t.category) for t in bundled]
    assert all(t.title == t.body.split("\n")[0].strip()[:20] for t in back)


def test_csv_is_utf8_with_bom_and_chinese_headers(tmp_path: Path, bundled: list[SheetTemplate]) -> None:
    path = tmp_path / "a.csv"
    write_templates(bundled[:1], path)
    assert path.read_bytes().startswith("\ufeff分类,标题,快捷码,内容,标签,买家问法\r\n".encode())


def test_xlsx_has_chinese_headers(tmp_path: Path, bundled: list[SheetTemplate]) -> None:
    path = tmp_path / "a.xlsx"
    write_templates(bundled[:1], path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert [c.value for c in sheet[1]] == ["分类", "标题", "快捷码", "内容", "标签", "买家问法"]


def test_english_headers_in_any_order_and_any_width(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "en.csv",
        ["Body, ＴＩＴＬＥ ,Tags,shortcut,CATEGORY", "亲，已发货。,发货通知,物流 发货、通知,fh,售中/物流"],
    )
    assert fields(read_templates(path)) == [("售中/物流", "发货通知", "fh", "亲，已发货。", ("物流", "发货", "通知"))]


def test_tags_split_on_every_separator(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", ["内容,标签", '你好,"a、b,c，d;e f"'])
    assert read_templates(path)[0].tags == ("a", "b", "c", "d", "e", "f")


@pytest.mark.parametrize(
    ("encoding", "prefix"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gbk", b""), ("gb18030", b"")]
)
def test_csv_encodings_are_detected(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "e.csv"
    path.write_bytes(prefix + "分类,标题,内容\r\n售后/退款,退款到账,亲，退款1-3天到账。\r\n".encode(encoding))
    assert fields(read_templates(path)) == [("售后/退款", "退款到账", None, "亲，退款1-3天到账。", ())]


def test_gbk_qianniu_file_is_recognised_by_its_header(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "export.csv",
        [
            "快捷短语编码,快捷短语,快捷短语分组",
            '1,"亲，在的。\n请问有什么可以帮您？",欢迎语',
            "2,这是一句很长很长很长很长很长很长的快捷短语哦,",
        ],
        "gbk",
    )
    assert fields(read_templates(path)) == [
        ("欢迎语", "亲，在的。", "1", "亲，在的。\n请问有什么可以帮您？", ()),
        (
            "千牛导入",
            "这是一句很长很长很长很长很长很长的快捷短",
            "2",
            "这是一句很长很长很长很长很长很长的快捷短语哦",
            (),
        ),
    ]


@pytest.mark.parametrize("name", ["lines.xlsx", "lines.csv"])
def test_line_breaks_in_cells_survive(tmp_path: Path, name: str) -> None:
    item = SheetTemplate("售后", "多行", "dh", "第一行\n第二行\n\n第四行", ("a",))
    write_templates([item], tmp_path / name)
    assert read_templates(tmp_path / name) == [item]


def test_windows_line_breaks_in_csv_cells_become_plain(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "w.csv", ["内容", '"一\r\n二"'])
    assert read_templates(path)[0].body == "一\n二"


FORMULAS = [
    SheetTemplate("杂项", "=1+1", "=a", '=HYPERLINK("http://x")', ()),
    SheetTemplate("杂项", "+86 电话", None, "-减价说明", ()),
    SheetTemplate("杂项", "@旺旺", None, "'=已经有撇号", ()),
]


def test_formula_looking_text_stays_text_in_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "f.xlsx"
    write_templates(FORMULAS, path)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    cell = openpyxl.load_workbook(path).worksheets[0]["D2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x")'
    assert read_templates(path) == FORMULAS


def test_formula_looking_text_stays_text_in_csv(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    write_templates(FORMULAS, path)
    text = path.read_bytes().decode("utf-8-sig")
    assert "'=1+1" in text and "'-减价说明" in text and "'@旺旺" in text and "''=已经有撇号" in text
    assert read_templates(path) == FORMULAS


def test_formula_looking_text_stays_text_in_qianniu_csv(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    write_templates(FORMULAS, path, qianniu=True)
    assert "'=HYPERLINK" in path.read_bytes().decode("gbk")
    assert [t.body for t in read_templates(path)] == [t.body for t in FORMULAS]


def test_qianniu_export_refuses_what_gbk_cannot_hold_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    items = [SheetTemplate("售后", "好评", None, "谢谢", ()), SheetTemplate("售后", "表情回复", None, "亲😊", ())]
    with pytest.raises(SpreadsheetError) as caught:
        write_templates(items, path, qianniu=True)
    assert str(caught.value) == (
        "模板表格 q.csv：模板「表情回复」含有 GBK 编码存不下的字符「😊」：千牛表格存不了它，请改掉后再导出。"
    )
    assert not path.exists()


def test_row_without_body_is_named_by_row_and_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "缺内容.csv", ["标题,分类,内容", "a,售后,有内容", "", "b,售后,"])
    assert failure(path) == "模板表格 缺内容.csv 第 4 行 C 列「内容」：是空的：请填写要发给买家的话。"


def test_row_without_body_in_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "缺内容.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["分类", "标题", "快捷码", "标签", "正文"])
    sheet.append(["售后", "a", "x", None, "好的"])
    sheet.append(["售后", "b", "y", None, None])
    book.save(path)
    assert failure(path) == "模板表格 缺内容.xlsx 第 3 行 E 列「正文」：是空的：请填写要发给买家的话。"


def test_qianniu_row_without_phrase(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "q.csv", ["快捷短语编码,快捷短语,快捷短语分组", "1,,欢迎"], "gbk")
    assert failure(path) == "模板表格 q.csv 第 2 行 B 列「快捷短语」：是空的：请填写要发给买家的话。"


def test_field_over_100000_characters(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "长.csv", ["内容,标题", "好,a", "x" * 100_001 + ",b"])
    assert failure(path) == "模板表格 长.csv 第 3 行 A 列「内容」：有 100,001 个字，最多 100,000 个字。"


def test_field_of_exactly_100000_characters_is_fine(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "长.csv", ["内容", "x" * 100_000])
    assert len(read_templates(path)[0].body) == 100_000


def test_more_than_200000_rows(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "多.csv", ["内容", *(["x"] * (MAX_ROWS + 1))])
    assert failure(path) == "模板表格 多.csv：超过 200,000 行了：一次最多导入 200,000 条模板，请拆开导入。"


def test_exactly_200000_rows_is_fine(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "多.csv", ["内容", *(["x"] * MAX_ROWS)])
    assert len(read_templates(path)) == MAX_ROWS


def test_file_over_50_mb(tmp_path: Path) -> None:
    path = tmp_path / "大.csv"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)
    assert failure(path) == "模板表格 大.csv：文件太大了：最多 50 MB，请拆开导入。"


EXPECTED = (
    "分类、标题、快捷码、内容、标签、买家问法（或 category、title、shortcut、body、tags、phrasings），"
    "或千牛的 快捷短语编码、快捷短语、快捷短语分组"
)


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n  ,\r\n"])
def test_empty_csv(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "空.csv"
    path.write_bytes(content)
    assert failure(path) == f"模板表格 空.csv：是空的：第 1 行应是表头，如 {EXPECTED}。"


def test_header_only(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "头.csv", ["分类,标题,内容"])
    assert failure(path) == "模板表格 头.csv：只有表头，没有模板。"


def test_unknown_header_lists_the_expected_ones(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "怪.csv", ["名字,电话", "张三,123"])
    assert failure(path) == f"模板表格 怪.csv 第 1 行：找不到认识的表头：第一行应是 {EXPECTED}。"


def test_header_without_body_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "缺.csv", ["分类,标题", "售后,a"])
    assert failure(path) == f"模板表格 缺.csv 第 1 行：表头缺少「内容」列：需要 {EXPECTED}。"


def test_same_column_twice(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "重.csv", ["内容,body", "a,b"])
    assert failure(path) == "模板表格 重.csv 第 1 行：表头「body」和「内容」是同一列，只能有一个。"


def test_random_bytes_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "坏.xlsx"
    path.write_bytes(bytes(range(256)) * 40)
    assert failure(path) == "模板表格 坏.xlsx：不是有效的 Excel (.xlsx) 文件：请用 Excel 打开后另存为 .xlsx 或 .csv。"


def test_binary_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "坏.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00binary")
    assert failure(path) == "模板表格 坏.csv：不像是文字表格（含有二进制内容）：请在 Excel 里另存为 CSV。"


def test_other_extension_and_missing_file(tmp_path: Path) -> None:
    assert failure(tmp_path / "a.txt") == "模板表格 a.txt：只能导入 .csv 或 .xlsx 文件。"
    assert failure(tmp_path / "无.csv") == "模板表格 无.csv：找不到这个文件：请检查文件位置。"


def test_a_bad_row_late_in_the_file_returns_nothing_partial(tmp_path: Path) -> None:
    rows = [f"售后,t{n},正文{n}" for n in range(1000)]
    path = write_csv(tmp_path / "后.csv", ["分类,标题,内容", *rows, "售后,空,"])
    result: list[SheetTemplate] | None = None
    with pytest.raises(SpreadsheetError, match="第 1002 行"):
        result = read_templates(path)
    assert result is None


def test_export_to_other_extensions_is_refused(tmp_path: Path, bundled: list[SheetTemplate]) -> None:
    with pytest.raises(SpreadsheetError, match=r"只能导出为 \.csv 或 \.xlsx"):
        write_templates(bundled, tmp_path / "a.txt")
    with pytest.raises(SpreadsheetError, match=r"千牛快捷短语只能导出为 \.csv"):
        write_templates(bundled, tmp_path / "a.xlsx", qianniu=True)
    assert list(tmp_path.glob("a.*")) == []


def test_xlsx_export_refuses_control_characters_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "c.xlsx"
    with pytest.raises(SpreadsheetError, match="控制字符"):
        write_templates([SheetTemplate("a", "b", None, "x\x01y", ())], path)
    assert not path.exists()


def test_writing_where_it_cannot_says_why_in_words_a_lead_can_act_on(tmp_path: Path, monkeypatch) -> None:
    items = [SheetTemplate("售后", "退款", "tk", "亲，退款1-3天到账。")]
    with pytest.raises(SpreadsheetError, match=r"模板表格 a\.xlsx：写不进去：文件夹 .*没有 不存在，请换一个保存位置"):
        write_templates(items, tmp_path / "没有" / "a.xlsx")

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")  # Windows, when Excel has the file open

    target = tmp_path / "a.csv"
    target.write_bytes(b"the lead's sheet from last week")
    monkeypatch.setattr(spreadsheet_files.os, "replace", locked)
    with pytest.raises(SpreadsheetError, match=r"没有权限写入 .*a\.csv（文件可能正在 Excel 里打开"):
        write_templates(items, target)
    assert target.read_bytes() == b"the lead's sheet from last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]  # no temporary file left behind


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_written_sheet_is_readable_by_the_team(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_templates([SheetTemplate("售后", "退款", "tk", "亲，退款1-3天到账。")], path)
    assert path.stat().st_mode & 0o777 == 0o644
    assert [t.title for t in read_templates(path)] == ["退款"]


# --- buyer phrasings (买家问法): one per line in their cell -------------------------------------------------------


@pytest.mark.parametrize("name", ["all.xlsx", "all.csv"])
def test_every_bundled_phrasing_comes_back_the_same(tmp_path: Path, name: str) -> None:
    library = open_library(tmp_path / "home")
    try:
        templates = library.templates()
    finally:
        library.close()
    write_templates(templates, tmp_path / name)
    assert [t.phrasings for t in read_templates(tmp_path / name)] == [t.phrasings for t in templates]


@pytest.mark.parametrize("name", ["p.xlsx", "p.csv"])
def test_phrasings_that_look_like_formulas_stay_text(tmp_path: Path, name: str) -> None:
    item = SheetTemplate("售后", "优惠", "yh", "亲，领券更划算。", (), ("=便宜点吗", "+1 能少点吗", "@客服 有券吗"))
    write_templates([item], tmp_path / name)
    assert read_templates(tmp_path / name) == [item]
    if name.endswith(".xlsx"):
        cell = openpyxl.load_workbook(tmp_path / name).worksheets[0]["F2"]
        assert (cell.data_type, cell.value) == ("s", "=便宜点吗\n+1 能少点吗\n@客服 有券吗")


def test_a_buyer_phrasings_cell_is_tidied_one_per_line(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", ["内容,买家问法", '亲，包邮哦。,"包邮吗\r\n\r\n  包邮吗  \n免  运费吗\n"'])
    assert read_templates(path)[0].phrasings == ("包邮吗", "免 运费吗")


@pytest.mark.parametrize("header", ["买家问法", "Phrasings", "问法", "相似问"])
def test_the_buyer_phrasings_column_under_each_of_its_names(tmp_path: Path, header: str) -> None:
    path = write_csv(tmp_path / "p.csv", [f"内容,{header}", '亲，包邮哦。,"包邮吗\n免运费吗"'])
    assert read_templates(path)[0].phrasings == ("包邮吗", "免运费吗")


def test_a_sheet_from_before_phrasings_reads_with_none(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "old.csv", ["分类,标题,快捷码,内容,标签", "售后,退款,tk,亲，退款1-3天到账。,退款"])
    assert [t.phrasings for t in read_templates(path)] == [()]


def test_phrasings_at_their_limits_are_fine(tmp_path: Path) -> None:
    most = [f"{n:02d}" + "退" * 298 for n in range(50)]
    path = write_csv(tmp_path / "p.csv", ["内容,买家问法", '亲，退款1-3天到账。,"' + "\n".join(most) + '"'])
    assert read_templates(path)[0].phrasings == tuple(most)


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        ("能退吗\n" + "退" * 301, f"模板「退款」的买家问法「{'退' * 20}…」有 301 个字，每条最多 300 个字。"),
        ("\n".join(f"问法{n}" for n in range(51)), "模板「退款」有 51 条买家问法，最多 50 条。"),
    ],
    ids=["301-characters", "51-lines"],
)
def test_a_damaged_buyer_phrasings_cell_is_named_by_row_and_column(tmp_path: Path, cell: str, problem: str) -> None:
    path = write_csv(
        tmp_path / "问法.csv", ["标题,内容,买家问法", "好评,亲，谢谢。,谢谢", f'退款,亲，退款1-3天到账。,"{cell}"']
    )
    assert failure(path) == f"模板表格 问法.csv 第 3 行 C 列「买家问法」：{problem}"


# --- hostile and awkward files ------------------------------------------------------------------------------------


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def edit_member(path: Path, name: str, edit: object) -> Path:
    with zipfile.ZipFile(path) as archive:
        files = {info.filename: archive.read(info) for info in archive.infolist()}
    files[name] = edit(files[name])  # type: ignore[operator]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in files.items():
            archive.writestr(member, data)
    return path


def shared_workbook(path: Path, rows: list[list[str]], spare: int = 0) -> Path:
    """An .xlsx written by hand the way Excel writes it: every text a shared string (openpyxl writes inline ones),
    and ``spare`` more strings no cell uses."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    texts = [t for row in rows for t in row]
    strings = "".join(f"<si><t>{t}</t></si>" for t in [*texts, *(f"s{n}" for n in range(spare))])
    cells, index = [], 0
    for number, row in enumerate(rows, 1):
        row_cells = ""
        for column, _ in enumerate(row):
            row_cells += f'<c r="{chr(65 + column)}{number}" t="s"><v>{index}</v></c>'
            index += 1
        cells.append(f'<row r="{number}">{row_cells}</row>')
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml"'
        ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
        '<sheet name="模板" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData>{"".join(cells)}</sheetData></worksheet>',
        "xl/sharedStrings.xml": f'<sst xmlns="{main}" count="{index}" uniqueCount="{index}">{strings}</sst>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode())
    return path


def test_a_hand_written_workbook_of_shared_strings_is_read(tmp_path: Path) -> None:
    path = shared_workbook(tmp_path / "共享.xlsx", [["标题", "内容"], ["退款", "亲，退款一般三天到账。"]], spare=5)
    assert fields(read_templates(path)) == [("表格导入", "退款", None, "亲，退款一般三天到账。", ())]


def rows_of(path: Path, max_rows: int = 100) -> list[tuple[int, list[object]]]:
    def fail(message: str) -> Exception:
        return SpreadsheetError(message)

    found = spreadsheet_files.read_rows(path, fail, max_bytes=10**7, max_rows=max_rows, too_big="太大")
    return [(line, list(cells)) for line, cells in found]


def test_a_declared_sheet_size_is_ignored_and_rows_are_not_padded(tmp_path: Path) -> None:
    """A sheet declaring A1:XFD200001 made openpyxl pad every row to 16,384 cells: 3 billion of them."""
    path = workbook(
        tmp_path / "宽.xlsx", [["标题", "内容", "备注"], ["退款", "亲，退款三天到账。"], [], [None, "好的"]]
    )
    edit_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b'ref="A1:C4"', b'ref="A1:XFD200001"'))
    assert b"XFD200001" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert rows_of(path) == [(1, ["标题", "内容", "备注"]), (2, ["退款", "亲，退款三天到账。"]), (4, [None, "好的"])]
    assert [t.body for t in read_templates(path)] == ["亲，退款三天到账。", "好的"]


@pytest.mark.parametrize("name", ["右.csv", "右.xlsx"])
def test_a_cell_right_of_the_column_limit_is_refused_with_its_place(tmp_path: Path, name: str, monkeypatch) -> None:
    monkeypatch.setattr(spreadsheet_files, "MAX_COLUMNS", 4)
    rows = [["标题", "内容", "", ""], ["a", "b", "", "", "", "", "多"]]
    if name.endswith(".csv"):
        write_csv(tmp_path / name, [",".join(r) for r in rows])
    else:
        workbook(tmp_path / name, [[c or None for c in r] for r in rows])
    assert failure(tmp_path / name) == (
        f"模板表格 {name}：第 2 行第 7 列还有内容：表格最多读 4 列，请删掉右边多余的列。"
    )


def test_empty_cells_right_of_the_limit_are_not_in_the_rows(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spreadsheet_files, "MAX_COLUMNS", 3)
    path = write_csv(tmp_path / "空列.csv", ["标题,内容" + "," * 50, "a,b" + ", " * 50])
    assert rows_of(path) == [(1, ["标题", "内容"]), (2, ["a", "b"])]


def test_too_many_shared_strings_are_refused_before_openpyxl_loads_them(tmp_path: Path, monkeypatch) -> None:
    """2.5 MB of xlsx held 60 million shared strings: 5.6 GB and 287 s, and then it imported."""
    from quickreply.core import xlsx_files

    path = shared_workbook(tmp_path / "串.xlsx", [["标题", "内容"], ["退款", "亲，退款一般三天到账。"]], spare=47)
    assert [t.title for t in read_templates(path)] == ["退款"]  # 51 strings
    monkeypatch.setattr(xlsx_files, "limits", lambda max_bytes, max_rows: (10**7, 10**8, 50))
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("openpyxl was asked to load it"))
    assert failure(path) == (
        "模板表格 串.xlsx：工作簿里的文字（共享字符串）超过 50 条（可能是恶意文件）："
        "请用 Excel 打开后另存为 .xlsx 或 .csv。"
    )


def test_a_member_decompressing_past_its_limit_is_refused_by_what_it_produced(tmp_path: Path, monkeypatch) -> None:
    from quickreply.core import xlsx_files

    path = workbook(tmp_path / "胀.xlsx", [["标题", "内容"], ["a", "x" * 5000]])
    monkeypatch.setattr(xlsx_files, "limits", lambda max_bytes, max_rows: (4000, 10**8, 10**6))
    assert "工作簿里的 xl/theme/theme1.xml 解压后超过 4,000 字节（可能是恶意文件）" in failure(path)
    monkeypatch.setattr(xlsx_files, "limits", lambda max_bytes, max_rows: (10**7, 6000, 10**6))
    assert "工作簿解压后超过 6,000 字节" in failure(path)


def test_a_sheet_of_empty_rows_is_refused_past_the_row_limit(tmp_path: Path, monkeypatch) -> None:
    from quickreply.core.packs import template_sheets

    monkeypatch.setattr(template_sheets, "MAX_ROWS", 10)  # rows read at most, empty ones too: 2 × 10 + 10,000
    path = write_csv(tmp_path / "空行.csv", ["标题,内容", *([""] * 10_020), "a,b"])
    assert failure(path) == "模板表格 空行.csv：超过 10,020 行了（空行也算）：请删掉多余的空行，或拆开导入。"
    path = workbook(tmp_path / "空行.xlsx", [["标题", "内容"]])
    empty_rows = b"".join(b'<row r="%d"/>' % n for n in range(2, 10_030))
    edit_member(
        path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"</sheetData>", empty_rows + b"</sheetData>")
    )
    assert failure(path) == "模板表格 空行.xlsx：超过 10,020 行了（空行也算）：请删掉多余的空行，或拆开导入。"


@pytest.mark.parametrize("name", ["tab.xlsx", "tab.csv"])
def test_a_body_keeps_its_leading_tab_and_spaces(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    rows = [["分类", "标题", "内容"], [" 售后 ", "  退款\t", "\t亲，退款一般三天到账。 "]]
    if name.endswith(".csv"):
        write_csv(path, [",".join(r) for r in rows])
    else:
        workbook(path, rows)
    (item,) = read_templates(path)
    assert (item.category, item.title, item.body) == ("售后", "退款", "\t亲，退款一般三天到账。 ")


def test_csv_with_carriage_returns_only_is_read(tmp_path: Path) -> None:
    """Old Mac Excel ends lines with a lone \\r: Python's csv said "new-line character seen in unquoted field"."""
    path = tmp_path / "mac.csv"
    path.write_bytes('分类,标题,内容\r售后,退款,"亲，\r退款一般三天到账。"\r售中,发货,已发货\r'.encode())
    assert fields(read_templates(path)) == [
        ("售后", "退款", None, "亲，\n退款一般三天到账。", ()),
        ("售中", "发货", None, "已发货", ()),
    ]


def test_a_cell_longer_than_pythons_csv_limit_is_named_in_chinese(tmp_path: Path) -> None:
    """A 50 MB cell gave Python's "field larger than field limit (131072)" with no row."""
    path = write_csv(tmp_path / "长.csv", ["标题,内容", "a,好", "b," + "长" * 200_000])
    assert failure(path) == "模板表格 长.csv 第 3 行 B 列「内容」：有 200,000 个字，最多 100,000 个字。"


def test_an_extra_qianniu_column_does_not_switch_the_layout(tmp_path: Path) -> None:
    """A lead's sheet with a 快捷短语 column used to be read as Qianniu's: titles and bodies were dropped."""
    from quickreply.core.packs.template_sheets import read_template_sheet

    path = write_csv(tmp_path / "多列.csv", ["分类,标题,内容,快捷短语,备注", "售后,退款,亲，退款三天到账。,tk,老客户"])
    sheet = read_template_sheet(path)
    assert fields(sheet.templates) == [("售后", "退款", None, "亲，退款三天到账。", ())]
    assert sheet.templates[0].titled and sheet.ignored == ("D 列「快捷短语」", "E 列「备注」")
    for header in ("分类,标题,内容,phrase", "category,title,body,Phrase"):
        path = write_csv(tmp_path / "英.csv", [header, "售后,退款,亲，退款三天到账。,x"])
        assert fields(read_templates(path)) == [("售后", "退款", None, "亲，退款三天到账。", ())]


def test_qianniu_with_an_extra_column_is_still_qianniu(tmp_path: Path) -> None:
    from quickreply.core.packs.template_sheets import read_template_sheet

    path = write_csv(
        tmp_path / "q.csv", ["快捷短语编码,快捷短语,快捷短语分组,备注", "tk,亲，退款三天到账。,售后,旧"], "gbk"
    )
    sheet = read_template_sheet(path)
    assert [(t.shortcut, t.body, t.category, t.titled) for t in sheet.templates] == [
        ("tk", "亲，退款三天到账。", "售后", False)
    ]
    assert sheet.ignored == ("D 列「备注」",)


TRADITIONAL = [
    "分類,標題,內容",
    "售後/退款,退款到賬,親，退款一般一到三天到賬，請耐心等候。",
    "售前,發貨,親，我們會盡快為您發貨。",
]


def test_big5_is_read_as_big5_not_as_gbk_mojibake(tmp_path: Path) -> None:
    """Big5 bytes decode as GB18030 too, into rare characters and kana: that used to be imported without a word."""
    path = write_csv(tmp_path / "繁體.csv", TRADITIONAL, "big5")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    path.read_bytes().decode("gb18030")  # the trap: it decodes
    assert fields(read_templates(path)) == [
        ("售後/退款", "退款到賬", None, "親，退款一般一到三天到賬，請耐心等候。", ()),
        ("售前", "發貨", None, "親，我們會盡快為您發貨。", ()),
    ]


def test_gbk_stays_gbk_when_it_would_also_decode_as_big5(tmp_path: Path) -> None:
    lines = ["分类,标题,内容", "售后,退款,亲，退款一般一到三天到账，请耐心等候。", "售前,发货,亲，我们会尽快为您发货。"]
    path = write_csv(tmp_path / "简体.csv", lines, "gbk")
    assert [t.body for t in read_templates(path)] == [
        "亲，退款一般一到三天到账，请耐心等候。",
        "亲，我们会尽快为您发货。",
    ]


def test_text_chinese_in_no_encoding_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "日.csv",
        ["タイトル,内容", "返金,ご返金は三日以内にお振込みいたします。よろしくお願いします。"],
        "shift_jis",
    )
    message = failure(path)
    assert message.startswith("模板表格 日.csv：") and "另存为「CSV UTF-8（逗号分隔）」" in message


def test_a_line_of_too_many_commas_is_refused_before_csv_splits_it(tmp_path: Path, monkeypatch) -> None:
    """One line of 25 million commas made csv build a list of 25 million cells (600 MB) before any check."""
    monkeypatch.setattr(spreadsheet_files, "_MAX_COMMAS", 20)
    path = write_csv(tmp_path / "逗号.csv", ["标题,内容", "a,b", "a" + "," * 21])
    assert failure(path) == (
        "模板表格 逗号.csv：第 3 行有超过 20 个逗号：不像是正常的表格。请在 Excel 里另存为「CSV UTF-8（逗号分隔）」。"
    )


def test_a_row_of_more_cells_than_excel_allows_is_refused(tmp_path: Path, monkeypatch) -> None:
    """Empty cells cost nothing to keep, but a row of millions of them costs time: Excel itself stops at XFD."""
    from quickreply.core import xlsx_files

    monkeypatch.setattr(xlsx_files, "MAX_CELLS_PER_ROW", 5)
    path = workbook(tmp_path / "格.xlsx", [["标题", "内容"], ["a", "b"]])
    styled = b"".join(b'<c r="%s2" s="0"/>' % bytes([67 + n]) for n in range(4))
    edit_member(
        path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"</row></sheetData>", styled + b"</row></sheetData>")
    )
    assert failure(path) == (
        "模板表格 格.xlsx：第 2 行超过 5 个单元格（可能是恶意文件）：请用 Excel 打开后另存为 .xlsx 或 .csv。"
    )
