"""Search as the agent types: an in-memory index over precomputed text, pinyin and bit signatures.

Ranking, best first, by tier:

0. the query is exactly a template's shortcut code;
1. the first term starts the title (its text, initials, full pinyin) or the shortcut, and every term is in the title;
2. every term is in the title, its pinyin, or the shortcut;
3. every term is in the title, tags or category (text or pinyin);
4. every term is somewhere, the body included (body: text only).

Within a tier: frecency (uses with a half-life, see ``frecency``), then favourites, then library order.

How it stays fast: templates are held in "base order" (the ranking order within a tier at the time the index was
built), and every template has bit signatures computed when it was written (``signature``). A query turns each
term into bits, keeps the templates whose bits fit with a few numpy operations, and checks those exactly in base
order, stopping as soon as ``limit`` results are certain. Templates changed since the build (edited, added, used)
sit in a small overlay that is checked directly on every query.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

import numpy as np

from ..folding import terms
from . import signature as sig
from .matching import Query
from .records import CategoryForms, Record, rank_key

#: Overlay size past which the owner should rebuild the index (``SearchIndex.stale``).
OVERLAY_LIMIT = 256
#: Terms past this many are ignored: a pasted paragraph is not a query worth 2,000 AND-ed terms.
MAX_TERMS = 24


class SearchIndex:
    """Templates in base order with their signatures, plus an overlay of what changed since.

    Args:
        records: every template, already in base order (``rank_key``) — the store sorts them in SQL.
        signatures: their signatures, in the same order.
        categories: searchable names of every category.
        shortcuts: shortcut key → template id.
    """

    def __init__(
        self,
        records: Sequence[Record],
        signatures: Sequence[bytes],
        categories: Sequence[CategoryForms],
        shortcuts: dict[str, int],
    ):
        self._records = list(records)
        rows = [r.row for r in self._records]
        self._slot = dict(zip([row[0] for row in rows], range(len(rows)), strict=True))
        count = len(self._records)
        matrix = np.frombuffer(b"".join(signatures), dtype=np.uint8).reshape(count, sig.SIZE)
        # Transposed, so that one signature byte of every template is one contiguous row; regions are row ranges.
        transposed = np.ascontiguousarray(matrix.T)
        self._regions = {r.name: transposed[r.offset : r.offset + r.bits // 8] for r in sig.REGIONS}
        self._alive = np.ones(count, dtype=bool)
        # Favourites and used templates: all an empty query looks at (row columns 2 and 4, see Record).
        self._noted = [s for s, row in enumerate(rows) if row[2] or row[4]]
        self._category_of = np.array([row[1] for row in rows], dtype=np.int64)
        self._overlay: dict[int, Record] = {}
        self.categories = {c.id: c for c in categories}
        self.shortcuts = dict(shortcuts)

    @property
    def categories(self) -> dict[int, CategoryForms]:
        return self._categories

    @categories.setter
    def categories(self, value: dict[int, CategoryForms]) -> None:
        self._categories = value
        self._category_haystacks = [(c.haystack, c) for c in value.values()]

    # --- keeping up with edits ----------------------------------------------------------------------------------

    def put(self, record: Record) -> None:
        """A template was added, edited or used: check it directly from now on."""
        self.drop(record.id)
        self._overlay[record.id] = record

    def drop(self, template_id: int) -> None:
        """A template left the library (or moved to the overlay)."""
        self._overlay.pop(template_id, None)
        slot = self._slot.get(template_id)
        if slot is not None:
            self._alive[slot] = False

    @property
    def stale(self) -> bool:
        """True when the overlay has grown enough that a rebuild pays off."""
        return len(self._overlay) > OVERLAY_LIMIT

    def record(self, template_id: int) -> Record | None:
        if template_id in self._overlay:
            return self._overlay[template_id]
        slot = self._slot.get(template_id)
        if slot is None or not self._alive[slot]:
            return None
        return self._records[slot]

    def __len__(self) -> int:
        return int(self._alive.sum()) + len(self._overlay)

    # --- searching -----------------------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50, categories: frozenset[int] | None = None) -> list[tuple[Record, int]]:
        """Records matching ``query`` with their tier, best first.

        Args:
            query: anything the agent typed or pasted; never an error.
            limit: how many results at most.
            categories: when given, only templates in these category ids.
        """
        query_terms = terms(query)[:MAX_TERMS]
        if limit <= 0:
            return []
        if not query_terms:
            return self._empty(limit, categories)
        q = Query(query_terms, self._category_haystacks)

        found: dict[int, tuple[Record, int]] = {}
        if len(query_terms) == 1:
            exact = self.shortcuts.get(query_terms[0])
            record = self.record(exact) if exact is not None else None
            if record and (categories is None or record.category_id in categories):
                found[record.id] = (record, 0)
        for record in self._overlay.values():
            if record.id in found or (categories is not None and record.category_id not in categories):
                continue
            tier = q.tier_of(record)
            if tier is not None:
                found[record.id] = (record, tier)

        base: list[tuple[Record, int]] = []
        allowed = self._alive
        if categories is not None:
            allowed = allowed & np.isin(self._category_of, list(categories))
        for tier, mask in self._tier_masks(q, allowed):
            candidates = np.flatnonzero(mask)
            for start in range(0, len(candidates), 512):
                for slot in candidates[start : start + 512].tolist():
                    record = self._records[slot]
                    if record.id in found:
                        continue
                    if q.tier_of(record) == tier:
                        base.append((record, tier))
                        if len(base) >= limit:
                            break
                if len(base) >= limit:
                    break
            if len(base) >= limit:
                break
        hits = list(found.values()) + base
        hits.sort(key=lambda hit: (hit[1], rank_key(hit[0])))
        return hits[:limit]

    def _region_mask(self, texts: list[str], region: sig.Region, allowed: np.ndarray) -> np.ndarray:
        mask = allowed
        bytes_needed: dict[int, int] = {}
        for text in texts:
            bits = sig.prefix_bits(text) if region is sig.PREFIX else sig.term_bits(text, region)
            for bit in bits:
                bytes_needed[bit >> 3] = bytes_needed.get(bit >> 3, 0) | (1 << (bit & 7))
        rows = self._regions[region.name]
        for byte, need in bytes_needed.items():
            mask = mask & ((rows[byte] & np.uint8(need)) == need)
        return mask

    def _tier_masks(self, q: Query, allowed: np.ndarray) -> Iterable[tuple[int, np.ndarray]]:
        """Candidate masks for tiers 1–4, each a superset of the templates in that tier."""
        title = allowed
        for texts in q.filter_text:
            title = self._region_mask(texts, sig.TITLE, title)
        first = q.terms[0]
        prefix_text = [first[:1]] if q.kinds[0] == "mixed" else [first]
        yield 1, self._region_mask(prefix_text, sig.PREFIX, title)
        yield 2, title
        named = allowed
        anywhere = allowed
        cat_lookup = np.zeros(max(self.categories, default=0) + 1, dtype=bool)
        for texts, cats in zip(q.filter_text, q.category_hits, strict=True):
            by_title = self._region_mask(texts, sig.TITLE, allowed)
            by_tags = self._region_mask(texts, sig.META, allowed)
            cat_lookup[:] = False
            if cats:
                cat_lookup[list(cats)] = True
            by_category = cat_lookup[np.clip(self._category_of, 0, len(cat_lookup) - 1)]
            term_named = by_title | by_tags | by_category
            named = named & term_named
            anywhere = anywhere & (term_named | self._region_mask(texts, sig.BODY, allowed))
        yield 3, named
        yield 4, anywhere

    def _empty(self, limit: int, categories: frozenset[int] | None) -> list[tuple[Record, int]]:
        """No query: favourites, then the most recently used; inside a category, then the rest of it in order."""

        def wanted(record: Record) -> bool:
            return categories is None or record.category_id in categories

        noted = [self._records[s] for s in self._noted if self._alive[s]] + list(self._overlay.values())
        noted = [r for r in noted if wanted(r) and (r.favorite or r.last_used)]
        favorites = sorted((r for r in noted if r.favorite), key=rank_key)
        recent = sorted((r for r in noted if not r.favorite), key=lambda r: r.last_used, reverse=True)
        chosen = favorites + recent
        if categories is not None and len(chosen) < limit:
            seen = {r.id for r in chosen}
            slots = np.flatnonzero(self._alive & np.isin(self._category_of, list(categories))).tolist()
            rest = [self._records[s] for s in slots] + [r for r in self._overlay.values() if wanted(r)]
            chosen += heapq.nsmallest(limit - len(chosen), (r for r in rest if r.id not in seen), key=lambda r: r.order)
        return [(r, 4) for r in chosen[:limit]]

    def _all(self) -> Iterable[Record]:
        for slot in np.flatnonzero(self._alive).tolist():
            yield self._records[slot]
        yield from self._overlay.values()
