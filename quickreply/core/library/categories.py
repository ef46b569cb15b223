"""Categories: a two-level tree (``售后/退款时效``) in the lead's order, with searchable names."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

from sqlite_utils import Database

from ..errors import InvalidInput, NotFound
from ..folding import fold
from ..models import Category
from ..search.matching import own_name_matches
from ..search.records import CategoryForms, CategoryRank
from ..search.search_columns import text_forms
from .field_limits import check_text, without_controls
from .template_rows import now_iso

MAX_NAME = 40
#: Where templates of an unknown category sort: last.
NO_RANK: CategoryRank = (1 << 62, 0, 0, 0)


def parse_path(path: str) -> list[str]:
    """The names along a path the way people write it (``售后/退款``); one or two levels."""
    return list(_parse_path(path))


@lru_cache(maxsize=4096)  # an import parses the same few thousand paths for every one of its rows
def _parse_path(path: str) -> tuple[str, ...]:
    parts = [p.strip() for p in str(path).strip().strip("/").split("/")]
    if not path or not all(parts):
        raise InvalidInput(f"分类「{path}」无效：请写成「一级」或「一级/二级」，例如 售后/退款。")
    if len(parts) > 2:
        raise InvalidInput(f"分类「{path}」有 {len(parts)} 级，快捷回复的分类最多两级，例如 售后/退款。")
    for part in parts:
        check_text(f"分类「{without_controls(part)[:20]}」的名字", part)
        if len(part) > MAX_NAME:
            raise InvalidInput(f"分类名「{part[:20]}…」太长，最多 {MAX_NAME} 个字。")
    return tuple(parts)


def check_name(name: str) -> str:
    """A category name as typed for a rename, trimmed; ``InvalidInput`` says what is wrong with it."""
    name = name.strip()
    if not name:
        raise InvalidInput("分类名不能为空：请给分类起个名字，例如 退款。")
    check_text("分类名", name)
    if "/" in name:
        raise InvalidInput(f"分类名「{name}」里不能有 /：/ 用来分开一级和二级分类。")
    if len(name) > MAX_NAME:
        raise InvalidInput(f"分类名「{name[:20]}…」太长，最多 {MAX_NAME} 个字。")
    return name


def _live_child(db: Database, parent_id: int | None, name: str) -> int | None:
    row = db.execute(
        "SELECT id FROM categories WHERE ifnull(parent_id, 0) = ? AND name = ? AND deleted_at IS NULL",
        (parent_id or 0, name),
    ).fetchone()
    return int(row[0]) if row else None


def ensure(db: Database, path: str) -> tuple[int, bool]:
    """Id of the category at ``path`` and whether it had to be created (with its parent). Call inside a write."""
    parent_id: int | None = None
    created = False
    for name in parse_path(path):
        found = _live_child(db, parent_id, name)
        if found is not None:
            parent_id = found
            continue
        position = db.execute(
            "SELECT ifnull(max(position), -1) + 1 FROM categories WHERE ifnull(parent_id, 0) = ?", (parent_id or 0,)
        ).fetchone()[0]
        parent_id = _create(db, parent_id, name, position)
        created = True
    assert parent_id is not None
    return parent_id, created


def _create(db: Database, parent_id: int | None, name: str, position: int) -> int:
    _, initials, pinyin = text_forms(name)
    stamp = now_iso()
    cursor = db.execute(
        "INSERT INTO categories (parent_id, name, position, search_initials, search_pinyin, created, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (parent_id, name, position, initials, pinyin, stamp, stamp),
    )
    return int(cursor.lastrowid or 0)


class Paths:
    """``ensure`` for a write that touches thousands of paths (an import): the live categories are read once.

    Create it inside the write that uses it.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        rows = db.execute("SELECT id, parent_id, name FROM categories WHERE deleted_at IS NULL")
        live: dict[int, tuple[int | None, str]] = {row[0]: (row[1], row[2]) for row in rows}
        self.ids: dict[str, int] = {path: i for i in live if (path := _path_of(live, i)) is not None}
        self.next_position = {
            int(parent): int(position)
            for parent, position in db.execute(
                "SELECT ifnull(parent_id, 0), max(position) + 1 FROM categories GROUP BY ifnull(parent_id, 0)"
            )
        }

    def ensure(self, path: str) -> int:
        found = self.ids.get(path)
        if found is not None:
            return found
        parts = parse_path(path)
        parent_id: int | None = None
        for n, name in enumerate(parts, start=1):
            prefix = "/".join(parts[:n])
            found = self.ids.get(prefix)
            if found is None:
                position = self.next_position.get(parent_id or 0, 0)
                self.next_position[parent_id or 0] = position + 1
                found = self.ids[prefix] = _create(self.db, parent_id, name, position)
            parent_id = found
        assert parent_id is not None
        self.ids[path] = parent_id
        return parent_id


def _path_of(live: dict[int, tuple[int | None, str]], category_id: int) -> str | None:
    parent_id, name = live[category_id]
    if parent_id is None:
        return name
    parent = live.get(parent_id)
    return f"{parent[1]}/{name}" if parent is not None and parent[0] is None else None


def rename(db: Database, category_id: int, name: str) -> None:
    """Give a category a new name, and the pinyin that search matches it by. Call inside a write."""
    _, initials, pinyin = text_forms(name)
    db.execute(
        "UPDATE categories SET name = ?, search_initials = ?, search_pinyin = ?, updated = ? WHERE id = ?",
        (name, initials, pinyin, now_iso(), category_id),
    )


def mark_deleted(db: Database, category_ids: Iterable[int], stamp: str) -> None:
    """Hide categories. Their rows stay while the trash holds their templates (see ``revive``). Call inside a write."""
    db.conn.executemany("UPDATE categories SET deleted_at = ? WHERE id = ?", [(stamp, i) for i in category_ids])


def set_positions(db: Database, positions: Iterable[tuple[int, int]]) -> None:
    """Store ``(category id, position)`` pairs. Call inside a write."""
    db.conn.executemany("UPDATE categories SET position = ? WHERE id = ?", [(p, i) for i, p in positions])


def revive(db: Database, category_id: int, path: str) -> int:
    """A live category for one that may have been deleted since (restore from the trash, undo). Call inside a write.

    The category itself, back under its name in its old place (its parent too, if needed); or, when another
    category has taken its path in the meantime or its row is gone, the one at ``path``, created if needed.
    """
    row = db.execute("SELECT parent_id, name, deleted_at FROM categories WHERE id = ?", (category_id,)).fetchone()
    if row is None:
        return ensure(db, path)[0]
    parent_id, name, deleted_at = row
    if deleted_at is None:
        return category_id
    if parent_id is not None and revive(db, parent_id, parse_path(path)[0]) != parent_id:
        return ensure(db, path)[0]
    taken = _live_child(db, parent_id, name)
    if taken is not None:
        return taken
    db.execute("UPDATE categories SET deleted_at = NULL, updated = ? WHERE id = ?", (now_iso(), category_id))
    return category_id


def forget_deleted(db: Database, before: datetime) -> int:
    """Drop the rows of categories deleted before ``before`` that nothing refers to any more. Call inside a write."""
    unused = (
        "SELECT id, deleted_at FROM categories c WHERE deleted_at IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM templates t WHERE t.category_id = c.id) "
        "AND NOT EXISTS (SELECT 1 FROM categories k WHERE k.parent_id = c.id) "
    )
    dropped = 0
    for level in ("parent_id IS NOT NULL", "parent_id IS NULL"):  # children first: a parent waits for its children
        old = [i for i, when in db.execute(unused + "AND " + level).fetchall() if is_before(when, before)]
        db.conn.executemany("DELETE FROM categories WHERE id = ?", [(i,) for i in old])
        dropped += len(old)
    return dropped


def is_before(stamp: str, moment: datetime) -> bool:
    """Whether a stored time (ISO, local with offset) is at or before ``moment``; an unreadable one never is."""
    try:
        return datetime.fromisoformat(stamp).astimezone() <= moment
    except ValueError:
        return False


class CategoryTree:
    """Every category of a library, as loaded from it."""

    def __init__(self, db: Database):
        rows = db.execute(
            "SELECT id, name, parent_id, position, search_initials, search_pinyin, deleted_at FROM categories "
            "ORDER BY position, id"
        ).fetchall()
        names = {r[0]: r[1] for r in rows}
        paths = {r[0]: f"{names[r[2]]}/{r[1]}" if r[2] else r[1] for r in rows}
        # Deleted categories are kept only for the path of what the trash still holds from them.
        self._deleted = {r[0]: paths[r[0]] for r in rows if r[6] is not None}
        rows = [r for r in rows if r[6] is None]
        self._by_id = {r[0]: Category(r[0], r[1], r[2], r[3], paths[r[0]]) for r in rows}
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
        """The category's path; for a deleted one, the path it had."""
        found = self._by_id.get(category_id)
        return found.path if found else self._deleted[category_id]

    def children(self, parent_id: int | None) -> list[Category]:
        """The top-level categories (``None``) or the children of one, in order."""
        return [c for c in self.ordered() if c.parent_id == parent_id]

    def at(self, path: str) -> Category | None:
        """The category at ``path`` (case and width do not matter), if there is one."""
        wanted = fold("/".join(part.strip() for part in str(path).strip().strip("/").split("/")))
        return next((c for c in self._by_id.values() if fold(c.path) == wanted), None)

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
        found = self.at(str(ref))
        if found:
            return found
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
