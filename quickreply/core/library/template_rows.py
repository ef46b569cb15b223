"""How the store reads and writes rows: a template's columns in the order the index reads them, positions, times."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ..models import Template

# One row per template, as cheap to fetch as SQLite allows: first the eight columns that searchable.Record reads (the
# search text is stored as one string), then what a Template shows, then the signature.
(ID, CATEGORY, FAVORITE, FRECENCY, LAST_USED, POSITION, SHORTCUT_KEY, SEARCH, TITLE, BODY, TAGS, USE_COUNT,
 CREATED, UPDATED, PACK_ID, PACK_ITEM_ID, SIGNATURE) = range(17)  # fmt: skip
COLUMNS = (
    "t.id, t.category_id, t.favorite, t.frecency, t.last_used, t.position, t.shortcut_key, "
    "t.search_text, "
    "t.title, t.body, t.tags, t.use_count, t.created, t.updated, t.pack_id, t.pack_item_id, t.signature"
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
    )
