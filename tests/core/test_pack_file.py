"""The template pack file: what the lead writes comes back exactly, and a broken or hostile file is refused whole.

Hostile files are built by hand with ``zipfile``; every refusal must name the file and say what is wrong.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import warnings
import zipfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quickreply.core import spreadsheet_files
from quickreply.core.packs import pack_file
from quickreply.core.packs.pack_file import (
    FORMAT_VERSION,
    Manifest,
    Pack,
    PackError,
    PackTemplate,
    check_version,
    compare_versions,
    pack_id_for,
    read_pack,
    write_pack,
)
from quickreply.core.shipping.quotes import DIFFERENCE, ShopPolicy, Upgrade
from quickreply.core.shipping.rates import OTHER, Courier, RateRow, RateTable
from quickreply.paths import resources

D = Decimal
NAME = "售后话术.qrpack"
SCHEMA = json.loads((resources() / "pack-schema.json").read_text(encoding="utf-8"))


def sample_pack(**changes: Any) -> Pack:
    sf = Courier("顺丰", "SF", "95338", (r"^SF\d{13}$",), 6000, "示例价格")
    zto = Courier("中通", "ZTO", "95311")
    table = RateTable(
        [sf, zto],
        [
            RateRow("顺丰", frozenset({"浙江", "上海"}), D("1"), D("12"), D("1"), D("2.0"), (1, 2)),
            RateRow("顺丰", OTHER, D("1.0"), D("22.50"), D("0.5"), D("5"), (2, 4)),
            RateRow("中通", OTHER, D("1"), D("8"), D("1"), D("3"), (2, 4)),
            RateRow("中通", frozenset({"新疆", "西藏"}), reachable=False),
        ],
    )
    policy = ShopPolicy(
        "浙江",
        "中通",
        free_over_amount=D("99.00"),
        free_excluded=frozenset({"新疆"}),
        remote=frozenset({"西藏", "青海"}),
        remote_fee=D("10"),
        upgrades=(Upgrade("顺丰", D("8.5")), Upgrade("中通", DIFFERENCE)),
    )
    base = Pack(
        manifest=Manifest(pack_id_for("售后话术"), "售后话术", "1.2", author="王组长", description="店铺统一话术"),
        categories=("售后", "售后/退款", "售中"),
        templates=(
            PackTemplate("t1", "售后/退款", "退款到账时间", "亲，退款一般1-3天到账哦。", "tk", ("退款", "到账")),
            PackTemplate("t2", "售中", "顺丰时效", "亲，{快递|顺丰|中通}一般{天数:2}天送达。", None, ()),
            PackTemplate("t3", "售后", "补发", "这边为您重新安排发货。", "bf", ("补发",)),
        ),
        fees=table,
        policy=policy,
        lint_rules=(
            {
                "id": "no-promise",
                "level": "error",
                "words": ["保证", "绝对"],
                "message": "不要承诺",
                "suggestion": "尽量",
            },
            {"id": "soft", "level": "warning", "words": ["不知道"], "message": "换个说法"},
        ),
    )
    return Pack(**{**base.__dict__, **changes})


@pytest.fixture
def packed(tmp_path: Path) -> Path:
    path = tmp_path / NAME
    write_pack(path, sample_pack())
    return path


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(path: Path, files: dict[str, bytes] | list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> Path:
    items = files.items() if isinstance(files, dict) else files
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names some tests want
        with zipfile.ZipFile(path, "w", method) as archive:
            for name, data in items:
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.filename = name  # as given: on Windows ZipInfo would turn a backslash into "/"
                info.compress_type = method
                archive.writestr(info, data)
    return path


def dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def change(path: Path, name: str, edit: Any, *, reseal: bool = True) -> Path:
    """Replace member ``name`` (``edit`` gets its data and returns the new data); the manifest's sha256 follows."""
    return replace_member(path, name, dump(edit(json.loads(members(path)[name]))), reseal=reseal)


def replace_member(path: Path, name: str, data: bytes, *, reseal: bool = True) -> Path:
    """Replace member ``name`` with raw ``data``; the manifest's sha256 follows."""
    files = members(path)
    files[name] = data
    if reseal and name != "manifest.json":
        manifest = json.loads(files["manifest.json"])
        manifest["files"][name] = hashlib.sha256(files[name]).hexdigest()
        files["manifest.json"] = dump(manifest)
    return rezip(path, files)


def refused(path: Path, *words: str) -> str:
    with pytest.raises(PackError) as caught:
        read_pack(path)
    message = str(caught.value)
    assert path.name in message
    for word in words:
        assert word in message
    assert "\n" not in message and "Traceback" not in message
    return message


def edit_template(number: int, **fields: Any) -> Any:
    def edit(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        items[number - 1].update(fields)
        return items

    return edit


# --- round trip --------------------------------------------------------------------------------------------------


def test_what_the_lead_writes_comes_back_exactly(packed: Path) -> None:
    pack = sample_pack()
    read = read_pack(packed)

    assert read.categories == pack.categories
    assert read.templates == pack.templates
    assert read.policy == pack.policy
    assert read.lint_rules == pack.lint_rules
    assert read.fees is not None and pack.fees is not None
    assert read.fees.couriers == pack.fees.couriers
    assert read.fees.rows == pack.fees.rows
    assert [r.first_fee for r in read.fees.rows][:2] == [D("12"), D("22.50")]
    assert str(read.fees.rows[1].first_fee) == "22.50"  # exactly as written, not a float
    assert read.manifest.counts == {"categories": 3, "templates": 3, "couriers": 2, "rate_rows": 4, "lint_rules": 2}


def test_writing_returns_the_manifest_it_wrote(tmp_path: Path) -> None:
    written = write_pack(tmp_path / NAME, sample_pack())

    assert written == read_pack(tmp_path / NAME).manifest
    assert written.format_version == FORMAT_VERSION
    assert written.created[:4].isdigit() and written.created[10] == "T" and written.created[-6] in "+-"
    assert set(written.files) == {"categories.json", "templates.json", "fees.json", "lint.json"}
    files = members(tmp_path / NAME)
    assert all(hashlib.sha256(files[n]).hexdigest() == digest for n, digest in written.files.items())


def test_a_pack_of_templates_only_has_no_fee_or_lint_file(tmp_path: Path) -> None:
    pack = sample_pack(fees=None, policy=None, lint_rules=())
    write_pack(tmp_path / NAME, pack)

    assert sorted(members(tmp_path / NAME)) == ["categories.json", "manifest.json", "templates.json"]
    read = read_pack(tmp_path / NAME)
    assert (read.fees, read.policy, read.lint_rules, read.templates) == (None, None, (), pack.templates)


def test_a_policy_without_couriers_travels_alone(tmp_path: Path) -> None:
    policy = ShopPolicy("浙江", "", remote_fee=D("5"))
    write_pack(tmp_path / NAME, sample_pack(fees=None, policy=policy))

    read = read_pack(tmp_path / NAME)
    assert read.policy == policy and read.fees is None


def test_the_same_pack_writes_the_same_bytes(tmp_path: Path) -> None:
    pack = sample_pack()
    pack = Pack(**{**pack.__dict__, "manifest": Manifest("p1", "售后话术", "1", created="2026-11-23T10:30:00+08:00")})
    write_pack(tmp_path / "a.qrpack", pack)
    write_pack(tmp_path / "b.qrpack", pack)

    assert (tmp_path / "a.qrpack").read_bytes() == (tmp_path / "b.qrpack").read_bytes()


# --- versions and ids --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("1.2", "1.2.0", 0),
        ("1", "1.0.0", 0),
        ("v1.2", "1.2", 0),
        ("1.10.0", "1.9", 1),
        ("1.9", "1.10.0", -1),
        ("2026.11.23", "2026.2.1", 1),
        ("2", "10", -1),
        ("1.2.beta", "1.2.9", 1),
        ("1.2b", "1.2", 1),
        ("1.alpha", "1.beta", -1),
    ],
)
def test_versions_compare_as_numbers(a: str, b: str, expected: int) -> None:
    assert compare_versions(a, b) == expected
    assert compare_versions(b, a) == -expected


@pytest.mark.parametrize(
    ("text", "problem"), [("", "空的"), ("1" * 41, "太长"), ("1.2 beta", "只能有"), ("版本1", "只能有")]
)
def test_a_bad_version_is_refused(text: str, problem: str) -> None:
    with pytest.raises(PackError, match=problem):
        check_version(text)


def test_good_versions_pass() -> None:
    assert [check_version(v) for v in ("1", "v1.2", "2026.11.23", "1.0-rc_1")] == [
        "1",
        "v1.2",
        "2026.11.23",
        "1.0-rc_1",
    ]


def test_a_pack_name_gives_a_stable_id() -> None:
    assert pack_id_for("售后话术") == "pack-" + hashlib.sha256("售后话术".encode()).hexdigest()[:16]
    assert pack_id_for(" 售后话术 ") == pack_id_for("售后话术")
    assert pack_id_for("ＡＢ店") == pack_id_for("AB店")  # full-width letters are the same name
    assert pack_id_for("售后话术2") != pack_id_for("售后话术")
    with pytest.raises(PackError, match="名称是空的"):
        pack_id_for("  ")


# --- the file itself ---------------------------------------------------------------------------------------------


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    refused(tmp_path / NAME, "找不到")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / NAME).mkdir()
    refused(tmp_path / NAME, "打不开")


def test_a_file_over_the_size_limit_is_refused(packed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pack_file, "MAX_BYTES", 100)
    refused(packed, "文件太大")


def test_random_bytes_are_not_a_pack(tmp_path: Path) -> None:
    (tmp_path / NAME).write_bytes(os.urandom(2000))
    refused(tmp_path / NAME, "不是快捷回复模板包")


def test_a_renamed_spreadsheet_is_not_a_pack(tmp_path: Path) -> None:
    rezip(tmp_path / "模板.qrpack", {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    refused(tmp_path / "模板.qrpack", "不是快捷回复模板包", "manifest.json")


def test_a_truncated_pack_is_refused(packed: Path) -> None:
    data = packed.read_bytes()
    packed.write_bytes(data[: len(data) // 2])
    refused(packed, "不完整或已损坏")


def test_a_member_that_fails_its_crc_is_refused(packed: Path) -> None:
    files = members(packed)
    rezip(packed, files, zipfile.ZIP_STORED)
    data = bytearray(packed.read_bytes())
    at = data.index("退款到账时间".encode())
    data[at] ^= 0xFF
    packed.write_bytes(bytes(data))
    refused(packed, "templates.json", "读不出来")


@pytest.mark.parametrize("bad", ["../evil.json", "/abs.json", "sub\\evil.json", "C:evil.json", "a/../../evil.json"])
def test_a_member_name_leaving_the_folder_is_refused(packed: Path, bad: str) -> None:
    files = members(packed)
    files[bad] = b"{}"
    refused(rezip(packed, files), "不安全的文件名", bad)


@pytest.mark.parametrize("os_sep", ["/", "\\"])
def test_a_backslash_member_is_refused_the_same_on_every_system(packed: Path, monkeypatch, os_sep: str) -> None:
    """Windows' zipfile reads ``sub\\evil.json`` as ``sub/evil.json`` (keeping the raw name in ``orig_filename``):
    the pack must still be refused as unsafe there, naming the name as it is in the file."""
    files = members(packed)
    files["sub\\evil.json"] = b"{}"
    path = rezip(packed, files)
    monkeypatch.setattr(zipfile.os, "sep", os_sep)  # what ZipFile reads with on each system
    refused(path, "不安全的文件名", "sub\\evil.json")


def test_a_member_twice_is_refused(packed: Path) -> None:
    files = list(members(packed).items())
    refused(rezip(packed, [*files, ("templates.json", b"[]")]), "两个「templates.json」")


def test_a_member_the_manifest_does_not_list_is_refused(packed: Path) -> None:
    files = members(packed)
    files["readme.txt"] = b"hello"
    refused(rezip(packed, files), "没有列出的文件「readme.txt」")


def test_a_listed_member_that_is_missing_is_refused(packed: Path) -> None:
    files = members(packed)
    del files["lint.json"]
    refused(rezip(packed, files), "缺少", "lint.json")


def test_a_changed_member_is_refused(packed: Path) -> None:
    change(packed, "templates.json", edit_template(1, body="亲，退款马上到账。"), reseal=False)
    refused(packed, "templates.json", "文件已损坏或被改动")


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """500 MB of zeros as templates.json, about 2 MB on disk."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.qrpack"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("manifest.json", b"{}")
        with archive.open("templates.json", "w", force_zip64=True) as stream:
            chunk = bytes(1 << 20)
            for _ in range(500):
                stream.write(chunk)
    return path


def test_a_zip_bomb_is_refused_before_it_is_read(bomb: Path) -> None:
    refused(bomb, "解压后超过", "太大")


def test_a_member_over_its_limit_is_refused(packed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pack_file, "MAX_MEMBER", 200)
    refused(packed, "fees.json", "解压后超过 200 字节")


def test_a_member_declared_too_big_is_not_even_opened(packed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(archive: zipfile.ZipFile, name: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return real_open(archive, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    monkeypatch.setattr(pack_file, "MAX_MEMBER", 200)
    refused(packed, "解压后超过 200 字节")
    assert "manifest.json" in opened and not {"templates.json", "fees.json"} & set(opened)


def test_the_manifest_has_its_own_small_limit(packed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pack_file, "MAX_MANIFEST", 100)
    refused(packed, "manifest.json", "解压后超过 100 字节")


def test_all_members_together_have_a_limit(packed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pack_file, "MAX_TOTAL", 1000)
    refused(packed, "解压后超过")


def test_a_header_lying_about_the_size_is_refused(packed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The central directory says fees.json is 10 bytes; it is more. The read stops at the limit, then fails."""
    data = bytearray(packed.read_bytes())
    entry, name = 0, b"fees.json"
    while True:
        entry = data.index(b"PK\x01\x02", entry)
        name_length = struct.unpack_from("<H", data, entry + 28)[0]
        if bytes(data[entry + 46 : entry + 46 + name_length]) == name:
            break
        entry += 4
    struct.pack_into("<I", data, entry + 24, 10)  # uncompressed size
    packed.write_bytes(bytes(data))
    monkeypatch.setattr(pack_file, "MAX_MEMBER", 100)
    refused(packed, "fees.json", "读不出来")


# --- the manifest ------------------------------------------------------------------------------------------------


def manifest_with(**fields: Any) -> Any:
    def edit(manifest: dict[str, Any]) -> dict[str, Any]:
        manifest.update(fields)
        return manifest

    return edit


def test_a_manifest_of_another_format_is_refused(packed: Path) -> None:
    change(packed, "manifest.json", manifest_with(format="zip-of-things"))
    refused(packed, "manifest.json", "format 应是 quickreply-pack")


def test_a_format_version_that_is_not_a_number_is_refused(packed: Path) -> None:
    change(packed, "manifest.json", manifest_with(format_version="1"))
    refused(packed, "manifest.json", "「format_version」应是正整数")


def test_a_pack_from_a_newer_quickreply_is_refused(packed: Path) -> None:
    change(packed, "manifest.json", manifest_with(format_version=3, surprise=True))
    message = refused(packed)
    assert message.endswith("这个模板包是更新版本的快捷回复制作的（格式版本 3），本程序只认识到 2：请先升级快捷回复。")


def test_a_manifest_that_is_not_json_is_refused(packed: Path) -> None:
    files = members(packed)
    files["manifest.json"] = b'{\n  "format": "quickreply-pack",\n  oops\n}'
    refused(rezip(packed, files), "manifest.json", "第 3 行第 3 列", "JSON")


def test_a_manifest_missing_a_field_is_refused(packed: Path) -> None:
    def drop(manifest: dict[str, Any]) -> dict[str, Any]:
        del manifest["name"]
        return manifest

    change(packed, "manifest.json", drop)
    refused(packed, "manifest.json", "缺少字段「name」")


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"version": "1.2 正式版"}, ["版本号", "只能有"]),
        ({"version": ""}, ["版本号是空的"]),
        ({"id": ""}, ["模板包编号"]),
        ({"name": "  "}, ["模板包名称", "不能为空"]),
        ({"created": "昨天"}, ["制作时间"]),
        ({"author": 7}, ["「author」应是文字"]),
    ],
)
def test_a_bad_manifest_field_is_refused(packed: Path, fields: dict[str, Any], words: list[str]) -> None:
    change(packed, "manifest.json", manifest_with(**fields))
    refused(packed, "manifest.json", *words)


def test_counts_that_do_not_match_the_content_are_refused(packed: Path) -> None:
    def count(manifest: dict[str, Any]) -> dict[str, Any]:
        manifest["counts"]["templates"] = 5
        return manifest

    change(packed, "manifest.json", count)
    refused(packed, "templates 有 5 个，内容里有 3 个", "不一致")


# --- content files -----------------------------------------------------------------------------------------------


def test_a_content_file_that_is_not_json_names_line_and_column(packed: Path) -> None:
    refused(replace_member(packed, "templates.json", b'[\n {"id": "t1" "x"}\n]'), "templates.json", "第 2 行第 14 列")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (b'[\n {"id": "t1",}\n]', "第 2 行第 13 列多了一个逗号"),
        (b'[\n {"id": "t1"},\n  \n]', "第 2 行第 14 列多了一个逗号"),
    ],
)
def test_a_comma_after_the_last_item_is_named_at_the_comma(packed: Path, text: bytes, place: str) -> None:
    # Python 3.13 reports such a comma itself, older versions the bracket after it: the agent reads the same either way.
    refused(replace_member(packed, "templates.json", text), "templates.json", place)


def test_nan_in_a_content_file_is_refused(packed: Path) -> None:
    refused(replace_member(packed, "lint.json", b'{"rules": NaN}'), "lint.json", "NaN")


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"title": 12}, ["第 2 条", "「title」应是文字，现在是数字"]),
        ({"tags": "退款"}, ["第 2 条", "「tags」应是文字的列表"]),
        ({"shortcut": ""}, ["第 2 条", "快捷码是空白的"]),
        ({"title": "  "}, ["第 2 条", "标题不能为空"]),
        ({"body": ""}, ["第 2 条", "内容是空的"]),
        ({"tags": [""]}, ["第 2 条", "空白的标签"]),
        ({"category": "售前"}, ["第 2 条", "分类「售前」没有列在 categories.json 里"]),
        ({"category": "a/b/c"}, ["第 2 条", "最多两级"]),
        ({"id": "t1"}, ["第 2 条", "模板编号「t1」重复了：第 1 条也用它"]),
        ({"shortcut": "ＴＫ"}, ["第 2 条", "快捷码「ＴＫ」重复了：第 1 条也用它"]),
        ({"colour": "red"}, ["第 2 条", "不认识的字段「colour」"]),
    ],
)
def test_a_bad_template_is_refused(packed: Path, fields: dict[str, Any], words: list[str]) -> None:
    change(packed, "templates.json", edit_template(2, **fields))
    refused(packed, "templates.json", *words)


def test_a_template_missing_its_body_is_refused(packed: Path) -> None:
    def drop(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        del items[0]["body"]
        return items

    change(packed, "templates.json", drop)
    refused(packed, "templates.json 第 1 条", "缺少字段「body」")


def test_more_templates_than_the_limit_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    templates = tuple(PackTemplate(f"t{n}", "售后", f"模板{n}", "亲，您好。") for n in range(3))
    write_pack(tmp_path / NAME, sample_pack(categories=("售后",), templates=templates))
    monkeypatch.setattr(pack_file, "MAX_TEMPLATES", 2)
    refused(tmp_path / NAME, "templates.json", "有 3 条模板", "最多 2 条")


def test_a_text_over_the_field_limit_is_refused(packed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pack_file, "MAX_FIELD", 30)
    change(packed, "templates.json", edit_template(1, tags=["退" * 31]))
    refused(packed, "templates.json 第 1 条", "「tags」有 31 个字，最多 30 个字")


@pytest.mark.parametrize(
    ("paths", "words"),
    [
        (["售后/退款", "售后", "售中"], ["第 1 条", "上级分类「售后」要先列出"]),
        (["售后", "售后/退款", "售中", "售后"], ["第 4 条", "分类「售后」重复了：第 1 条已有它"]),
        (["售后", "售后/退款/极速", "售中"], ["第 2 条", "最多两级"]),
        (["售后", "售后/退款 ", "售中"], ["第 2 条", "应写成「售后/退款」"]),
        (["售后", "售后/退款", {"name": "售中"}], ["第 3 条", "缺少字段「path」"]),
    ],
)
def test_bad_categories_are_refused(packed: Path, paths: list[Any], words: list[str]) -> None:
    change(packed, "categories.json", lambda _: [p if isinstance(p, dict) else {"path": p} for p in paths])
    refused(packed, "categories.json", *words)


def edit_fees(part: str, number: int, **fields: Any) -> Any:
    def edit(fees: dict[str, Any]) -> dict[str, Any]:
        if number:
            fees[part][number - 1].update(fields)
        else:
            fees[part].update(fields)
        return fees

    return edit


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (edit_fees("rates", 1, first_fee="-3"), ["顺丰「上海、浙江」的首重价「-3」元不能是负数"]),
        (edit_fees("rates", 3, courier="韵达"), ["运费表里有快递「韵达」"]),
        (edit_fees("rates", 1, first_fee=12), ["rates 第 1 条", "「first_fee」应是数字文字"]),
        (edit_fees("rates", 1, first_fee="1e3"), ["rates 第 1 条", "「first_fee」应是数字文字"]),
        (edit_fees("rates", 1, eta=[2]), ["rates 第 1 条", "「eta」应是两个整数的列表"]),
        (edit_fees("couriers", 1, vol_divisor="6000"), ["couriers 第 1 条", "「vol_divisor」应是整数或 null"]),
        (edit_fees("couriers", 1, tracking_patterns=["(SF"]), ["couriers 第 1 条", "不是正确的正则表达式"]),
        (edit_fees("policy", 0, remote=["火星"]), ["偏远地区有误"]),
        (edit_fees("policy", 0, free_over_pieces="3"), ["policy", "「free_over_pieces」应是整数或 null"]),
        (edit_fees("policy", 0, upgrades=[{"courier": "顺丰", "surcharge": "lots"}]), ["upgrades 第 1 条"]),
    ],
)
def test_bad_fees_are_refused(packed: Path, edit: Any, words: list[str]) -> None:
    change(packed, "fees.json", edit)
    refused(packed, "fees.json", *words)


def edit_rule(number: int, **fields: Any) -> Any:
    def edit(lint: dict[str, Any]) -> dict[str, Any]:
        lint["rules"][number - 1].update(fields)
        return lint

    return edit


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (edit_rule(1, level="fatal"), ["第 1 条", "「level」应是 error 或 warning"]),
        (edit_rule(2, words=[]), ["第 2 条", "至少一个词"]),
        (edit_rule(2, words="不知道"), ["第 2 条", "「words」应是文字的列表"]),
        (edit_rule(2, id="no-promise"), ["第 2 条", "规则编号「no-promise」重复了"]),
        (edit_rule(2, message=" "), ["第 2 条", "「message」是空的"]),
        (edit_rule(2, severity="high"), ["第 2 条", "不认识的字段「severity」"]),
        (lambda lint: {"rules": lint["rules"], "version": 2}, ["不认识的字段「version」"]),
    ],
)
def test_bad_lint_rules_are_refused(packed: Path, edit: Any, words: list[str]) -> None:
    change(packed, "lint.json", edit)
    refused(packed, "lint.json", *words)


# --- buyer phrasings (format version 2) ----------------------------------------------------------------------------

PHRASINGS = ("退款多久到账", "钱几天能退回来", "退款 怎么还没到")
BAD_PHRASINGS = [
    (7, ["「phrasings」应是文字的列表，现在是数字"]),
    ("退款多久到账", ["「phrasings」应是文字的列表，现在是文字"]),
    (None, ["「phrasings」应是文字的列表，现在是null"]),
    (["退款多久到账", 3], ["「phrasings」应是文字的列表，现在第 2 项是数字"]),
    (["退款多久到账", ["几天"]], ["「phrasings」应是文字的列表，现在第 2 项是列表"]),
    (["退" * 10_000], [f"模板「顺丰时效」的买家问法「{'退' * 20}…」有 10000 个字，每条最多 300 个字。"]),
    ([f"问法{n}" for n in range(51)], ["模板「顺丰时效」有 51 条买家问法，最多 50 条。"]),
    (["退款多久到账", "  "], ["「phrasings」里有一条空白的买家问法：请删掉它。"]),
]
BAD_PHRASING_IDS = ["number", "text", "null", "number-inside", "list-inside", "10000-characters", "51", "blank"]


def with_phrasings(*phrasings: tuple[str, ...]) -> Pack:
    """The sample pack with these phrasings on its templates, in order."""
    pack = sample_pack()
    items = tuple(replace(t, phrasings=p) for t, p in zip(pack.templates, phrasings, strict=False))
    return sample_pack(templates=items + pack.templates[len(items) :])


def test_phrasings_come_back_exactly_and_only_templates_with_some_carry_the_field(tmp_path: Path) -> None:
    path = tmp_path / NAME
    write_pack(path, with_phrasings(PHRASINGS, (), ("补发吗",)))
    assert [t.phrasings for t in read_pack(path).templates] == [PHRASINGS, (), ("补发吗",)]
    written = json.loads(members(path)["templates.json"])
    assert [item.get("phrasings") for item in written] == [list(PHRASINGS), None, ["补发吗"]]
    assert json.loads(members(path)["manifest.json"])["format_version"] == 2


def test_phrasings_are_tidied_as_the_editor_tidies_them(packed: Path) -> None:
    change(packed, "templates.json", edit_template(1, phrasings=["  退款  多久到账 ", "退款 多久到账", "几天到"]))
    assert read_pack(packed).templates[0].phrasings == ("退款 多久到账", "几天到")


def test_phrasings_at_their_limits_are_read(packed: Path) -> None:
    most = [f"{n:02d}" + "退" * 298 for n in range(50)]
    change(packed, "templates.json", edit_template(2, phrasings=most))
    assert read_pack(packed).templates[1].phrasings == tuple(most)


def test_a_format_version_1_pack_without_phrasings_is_read(packed: Path) -> None:
    assert b"phrasings" not in members(packed)["templates.json"]
    change(packed, "manifest.json", manifest_with(format_version=1))
    read = read_pack(packed)
    assert read.manifest.format_version == 1
    assert read.templates == sample_pack().templates and all(t.phrasings == () for t in read.templates)


@pytest.mark.parametrize(("phrasings", "words"), BAD_PHRASINGS, ids=BAD_PHRASING_IDS)
def test_damaged_phrasings_are_refused_naming_file_item_and_field(
    packed: Path, phrasings: Any, words: list[str]
) -> None:
    change(packed, "templates.json", edit_template(2, phrasings=phrasings))
    message = refused(packed, *words)
    assert message.startswith(f"模板包 {NAME} 的 templates.json 第 2 条：")


# --- writing -----------------------------------------------------------------------------------------------------


def nothing_left(folder: Path, *, but: tuple[str, ...] = ()) -> bool:
    return sorted(p.name for p in folder.iterdir()) == sorted(but)


def test_writing_a_bad_template_writes_nothing(tmp_path: Path) -> None:
    bad = PackTemplate("t9", "售中", "空的", "  ")
    pack = sample_pack()
    pack = sample_pack(templates=(*pack.templates, bad))
    with pytest.raises(PackError) as caught:
        write_pack(tmp_path / NAME, pack)
    assert NAME in str(caught.value) and "templates.json 第 4 条" in str(caught.value)
    assert "内容是空的" in str(caught.value)
    assert nothing_left(tmp_path)


def test_writing_checks_the_same_rules_as_reading(tmp_path: Path) -> None:
    pack = sample_pack(manifest=Manifest("p1", "售后话术", "1.2 beta"))
    with pytest.raises(PackError, match="版本号"):
        write_pack(tmp_path / NAME, pack)
    pack = sample_pack(categories=("售后/退款", "售后", "售中"))
    with pytest.raises(PackError, match="上级分类"):
        write_pack(tmp_path / NAME, pack)
    assert nothing_left(tmp_path)


def test_writing_into_a_missing_folder_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(PackError, match=f"模板包 {NAME}：写不进去：文件夹 .*nowhere 不存在，请换一个保存位置"):
        write_pack(tmp_path / "nowhere" / NAME, sample_pack())


def test_a_failed_write_keeps_the_old_pack_and_leaves_no_temporary_file(
    packed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = packed.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(spreadsheet_files.os, "replace", broken_replace)
    with pytest.raises(PackError, match="写不进去：磁盘已满，请清理后再试"):
        write_pack(packed, sample_pack(templates=()))
    assert packed.read_bytes() == before
    assert nothing_left(packed.parent, but=(NAME,))


def test_a_pack_too_big_for_reading_is_not_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pack_file, "MAX_BYTES", 500)
    with pytest.raises(PackError, match=f"{NAME}：压缩后超过"):
        write_pack(tmp_path / NAME, sample_pack())
    assert nothing_left(tmp_path)


def test_a_member_too_big_for_reading_is_not_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pack_file, "MAX_MEMBER", 200)
    with pytest.raises(PackError, match=r"\.json 有 \d+ 字节，最多 200 字节"):
        write_pack(tmp_path / NAME, sample_pack())
    assert nothing_left(tmp_path)


# --- the JSON Schema ---------------------------------------------------------------------------------------------


def validator(part: str) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    return jsonschema.Draft202012Validator({**SCHEMA, "$ref": f"#/$defs/{part}"})


SCHEMA_PARTS = {
    "manifest.json": "manifest",
    "categories.json": "categories",
    "templates.json": "templates",
    "fees.json": "fees",
    "lint.json": "lint",
}


def test_what_write_pack_writes_matches_the_schema(packed: Path) -> None:
    files = members(packed)
    assert set(files) == set(SCHEMA_PARTS)
    for name, data in files.items():
        validator(SCHEMA_PARTS[name]).validate(json.loads(data))


def test_the_schema_rejects_what_read_pack_rejects(packed: Path) -> None:
    files = {name: json.loads(data) for name, data in members(packed).items()}
    wrong_title = [dict(files["templates.json"][0], title=12)]
    assert not validator("templates").is_valid(wrong_title)
    assert not validator("manifest").is_valid({**files["manifest.json"], "format_version": "1"})
    assert not validator("manifest").is_valid({**files["manifest.json"], "format_version": 3})
    assert not validator("categories").is_valid([{"path": "a/b/c"}])
    rates = files["fees.json"]["rates"]
    assert not validator("fees").is_valid({**files["fees.json"], "rates": [dict(rates[0], first_fee=12)]})
    assert not validator("lint").is_valid({"rules": [dict(files["lint.json"]["rules"][0], level="fatal")]})
    assert not validator("lint").is_valid({"rules": [], "extra": 1})
    # and read_pack agrees about the first of them
    change(packed, "templates.json", edit_template(1, title=12))
    refused(packed, "「title」应是文字")


def test_the_schema_is_draft_2020_12_with_a_part_per_file() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(SCHEMA["$defs"]) >= {"manifest", "categories", "templates", "fees", "lint"}


@pytest.mark.parametrize(("phrasings", "words"), BAD_PHRASINGS, ids=BAD_PHRASING_IDS)
def test_the_schema_refuses_the_phrasings_read_pack_refuses(packed: Path, phrasings: Any, words: list[str]) -> None:
    items = json.loads(members(packed)["templates.json"])
    assert validator("templates").is_valid(items)
    items[1]["phrasings"] = phrasings
    assert not validator("templates").is_valid(items)


def test_the_schema_takes_a_format_version_1_pack_and_phrasings_at_their_limits(tmp_path: Path) -> None:
    path = tmp_path / NAME
    write_pack(path, with_phrasings(tuple(f"{n:02d}" + "退" * 298 for n in range(50))))
    files = {name: json.loads(data) for name, data in members(path).items()}
    assert validator("templates").is_valid(files["templates.json"])
    assert validator("manifest").is_valid({**files["manifest.json"], "format_version": 1})


# --- amplification inside the size limits -----------------------------------------------------------------------


def test_a_member_of_empty_objects_is_refused_before_any_is_built(
    packed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``[{},{},…]`` deflates 1000 to 1: 204 KB of zip used to become 5 GB of dicts before the item limit spoke."""
    replace_member(packed, "templates.json", b"[" + b"{}," * 5000 + b"{}]")
    monkeypatch.setattr(pack_file, "MAX_VALUES", 1000)
    monkeypatch.setattr(pack_file, "CHUNK", 256)  # several chunks: the count runs as the member streams in
    parsed: list[int] = []
    real_loads = json.loads
    monkeypatch.setattr(pack_file.json, "loads", lambda text, **kw: parsed.append(text[:3]) or real_loads(text, **kw))
    message = refused(packed, "templates.json", "条目太多了", "超过 1,000 个值")
    assert "最多 200,000 条模板" in message
    assert parsed and "[{}" not in parsed  # the manifest was parsed; templates.json never was


def values_in(data: Any) -> int:
    """JSON values as the limit counts them: every list's and object's items, an empty one counting as one."""
    if isinstance(data, dict):
        return max(len(data), 1) + sum(values_in(v) for v in data.values())
    if isinstance(data, list):
        return max(len(data), 1) + sum(values_in(v) for v in data)
    return 0


def test_commas_and_brackets_inside_texts_are_not_counted_as_items(tmp_path: Path, monkeypatch) -> None:
    body = '亲, 这是 [说明] {例子}, 还有 "引号" 和 \\ 反斜杠, ' * 20
    templates = tuple(PackTemplate(f"t{n}", "售后", f"模板{n}", body, tags=("a", "b")) for n in range(20))
    pack = sample_pack(categories=("售后",), templates=templates, fees=None, policy=None, lint_rules=())
    write_pack(tmp_path / NAME, pack)
    held = values_in(json.loads(members(tmp_path / NAME)["templates.json"]))
    monkeypatch.setattr(pack_file, "CHUNK", 512)  # the texts' commas push the rough count past the limit often
    monkeypatch.setattr(pack_file, "MAX_VALUES", held)
    assert [t.body for t in read_pack(tmp_path / NAME).templates] == [body] * 20
    monkeypatch.setattr(pack_file, "MAX_VALUES", held - 1)
    refused(tmp_path / NAME, "templates.json", "条目太多了")


def test_a_lone_surrogate_in_a_text_is_refused_with_its_field(packed: Path) -> None:
    """JSON may spell "\\ud800", which no UTF-8 can hold: the library could not store the template."""
    raw = members(packed)["templates.json"].replace("退款到账时间".encode(), b"\\ud800")
    replace_member(packed, "templates.json", raw)
    refused(packed, "templates.json 第 1 条", "「title」", "\\ud800")


def test_a_lone_surrogate_in_an_unknown_key_is_shown_safely(packed: Path) -> None:
    items = json.loads(members(packed)["templates.json"])
    items[0]["x\ud800"] = 1
    replace_member(packed, "templates.json", json.dumps(items).encode())  # ASCII: \ud800 spelled out
    message = refused(packed, "templates.json 第 1 条", "不认识的字段「x\ufffd」")
    message.encode("utf-8")
