"""Rate sheets as a lead handles them: a courier's spreadsheet in, the shop's table out, bad cells named exactly."""

from __future__ import annotations

import os
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from quickreply.core.shipping.rate_sheets import MAX_ROWS, RateSheetError, read_sheet, sample_table, write_sheet
from quickreply.core.shipping.rates import OTHER, Courier, RateRow, RateTable, fee

CN_HEADER = "快递,地区,首重kg,首重价,续重kg,续重价,时效天,抛比,可达"
CN_ROWS = [
    "中通,江苏、上海 浙江,1,3.5,1,1,1-2,8000,是",
    "中通,其他,1,5,1,3,2～4,8000,是",
    "中通,西藏,,,,,,,否",
    "顺丰,新疆，西藏;青海,1,25,0.5,8,3,12000,yes",
]


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def check_chinese_table(table: RateTable) -> None:
    assert [c.name for c in table.couriers] == ["中通", "顺丰"]
    assert table.courier("中通").vol_divisor == 8000
    assert table.courier("顺丰").vol_divisor == 12000
    near = table.zone_for("中通", "江苏")
    assert near is not None and near.zone == {"江苏", "上海", "浙江"}
    assert near.first_fee == Decimal("3.5") and near.eta == (1, 2)
    other = table.zone_for("中通", "广东")
    assert other is not None and other.zone == OTHER and other.eta == (2, 4)
    tibet = table.zone_for("中通", "西藏")
    assert tibet is not None and not tibet.reachable and tibet.first_fee is None
    sf = table.zone_for("顺丰", "青海")
    assert sf is not None and sf.step_kg == Decimal("0.5") and sf.eta == (3, 3)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_a_chinese_csv_reads_in_every_usual_encoding(tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "rates.csv", [CN_HEADER, *CN_ROWS], encoding)
    check_chinese_table(read_sheet(path))


def test_english_headers_in_another_order_with_odd_case_and_width(tmp_path: Path) -> None:
    header = (
        "Reachable, REGIONS ,ｃｏｕｒｉｅｒ,first_fee,First KG,step_kg,Step_Fee,ETA_days,vol_divisor,Code,Hotline,Note"
    )
    path = write_csv(
        tmp_path / "en.csv",
        [header, "1,Other,中通,5,1,1,3,2-4,8000,ZTO,95311,示例", "0,西藏,中通,,,,,,,,,"],
    )
    table = read_sheet(path)
    courier = table.courier("ZTO")
    assert courier == Courier("中通", "ZTO", "95311", (), 8000, "示例")
    row = table.zone_for("中通", "广东")
    assert row is not None and fee(row, Decimal("2.5")) == Decimal("11.00")


def test_optional_columns_may_be_left_out_and_reachable_defaults_to_yes(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "min.csv", ["快递,地区,首重kg,首重价,续重kg,续重价,时效天", "韵达,默认,1,4,1,2,3"])
    table = read_sheet(path)
    assert table.courier("韵达").vol_divisor is None
    assert table.rows == (RateRow("韵达", OTHER, Decimal(1), Decimal(4), Decimal(1), Decimal(2), (3, 3), True),)


def test_an_xlsx_sheet_with_numbers_and_text_cells(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["快递", "地区", "首重kg", "首重价", "续重kg", "续重价", "时效天", "抛比", "可达"])
    sheet.append(["中通", "江苏、上海 浙江", 1, 3.5, 1, 1, "1-2", 8000, "是"])
    sheet.append(["中通", "其他", 1, 5, 1, 3, "2～4", 8000, "是"])
    sheet.append(["中通", "西藏", None, None, None, None, None, None, "否"])
    sheet.append(["顺丰", "新疆，西藏;青海", "1", "25", 0.5, 8, 3, 12000, "yes"])
    path = tmp_path / "rates.xlsx"
    book.save(path)
    check_chinese_table(read_sheet(path))


def test_blank_lines_are_skipped_but_still_counted_in_row_numbers(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "rates.csv", [CN_HEADER, CN_ROWS[0], ",,,,,,,,", "中通,其他,1,abc,1,3,2-4,8000,是"])
    with pytest.raises(RateSheetError, match="第 4 行「首重价」"):
        read_sheet(path)


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        ("中通,其他,1,abc,1,3,2-4,8000,是", "运费表 rates.csv 第 5 行「首重价」：「abc」不是数字。"),
        ("中通,其他,-1,5,1,3,2-4,8000,是", "运费表 rates.csv 第 5 行「首重kg」：「-1」必须大于 0。"),
        ("中通,其他,1,5,0,3,2-4,8000,是", "运费表 rates.csv 第 5 行「续重kg」：「0」必须大于 0。"),
        ("中通,其他,1,5,1,-3,2-4,8000,是", "运费表 rates.csv 第 5 行「续重价」：「-3」不能是负数。"),
        ("中通,火星,1,5,1,3,2-4,8000,是", "运费表 rates.csv 第 5 行「地区」：找不到地区「火星」"),
        ("中通,,1,5,1,3,2-4,8000,是", "运费表 rates.csv 第 5 行「地区」：是空的"),
        ("中通,其他、广东,1,5,1,3,2-4,8000,是", "运费表 rates.csv 第 5 行「地区」：「其他、广东」把 其他 和省份"),
        (",其他,1,5,1,3,2-4,8000,是", "运费表 rates.csv 第 5 行「快递」：是空的"),
        ("中通,其他,1,5,1,3,4-2,8000,是", "运费表 rates.csv 第 5 行「时效天」：「4-2」前一个数比后一个大"),
        ("中通,其他,1,5,1,3,很快,8000,是", "运费表 rates.csv 第 5 行「时效天」：「很快」看不懂"),
        ("中通,其他,1,5,1,3,,8000,是", "运费表 rates.csv 第 5 行「时效天」：是空的"),
        ("中通,其他,1,,1,3,2-4,8000,是", "运费表 rates.csv 第 5 行「首重价」：是空的"),
        ("中通,其他,1,5,1,3,2-4,8000,也许", "运费表 rates.csv 第 5 行「可达」：「也许」看不懂"),
        (
            "中通,其他,1,5,1,3,2-4,6000,是",
            "运费表 rates.csv 第 5 行「抛比」：中通 的抛比「6000」与第 2 行的「8000」不同",
        ),
        ("中通,其他,1,5,1,3,2-4,6000.5,是", "运费表 rates.csv 第 5 行「抛比」：「6000.5」要写整数"),
        ("中通,广东、苏,1,5,1,3,2-4,8000,是", "运费表 rates.csv 第 5 行「地区」：中通 的「江苏」已在第 2 行出现"),
        ("中通,默认,1,5,1,3,2-4,8000,是", "运费表 rates.csv 第 5 行「地区」：中通 的「其他」已在第 3 行出现"),
    ],
)
def test_a_bad_cell_rejects_the_sheet_naming_file_row_and_column(tmp_path: Path, bad_row: str, message: str) -> None:
    path = write_csv(tmp_path / "rates.csv", [CN_HEADER, CN_ROWS[0], CN_ROWS[1], CN_ROWS[2], bad_row])
    with pytest.raises(RateSheetError) as caught:
        read_sheet(path)
    assert str(caught.value).startswith(message)


def test_the_column_is_named_as_the_file_writes_it(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "en.csv", ["courier,regions,first_kg,First Fee,step_kg,step_fee,eta_days", "中通,其他,1,x,1,3,2"]
    )
    with pytest.raises(RateSheetError, match=r"^运费表 en\.csv 第 2 行「First Fee」：「x」不是数字。$"):
        read_sheet(path)


def test_a_bad_cell_in_xlsx_is_named_by_excel_row(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["快递", "地区", "首重kg", "首重价", "续重kg", "续重价", "时效天"])
    sheet.append(["中通", "其他", 1, 5, 1, 3, "2-4"])
    sheet.append(["圆通", "其他", 1, -5, 1, 3, "2-4"])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    with pytest.raises(RateSheetError, match=r"^运费表 bad\.xlsx 第 3 行「首重价」：「-5」不能是负数。$"):
        read_sheet(path)


def test_a_missing_required_column_is_named(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "rates.csv", ["快递,地区,首重kg,首重价,续重kg,时效天", "中通,其他,1,5,1,2-4"])
    with pytest.raises(RateSheetError, match=r"^运费表 rates\.csv 第 1 行：表头缺少「续重价」列"):
        read_sheet(path)


def test_a_csv_without_a_known_header_lists_the_columns_needed(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "rates.csv", ["名字,价格", "中通,5"])
    with pytest.raises(RateSheetError, match="表头缺少「快递」「地区」「首重kg」"):
        read_sheet(path)


def test_a_header_given_twice_is_rejected(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "rates.csv", [CN_HEADER + ",courier", "中通,其他,1,5,1,3,2-4,8000,是,中通"])
    with pytest.raises(RateSheetError, match="第 1 行：表头「courier」和「快递」是同一列"):
        read_sheet(path)


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n,,,\r\n"])
def test_an_empty_csv_is_rejected(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(RateSheetError, match=r"^运费表 empty\.csv：是空的"):
        read_sheet(path)


def test_a_header_without_rows_is_rejected(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "rates.csv", [CN_HEADER])
    with pytest.raises(RateSheetError, match="没有数据行"):
        read_sheet(path)


def test_random_bytes_named_xlsx_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "rates.xlsx"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(RateSheetError, match=r"^运费表 rates\.xlsx：不是有效的 Excel"):
        read_sheet(path)


def test_a_zip_that_is_not_a_workbook_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "rates.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(RateSheetError, match="不是有效的 Excel"):
        read_sheet(path)


def test_binary_bytes_named_csv_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(RateSheetError, match=r"^运费表 rates\.csv："):
        read_sheet(path)


def test_another_extension_and_a_missing_file_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(RateSheetError, match=r"rates\.xls：只能导入 \.csv 或 \.xlsx"):
        read_sheet(tmp_path / "rates.xls")
    with pytest.raises(RateSheetError, match="找不到这个文件"):
        read_sheet(tmp_path / "missing.csv")


def test_a_file_over_5_mb_is_rejected_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(CN_HEADER.encode() + b"\r\n" + b" " * (5 * 1024 * 1024 + 1))
    with pytest.raises(RateSheetError, match=r"文件太大了.*最多 5 MB"):
        read_sheet(path)


def test_more_than_5000_rows_are_rejected_saying_so(tmp_path: Path) -> None:
    rows = [f"快递{i},其他,1,5,1,3,2" for i in range(MAX_ROWS + 1)]
    path = write_csv(tmp_path / "many.csv", ["快递,地区,首重kg,首重价,续重kg,续重价,时效天", *rows])
    with pytest.raises(RateSheetError, match="超过 5000 行"):
        read_sheet(path)


def test_exactly_5000_rows_are_fine(tmp_path: Path) -> None:
    rows = [f"快递{i},其他,1,5,1,3,2" for i in range(MAX_ROWS)]
    path = write_csv(tmp_path / "many.csv", ["快递,地区,首重kg,首重价,续重kg,续重价,时效天", *rows])
    assert len(read_sheet(path).rows) == MAX_ROWS


def rich_table() -> RateTable:
    couriers = [
        Courier("中通", "ZTO", "95311", (), 8000, "示例价格，请换成贵店的协议价"),
        Courier('=HYPERLINK("x")', "+1", "-95338", (), None, '@note, with "quotes"'),
    ]
    rows = [
        RateRow("中通", frozenset({"江苏", "上海"}), Decimal(1), Decimal("3.5"), Decimal(1), Decimal(1), (1, 2)),
        RateRow("中通", OTHER, Decimal("0.5"), Decimal("5.25"), Decimal("0.5"), Decimal("1.1"), (3, 3)),
        RateRow("中通", frozenset({"西藏"}), reachable=False),
        RateRow('=HYPERLINK("x")', OTHER, Decimal(2), Decimal(10), Decimal(1), Decimal(4), (2, 5)),
    ]
    return RateTable(couriers, rows)


@pytest.mark.parametrize("name", ["out.csv", "out.xlsx"])
def test_writing_then_reading_gives_the_same_table(tmp_path: Path, name: str) -> None:
    table = rich_table()
    path = tmp_path / name
    write_sheet(table, path)
    again = read_sheet(path)
    assert again.couriers == table.couriers
    assert again.rows == table.rows


@pytest.mark.parametrize("name", ["sample.csv", "sample.xlsx"])
def test_the_sample_table_round_trips(tmp_path: Path, name: str) -> None:
    table = sample_table()
    write_sheet(table, tmp_path / name)
    again = read_sheet(tmp_path / name)
    assert (again.couriers, again.rows) == (table.couriers, table.rows)


def test_csv_is_written_with_a_bom_and_chinese_headers(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_sheet(rich_table(), path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    first = data.decode("utf-8-sig").splitlines()[0]
    assert first == "快递,快递代码,电话,地区,首重kg,首重价,续重kg,续重价,时效天,抛比,可达,备注"
    assert "'=HYPERLINK" in data.decode("utf-8-sig")


def test_xlsx_numbers_are_numbers_and_formula_looking_text_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_sheet(rich_table(), path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert [c.value for c in sheet[1]][:4] == ["快递", "快递代码", "电话", "地区"]
    assert sheet["F2"].data_type == "n" and sheet["F2"].value == 3.5
    assert sheet["J2"].value == 8000
    assert sheet["A5"].value == '=HYPERLINK("x")' and sheet["A5"].data_type == "s"
    assert sheet["C5"].value == "-95338" and sheet["C5"].data_type == "s"
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml


def test_writing_to_another_extension_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(RateSheetError, match="只能导出为"):
        write_sheet(rich_table(), tmp_path / "out.txt")


def test_the_sample_table_has_nine_couriers_and_sensible_prices() -> None:
    table = sample_table()
    assert [c.name for c in table.couriers] == ["顺丰", "中通", "圆通", "韵达", "申通", "极兔", "邮政", "EMS", "京东"]
    assert all("示例价格" in c.note for c in table.couriers)

    def price(courier: str, place: str, kg: str) -> Decimal:
        row = table.zone_for(courier, place)
        assert row is not None and row.reachable, (courier, place)
        return fee(row, Decimal(kg))

    assert price("中通", "江苏", "1") < price("中通", "广东", "1") < price("中通", "新疆", "1")
    assert price("中通", "广东", "2") > price("中通", "广东", "1")
    assert price("顺丰", "上海", "1") > price("中通", "上海", "1")
    for courier in ("中通", "韵达", "极兔", "京东"):
        tibet = table.zone_for(courier, "西藏")
        assert tibet is not None and not tibet.reachable
    assert all(table.zone_for(c.name, p) is not None for c in table.couriers for p in ("北京", "黑龙江", "海南"))
    hong_kong = table.zone_for("顺丰", "香港")
    assert hong_kong is not None and hong_kong.reachable
