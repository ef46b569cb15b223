"""What a library keeps in memory: the category tree, every live template's row, counts per category, and the
search index over them — loaded once, then kept in step with each committed change."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

from .. import gc_pause
from ..search.index import SearchIndex
from ..search.records import Record, base_order_key
from .buyer_search import BuyerSearch
from .categories import CategoryTree
from .template_rows import CATEGORY, FAVORITE, FRECENCY, ID, POSITION, SELECT, SHORTCUT_KEY, SIGNATURE


class Memory:
    """The library as the search and the reads see it, without a query."""

    def __init__(self, db: Database) -> None:
        # Loading creates a million small objects; the cyclic GC would walk all of them again and again, and later
        # during keystrokes. None of them form cycles, so pause it and then move them out of its way (freeze).
        with gc_pause.paused():
            self.tree = CategoryTree(db)
            rows = _in_base_order(self.tree, db.execute(SELECT + "WHERE t.deleted_at IS NULL").fetchall())
            records = [Record(row, self.tree.rank(row[CATEGORY])) for row in rows]
            shortcuts = {row[SHORTCUT_KEY]: row[ID] for row in rows if row[SHORTCUT_KEY]}
            self.rows: dict[int, tuple[Any, ...]] = {row[ID]: row for row in rows}
            self.counts: Counter[int] = Counter(row[CATEGORY] for row in rows)
            self.index = SearchIndex(records, [row[SIGNATURE] for row in rows], self.tree.search_forms(), shortcuts)
        #: The meaning search, built from the stored weights at the first buyer message (not on open).
        self.buyer = BuyerSearch(db, self.rows)
        gc.freeze()

    def categories_changed(self, db: Database) -> None:
        """Category names and the set of categories changed; nothing else moves (see ``CategoryRank``)."""
        self.tree = CategoryTree(db)
        self.index.categories = {c.id: c for c in self.tree.search_forms()}

    def refresh(self, db: Database, template_ids: Iterable[int]) -> bool:
        """Re-read changed templates after a commit and hand them to the index. False when the index has grown
        stale from many changes and the whole memory should be loaded again."""
        ids = list(template_ids)
        self.buyer.changed(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = db.execute(SELECT + f"WHERE t.id IN ({marks}) AND t.deleted_at IS NULL", chunk).fetchall()
            for row in rows:
                self._forget(row[ID])
                self.rows[row[ID]] = row
                self.counts[row[CATEGORY]] += 1
                self.index.put(Record(row, self.tree.rank(row[CATEGORY])))
                if row[SHORTCUT_KEY]:
                    self.index.shortcuts[row[SHORTCUT_KEY]] = row[ID]
            for gone in set(chunk) - {row[ID] for row in rows}:
                self._forget(gone)
                self.index.drop(gone)
        return not self.index.stale

    def _forget(self, template_id: int) -> None:
        old = self.rows.pop(template_id, None)
        if old is None:
            return
        self.counts[old[CATEGORY]] -= 1
        if old[SHORTCUT_KEY] and self.index.shortcuts.get(old[SHORTCUT_KEY]) == template_id:
            del self.index.shortcuts[old[SHORTCUT_KEY]]


def _in_base_order(tree: CategoryTree, rows: list[tuple[Any, ...]]) -> Sequence[tuple[Any, ...]]:
    """Rows in the search index's base order (``core.search.records.base_order_key``).

    Used or favourite templates are few and sorted by the full key; all the others tie on frecency and favourite,
    so library order alone decides, packed into one integer that sorts at C speed.
    """
    rank = tree.ranks
    noted = [row for row in rows if row[FRECENCY] is not None or row[FAVORITE]]
    noted.sort(key=lambda row: base_order_key(row, tree.rank(row[CATEGORY])))
    place = {cat: n for n, cat in enumerate(sorted(rank, key=rank.__getitem__))}
    last = len(place)
    rest = [row for row in rows if row[FRECENCY] is None and not row[FAVORITE]]
    rest.sort(key=lambda row: (place.get(row[CATEGORY], last) << 80) | (row[POSITION] << 40) | row[ID])
    return noted + rest
