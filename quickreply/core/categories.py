"""Categories: a two-level tree (``售后/退款时效``) in the lead's order, with searchable names."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlite_utils import Database

from .errors import InvalidInput, NotFound
from .forms import text_forms
from .matching import own_name_matches
from .models import Category
from .searchable import CategoryForms, CategoryRank
from .text import fold

MAX_NAME = 40
#: Where templates of an unknown category sort: last.
NO_RANK: CategoryRank = (1 << 62, 0, 0, 0)


def parse_path(path: str) -> list[str]:
    """The names along a path the way people write it (``售后/退款``); one or two levels."""
    parts = [p.strip() for p in str(path).strip().strip("/").split("/")]
    if not path or not all(parts):
        raise InvalidInput(f"分类「{path}」无效：请写成「一级」或「一级/二级」，例如 售后/退款。")
    if len(parts) > 2:
        raise InvalidInput(f"分类「{path}」有 {len(parts)} 级，快捷回复的分类最多两级，例如 售后/退款。")
    for part in parts:
        if len(part) > MAX_NAME:
            raise InvalidInput(f"分类名「{part[:20]}…」太长，最多 {MAX_NAME} 个字。")
    return parts


def ensure(db: Database, path: str) -> tuple[int, bool]:
    """Id of the category at ``path`` and whether it had to be created (with its parent). Call inside a write."""
    parent_id: int | None = None
    created = False
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    for name in parse_path(path):
        row = db.execute(
            "SELECT id FROM categories WHERE ifnull(parent_id, 0) = ? AND name = ?", (parent_id or 0, name)
        ).fetchone()
        if row:
            parent_id = row[0]
            continue
        position = db.execute(
            "SELECT ifnull(max(position), -1) + 1 FROM categories WHERE ifnull(parent_id, 0) = ?", (parent_id or 0,)
        ).fetchone()[0]
        _, initials, pinyin = text_forms(name)
        cursor = db.execute(
            "INSERT INTO categories (parent_id, name, position, search_initials, search_pinyin, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (parent_id, name, position, initials, pinyin, stamp, stamp),
        )
        parent_id = cursor.lastrowid
        created = True
    assert parent_id is not None
    return parent_id, created


class CategoryTree:
    """Every category of a library, as loaded from it."""

    def __init__(self, db: Database):
        rows = db.execute(
            "SELECT id, name, parent_id, position, search_initials, search_pinyin FROM categories ORDER BY position, id"
        ).fetchall()
        names = {r[0]: r[1] for r in rows}
        self._by_id = {r[0]: Category(r[0], r[1], r[2], r[3], f"{names[r[2]]}/{r[1]}" if r[2] else r[1]) for r in rows}
        self._pinyin = {r[0]: (fold(r[1]), r[4], r[5]) for r in rows}
        self.ranks: dict[int, CategoryRank] = {}
        for cat in self._by_id.values():
            parent = self._by_id.get(cat.parent_id) if cat.parent_id else None
            self.ranks[cat.id] = (
                (parent.position, parent.id, cat.position, cat.id) if parent else (cat.position, cat.id, -1, 0)
            )

    def rank(self, category_id: int) -> CategoryRank:
        """Where the category stands in library order (see ``searchable.CategoryRank``)."""
        return self.ranks.get(category_id, NO_RANK)

    def path(self, category_id: int) -> str:
        return self._by_id[category_id].path

    def ordered(self, counts: dict[int, int] | None = None) -> list[Category]:
        """Each top-level category followed by its children, in the lead's order, with template counts if given."""
        out = sorted(self._by_id.values(), key=lambda c: self.ranks[c.id])
        return [replace(c, count=counts.get(c.id, 0)) for c in out] if counts is not None else out

    def find(self, ref: str | int) -> Category:
        """A category by id or by path (``售后/退款时效``, or just ``售后``); case and width do not matter."""
        if isinstance(ref, int) or str(ref).isdigit():
            found = self._by_id.get(int(ref))
            if found:
                return found
        wanted = fold("/".join(part.strip() for part in str(ref).strip().strip("/").split("/")))
        for cat in self._by_id.values():
            if fold(cat.path) == wanted:
                return cat
        known = "、".join(c.path for c in self.ordered() if c.parent_id is None)
        raise NotFound(f"没有分类「{ref}」。现有的一级分类：{known}。可用 quickreply categories 查看全部。")

    def ids_under(self, ref: str | int) -> frozenset[int]:
        """The category and its children: what "in this category" means for a top-level one."""
        cat = self.find(ref)
        return frozenset([cat.id] + [c.id for c in self._by_id.values() if c.parent_id == cat.id])

    def named(self, words: str) -> frozenset[int]:
        """Categories (with their children) that ``@words`` in a query means: a name or path, its start, or its pinyin.

        ``@售后``, ``@退款``, ``@sh`` and ``@shouhou`` all work; nothing matching gives an empty set.
        """
        wanted = fold(words)
        if not wanted:
            return frozenset()
        cats = list(self._by_id.values())
        chosen = [c for c in cats if wanted in (fold(c.name), fold(c.path))]
        chosen = chosen or [c for c in cats if fold(c.name).startswith(wanted)]
        if not chosen:
            forms = {f.id: f for f in self.search_forms()}
            chosen = [c for c in cats if own_name_matches(wanted, forms[c.id])]
        ids = {c.id for c in chosen}
        ids |= {c.id for c in cats if c.parent_id in ids}
        return frozenset(ids)

    def search_forms(self) -> list[CategoryForms]:
        """Each category's searchable names: its own and its parent's."""
        out = []
        for cat in self._by_id.values():
            forms = [self._pinyin[cat.id]]
            if cat.parent_id:
                forms.append(self._pinyin[cat.parent_id])
            out.append(CategoryForms(cat.id, *(tuple(f[i] for f in forms) for i in range(3))))
        return out
