"""Imports as a lead and an agent live them: a pack installed, updated, edited, removed; spreadsheets in and out;
nothing lost on a bad file, a failed write or an undo."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from quickreply.core import Library
from quickreply.core.errors import QuickReplyError
from quickreply.core.packs import import_apply as imports
from quickreply.core.packs import installed as packs
from quickreply.core.packs import subscription
from quickreply.core.packs.exports import PackDetails, Selection, export_pack, export_sheet
from quickreply.core.packs.import_apply import (
    ImportRefused,
    apply_import,
    fingerprint,
    plan_import,
    read_incoming,
    undo_import,
)
from quickreply.core.packs.pack_file import Manifest, Pack, PackTemplate, write_pack
from quickreply.core.packs.template_sheets import read_templates
from quickreply.core.shipping import fee_store
from quickreply.core.shipping.quotes import ShopPolicy
from quickreply.core.shipping.rate_sheets import SAMPLE_SHEET, read_sheet


def words(lib: Library) -> list[tuple[str, str, str, str | None, tuple[str, ...]]]:
    """The library as an agent sees it: every template's category, title, body, shortcut and tags, in order."""
    return [(t.category, t.title, t.body, t.shortcut, t.tags) for t in lib.templates()]


def empty(tmp_path: Path, name: str = "agent") -> Library:
    """A library with no templates at all (not seeded with the bundled one)."""
    return Library(tmp_path / name)


def install(lib: Library, path: Path, strategy: str = "skip") -> imports.ImportPlan:
    plan = plan_import(lib, read_incoming(path), strategy)
    apply_import(lib, plan)
    return plan


def make_pack(path: Path, version: str, items: list[tuple[str, str, str, str | None]], **extra: object) -> Path:
    """A pack of the lead's shop: items are (id, title, body, shortcut), all in 售后/退款."""
    templates = tuple(PackTemplate(i, "售后/退款", title, body, code) for i, title, body, code in items)
    write_pack(
        path, Pack(Manifest("pack-shop", "店铺话术", version, "组长"), ("售后", "售后/退款"), templates, **extra)
    )
    return path


def actions(plan: imports.ImportPlan) -> list[tuple[str, str]]:
    return sorted((c.action, c.title) for c in plan.changes)


V1 = [
    ("a", "退款到账时间", "亲，退款一般1-3天到账哦。", "tk"),
    ("b", "退款审核中", "亲，您的退款正在审核，请稍等。", "tksh"),
    ("c", "退货地址", "亲，退货地址请看订单页的退货信息哦。", "thdz"),
]


# --- round trips: export all → import into an empty home → the same library -----------------------------------


@pytest.mark.parametrize("name", ["all.qrpack", "all.xlsx", "all.csv"])
def test_round_trip_of_the_whole_bundled_library(lib: Library, tmp_path: Path, name: str) -> None:
    if name.endswith(".qrpack"):
        export_pack(lib, tmp_path / name)
    else:
        export_sheet(lib, tmp_path / name)
    other = empty(tmp_path)
    install(other, tmp_path / name)
    assert words(other) == words(lib)
    if name.endswith(".qrpack"):  # a pack carries the categories themselves, empty ones and their order too
        assert [c.path for c in other.categories()] == [c.path for c in lib.categories()]


def test_round_trip_of_a_pack_with_fee_tables_and_policy(lib: Library, tmp_path: Path) -> None:
    fee_store.replace_couriers(lib, read_sheet(SAMPLE_SHEET))
    policy = ShopPolicy(
        "广东", "中通", free_over_amount=Decimal("99.5"), remote=frozenset({"新疆"}), remote_fee=Decimal(8)
    )
    fee_store.set_shop_policy(lib, policy)
    export_pack(lib, tmp_path / "fees.qrpack", fees=True)
    other = empty(tmp_path)
    plan = install(other, tmp_path / "fees.qrpack")
    assert {f.action for f in plan.fee_changes} == {"added"} and plan.policy_change == "added"
    assert fee_store.rate_table(other.db).rows == fee_store.rate_table(lib.db).rows
    assert fee_store.rate_table(other.db).couriers == fee_store.rate_table(lib.db).couriers
    assert fee_store.shop_policy(other) == policy
    assert words(other) == words(lib)


def test_round_trip_of_a_qianniu_csv_keeps_code_phrase_and_group(lib: Library, tmp_path: Path) -> None:
    export_sheet(lib, tmp_path / "qn.csv", qianniu=True)
    other = empty(tmp_path)
    install(other, tmp_path / "qn.csv")
    assert [(t.category, t.body, t.shortcut) for t in other.templates()] == [
        (t.category, t.body, t.shortcut) for t in lib.templates()
    ]


def test_importing_the_same_spreadsheet_twice_changes_nothing_the_second_time(lib: Library, tmp_path: Path) -> None:
    export_sheet(lib, tmp_path / "all.xlsx")
    before = fingerprint(lib.db)
    plan = plan_import(lib, read_incoming(tmp_path / "all.xlsx"))
    assert plan.counts() == {"unchanged": len(lib)} and not plan.changes_anything
    apply_import(lib, plan)
    assert fingerprint(lib.db) == before


# --- packs: install, update in place, removals, the agent's own and edited templates ---------------------------


def test_a_newer_version_updates_in_place_adds_and_removes(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    install(agent, make_pack(tmp_path / "v1.qrpack", "1.0", V1))
    first = agent.get("tk")
    agent.record_use("tk")
    agent.set_favorite("tk", True)
    v2 = [
        ("a", "退款到账时间", "亲，退款一般1-2个工作日到账哦。", "tk"),
        ("b", "退款审核中", "亲，您的退款正在审核，请稍等。", "tksh"),
        ("d", "换货流程", "亲，换货请在订单页申请，我们收到后为您寄出新的。", "hh"),
    ]
    plan = plan_import(agent, read_incoming(make_pack(tmp_path / "v2.qrpack", "1.1", v2)))
    assert actions(plan) == [
        ("added", "换货流程"),
        ("removed", "退货地址"),
        ("unchanged", "退款审核中"),
        ("updated", "退款到账时间"),
    ]
    assert plan.installed_version == "1.0"
    apply_import(agent, plan)
    updated = agent.get("tk")
    assert updated.id == first.id and updated.body == "亲，退款一般1-2个工作日到账哦。"
    assert updated.use_count == 1 and updated.favorite  # the agent's use and star survive the update
    assert [p.version for p in packs.installed_packs(agent)] == ["1.1"]
    assert "退货地址" in [t.template.title for t in agent.trash()]  # removed, but recoverable


def test_the_agents_own_templates_are_never_changed_by_a_pack(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    mine = agent.add("售后/退款", "退款到账时间", "亲，我们这边退款秒到哦。", "tk")
    plan = plan_import(agent, read_incoming(make_pack(tmp_path / "v1.qrpack", "1.0", V1)))
    skipped = [c for c in plan.changes if c.action == "skipped"]
    assert [c.title for c in skipped] == ["退款到账时间"] and "退款到账时间" in skipped[0].detail
    apply_import(agent, plan)
    assert agent.get("tk") == mine
    assert len(agent) == 3


def test_an_edited_pack_template_keeps_the_agents_wording_through_updates(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    install(agent, make_pack(tmp_path / "v1.qrpack", "1.0", V1))
    agent.update("tk", body="亲亲，退款一般1-3天就到账啦，请您放心。")
    # The lead's next version does not touch that template: the agent's wording stays, still in the pack.
    plan = install(agent, make_pack(tmp_path / "v2.qrpack", "2", V1))
    change = next(c for c in plan.changes if c.title == "退款到账时间")
    assert change.action == "unchanged" and "保留您的版本" in change.detail
    assert agent.get("tk").body == "亲亲，退款一般1-3天就到账啦，请您放心。"
    assert packs.installed_packs(agent)[0].edited == 1
    # The lead changes it too: the agent's version becomes the agent's own, keeping tk; the lead's is added beside.
    v3 = [("a", "退款到账时间", "亲，退款一般1-2个工作日到账哦。", "tk"), *V1[1:]]
    plan = install(agent, make_pack(tmp_path / "v3.qrpack", "3", v3))
    assert actions(plan)[:2] == [("added", "退款到账时间"), ("kept", "退款到账时间")]
    mine = agent.get("tk")
    assert mine.body == "亲亲，退款一般1-3天就到账啦，请您放心。" and mine.pack_id is None
    theirs = [t for t in agent.templates() if t.title == "退款到账时间" and t.id != mine.id]
    assert [(t.body, t.shortcut, t.pack_id) for t in theirs] == [("亲，退款一般1-2个工作日到账哦。", None, "pack-shop")]


def test_a_template_the_lead_removed_stays_when_the_agent_had_edited_it(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    install(agent, make_pack(tmp_path / "v1.qrpack", "1.0", V1))
    agent.update("thdz", body="亲，退货地址：请在订单页点「退货」查看哦。")
    plan = install(agent, make_pack(tmp_path / "v2.qrpack", "1.1", V1[:2]))
    assert ("kept", "退货地址") in actions(plan)
    kept = agent.get("thdz")
    assert kept.body == "亲，退货地址：请在订单页点「退货」查看哦。" and kept.pack_id is None


def test_an_older_version_is_refused_and_the_same_version_changes_nothing(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    install(agent, make_pack(tmp_path / "v2.qrpack", "1.10", V1))
    with pytest.raises(ImportRefused, match=r"已安装.*1\.10 版.*更旧的 1\.9 版"):
        plan_import(agent, read_incoming(make_pack(tmp_path / "old.qrpack", "1.9", V1)))
    plan = plan_import(agent, read_incoming(tmp_path / "v2.qrpack"))
    assert plan.counts() == {"unchanged": 3} and not plan.changes_anything


def test_a_shortcut_the_lead_moved_between_templates_moves_in_one_import(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    install(agent, make_pack(tmp_path / "v1.qrpack", "1", V1))
    swapped = [("a", V1[0][1], V1[0][2], "tksh"), ("b", V1[1][1], V1[1][2], "tk"), V1[2]]
    install(agent, make_pack(tmp_path / "v2.qrpack", "2", swapped))
    assert agent.get("tk").title == "退款审核中" and agent.get("tksh").title == "退款到账时间"


def test_a_pack_shortcut_held_by_the_agent_comes_without_it(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    agent.add("我的", "常用问候", "亲，您好，在的哦。", "tk")
    plan = install(agent, make_pack(tmp_path / "v1.qrpack", "1", V1))
    added = next(c for c in plan.changes if c.title == "退款到账时间")
    assert added.action == "added" and "快捷码「tk」已被「常用问候」" in added.detail
    assert agent.get("tk").title == "常用问候"
    assert [t.shortcut for t in agent.templates("售后") if t.title == "退款到账时间"] == [None]


def test_a_template_the_agent_deleted_is_not_brought_back(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    install(agent, make_pack(tmp_path / "v1.qrpack", "1", V1))
    agent.remove("thdz")
    plan = install(agent, make_pack(tmp_path / "v2.qrpack", "2", V1))
    assert ("skipped", "退货地址") in actions(plan)
    assert len(agent) == 2


def test_removing_a_pack_keeps_what_the_agent_edited(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    agent.add("我的", "常用问候", "亲，您好，在的哦。", "hi")
    install(agent, make_pack(tmp_path / "v1.qrpack", "1", V1))
    agent.update("tk", body="亲亲，退款很快就到账啦。")
    pack, trashed, kept = packs.remove_pack(agent, "店铺话术")
    assert (pack.id, trashed, kept) == ("pack-shop", 2, 1)
    assert sorted(t.title for t in agent.templates()) == ["常用问候", "退款到账时间"]
    assert packs.installed_packs(agent) == []
    again = install(agent, tmp_path / "v1.qrpack")  # installs afresh, beside the agent's own copy
    assert actions(again) == [("added", "退款审核中"), ("added", "退货地址"), ("skipped", "退款到账时间")]
    assert len(agent) == 4


# --- spreadsheets and strategies -------------------------------------------------------------------------------


def sheet(path: Path, rows: list[str]) -> Path:
    path.write_text("分类,标题,快捷码,内容\n" + "\n".join(rows) + "\n", "utf-8")
    return path


@pytest.mark.parametrize(
    ("strategy", "expected"),
    [
        ("skip", [("售后/退款", "退款到账时间", "亲，退款一般1-3天到账哦。", "tk")]),
        ("overwrite", [("售后/退款", "退款到账时间", "亲，退款1-2天到账哦。", "tk")]),
        (
            "keep-both",
            [
                ("售后/退款", "退款到账时间", "亲，退款一般1-3天到账哦。", "tk"),
                ("售后/退款", "退款到账时间（导入）", "亲，退款1-2天到账哦。", None),
            ],
        ),
    ],
)
def test_a_clash_with_an_existing_template_follows_the_strategy(tmp_path: Path, strategy: str, expected: list) -> None:
    agent = empty(tmp_path)
    agent.add("售后/退款", "退款到账时间", "亲，退款一般1-3天到账哦。", "tk")
    plan = install(agent, sheet(tmp_path / "s.csv", ["售后/退款,退款到账时间,tk,亲，退款1-2天到账哦。"]), strategy)
    assert len(plan.changes) == 1
    assert [(t.category, t.title, t.body, t.shortcut) for t in agent.templates()] == expected


def test_two_rows_with_one_shortcut_the_second_comes_without_it(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    plan = install(agent, sheet(tmp_path / "s.csv", ["售后,甲,xx,亲，甲。", "售后,乙,xx,亲，乙。"]))
    assert "这次导入的另一条重复" in plan.changes[1].detail
    assert [(t.title, t.shortcut) for t in agent.templates()] == [("甲", "xx"), ("乙", None)]


def test_a_bad_row_names_its_row_and_column_and_changes_nothing(small: Library, tmp_path: Path) -> None:
    before = fingerprint(small.db)
    bad = sheet(tmp_path / "bad.csv", ["售后,好的,ok,亲，好的。", "售后/退款/太深,标题,,亲，内容。"])
    with pytest.raises(QuickReplyError, match=r"bad\.csv 第 3 行 A 列「分类」.*最多两级"):
        read_incoming(bad)
    random = tmp_path / "random.xlsx"
    random.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(QuickReplyError, match=r"random\.xlsx.*不是有效的 Excel"):
        read_incoming(random)
    with pytest.raises(ImportRefused, match=r"notes\.txt：只能导入"):
        read_incoming(tmp_path / "notes.txt")
    assert fingerprint(small.db) == before


# --- never lose anything ---------------------------------------------------------------------------------------


def test_a_dry_run_plan_changes_nothing(small: Library, tmp_path: Path) -> None:
    before = (small.path.read_bytes(), fingerprint(small.db))
    plan = imports.import_file(small, make_pack(tmp_path / "v1.qrpack", "1", V1), dry_run=True)
    assert isinstance(plan, imports.ImportPlan) and plan.counts()["added"] + plan.counts()["skipped"] == 3
    assert (small.path.read_bytes(), fingerprint(small.db)) == before
    assert not list((small.home / "backups").glob("*before-import.db"))


def test_a_failure_in_the_middle_leaves_the_library_as_it_was(small: Library, tmp_path: Path, monkeypatch) -> None:
    before = (words(small), fingerprint(small.db))
    plan = plan_import(
        small, read_incoming(make_pack(tmp_path / "v1.qrpack", "1", V1[2:], fees=read_sheet(SAMPLE_SHEET)))
    )

    def broken(*args: object) -> list[str]:
        raise OSError("disk full")

    monkeypatch.setattr(fee_store, "replace_couriers", broken)  # fails after the templates were written
    with pytest.raises(OSError):
        apply_import(small, plan)
    assert (words(small), fingerprint(small.db)) == before
    assert packs.installed_packs(small) == []


def test_a_library_changed_after_the_preview_is_not_imported_into(small: Library, tmp_path: Path) -> None:
    plan = plan_import(small, read_incoming(make_pack(tmp_path / "v1.qrpack", "1", V1[2:])))
    other = Library(small.home)  # the GUI beside the CLI
    other.add("售后", "新加的", "亲，新加的一条。")
    other.close()
    with pytest.raises(ImportRefused, match="重新预览"):
        apply_import(small, plan)
    assert "退货地址" not in [t.title for t in small.templates()]


def test_undo_import_restores_the_library_exactly(small: Library, tmp_path: Path) -> None:
    before = (words(small), fingerprint(small.db), small.settings.all())
    result = apply_import(small, plan_import(small, read_incoming(make_pack(tmp_path / "v1.qrpack", "1", V1))))
    assert result.backup.parent == small.home / "backups" and result.backup.is_file()
    assert "已撤销" in undo_import(small)
    assert (words(small), fingerprint(small.db), small.settings.all()) == before
    assert packs.installed_packs(small) == []
    with pytest.raises(ImportRefused, match="没有可以撤销的导入"):
        undo_import(small)


def test_undo_after_later_edits_asks_for_force(small: Library, tmp_path: Path) -> None:
    install(small, make_pack(tmp_path / "v1.qrpack", "1", V1[2:]))
    small.add("售后", "导入后新加的", "亲，这是导入之后加的。")
    with pytest.raises(ImportRefused, match="--force"):
        undo_import(small)
    assert "导入后新加的" in [t.title for t in small.templates()]
    undo_import(small, force=True)
    assert "导入后新加的" not in [t.title for t in small.templates()]
    assert "退货地址" not in [t.title for t in small.templates()]


def test_only_the_last_ten_backups_are_kept(small: Library, tmp_path: Path) -> None:
    for n in range(12):
        install(small, sheet(tmp_path / f"s{n}.csv", [f"售后,第{n}条,,亲，第{n}条。"]))
    assert len(list((small.home / "backups").glob("*.db"))) == 10


# --- subscription ----------------------------------------------------------------------------------------------


def test_a_subscription_applies_newer_versions_only(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    shared = make_pack(tmp_path / "共享" / "店铺话术.qrpack", "1", V1) if (tmp_path / "共享").mkdir() is None else None
    assert shared is not None
    subscription.subscribe(agent, shared)
    result = subscription.check_subscription(agent)
    assert result is not None and "店铺话术" in result.message() and "新增 3 条" in result.message()
    assert subscription.check_subscription(agent) is None  # nothing new
    make_pack(shared, "2", [*V1, ("d", "换货流程", "亲，换货请在订单页申请哦。", "hh")])
    result = subscription.check_subscription(agent)
    assert result is not None and "2 版" in result.message() and "新增 1 条" in result.message()
    assert agent.get("hh").title == "换货流程"


def test_subscribing_to_a_broken_file_is_refused(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    broken = tmp_path / "店铺话术.qrpack"
    broken.write_bytes(b"not a zip at all")
    with pytest.raises(QuickReplyError, match=r"店铺话术\.qrpack"):
        subscription.subscribe(agent, broken)
    assert subscription.subscription(agent) is None


def test_export_counts_the_version_on_and_keeps_item_ids(small: Library, tmp_path: Path) -> None:
    first = export_pack(small, tmp_path / "a.qrpack", Selection(), PackDetails(name="店铺话术"))
    second = export_pack(small, tmp_path / "b.qrpack", Selection(), PackDetails(name="店铺话术"))
    assert (first.manifest.version, second.manifest.version) == ("1", "2")
    assert first.manifest.pack_id == second.manifest.pack_id
    ids = [t.item_id for t in read_incoming(tmp_path / "a.qrpack").templates]
    assert ids == [t.item_id for t in read_incoming(tmp_path / "b.qrpack").templates] and len(set(ids)) == 5


def test_export_of_chosen_categories_only(small: Library, tmp_path: Path) -> None:
    export_sheet(small, tmp_path / "s.xlsx", Selection(["售后"]))
    assert {t.category for t in read_templates(tmp_path / "s.xlsx")} == {"售后/退款时效"}
    pack = (
        read_incoming(tmp_path / "c.qrpack") if export_pack(small, tmp_path / "c.qrpack", Selection(["售后"])) else None
    )
    assert pack is not None and pack.categories == ("售后", "售后/退款时效")
    with pytest.raises(QuickReplyError, match="没有"):
        export_pack(small, tmp_path / "x.qrpack", Selection(["不存在的分类"]))
    with pytest.raises(QuickReplyError, match=r"模板包请用 \.qrpack 结尾"):
        export_pack(small, tmp_path / "x.xlsx")
    with pytest.raises(QuickReplyError, match=r"千牛快捷短语只能导出为 \.csv"):
        export_sheet(small, tmp_path / "x.xlsx", qianniu=True)
    assert not (tmp_path / "x.qrpack").exists() and not (tmp_path / "x.xlsx").exists()


def test_plan_as_json_is_what_scripts_read(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    plan = plan_import(agent, read_incoming(make_pack(tmp_path / "v1.qrpack", "1", V1)))
    data = json.loads(json.dumps(plan.as_json(), ensure_ascii=False))
    assert data["pack"]["version"] == "1" and data["counts"]["added"] == 3
    assert {c["title"] for c in data["changes"]} == {"退款到账时间", "退款审核中", "退货地址"}


def test_update_waiting_reads_only_the_manifest_and_one_row(tmp_path: Path) -> None:
    agent = empty(tmp_path)
    assert subscription.update_waiting(agent.home) is False  # no subscription
    shared = make_pack(tmp_path / "店铺话术.qrpack", "1", V1)
    subscription.subscribe(agent, shared)
    assert subscription.update_waiting(agent.home) is True  # not installed yet
    subscription.check_subscription(agent)
    assert subscription.update_waiting(agent.home) is False
    make_pack(shared, "1.1", V1)
    assert subscription.update_waiting(agent.home) is True
    shared.write_bytes(b"half a file")
    with pytest.raises(QuickReplyError, match=r"店铺话术\.qrpack"):
        subscription.update_waiting(agent.home)
