"""Keeping the library in shape, as the team lead does in the manager window: categories, many templates at once,
the trash, and undo.

Most tests use the small library of conftest: 售后/退款时效 holds 退款到账时间 (tk) and 退款审核中 (tksh); 售中/快递选择
holds 顺丰时效说明 (sfsx), 重新发货安排 (cxfh) and 银行卡退款 (yhk).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from quickreply.core import InvalidInput, Library, LibraryDamaged, NotFound, open_library
from quickreply.core.library import categories as categories_module
from quickreply.core.library import migrations
from tests.conftest import SMALL_LIBRARY, write_library
from tests.old_library import make_old_library


def titles(hits) -> list[str]:
    return [h.template.title for h in hits]


def snapshot(lib: Library) -> tuple[object, ...]:
    """Everything an agent could notice: categories in order with counts, every template as listed, the trash."""
    return (
        [(c.id, c.path, c.position, c.count) for c in lib.categories()],
        lib.templates(),
        [(t.template, t.deleted_at) for t in lib.trash()],
    )


def ids(lib: Library, *codes: str) -> list[int]:
    return [lib.get(code).id for code in codes]


def days_ago(days: int) -> str:
    return (datetime.now().astimezone() - timedelta(days=days)).isoformat(timespec="seconds")


# --- categories ------------------------------------------------------------------------------------------------


def test_create_category_makes_one_or_both_levels_and_refuses_an_existing_path(small) -> None:
    made = small.create_category("售后/换货")
    assert (made.path, made.parent_id, made.count) == ("售后/换货", small.category("售后").id, 0)
    small.create_category("会员/生日")
    assert [c.path for c in small.categories()] == [
        "售后",
        "售后/退款时效",
        "售后/换货",
        "售中",
        "售中/快递选择",
        "会员",
        "会员/生日",
    ]
    before = snapshot(small)
    for existing in ("售后/退款时效", "售后", " 售后 / 退款时效 "):
        with pytest.raises(InvalidInput, match=r"分类「售后(/退款时效)?」已经存在"):
            small.create_category(existing)
    with pytest.raises(InvalidInput, match="最多两级"):
        small.create_category("一/二/三")
    assert snapshot(small) == before


def test_rename_category_search_finds_its_templates_by_the_new_name_at_once_and_after_reopening(
    tmp_path: Path,
) -> None:
    lib = open_library(tmp_path / "h", bundled=write_library(tmp_path / "b", SMALL_LIBRARY))
    assert "退款到账时间" in titles(lib.search("时效"))  # by its category's name
    renamed = lib.rename_category("售后/退款时效", "退款进度")
    assert (renamed.path, renamed.count) == ("售后/退款进度", 2)
    assert lib.get("tk").category == "售后/退款进度"
    for query in ("退款进度", "jindu", "tkjd", "@退款进度"):
        assert {"退款到账时间", "退款审核中"} <= set(titles(lib.search(query))), query
    assert "退款到账时间" not in titles(lib.search("时效"))
    lib.close()
    lib = open_library(tmp_path / "h")  # the pinyin of the new name was stored, not just held in memory
    assert {"退款到账时间", "退款审核中"} <= set(titles(lib.search("jindu")))
    lib.close()


def test_rename_category_refuses_a_sibling_name_and_bad_names(small) -> None:
    small.create_category("售后/物流")
    before = snapshot(small)
    with pytest.raises(InvalidInput, match="「售后」下已经有分类「物流」"):
        small.rename_category("售后/退款时效", "物流")
    with pytest.raises(InvalidInput, match="一级分类里已经有分类「售中」"):
        small.rename_category("售后", "售中")
    with pytest.raises(InvalidInput, match="不能有 /"):
        small.rename_category("售后", "售后/退款")
    with pytest.raises(InvalidInput, match="不能为空"):
        small.rename_category("售后", "  ")
    with pytest.raises(NotFound, match="没有分类「不存在」"):
        small.rename_category("不存在", "新名字")
    assert snapshot(small) == before
    assert small.rename_category("售后/物流", " 物流运输 ").path == "售后/物流运输"
    assert small.rename_category("售中", "售中").path == "售中"  # its own name again is fine


def test_category_contents_counts_templates_with_its_children_and_the_children(small) -> None:
    assert small.category_contents("售后") == (2, 1)
    assert small.category_contents("售中/快递选择") == (3, 0)
    small.add("售后", "售后总说明", "亲，售后问题请找我们。")
    small.create_category("售后/空的")
    assert small.category_contents("售后") == (3, 2)
    assert small.category_contents(small.category("售后/空的").id) == (0, 0)


def test_delete_category_puts_its_templates_in_the_trash_and_undo_brings_everything_back(small) -> None:
    before = snapshot(small)
    assert small.delete_category("售后") == 2
    assert [c.path for c in small.categories()] == ["售中", "售中/快递选择"]
    assert titles(small.search("退款")) == ["银行卡退款"]
    assert len(small) == 3
    trashed = small.trash()
    assert {t.template.title: t.template.category for t in trashed} == {
        "退款到账时间": "售后/退款时效",
        "退款审核中": "售后/退款时效",
    }
    assert small.can_undo() == "删除分类「售后」"

    assert small.undo() == "已撤销：删除分类「售后」"
    assert snapshot(small) == before
    assert titles(small.search("tk"))[0] == "退款到账时间"
    assert small.can_undo() is None and small.undo() is None


def test_delete_category_moving_its_templates_to_another_one_then_undo(small) -> None:
    before = snapshot(small)
    assert small.delete_category("售后/退款时效", move_to="售中/快递选择") == 2
    assert [t.title for t in small.templates("售中/快递选择")] == [
        "顺丰时效说明",
        "重新发货安排",
        "银行卡退款",
        "退款到账时间",
        "退款审核中",
    ]
    assert [c.path for c in small.categories()] == ["售后", "售中", "售中/快递选择"]
    assert small.search("tk")[0].template.category == "售中/快递选择"
    assert small.trash() == []
    assert small.undo() == "已撤销：删除分类「售后/退款时效」"
    assert snapshot(small) == before


def test_delete_category_moving_to_a_new_path_creates_it(small) -> None:
    assert small.delete_category("售中", move_to="其他") == 3
    assert [c.path for c in small.categories()] == ["售后", "售后/退款时效", "其他"]
    assert small.category_contents("其他") == (3, 0)


def test_templates_cannot_be_moved_into_the_category_being_deleted(small) -> None:
    before = snapshot(small)
    for inside in ("售后", "售后/退款时效", "售后/新的子分类", small.category("售后/退款时效").id):
        with pytest.raises(InvalidInput, match="要删除的分类「售后」里面"):
            small.delete_category("售后", move_to=inside)
    with pytest.raises(InvalidInput, match="最多两级"):
        small.delete_category("售后", move_to="一/二/三")
    assert snapshot(small) == before
    assert small.can_undo() is None


def test_a_deleted_category_is_not_a_place_to_move_to(small) -> None:
    gone = small.category("售中/快递选择").id
    small.delete_category(gone)
    before = snapshot(small)
    with pytest.raises(NotFound, match=f"没有分类「{gone}」"):
        small.move_templates(ids(small, "tk"), gone)
    with pytest.raises(NotFound):
        small.templates(gone)
    assert snapshot(small) == before


def test_restoring_a_template_brings_its_deleted_category_back_in_its_place(small) -> None:
    order = [c.path for c in small.categories()]
    tk = small.get("tk")
    small.delete_category("售后")
    restored, note = small.restore(tk.id)
    assert note is None
    assert restored == tk
    assert [c.path for c in small.categories()] == order  # 售后 and 售后/退款时效 back, first as before
    assert [t.title for t in small.templates("售后")] == ["退款到账时间"]
    assert [t.template.title for t in small.trash()] == ["退款审核中"]


def test_undo_of_a_category_delete_after_the_path_was_made_again_keeps_everything(small) -> None:
    small.delete_category("售后/退款时效")
    small.add("售后/退款时效", "新写的退款回复", "亲，退款已处理。", shortcut="xtk")
    assert small.undo() == "已撤销：删除分类「售后/退款时效」"
    assert sorted(t.title for t in small.templates("售后/退款时效")) == ["新写的退款回复", "退款到账时间", "退款审核中"]
    assert [c.path for c in small.categories()].count("售后/退款时效") == 1


def test_reorder_categories_changes_library_order_and_search_ties(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "h", bundled=write_library(tmp_path / "b", SMALL_LIBRARY))
    # "亲" is in four bodies, none used yet: equal tier and frecency, so library order decides.
    assert titles(lib.search("亲")) == ["退款到账时间", "退款审核中", "顺丰时效说明", "重新发货安排"]
    lib.reorder_categories(None, [lib.category("售中").id, lib.category("售后").id])
    assert [c.path for c in lib.categories()] == ["售中", "售中/快递选择", "售后", "售后/退款时效"]
    assert titles(lib.search("亲")) == ["顺丰时效说明", "重新发货安排", "退款到账时间", "退款审核中"]
    assert lib.can_undo() == "调整分类顺序"
    lib.close()
    lib = open_library(tmp_path / "h")
    assert titles(lib.search("亲")) == ["顺丰时效说明", "重新发货安排", "退款到账时间", "退款审核中"]
    lib.close()


def test_reorder_children_and_undo_it(small) -> None:
    small.create_category("售后/换货")
    refund, exchange = small.category("售后/退款时效").id, small.category("售后/换货").id
    small.reorder_categories("售后", [exchange, refund])
    assert [c.path for c in small.categories()][:3] == ["售后", "售后/换货", "售后/退款时效"]
    assert small.undo() == "已撤销：调整分类顺序"
    assert [c.path for c in small.categories()][:3] == ["售后", "售后/退款时效", "售后/换货"]


def test_reorder_needs_exactly_the_current_children(small) -> None:
    top = [c.id for c in small.categories() if c.parent_id is None]
    before = snapshot(small)
    for wrong in ([top[0]], [*top, top[0]], [top[0], small.category("售后/退款时效").id]):
        with pytest.raises(InvalidInput, match="一级分类的新顺序"):
            small.reorder_categories(None, wrong)
    with pytest.raises(InvalidInput, match="「售后」的子分类"):
        small.reorder_categories("售后", [])
    assert snapshot(small) == before
    small.reorder_categories(None, top)  # the same order: nothing to do, nothing to undo
    assert small.can_undo() is None


# --- templates in bulk -----------------------------------------------------------------------------------------


def test_move_templates_appends_them_in_library_order_and_undo_puts_them_back(small) -> None:
    before = snapshot(small)
    moved = small.move_templates(ids(small, "sfsx", "tk"), "售后/新分类")
    assert [t.title for t in moved] == ["顺丰时效说明", "退款到账时间"]  # as asked
    assert [t.title for t in small.templates("售后/新分类")] == ["退款到账时间", "顺丰时效说明"]  # library order
    assert small.search("sfsx")[0].template.category == "售后/新分类"
    assert titles(small.search("@新分类")) == ["退款到账时间", "顺丰时效说明"]
    assert small.can_undo() == "移动 2 条回复到「售后/新分类」"
    assert small.undo() == "已撤销：移动 2 条回复到「售后/新分类」"
    after = snapshot(small)
    assert after[1:] == before[1:]  # every template in its category and place again; the new category stays
    assert small.category_contents("售后/新分类") == (0, 0)


def test_move_to_an_existing_category_by_id_goes_to_its_end(small) -> None:
    target = small.category("售后/退款时效").id
    small.move_templates(ids(small, "yhk"), target)
    assert [t.title for t in small.templates(target)] == ["退款到账时间", "退款审核中", "银行卡退款"]
    assert small.can_undo() == "移动「银行卡退款」到「售后/退款时效」"


def test_a_bulk_move_with_an_unknown_id_moves_nothing(small) -> None:
    before = snapshot(small)
    with pytest.raises(NotFound, match="「999999」"):
        small.move_templates([*ids(small, "tk", "sfsx"), 999999], "售后/新分类")
    with pytest.raises(InvalidInput, match="最多两级"):
        small.move_templates(ids(small, "tk"), "一/二/三")
    assert snapshot(small) == before
    assert small.can_undo() is None


def test_a_failed_write_midway_leaves_the_library_as_it_was(small, monkeypatch) -> None:
    """A crash between trashing a category's templates and hiding the category leaves both as they were."""
    before = snapshot(small)

    def boom(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(categories_module, "mark_deleted", boom)
    with pytest.raises(LibraryDamaged, match="写入资料库失败"):
        small.delete_category("售后")
    assert snapshot(small) == before
    assert small.can_undo() is None
    small.close()
    again = open_library(small.home)
    assert snapshot(again) == before
    again.close()


def test_remove_many_and_undo_bring_back_category_place_shortcut_and_tags(small) -> None:
    before = snapshot(small)
    removed = small.remove_many(ids(small, "tk", "cxfh", "yhk"))
    assert [t.title for t in removed] == ["退款到账时间", "重新发货安排", "银行卡退款"]
    assert len(small) == 2 and small.search("cxfh") == []
    assert {t.template.title for t in small.trash()} == {"退款到账时间", "重新发货安排", "银行卡退款"}
    assert small.can_undo() == "删除 3 条回复"
    assert small.undo() == "已撤销：删除 3 条回复"
    assert snapshot(small) == before
    assert small.get("tk").tags == ("退款", "到账")
    assert titles(small.search("tk"))[0] == "退款到账时间"


def test_a_single_remove_is_undoable_too_and_undo_goes_back_one_change_at_a_time(small) -> None:
    start = snapshot(small)
    small.remove("tk")
    after_remove = snapshot(small)
    small.move_templates(ids(small, "sfsx"), "售后/退款时效")
    assert small.can_undo() == "移动「顺丰时效说明」到「售后/退款时效」"
    assert small.undo() == "已撤销：移动「顺丰时效说明」到「售后/退款时效」"
    assert snapshot(small) == after_remove
    assert small.can_undo() == "删除「退款到账时间」"
    assert small.undo() == "已撤销：删除「退款到账时间」"
    assert snapshot(small) == start
    assert small.undo() is None


def test_edits_are_not_undone(small) -> None:
    small.update("tk", title="改过的标题")
    assert small.can_undo() is None and small.undo() is None
    assert small.get("tk").title == "改过的标题"


def test_undo_of_a_delete_when_the_shortcut_was_taken_since_says_so(small) -> None:
    tk = small.get("tk")
    small.remove("tk")
    small.add("售中/快递选择", "另一个退款回复", "亲，您好。", shortcut="tk")
    message = small.undo()
    assert message is not None and message.startswith("已撤销：删除「退款到账时间」")
    assert "快捷码「tk」已被模板「另一个退款回复」使用" in message
    assert small.get(tk.id).shortcut is None
    assert small.get("tk").title == "另一个退款回复"


def test_tag_many_adds_and_removes_tags_and_search_follows(small) -> None:
    small.tag_many(ids(small, "tk", "sfsx"), add=["售后必看"], remove=["退款", "时效"])
    assert small.get("tk").tags == ("到账", "售后必看")
    assert small.get("sfsx").tags == ("顺丰", "售后必看")
    assert set(titles(small.search("售后必看"))) == {"退款到账时间", "顺丰时效说明"}
    assert set(titles(small.search("shbk"))) == {"退款到账时间", "顺丰时效说明"}  # the tag's initials
    small.tag_many(ids(small, "tk"), remove=["售后必看"])
    assert titles(small.search("shbk")) == ["顺丰时效说明"]


def test_tag_many_is_all_or_nothing(small) -> None:
    small.update("tksh", tags=[f"标签{n}" for n in range(20)])
    before = snapshot(small)
    with pytest.raises(InvalidInput, match="模板「退款审核中」有 21 个标签"):
        small.tag_many(ids(small, "tk", "tksh"), add=["新标签"])
    with pytest.raises(NotFound, match="「424242」"):
        small.tag_many([*ids(small, "tk"), 424242], add=["新标签"])
    assert snapshot(small) == before


def test_favorite_many_shows_them_first_on_an_empty_query(small) -> None:
    small.favorite_many(ids(small, "yhk", "tksh"), True)
    assert titles(small.search("")) == ["退款审核中", "银行卡退款"]
    small.favorite_many(ids(small, "yhk"), False)
    assert titles(small.search("")) == ["退款审核中"]


def test_duplicate_makes_a_fresh_copy_right_after_the_original(small) -> None:
    small.update("tk", favorite=True)
    small.record_use("tk")
    copy = small.duplicate("tk")
    original = small.get("tk")
    assert (copy.title, copy.body, copy.tags, copy.category) == (
        "退款到账时间（副本）",
        original.body,
        original.tags,
        original.category,
    )
    assert (copy.shortcut, copy.favorite, copy.use_count, copy.last_used) == (None, False, 0, None)
    assert [t.title for t in small.templates("售后/退款时效")] == ["退款到账时间", "退款到账时间（副本）", "退款审核中"]
    assert set(titles(small.search("退款到账时间"))) >= {"退款到账时间", "退款到账时间（副本）"}
    long = small.add("售后", "长" * 200, "亲，长标题。")
    assert small.duplicate(long.id).title == "长" * 196 + "（副本）"


def test_add_from_text_titles_it_with_the_first_line(small) -> None:
    made = small.add_from_text(
        "\n  亲，您好！双十一期间发货会稍慢一些，请您耐心等待哦\n第二行也在内容里\n\n", "售中/发货"
    )
    assert made.title == "亲，您好！双十一期间发货会稍慢一些，请您"
    assert len(made.title) == 20
    assert made.body == "亲，您好！双十一期间发货会稍慢一些，请您耐心等待哦\n第二行也在内容里"
    assert made.category == "售中/发货" and made.shortcut is None
    assert small.add_from_text("短句", "售中").title == "短句"
    before = snapshot(small)
    for empty in ("", "  \n\t "):
        with pytest.raises(InvalidInput, match="没有可以保存的文字"):
            small.add_from_text(empty, "售中")
    assert snapshot(small) == before


# --- the trash -------------------------------------------------------------------------------------------------


def test_trash_lists_newest_first_with_when_and_where(small) -> None:
    small.remove("sfsx")
    small.remove("tk")
    small.remove_many(ids(small, "cxfh"))
    trashed = small.trash()
    assert [t.template.title for t in trashed] == ["重新发货安排", "退款到账时间", "顺丰时效说明"]
    assert trashed[1].template.category == "售后/退款时效" and trashed[1].template.shortcut == "tk"
    assert all(datetime.fromisoformat(t.deleted_at).tzinfo is not None for t in trashed)


def test_restore_puts_it_back_in_its_place_by_id_or_shortcut(small) -> None:
    before = snapshot(small)
    tk = small.remove("tk")
    small.remove("tksh")
    assert small.restore("TK") == (tk, None)  # its code, any case
    restored, note = small.restore(str(small.trash()[0].template.id))
    assert note is None and restored.title == "退款审核中"
    assert snapshot(small) == before


def test_restore_when_the_shortcut_was_taken_comes_back_without_it(small) -> None:
    old = small.remove("tk")
    small.add("售中/快递选择", "新的退款回复", "亲，退款很快。", shortcut="tk")
    restored, note = small.restore(old.id)
    assert note is not None and "快捷码「tk」已被模板「新的退款回复」使用" in note and "退款到账时间" in note
    assert restored.shortcut is None and restored.category == "售后/退款时效"
    assert [t.title for t in small.templates("售后/退款时效")] == ["退款到账时间", "退款审核中"]
    assert small.get("tk").title == "新的退款回复"
    assert "退款到账时间" in titles(small.search("退款到账"))
    assert titles(small.search("tk"))[0] == "新的退款回复"


def test_restore_of_something_not_in_the_trash_is_not_found(small) -> None:
    with pytest.raises(NotFound, match="回收站里没有模板「nope」"):
        small.restore("nope")
    live = small.get("tk").id
    with pytest.raises(NotFound, match=f"回收站里没有模板「{live}」"):
        small.restore(live)
    small.remove("tk")
    small.restore("tk")
    with pytest.raises(NotFound, match="回收站里没有模板「tk」"):
        small.restore("tk")


def test_delete_forever_only_takes_what_is_in_the_trash(small) -> None:
    gone, kept = small.remove("tk"), small.remove("tksh")
    live = small.get("sfsx")
    with pytest.raises(InvalidInput, match=r"模板「顺丰时效说明」.*不在回收站里"):
        small.delete_forever([gone.id, live.id])
    with pytest.raises(NotFound, match="编号 999999"):
        small.delete_forever([gone.id, 999999])
    assert len(small.trash()) == 2 and small.get("sfsx") == live
    assert small.delete_forever([gone.id]) == 1
    assert [t.template.id for t in small.trash()] == [kept.id]
    assert small.db.execute("SELECT count(*) FROM templates WHERE id = ?", (gone.id,)).fetchone()[0] == 0
    assert small.undo() == "已撤销：删除「退款审核中」"  # the one deleted for good stays deleted
    assert small.trash() == []
    with pytest.raises(NotFound):
        small.get(gone.id)


def test_old_trash_is_purged_when_the_library_is_opened(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "h", bundled=write_library(tmp_path / "b", SMALL_LIBRARY))
    old, recent = lib.remove("tk"), lib.remove("tksh")
    lib.delete_category("售中")  # its three templates go to the trash with it
    with lib.db.atomic():  # what 40 days do to the trash
        lib.db.execute("UPDATE templates SET deleted_at = ? WHERE id = ?", (days_ago(40), old.id))
        in_deleted = "category_id IN (SELECT id FROM categories WHERE deleted_at IS NOT NULL)"
        lib.db.execute(f"UPDATE templates SET deleted_at = ? WHERE {in_deleted}", (days_ago(31),))
        lib.db.execute("UPDATE categories SET deleted_at = ? WHERE deleted_at IS NOT NULL", (days_ago(31),))
    lib.close()
    lib = open_library(tmp_path / "h")
    assert [t.template.id for t in lib.trash()] == [recent.id]
    names = [r[0] for r in lib.db.execute("SELECT name FROM categories")]
    assert "售中" not in names and "快递选择" not in names  # nothing refers to them any more
    assert lib.purge_trash(days=30) == 0
    lib.close()


def test_purge_trash_deletes_only_what_is_older_than_asked(small) -> None:
    old, recent = small.remove("tk"), small.remove("tksh")
    with small.db.atomic():
        small.db.execute("UPDATE templates SET deleted_at = ? WHERE id = ?", (days_ago(8), old.id))
    assert small.purge_trash(days=7) == 1
    assert [t.template.id for t in small.trash()] == [recent.id]
    with pytest.raises(InvalidInput, match="不能是负数"):
        small.purge_trash(days=-1)


def test_a_library_made_before_categories_could_be_deleted_is_upgraded(tmp_path: Path) -> None:
    home = tmp_path / "h"
    make_old_library(
        home, 1, "INSERT INTO categories (name, position, created, updated) VALUES ('旧分类', 0, 'x', 'x')"
    )
    lib = open_library(home, bundled=write_library(tmp_path / "b", SMALL_LIBRARY))
    assert lib.db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    assert "旧分类" in [c.path for c in lib.categories()]
    lib.delete_category("旧分类")
    assert lib.create_category("旧分类").path == "旧分类"  # a deleted name is free again
    lib.close()
