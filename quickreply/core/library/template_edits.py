"""Writing templates: add, edit, copy, and what a lead does to many at once (move, tag, favourite).

These are ``Library`` methods (it calls them); each is one ``change()``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from ..errors import InvalidInput, ShortcutClash
from ..folding import shortcut_key
from ..models import Template
from ..search.search_columns import search_columns, text_forms
from . import categories
from .change import list_json
from .field_limits import (
    MAX_TITLE,
    check_fields,
    check_phrasings,
    split_phrasings,
    split_tags,
    without_controls,
)
from .template_rows import now_iso
from .undo import Step, place_of

if TYPE_CHECKING:
    from .store import Library

COPY_SUFFIX = "（副本）"
#: Characters of the first line that become the title of a reply made from the clipboard.
TITLE_FROM_TEXT = 20


def check_shortcut(lib: Library, code: str | None, own_id: int | None) -> None:
    """``ShortcutClash`` naming the template that already uses ``code`` (a folded code), unless it is ``own_id``."""
    if not code:
        return
    other = lib.index.shortcuts.get(code)
    if other is not None and other != own_id and other in lib:
        taken = lib.get(other)
        raise ShortcutClash(
            f"快捷码「{code}」已被模板「{taken.title}」（{taken.category}，编号 {other}）使用，请换一个。"
        )


def add(
    lib: Library,
    category: str,
    title: str,
    body: str,
    shortcut: str | None = None,
    tags: str | Iterable[str] | None = None,
    favorite: bool = False,
    phrasings: str | Iterable[str] | None = None,
) -> Template:
    """Add a template (creating its category if needed) and return it."""
    tag_list = split_tags(tags)
    asked = split_phrasings(phrasings)
    code = shortcut_key(shortcut) if shortcut else None
    check_fields(title, body, shortcut, tag_list)
    check_phrasings(title, asked)
    check_shortcut(lib, code, None)
    columns = search_columns([(title, body, code, tag_list, asked)])[0]
    with lib.change() as change:
        category_id = change.ensure_category(category)
        template_id = change.insert_template(
            category_id, title, body, code, tag_list, columns, phrasings=asked, favorite=favorite
        )
    return lib.get(template_id)


def update(
    lib: Library,
    ref: str | int,
    *,
    title: str | None = None,
    body: str | None = None,
    shortcut: str | None = None,
    tags: str | Iterable[str] | None = None,
    category: str | None = None,
    favorite: bool | None = None,
    phrasings: str | Iterable[str] | None = None,
) -> Template:
    """Change some fields of a template. An empty ``shortcut`` ("") removes the code; ``phrasings`` are one per line
    or a list."""
    current = lib.get(ref)
    new_title = current.title if title is None else title
    new_body = current.body if body is None else body
    new_tags = current.tags if tags is None else split_tags(tags)
    new_phrasings = current.phrasings if phrasings is None else split_phrasings(phrasings)
    code = current.shortcut if shortcut is None else shortcut_key(shortcut) or None
    check_fields(new_title, new_body, shortcut, new_tags)
    check_phrasings(new_title, new_phrasings)
    check_shortcut(lib, code, current.id)
    columns = search_columns([(new_title, new_body, code, new_tags, new_phrasings)])[0]
    with lib.change() as change:
        values: dict[str, object] = {
            "title": new_title.strip(),
            "body": new_body,
            "shortcut": code,
            "tags": list_json(new_tags),
            "phrasings": list_json(new_phrasings),
            "category_id": change.ensure_category(category) if category is not None else current.category_id,
            "updated": now_iso(),
            **columns.as_row(),
        }
        if favorite is not None:
            values["favorite"] = int(favorite)
        change.update_template(current.id, values)
    return lib.get(current.id)


def add_many(lib: Library, items: Sequence[dict[str, Any]]) -> list[int]:
    """Add many templates in one transaction (the bundled library); all or, on the first bad item, none.

    Each item has ``category``, ``title``, ``body`` and optionally ``shortcut``, ``tags``, ``favorite``.
    """
    prepared = []
    codes: dict[str, str] = {}
    for number, item in enumerate(items, start=1):
        tags = split_tags(item.get("tags"))
        asked = split_phrasings(item.get("phrasings"))
        code = shortcut_key(item["shortcut"]) if item.get("shortcut") else None
        try:
            check_fields(item["title"], item["body"], code, tags)
            check_phrasings(item["title"], asked)
            check_shortcut(lib, code, None)
        except (InvalidInput, ShortcutClash) as exc:
            raise type(exc)(f"第 {number} 条（{without_controls(item['title'])[:20]}）：{exc}") from exc
        if code and code in codes:
            raise ShortcutClash(f"第 {number} 条（{item['title'][:20]}）：快捷码「{code}」与「{codes[code]}」重复。")
        if code:
            codes[code] = item["title"]
        prepared.append((item, code, tags, asked))
    columns = search_columns([(i["title"], i["body"], c, t, a) for i, c, t, a in prepared])
    ids = []
    with lib.change() as change:
        for (item, code, tags, asked), cols in zip(prepared, columns, strict=True):
            category_id = change.ensure_category(item["category"])
            favorite = bool(item.get("favorite"))
            ids.append(
                change.insert_template(
                    category_id, item["title"], item["body"], code, tags, cols, phrasings=asked, favorite=favorite
                )
            )
        change.library_order_changed()  # many new rows and categories: one load is cheaper than one by one
    if len(ids) >= 1000 and not lib.db.conn.in_transaction:
        # Fold a big write back into the main file now, so the next start does not read it from the WAL.
        lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return ids


def recompute_search_columns(db: Database) -> None:
    """Signatures or pinyin rules changed in this version: recompute every stored search column, and the pinyin of
    every category name. Call inside a write, before the library is first loaded (nothing in memory to keep in step
    yet)."""
    for category_id, name in db.execute("SELECT id, name FROM categories").fetchall():
        _, initials, pinyin = text_forms(name)
        db.execute(
            "UPDATE categories SET search_initials = ?, search_pinyin = ? WHERE id = ?", (initials, pinyin, category_id)
        )
    rows = db.execute("SELECT id, title, body, shortcut, tags, phrasings FROM templates").fetchall()
    columns = search_columns([(r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5])) for r in rows])
    for row, cols in zip(rows, columns, strict=True):
        values = cols.as_row()
        db.execute(
            f"UPDATE templates SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?", [*values.values(), row[0]]
        )


# --- many at once ------------------------------------------------------------------------------------------------


def target_path(lib: Library, category: str | int) -> str:
    """Where a move goes: a live category by id, or a path as typed (created by the move if needed)."""
    if isinstance(category, int):
        return lib.tree.find(category).path
    return "/".join(categories.parse_path(category))


def in_library_order(lib: Library, templates: Iterable[Template]) -> list[Template]:
    return sorted(templates, key=lambda t: (lib.tree.rank(t.category_id), t.position, t.id))


def move_templates(lib: Library, ids: Sequence[int], category: str | int) -> list[Template]:
    """Move templates to the end of a category (a path, created if needed, or a live category id). Undoable."""
    with lib.change() as change:
        templates = lib.get_many(ids)
        target = target_path(lib, category)
        category_id = change.ensure_category(target)
        moving = in_library_order(lib, (t for t in templates if t.category_id != category_id))
        change.append_to(category_id, [t.id for t in moving])
        if moving:
            what = f"「{moving[0].title}」" if len(moving) == 1 else f" {len(moving)} 条回复"
            change.undoable(Step(f"移动{what}到「{target}」", tuple(place_of(t) for t in moving)))
    return [lib.get(t.id) for t in templates]


def tag_many(lib: Library, ids: Sequence[int], add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
    """Add and remove tags on many templates at once."""
    adding, removing = split_tags(add), set(split_tags(remove))
    with lib.change() as change:
        changed = []
        for t in lib.get_many(ids):
            tags = tuple(dict.fromkeys([*(tag for tag in t.tags if tag not in removing), *adding]))
            if tags != t.tags:
                check_fields(t.title, t.body, None, tags)  # the code is not changed: a stored one is not judged again
                changed.append((t, tags))
        columns = search_columns([(t.title, t.body, t.shortcut, tags, t.phrasings) for t, tags in changed])
        change.update_templates(
            ("tags", "search_text", "signature", "meaning", "updated"),
            [
                (list_json(tags), cols.search_text, cols.signature, cols.meaning, now_iso(), t.id)
                for (t, tags), cols in zip(changed, columns, strict=True)
            ],
        )


def favorite_many(lib: Library, ids: Sequence[int], favorite: bool) -> None:
    """Favourite or un-favourite many templates at once."""
    with lib.change() as change:
        change.update_templates(("favorite",), [(int(favorite), t.id) for t in lib.get_many(ids)])


def duplicate(lib: Library, ref: str | int) -> Template:
    """A copy right after the original: title + "（副本）", no shortcut, not a favourite, never used."""
    with lib.change() as change:
        original = lib.get(ref)
        title = original.title[: MAX_TITLE - len(COPY_SUFFIX)] + COPY_SUFFIX
        change.make_room_after(original.category_id, original.position)
        columns = search_columns([(title, original.body, None, original.tags, original.phrasings)])[0]
        copy_id = change.insert_template(
            original.category_id,
            title,
            original.body,
            None,
            original.tags,
            columns,
            phrasings=original.phrasings,
            position=original.position + 1,
        )
    return lib.get(copy_id)


def add_from_text(lib: Library, text: str, category: str) -> Template:
    """A new template from copied text (新建自剪贴板): its first line, up to 20 characters, is the title."""
    body = text.strip()
    if not body:
        raise InvalidInput("没有可以保存的文字：请先复制要保存成回复的内容，再新建。")
    return lib.add(category, body.splitlines()[0].strip()[:TITLE_FROM_TEXT], body)
