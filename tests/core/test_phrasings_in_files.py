"""Buyer phrasings (买家问法) travelling from the lead's library to the agents': they survive a pack, an xlsx and a
csv; what this computer learned from buyers goes out only when the lead chooses; a pack from before phrasings still
imports; and a damaged phrasing refuses the whole file, naming it, and leaves the library as it was."""

from __future__ import annotations

import csv
import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from quickreply.core import Library
from quickreply.core.errors import QuickReplyError
from quickreply.core.packs.exports import export_pack, export_sheet
from quickreply.core.packs.import_apply import fingerprint, import_file
from quickreply.core.packs.pack_file import Manifest, Pack, PackTemplate, write_pack
from quickreply.core.shipping import buyer_messages

MANY_LINES = ("退款多久到账", "钱几天能退回来", "退款怎么还没到")
ASKED = "订单123456789012345678 这个能不能寄到我公司去"
LEARNED = "订单〔订单号〕 这个能不能寄到我公司去"


def empty(tmp_path: Path, name: str = "agent") -> Library:
    """An agent's library with no templates yet (not seeded with the bundled one)."""
    return Library(tmp_path / name)


def phrasings(lib: Library) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(t.category, t.title, t.phrasings) for t in lib.templates()]


def exported(lib: Library, path: Path, **options: bool) -> Path:
    if path.suffix == ".qrpack":
        export_pack(lib, path, **options)
    else:
        export_sheet(lib, path)
    return path


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rewritten(path: Path, manifest: dict[str, Any] | None = None, templates: list[Any] | None = None) -> Path:
    """The pack with its manifest fields and/or its templates replaced, resealed as a lead's tool would."""
    files = members(path)
    head = json.loads(files["manifest.json"])
    if templates is not None:
        files["templates.json"] = json.dumps(templates, ensure_ascii=False).encode("utf-8")
        head["files"]["templates.json"] = hashlib.sha256(files["templates.json"]).hexdigest()
    head.update(manifest or {})
    files["manifest.json"] = json.dumps(head, ensure_ascii=False).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def shop_pack(path: Path, version: str, *items: PackTemplate) -> Path:
    write_pack(path, Pack(Manifest("pack-shop", "店铺话术", version, "组长"), ("售后", "售后/退款"), items))
    return path


REFUND = PackTemplate("a", "售后/退款", "退款到账时间", "亲，退款一般1-3天到账哦。", "tk", (), MANY_LINES)
REVIEW = PackTemplate("b", "售后/退款", "退款审核中", "亲，您的退款正在审核，请稍等。", "tksh")


# --- round trips ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["all.qrpack", "all.xlsx", "all.csv"])
def test_every_phrasing_of_the_bundled_library_arrives_in_a_fresh_library(
    lib: Library, tmp_path: Path, name: str
) -> None:
    lib.update("tk", phrasings=(*MANY_LINES, "退款 到 哪了"))
    agent = empty(tmp_path)
    import_file(agent, exported(lib, tmp_path / name))
    assert phrasings(agent) == phrasings(lib)
    assert agent.get("tk").phrasings == (*MANY_LINES, "退款 到 哪了")
    assert all(len(t.phrasings) >= 3 for t in agent.templates())


@pytest.mark.parametrize("name", ["all.xlsx", "all.csv"])
def test_a_spreadsheet_holds_the_phrasings_one_per_line_in_its_buyer_phrasings_column(
    lib: Library, tmp_path: Path, name: str
) -> None:
    lib.update("tk", phrasings=MANY_LINES)
    path = exported(lib, tmp_path / name)
    if name.endswith(".csv"):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    else:
        import openpyxl

        rows = [[c or "" for c in row] for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
    assert rows[0] == ["分类", "标题", "快捷码", "内容", "标签", "买家问法"]
    [refund] = [row for row in rows if row[2] == "tk"]
    assert refund[5] == "退款多久到账\n钱几天能退回来\n退款怎么还没到"


def test_a_search_in_the_agents_library_finds_a_reply_by_a_phrasing_from_the_pack(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    import_file(agent, shop_pack(tmp_path / "v1.qrpack", "1", REFUND, REVIEW))
    [hit] = buyer_messages.search(agent, "亲 我的钱几天能退回来啊", limit=1)
    assert hit.template.shortcut == "tk" and hit.reason.startswith("买家问法「钱几天能退回来」")


# --- learned phrasings: only when the lead chooses -----------------------------------------------------------------


def test_learned_phrasings_stay_on_this_computer_unless_the_lead_chooses(lib: Library, tmp_path: Path) -> None:
    own = lib.get("xgdz").phrasings
    lib.record_use("xgdz", asked=ASKED)
    assert [p.text for p in lib.learned_for(lib.get("xgdz").id)] == [LEARNED]

    plain = exported(lib, tmp_path / "plain.qrpack")
    assert LEARNED.encode() not in members(plain)["templates.json"]
    sheet = exported(lib, tmp_path / "plain.xlsx")
    for path in (plain, sheet):
        agent = empty(tmp_path, "agent-" + path.suffix[1:])
        import_file(agent, path)
        assert agent.get("xgdz").phrasings == own

    chosen = exported(lib, tmp_path / "learned.qrpack", learned=True)
    agent = empty(tmp_path, "chosen")
    import_file(agent, chosen)
    assert agent.get("xgdz").phrasings == (*own, LEARNED)
    # At the agent's it is one of the reply's buyer phrasings, not something that computer learned.
    assert agent.learned_for(agent.get("xgdz").id) == []
    assert phrasings(agent) == [(c, t, p + ((LEARNED,) if t == "发货前改地址" else ())) for c, t, p in phrasings(lib)]


def test_a_learned_phrasing_the_reply_already_has_goes_out_once(lib: Library, tmp_path: Path) -> None:
    own = lib.get("xgdz").phrasings
    lib.record_use("xgdz", asked=own[0])
    agent = empty(tmp_path)
    import_file(agent, exported(lib, tmp_path / "learned.qrpack", learned=True))
    assert agent.get("xgdz").phrasings == own


# --- a pack from before phrasings ----------------------------------------------------------------------------------


def test_a_format_version_1_pack_still_imports(tmp_path: Path) -> None:
    path = shop_pack(tmp_path / "v1.qrpack", "1", REVIEW)
    assert b"phrasings" not in members(path)["templates.json"]
    rewritten(path, manifest={"format_version": 1})
    agent = empty(tmp_path)
    import_file(agent, path)
    assert [(t.title, t.shortcut, t.phrasings) for t in agent.templates()] == [("退款审核中", "tksh", ())]


def test_phrasings_in_the_leads_next_version_reach_a_template_from_a_version_1_pack(tmp_path: Path) -> None:
    old = PackTemplate("a", "售后/退款", "退款到账时间", "亲，退款一般1-3天到账哦。", "tk")
    agent = empty(tmp_path)
    import_file(agent, rewritten(shop_pack(tmp_path / "v1.qrpack", "1", old), manifest={"format_version": 1}))
    plan = import_file(agent, shop_pack(tmp_path / "v2.qrpack", "2", REFUND)).plan
    assert [(c.action, c.title) for c in plan.changes] == [("updated", "退款到账时间")]
    assert agent.get("tk").phrasings == MANY_LINES and agent.get("tk").pack_id == "pack-shop"


# --- a damaged phrasing refuses the whole file ---------------------------------------------------------------------


def unchanged_after(lib: Library, path: Path, *words: str) -> str:
    """Importing ``path`` is refused with one line naming the file and ``words``; the library is as before."""
    before = (lib.templates(), fingerprint(lib.db))
    with pytest.raises(QuickReplyError) as caught:
        import_file(lib, path)
    message = str(caught.value)
    assert path.name in message and "\n" not in message
    for word in words:
        assert word in message
    assert (lib.templates(), fingerprint(lib.db)) == before
    return message


@pytest.mark.parametrize(
    ("phrasings_field", "words"),
    [
        (7, ["「phrasings」应是文字的列表，现在是数字"]),
        ("退款多久到账", ["「phrasings」应是文字的列表，现在是文字"]),
        (["退款多久到账", 3], ["「phrasings」应是文字的列表，现在第 2 项是数字"]),
        (["退款多久到账", None], ["「phrasings」应是文字的列表，现在第 2 项是null"]),
        (["退" * 10_000], ["模板「退款到账时间」的买家问法「退退退", "有 10000 个字，每条最多 300 个字"]),
        ([f"问法{n}" for n in range(51)], ["模板「退款到账时间」有 51 条买家问法，最多 50 条"]),
        (["退款多久到账", "  "], ["「phrasings」里有一条空白的买家问法"]),
    ],
    ids=["number", "text", "number-inside", "null-inside", "10000-characters", "51", "blank"],
)
def test_a_damaged_phrasings_field_in_a_pack_is_refused_and_nothing_changes(
    small: Library, tmp_path: Path, phrasings_field: object, words: list[str]
) -> None:
    path = shop_pack(tmp_path / "店铺话术.qrpack", "1", REVIEW, REFUND)
    items = json.loads(members(path)["templates.json"])
    items[1]["phrasings"] = phrasings_field
    rewritten(path, templates=items)
    message = unchanged_after(small, path, *words)
    assert message.startswith("模板包 店铺话术.qrpack 的 templates.json 第 2 条：")


def sheet(path: Path, phrasings_cell: str) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["分类", "标题", "内容", "买家问法"])
        writer.writerow(["售后", "好评感谢", "亲，感谢您的好评。", "谢谢\n好评了"])
        writer.writerow(["售后", "退款到账", "亲，退款1-3天到账。", phrasings_cell])
    return path


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        (
            "退款多久到账\n" + "退" * 301,
            f"模板「退款到账」的买家问法「{'退' * 20}…」有 301 个字，每条最多 300 个字。",
        ),
        ("\n".join(f"问法{n}" for n in range(51)), "模板「退款到账」有 51 条买家问法，最多 50 条。"),
    ],
    ids=["301-characters", "51-lines"],
)
def test_a_damaged_buyer_phrasings_cell_is_refused_and_nothing_changes(
    small: Library, tmp_path: Path, cell: str, problem: str
) -> None:
    message = unchanged_after(small, sheet(tmp_path / "话术.csv", cell))
    assert message == f"模板表格 话术.csv 第 3 行 D 列「买家问法」：{problem}"


def test_a_damaged_buyer_phrasings_cell_in_xlsx_names_its_row_and_column(small: Library, tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "话术.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["分类", "标题", "快捷码", "内容", "标签", "买家问法"])
    book.active.append(["售后", "好评感谢", "hp", "亲，感谢您的好评。", "", "谢谢"])
    book.active.append(["售后", "退款到账", "tkdz", "亲，退款1-3天到账。", "", "能退吗\n" + "退" * 301])
    book.save(path)
    message = unchanged_after(small, path)
    assert message.startswith("模板表格 话术.xlsx 第 3 行 F 列「买家问法」：模板「退款到账」的买家问法")
