"""The one way to write to the library: ``with library.change() as change: …``.

A ``Change`` is one transaction. Everything that writes templates goes through its methods, and each method notes
what it touched; when the block ends the transaction commits, and the library brings its memory — rows, counts per
category, the category tree, the search index — in line with exactly what the change says it touched. If the block
raises, the transaction is rolled back and memory is left as it was, so there is no protocol for a writer to forget.

SQL on the ``templates`` table lives here and in the rest of ``core.library``; nowhere else.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, cast

from sqlite_utils import Database

from ..errors import ShortcutClash
from ..search.search_columns import search_columns
from . import categories
from .template_rows import next_position, now_iso

if TYPE_CHECKING:
    from ..search.search_columns import SearchColumns
    from .undo import Step

#: The columns a template's words and search forms fill, in the order ``TemplateRow.values`` holds them.
WRITTEN: Final = (
    "title", "body", "shortcut", "tags", "phrasings", "updated", "shortcut_key", "search_text", "signature", "meaning"
)  # fmt: skip
#: The columns that tie a template to the pack that delivered it: pack id, item id, version, hash of the words.
PACK: Final = ("pack_id", "pack_item_id", "pack_version", "pack_hash")
#: 1 on a template the agent had before a pack took it in (same words, or overwritten at the agent's choice).
ADOPTED: Final = "pack_adopted"
_NO_PACK: Final = (None, None, None, None)
#: The columns a template's search columns are computed from.
_WORDS_ORDER: Final = ("title", "body", "shortcut", "tags", "phrasings")
_WORDS: Final = frozenset(_WORDS_ORDER)
_INSERT: Final = (
    f"INSERT INTO templates (category_id, position, created, {', '.join(WRITTEN + PACK)}) "
    f"VALUES ({', '.join('?' * (3 + len(WRITTEN) + len(PACK)))})"
)

PackFields = tuple[str, str, str, str]


@dataclass(frozen=True)
class TemplateRow:
    """A template ready to be written in bulk (an import): its category, the ``WRITTEN`` values, its pack fields."""

    category_id: int
    values: tuple[object, ...]
    pack: PackFields | None = None


def list_json(texts: Sequence[str]) -> str:
    """Tags or phrasings as stored: a JSON list."""
    return json.dumps(list(texts), ensure_ascii=False)


class Change:
    """One write to the library, open inside ``with library.change() as change``.

    Attributes:
        db: the database, for writes to tables other than templates (settings, couriers, packs) in the same
            transaction.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.touched: dict[int, None] = {}  # templates written, in order
        self.tree_changed = False  # a category was created, renamed, deleted or revived
        self.order_changed = False  # every template's place in library order may have moved: reload it all
        self.too_many = False  # too many rows to apply one by one: memory is dropped and loaded on the next read
        self.learned: set[int | None] = set()  # templates whose learned phrasings changed (None: all)
        self.steps: list[Step] = []

    # --- what the change says it did ---------------------------------------------------------------------------

    def touch(self, template_ids: Iterable[int]) -> None:
        """Note templates this change wrote (their rows are read again after the commit)."""
        self.touched.update(dict.fromkeys(template_ids))

    def categories_changed(self) -> None:
        """Note that categories were renamed, deleted or brought back (names and counts change)."""
        self.tree_changed = True

    def library_order_changed(self) -> None:
        """Note that the order of categories changed: every template's place in the search's ties may move."""
        self.order_changed = True

    def many_changed(self) -> None:
        """Note a write too large to apply row by row (an import): memory is loaded again on the next read."""
        self.too_many = True

    def learned_changed(self, template_id: int | None) -> None:
        """Note that the learned phrasings of a template (None: of all) changed."""
        self.learned.add(template_id)

    def undoable(self, step: Step) -> None:
        """Offer ``step`` to undo, once the change commits."""
        self.steps.append(step)

    # --- categories ---------------------------------------------------------------------------------------------

    def ensure_category(self, path: str) -> int:
        """The id of the live category at ``path``, created (with its parent) if needed."""
        category_id, created = categories.ensure(self.db, path)
        self.tree_changed = self.tree_changed or created
        return category_id

    # --- templates ----------------------------------------------------------------------------------------------

    def insert_template(
        self,
        category_id: int,
        title: str,
        body: str,
        code: str | None,
        tags: Sequence[str],
        columns: SearchColumns,
        *,
        phrasings: Sequence[str] = (),
        favorite: bool = False,
        position: int | None = None,
    ) -> int:
        """Add one template (at the end of its category unless ``position`` is given); its id."""
        stamp = now_iso()
        row: dict[str, object] = {
            "category_id": category_id,
            "title": title.strip(),
            "body": body,
            "shortcut": code,
            "tags": list_json(tags),
            "phrasings": list_json(phrasings),
            "favorite": int(favorite),
            "position": next_position(self.db, category_id) if position is None else position,
            "created": stamp,
            "updated": stamp,
            **columns.as_row(),
        }
        try:
            cursor = self.db.execute(
                f"INSERT INTO templates ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
            )
        except sqlite3.IntegrityError as exc:
            if "shortcut" in str(exc):
                raise ShortcutClash(f"快捷码「{code}」已被另一个模板使用，请换一个。") from exc
            raise
        assert cursor.lastrowid is not None
        self.touch([cursor.lastrowid])
        return cursor.lastrowid

    def insert_templates(self, rows: Iterable[TemplateRow], created: str) -> None:
        """Add many templates at once, each at the end of its category, in the order given (an import).

        The ids are not needed: a bulk write is followed by ``many_changed``.
        """
        positions: dict[int, int] = {}  # the next free position of each category written to
        values = []
        for row in rows:
            if row.category_id not in positions:
                positions[row.category_id] = next_position(self.db, row.category_id)
            values.append((row.category_id, positions[row.category_id], created, *row.values, *(row.pack or _NO_PACK)))
            positions[row.category_id] += 1
        self.db.conn.executemany(_INSERT, values)

    def update_template(self, template_id: int, values: Mapping[str, object], *, now_in: int | None = None) -> None:
        """Set columns of one template. A move to another category without a ``position`` goes to its end; new
        words without their search columns get them computed, so search never sees stale words.

        ``now_in`` is the category the template is in now, when the caller knows it (saves a read per template).
        """
        values = dict(values)
        if _WORDS.intersection(values) and "search_text" not in values:
            values.update(self._search_columns(template_id, values))
        category_id = values.get("category_id")
        if isinstance(category_id, int) and "position" not in values:
            if now_in is None:
                row = self.db.execute("SELECT category_id FROM templates WHERE id = ?", (template_id,)).fetchone()
                now_in = category_id if row is None else int(row[0])
            if now_in != category_id:
                values["position"] = next_position(self.db, category_id)
        self.db.execute(
            f"UPDATE templates SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
            [*values.values(), template_id],
        )
        self.touch([template_id])

    def _search_columns(self, template_id: int, values: Mapping[str, object]) -> dict[str, object]:
        query = "SELECT title, body, shortcut, tags, phrasings FROM templates WHERE id = ?"
        row = self.db.execute(query, (template_id,)).fetchone()
        if row is None:
            return {}
        title, body, code, tags, phrasings = (
            values.get(k, current) for k, current in zip(_WORDS_ORDER, row, strict=True)
        )
        # tags and phrasings as stored: JSON lists
        words = (str(title), str(body), None if code is None else str(code), json.loads(str(tags)),
                 json.loads(str(phrasings)))  # fmt: skip
        return search_columns([words])[0].as_row()

    def update_templates(self, columns: Sequence[str], rows: Sequence[tuple[object, ...]]) -> None:
        """Set the same ``columns`` of many templates: each row holds their values, then the template's id."""
        self.db.conn.executemany(f"UPDATE templates SET {', '.join(f'{k} = ?' for k in columns)} WHERE id = ?", rows)
        self.touch(cast(int, row[-1]) for row in rows)

    def make_room_after(self, category_id: int, position: int) -> None:
        """Move the templates after ``position`` in a category one place down (a copy goes in between)."""
        after = self.db.execute(
            "SELECT id FROM templates WHERE category_id = ? AND position > ? AND deleted_at IS NULL",
            (category_id, position),
        ).fetchall()
        self.db.execute(
            "UPDATE templates SET position = position + 1 WHERE category_id = ? AND position > ?",
            (category_id, position),
        )
        self.touch(row[0] for row in after)

    def append_to(self, category_id: int, template_ids: Sequence[int]) -> None:
        """Put templates at the end of a category, keeping their order."""
        start = next_position(self.db, category_id)
        self.update_templates(
            ("category_id", "position"), [(category_id, start + n, i) for n, i in enumerate(template_ids)]
        )

    def to_trash(self, template_ids: Sequence[int], stamp: str) -> None:
        """Move templates to the trash (they keep everything, ``deleted_at`` set)."""
        self.update_templates(("deleted_at",), [(stamp, i) for i in template_ids])

    def delete_forever(self, template_ids: Sequence[int]) -> None:
        self.db.conn.executemany("DELETE FROM templates WHERE id = ?", [(i,) for i in template_ids])
        self.touch(template_ids)

    def free_shortcuts(self, template_ids: Sequence[int]) -> None:
        """Take the codes off templates (codes that move between templates within one write are freed first, so
        the unique index never sees two)."""
        self.update_templates(("shortcut", "shortcut_key"), [(None, None, i) for i in template_ids])

    # --- packs --------------------------------------------------------------------------------------------------

    def join_pack(self, template_id: int, pack: PackFields) -> None:
        """Take one of the agent's templates into a pack: a later version of the pack updates it, and uninstalling
        the pack leaves it the agent's (``ADOPTED``)."""
        self.update_template(template_id, {**dict(zip(PACK, pack, strict=True)), ADOPTED: 1})

    def leave_pack(self, template_ids: Sequence[int]) -> None:
        """Make templates the agent's own: no pack update touches them again."""
        self.update_templates((*PACK, ADOPTED), [(*_NO_PACK, None, i) for i in template_ids])

    def leave_pack_entirely(self, pack_id: str) -> None:
        """Every template of a pack, live or in the trash, becomes the agent's (the pack is uninstalled)."""
        ids = [row[0] for row in self.db.execute("SELECT id FROM templates WHERE pack_id = ?", (pack_id,))]
        self.leave_pack(ids)

    def set_pack_version(self, pack_id: str, version: str) -> None:
        """Every live template of a pack is now of ``version``."""
        self.db.execute(
            "UPDATE templates SET pack_version = ? WHERE pack_id = ? AND deleted_at IS NULL", (version, pack_id)
        )
