"""The store: first use, schema, shortcut rules, transactions, trash, uses, settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quickreply.core import InvalidInput, LibraryDamaged, NotFound, ShortcutClash, open_library
from quickreply.core.library.change import Change
from quickreply.core.library.migrations import LATEST
from quickreply.core.library.settings import SHOP_NAME, SIGNATURE_VERSION
from quickreply.core.search import signature


def test_first_use_creates_the_home_and_loads_the_bundled_library(tmp_path: Path) -> None:
    home = tmp_path / "new" / "home"
    lib = open_library(home)
    assert (home / "library.db").exists()
    assert len(lib) >= 200
    assert len([c for c in lib.categories() if c.parent_id is not None]) >= 20
    assert lib.get("tk").title == "退款到账时间"
    lib.close()
    again = open_library(home)  # a second start must not load the defaults twice
    assert len(again) == len(lib)
    again.close()


def test_home_comes_from_the_environment_when_not_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUICKREPLY_HOME", str(tmp_path / "env-home"))
    lib = open_library()
    assert lib.home == tmp_path / "env-home"
    lib.close()


def test_schema_version_wal_and_foreign_keys(lib) -> None:
    assert lib.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert [r[0] for r in lib.db.execute("SELECT version FROM schema_migrations")] == list(range(1, LATEST + 1))
    assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert lib.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_library_from_a_newer_version_is_refused_clearly(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "h")
    lib.db.execute(f"PRAGMA user_version = {LATEST + 1}")
    lib.close()
    with pytest.raises(LibraryDamaged, match="更新版本"):
        open_library(tmp_path / "h")


def test_a_garbage_file_is_reported_as_damaged(tmp_path: Path) -> None:
    home = tmp_path / "h"
    home.mkdir()
    (home / "library.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(LibraryDamaged, match="损坏"):
        open_library(home)


@pytest.mark.parametrize("code", ["TK", "ｔｋ", "Ｔk", " tk "])
def test_shortcut_clash_ignores_case_and_width_and_names_the_other_template(lib, code: str) -> None:
    before = len(lib)
    with pytest.raises(ShortcutClash, match="退款到账时间"):
        lib.add("售后/退款时效", "另一个退款回复", "亲，您好。", shortcut=code)
    assert len(lib) == before


def test_edit_to_a_taken_shortcut_is_refused_and_changes_nothing(lib) -> None:
    target = lib.get("wl")
    with pytest.raises(ShortcutClash, match="退款到账时间"):
        lib.update("wl", shortcut="TK", title="改过的标题")
    assert lib.get("wl") == target


def test_shortcuts_are_stored_folded(lib) -> None:
    t = lib.add("售后/测试", "全角快捷码", "亲，您好。", shortcut="ＸＹＺ１")
    assert t.shortcut == "xyz1"
    assert lib.get("XYZ1").id == t.id


def test_add_creates_both_category_levels_and_keeps_order(lib) -> None:
    t = lib.add("新分类/子分类", "测试标题", "亲，测试内容。", tags="甲、乙,丙 甲")
    assert t.category == "新分类/子分类"
    assert t.tags == ("甲", "乙", "丙")
    paths = [c.path for c in lib.categories()]
    assert paths[-2:] == ["新分类", "新分类/子分类"]


@pytest.mark.parametrize(
    ("category", "title", "body", "message"),
    [
        ("一/二/三", "标题", "内容", "最多两级"),
        ("售后//退款", "标题", "内容", "无效"),
        ("售后", "  ", "内容", "标题不能为空"),
        ("售后", "标题", "", "内容是空的"),
        ("售后", "标" * 201, "内容", "最多 200"),
    ],
)
def test_bad_fields_are_refused_with_a_clear_message(lib, category, title, body, message) -> None:
    before = len(lib), len(lib.categories())
    with pytest.raises(InvalidInput, match=message):
        lib.add(category, title, body)
    assert (len(lib), len(lib.categories())) == before


def test_add_many_is_all_or_nothing(lib) -> None:
    before = len(lib)
    items = [
        {"category": "批量/一", "title": "第一条", "body": "亲，一。", "shortcut": "pl1"},
        {"category": "批量/一", "title": "第二条", "body": "亲，二。", "shortcut": "pl2"},
        {"category": "批量/一", "title": "第三条", "body": "", "shortcut": "pl3"},
    ]
    with pytest.raises(InvalidInput, match="第 3 条"):
        lib.add_many(items)
    assert len(lib) == before
    assert not lib.search("pl1")
    assert "批量" not in [c.path for c in lib.categories()]


def test_a_failed_write_rolls_back_everything(lib, monkeypatch) -> None:
    """A crash between the category insert and the template insert leaves neither."""
    before = lib.db.execute("SELECT count(*) FROM categories").fetchone()[0]

    def boom(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Change, "insert_template", boom)
    with pytest.raises(LibraryDamaged, match="写入资料库失败"):
        lib.add("全新分类/子类", "标题", "亲，内容。")
    assert lib.db.execute("SELECT count(*) FROM categories").fetchone()[0] == before


def test_edit_updates_fields_and_search_at_once(lib) -> None:
    lib.update("tk", title="退款多久到账", body="亲，退款一般很快到账。", tags="到账,时效")
    t = lib.get("tk")
    assert (t.title, t.body, t.tags) == ("退款多久到账", "亲，退款一般很快到账。", ("到账", "时效"))
    assert lib.search("tkdjdz")[0].template.id == t.id  # new title's initials
    lib.update("tk", shortcut="")
    assert lib.get(t.id).shortcut is None
    with pytest.raises(NotFound):
        lib.get("tk")


def test_move_to_another_category(lib) -> None:
    t = lib.update("tk", category="售后/物流查询")
    assert t.category == "售后/物流查询"
    assert t.id in [x.id for x in lib.templates("售后/物流查询")]


def test_remove_moves_to_trash_and_frees_the_shortcut(lib) -> None:
    removed = lib.remove("tk")
    with pytest.raises(NotFound):
        lib.get("tk")
    assert removed.id not in [h.template.id for h in lib.search("退款到账时间")]
    row = lib.db.execute("SELECT deleted_at FROM templates WHERE id = ?", (removed.id,)).fetchone()
    assert row[0] is not None  # kept, in the trash
    lib.add("售后/退款时效", "新的退款回复", "亲，您好。", shortcut="tk")


def test_unknown_references_name_what_was_asked(lib) -> None:
    with pytest.raises(NotFound, match="「nope」"):
        lib.get("nope")
    with pytest.raises(NotFound, match="「不存在」"):
        lib.templates("不存在")


def test_record_use_counts_and_survives_reopen(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "h")
    lib.record_use("tk")
    lib.record_use("tk")
    used = lib.get("tk")
    assert used.use_count == 2 and used.last_used
    lib.close()
    lib = open_library(tmp_path / "h")
    assert lib.get("tk").use_count == 2
    lib.close()


def test_settings_and_remembered_values(lib) -> None:
    lib.settings.set("shop_name", "  小满家居旗舰店 ")
    assert lib.settings.get(SHOP_NAME) == "小满家居旗舰店"
    with pytest.raises(InvalidInput, match="shop_name"):
        lib.settings.set("shopname", "x")
    body = "亲，{活动}期间用{快递|顺丰|中通}发，单号{单号}"
    lib.values.remember(body, {"活动": "双11", "快递": "中通", "单号": "SF1"})
    lib.values.remember(body, {"活动": "双12"})
    # The tracking number was this buyer's: it is not kept for the next one.
    assert lib.values.last() == {"活动": "双12", "快递": "中通"}
    assert lib.values.for_body("{活动~}{快递!|顺丰|中通}") == {"活动": "双12"}


def test_two_connections_see_each_others_writes(tmp_path: Path) -> None:
    first = open_library(tmp_path / "h")
    second = open_library(tmp_path / "h")
    first.add("售后/测试", "第一个进程写的", "亲，一。", shortcut="p1")
    second.add("售后/测试", "第二个进程写的", "亲，二。", shortcut="p2")
    third = open_library(tmp_path / "h")
    assert {third.get("p1").title, third.get("p2").title} == {"第一个进程写的", "第二个进程写的"}
    for lib in (first, second, third):
        lib.close()


def test_a_change_made_by_another_process_shows_up_after_sync(tmp_path: Path) -> None:
    gui = open_library(tmp_path / "h")
    cli = open_library(tmp_path / "h")
    assert gui.sync() is False
    cli.add("售后/命令行", "命令行加的回复", "亲，您好。", shortcut="cli1")
    assert gui.search("cli1") == []  # the popup keeps its index until it is shown again
    assert gui.sync() is True
    assert [h.template.title for h in gui.search("cli1")] == ["命令行加的回复"]
    assert "售后/命令行" in [c.path for c in gui.categories()]
    gui.close()
    cli.close()


def test_stored_signatures_are_recomputed_when_their_format_changes(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "h")
    assert lib.settings.get(SIGNATURE_VERSION) == signature.VERSION
    with lib.db.atomic():  # what signatures of another format look like to this version: useless
        lib.db.execute("UPDATE templates SET signature = zeroblob(256)")
        lib.settings.put(SIGNATURE_VERSION, signature.VERSION + 1)
    lib.close()
    lib = open_library(tmp_path / "h")
    assert lib.search("tuikuan")[0].template.title == "退款到账时间"
    assert lib.settings.get(SIGNATURE_VERSION) == signature.VERSION
    lib.close()
