"""How the store reads template rows: the columns in the order the index reads them, positions, times, and the reads
that packs need (which templates came from a pack; the rows a fingerprint digests)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ..models import Template

# One row per template, as cheap to fetch as SQLite allows: first the eight columns that records.Record reads (the
# search text is stored as one string), then what a Template shows, the signature, and the buyer phrasings.
(ID, CATEGORY, FAVORITE, FRECENCY, LAST_USED, POSITION, SHORTCUT_KEY, SEARCH, TITLE, BODY, TAGS, USE_COUNT,
 CREATED, UPDATED, PACK_ID, PACK_ITEM_ID, SIGNATURE, PHRASINGS) = range(18)  # fmt: skip
COLUMNS = (
    "t.id, t.category_id, t.favorite, t.frecency, t.last_used, t.position, t.shortcut_key, "
    "t.search_text, "
    "t.title, t.body, t.tags, t.use_count, t.created, t.updated, t.pack_id, t.pack_item_id, t.signature, t.phrasings"
)
SELECT = f"SELECT {COLUMNS} FROM templates t "


def next_position(db: Database, category_id: int) -> int:
    """The position after the last template of a category (trashed ones included, so a restore never collides)."""
    return int(
        db.execute(
            "SELECT ifnull(max(position), -1) + 1 FROM templates WHERE category_id = ?", (category_id,)
        ).fetchone()[0]
    )


def now_iso() -> str:
    """Local time with its offset, to the second: what an agent reads as "when"."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def deletion_stamp() -> str:
    """``now_iso`` to the microsecond: the trash lists what went last first, even within one second."""
    return datetime.now().astimezone().isoformat(timespec="microseconds")


def template_of(row: Sequence[Any], category: str) -> Template:
    """The template a row holds; ``category`` is the path of its category."""
    return Template(
        id=row[ID],
        category_id=row[CATEGORY],
        category=category,
        title=row[TITLE],
        body=row[BODY],
        shortcut=row[SHORTCUT_KEY],
        tags=tuple(json.loads(row[TAGS])),
        favorite=bool(row[FAVORITE]),
        use_count=row[USE_COUNT],
        last_used=row[LAST_USED],
        created=row[CREATED],
        updated=row[UPDATED],
        pack_id=row[PACK_ID],
        pack_item_id=row[PACK_ITEM_ID],
        position=row[POSITION],
        phrasings=tuple(json.loads(row[PHRASINGS])),
    )


def pack_members(db: Database, pack_id: str | None = None) -> list[tuple[int, str, str, str, bool]]:
    """``(template id, pack id, item id, hash of the words delivered, in the trash)`` of the templates that came from a
    pack: of ``pack_id``, trashed ones too; or of every pack, live ones only."""
    where, args = ("pack_id = ?", [pack_id]) if pack_id else ("pack_id IS NOT NULL AND deleted_at IS NULL", [])
    rows = db.execute(
        f"SELECT id, pack_id, pack_item_id, ifnull(pack_hash, ''), deleted_at IS NOT NULL FROM templates "
        f"WHERE {where} ORDER BY id",
        args,
    ).fetchall()
    return [(int(i), str(p), str(item), str(h), bool(trashed)) for i, p, item, h, trashed in rows]


def adopted_members(db: Database, pack_id: str) -> set[int]:
    """The templates of a pack that were the agent's before the pack took them in (``Change.join_pack``)."""
    rows = db.execute("SELECT id FROM templates WHERE pack_id = ? AND pack_adopted = 1", (pack_id,))
    return {int(row[0]) for row in rows}


def content_tables(db: Database) -> Iterator[Iterable[tuple[Any, ...]]]:
    """The template rows, then the category rows, as stored (trash included) in a fixed order: what a fingerprint of
    the library digests to tell whether it changed."""
    yield db.execute(
        "SELECT id, category_id, title, body, shortcut_key, tags, position, deleted_at, pack_id, pack_item_id, "
        "pack_hash FROM templates ORDER BY id"
    )
    yield db.execute("SELECT id, parent_id, name, position, deleted_at FROM categories ORDER BY id")
