"""What the team lead does to keep the library in shape: categories, and changes to many templates at once.

These are ``Library`` methods (it calls them); each is one transaction and keeps the search index in step.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..errors import InvalidInput
from ..folding import fold
from ..models import Category, Template
from ..search.search_columns import search_columns
from . import categories
from .field_limits import MAX_TITLE, check_fields, split_tags
from .template_rows import CATEGORY, POSITION, deletion_stamp, next_position, now_iso
from .undo import Step, place_of, remember

if TYPE_CHECKING:
    from .store import Library

COPY_SUFFIX = "（副本）"
#: Characters of the first line that become the title of a reply made from the clipboard.
TITLE_FROM_TEXT = 20


# --- categories ------------------------------------------------------------------------------------------------


def create_category(lib: Library, path: str) -> Category:
    wanted = "/".join(categories.parse_path(path))
    with lib._write():
        existing = lib.tree.at(wanted)
        if existing is not None:
            raise InvalidInput(f"分类「{existing.path}」已经存在。")
        category_id = lib._ensure_category(wanted)
    lib._after_write([])
    return lib.category(category_id)


def rename_category(lib: Library, ref: str | int, new_name: str) -> Category:
    name = categories.check_name(new_name)
    with lib._write():
        category = lib.tree.find(ref)
        for sibling in lib.tree.children(category.parent_id):
            if sibling.id != category.id and fold(sibling.name) == fold(name):
                where = f"「{lib.tree.path(category.parent_id)}」下" if category.parent_id else "一级分类里"
                raise InvalidInput(f"{where}已经有分类「{sibling.name}」：请换一个名字。")
        categories.rename(lib.db, category.id, name)
        lib._categories_changed = True
    lib._after_write([])
    return lib.category(category.id)


def category_contents(lib: Library, ref: str | int) -> tuple[int, int]:
    ids = lib.tree.ids_under(ref)
    return sum(lib._counts[i] for i in ids), len(ids) - 1


def delete_category(lib: Library, ref: str | int, move_to: str | int | None = None) -> int:
    with lib._write():
        category = lib.tree.find(ref)
        doomed = lib.tree.ids_under(category.id)
        gone = tuple((c.id, c.path) for c in lib.tree.ordered() if c.id in doomed)
        members = lib.templates(category.id)
        places = tuple(place_of(lib, t) for t in members)
        stamp = deletion_stamp()
        if move_to is None:
            lib.db.conn.executemany(
                "UPDATE templates SET deleted_at = ? WHERE id = ?", [(stamp, t.id) for t in members]
            )
        else:
            target = _target_path(lib, move_to)
            if fold(target) == fold(category.path) or fold(target).startswith(fold(category.path) + "/"):
                raise InvalidInput(
                    f"不能把回复移到「{target}」：它在要删除的分类「{category.path}」里面。请选一个别的分类。"
                )
            _append(lib, members, lib._ensure_category(target))
        categories.mark_deleted(lib.db, doomed, stamp)
        lib._categories_changed = True
    remember(lib, Step(f"删除分类「{category.path}」", places, from_trash=move_to is None, categories=gone))
    lib._after_write(t.id for t in members)
    return len(members)


def reorder_categories(lib: Library, parent: str | int | None, ordered_ids: Sequence[int]) -> None:
    with lib._write():
        parent_id = None if parent is None else lib.tree.find(parent).id
        current = lib.tree.children(parent_id)
        if sorted(ordered_ids) != sorted(c.id for c in current):
            where = "一级分类" if parent_id is None else f"「{lib.tree.path(parent_id)}」的子分类"
            raise InvalidInput(f"{where}的新顺序和现有的分类对不上（可能刚被改过）：请刷新后再调整。")
        if list(ordered_ids) == [c.id for c in current]:
            return
        categories.set_positions(lib.db, [(category_id, n) for n, category_id in enumerate(ordered_ids)])
    remember(lib, Step("调整分类顺序", positions=tuple((c.id, c.position) for c in current)))
    lib._load()  # library order, and so every template's place in the search's ties, follows category positions


# --- templates in bulk -----------------------------------------------------------------------------------------


def _target_path(lib: Library, category: str | int) -> str:
    """Where a move goes: a live category by id, or a path as typed (created by the move if needed)."""
    if isinstance(category, int):
        return lib.tree.find(category).path
    return "/".join(categories.parse_path(category))


def _in_library_order(lib: Library, templates: Iterable[Template]) -> list[Template]:
    return sorted(templates, key=lambda t: (lib.tree.rank(t.category_id), lib._rows[t.id][POSITION], t.id))


def _append(lib: Library, templates: Sequence[Template], category_id: int) -> None:
    """Put templates at the end of a category, keeping their order. Call inside a write."""
    start = next_position(lib.db, category_id)
    lib.db.conn.executemany(
        "UPDATE templates SET category_id = ?, position = ? WHERE id = ?",
        [(category_id, start + n, t.id) for n, t in enumerate(templates)],
    )


def move_templates(lib: Library, ids: Sequence[int], category: str | int) -> list[Template]:
    with lib._write():
        templates = lib._many(ids)
        target = _target_path(lib, category)
        category_id = lib._ensure_category(target)
        moving = _in_library_order(lib, (t for t in templates if t.category_id != category_id))
        places = tuple(place_of(lib, t) for t in moving)
        _append(lib, moving, category_id)
    if moving:
        what = f"「{moving[0].title}」" if len(moving) == 1 else f" {len(moving)} 条回复"
        remember(lib, Step(f"移动{what}到「{target}」", places))
    lib._after_write(t.id for t in moving)
    return [lib.get(t.id) for t in templates]


def tag_many(lib: Library, ids: Sequence[int], add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
    adding, removing = split_tags(add), set(split_tags(remove))
    with lib._write():
        changed = []
        for t in lib._many(ids):
            tags = tuple(dict.fromkeys([*(tag for tag in t.tags if tag not in removing), *adding]))
            if tags != t.tags:
                check_fields(t.title, t.body, t.shortcut, tags)
                changed.append((t, tags))
        columns = search_columns([(t.title, t.body, t.shortcut, tags) for t, tags in changed])
        lib.db.conn.executemany(
            "UPDATE templates SET tags = ?, search_text = ?, signature = ?, updated = ? WHERE id = ?",
            [
                (json.dumps(list(tags), ensure_ascii=False), cols.search_text, cols.signature, now_iso(), t.id)
                for (t, tags), cols in zip(changed, columns, strict=True)
            ],
        )
    lib._after_write(t.id for t, _ in changed)


def favorite_many(lib: Library, ids: Sequence[int], favorite: bool) -> None:
    with lib._write():
        templates = lib._many(ids)
        lib.db.conn.executemany(
            "UPDATE templates SET favorite = ? WHERE id = ?", [(int(favorite), t.id) for t in templates]
        )
    lib._after_write(t.id for t in templates)


def duplicate(lib: Library, ref: str | int) -> Template:
    with lib._write():
        original = lib.get(ref)
        position = lib._rows[original.id][POSITION]
        title = original.title[: MAX_TITLE - len(COPY_SUFFIX)] + COPY_SUFFIX
        after = [
            i for i, row in lib._rows.items() if row[CATEGORY] == original.category_id and row[POSITION] > position
        ]
        lib.db.execute(
            "UPDATE templates SET position = position + 1 WHERE category_id = ? AND position > ?",
            (original.category_id, position),
        )
        columns = search_columns([(title, original.body, None, original.tags)])[0]
        copy_id = lib._insert(
            original.category_id, title, original.body, None, original.tags, False, columns, {"position": position + 1}
        )
    lib._after_write([copy_id, *after])
    return lib.get(copy_id)


def add_from_text(lib: Library, text: str, category: str) -> Template:
    body = text.strip()
    if not body:
        raise InvalidInput("没有可以保存的文字：请先复制要保存成回复的内容，再新建。")
    return lib.add(category, body.splitlines()[0].strip()[:TITLE_FROM_TEXT], body)
