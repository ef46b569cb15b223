"""The one write protocol, ``with lib.change() as change``: what a writer gets without having to remember anything —
memory and search in step after a commit, nothing half-done after a failure — and the rooms keep to it."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from quickreply.core import Library, LibraryDamaged
from quickreply.core.errors import LibraryBusy
from quickreply.core.library.undo import Step, place_of

ROOT = Path(__file__).resolve().parents[2] / "quickreply"


def test_a_change_that_fails_leaves_the_file_memory_and_search_as_they_were(small: Library) -> None:
    before = [(t.id, t.title, t.category) for t in small.templates()]
    with pytest.raises(RuntimeError), small.change() as change:
        category_id = change.ensure_category("新分类")
        template = small.get("tk")
        change.update_template(template.id, {"title": "改过的标题", "category_id": category_id})
        raise RuntimeError("the writer fails halfway")
    assert [(t.id, t.title, t.category) for t in small.templates()] == before
    assert small.search("tk")[0].template.title == "退款到账时间"
    assert "新分类" not in [c.path for c in small.categories()]
    assert small.db.execute("SELECT count(*) FROM categories WHERE name = '新分类'").fetchone()[0] == 0


def test_what_a_change_says_it_touched_is_what_search_and_reads_show_after_the_commit(small: Library) -> None:
    template = small.get("tk")
    with small.change() as change:
        target = change.ensure_category("售后/新的子类")
        change.update_template(template.id, {"title": "退款多久到账", "category_id": target})
        assert small.get(template.id).title == "退款到账时间"  # memory moves only when the change commits
    moved = small.get(template.id)
    assert (moved.title, moved.category) == ("退款多久到账", "售后/新的子类")
    assert small.search("tkdjdz")[0].template.id == template.id
    assert small.category("售后/新的子类").count == 1


def test_a_nested_change_is_part_of_the_outer_one_and_a_caught_failure_inside_rolls_back_only_itself(
    small: Library,
) -> None:
    first, second = small.get("tk"), small.get("tksh")
    with small.change() as outer:
        outer.update_template(first.id, {"title": "外面改的"})
        with pytest.raises(RuntimeError), small.change() as inner:
            assert inner is outer
            inner.update_template(second.id, {"title": "里面改的"})
            inner.undoable(Step("里面的一步", (place_of(second),)))
            raise RuntimeError("inner fails")
    assert small.get(first.id).title == "外面改的"
    assert small.get(second.id).title == "退款审核中"
    assert small.can_undo() is None  # the rolled-back step is not offered


def test_undo_steps_are_offered_only_when_their_change_commits(small: Library) -> None:
    template = small.get("tk")
    with pytest.raises(RuntimeError), small.change() as change:
        change.undoable(Step("删除「退款到账时间」", (place_of(template),), from_trash=True))
        raise RuntimeError
    assert small.can_undo() is None
    small.remove(template.id)
    assert small.can_undo() == "删除「退款到账时间」"


def test_a_change_starts_from_what_another_process_committed(small: Library, tmp_path: Path) -> None:
    other = Library(small.home)
    other.update("tk", title="另一个窗口改的")
    other.close()
    with small.change() as change:
        change.update_template(small.get("tksh").id, {"title": "这边改的"})
    assert small.get("tk").title == "另一个窗口改的"
    assert small.get("tksh").title == "这边改的"


def test_a_change_waits_then_says_the_library_is_busy_in_words_an_agent_reads(small: Library) -> None:
    holder = sqlite3.connect(small.path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        small.db.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(LibraryBusy, match="资料库正被另一个程序占用"), small.change():
            pass
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert isinstance(LibraryBusy(), LibraryDamaged)  # callers that catch LibraryDamaged keep working


def test_a_bulk_change_is_read_again_on_the_next_read(small: Library) -> None:
    with small.change() as change:
        change.update_template(small.get("tk").id, {"title": "批量改过"})
        change.many_changed()
    assert small.get("tk").title == "批量改过"


# --- the rooms keep their doors -----------------------------------------------------------------------------------


def _sources_outside_the_library() -> list[Path]:
    return [p for p in ROOT.rglob("*.py") if not p.is_relative_to(ROOT / "core" / "library")]


def test_no_module_outside_the_library_package_reaches_into_a_library() -> None:
    private = re.compile(r"\b(lib|library|self\.library|self\.lib)\._[a-z]")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in _sources_outside_the_library()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if private.search(line)
    ]
    assert found == []


def test_no_sql_on_templates_outside_the_library_package() -> None:
    sql = re.compile(r"\b(FROM|INTO|UPDATE|JOIN)\s+templates\b", re.IGNORECASE)
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in _sources_outside_the_library()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if sql.search(line)
    ]
    assert found == []
