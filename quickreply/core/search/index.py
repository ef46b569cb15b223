"""Search as the agent types: an in-memory index over precomputed text, pinyin and bit signatures.

Ranking, best first: first by how the terms matched (``matching``: as typed; initials mixed with syllables; another
reading of a polyphone; a fuzzy sound, when switched on; one typo), and within each by tier:

0. the query is exactly a template's shortcut code;
1. the first term starts the title (its text, initials, full pinyin) or the shortcut, and every term is in the title;
2. every term is in the title, its pinyin, or the shortcut;
3. every term is in the title, tags or category (text or pinyin);
4. every term is somewhere, the body and the buyer phrasings included (text only).

Within a tier: frecency (uses with a half-life, see ``frecency``), then favourites, then library order.

How it stays fast: templates are held in "base order" (the ranking order within a tier at the time the index was
built), and every template has bit signatures computed when it was written (``signature``). A query turns each
term into bits, keeps the templates whose bits fit with a few numpy operations, and checks those exactly in base
order, stopping as soon as ``limit`` results are certain. Templates changed since the build (edited, added, used)
sit in a small overlay that is checked directly on every query.

What does not match as typed is only looked for while fewer than ``limit`` do, one quality after the other, each
with a budget (``FORGIVING_CHECKS``). Fuzzy sounds and typos have bits of their own to narrow by: the spellings a
term may stand for (``alternatives``). And the next keystroke of a term whose matches were all found only looks at
those (``_narrowed``).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

import numpy as np

from ..folding import terms
from . import alternatives
from . import signature as sig
from .candidates import Signatures
from .matching import AS_TYPED, FUZZY, MIXED, OTHER_READING, TYPO, Query
from .records import CategoryForms, Record, rank_key

#: Overlay size past which the owner should rebuild the index (``SearchIndex.stale``).
OVERLAY_LIMIT = 256
#: Terms past this many are ignored: a pasted paragraph is not a query worth 2,000 AND-ed terms.
MAX_TERMS = 24
#: Templates checked at most, per query, for each quality that is not as typed (a mix, another reading, a fuzzy sound,
#: a typo), once fewer than ``limit`` match as typed: about 10 ms each here (a fuzzy sound's check costs most). They
#: are checked best first, so what a budget leaves out ranks last anyway; a smaller library is checked in full.
FORGIVING_CHECKS: dict[int, int] = {MIXED: 300, OTHER_READING: 300, FUZZY: 200, TYPO: 300}


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
        regions = {r.name: transposed[r.offset : r.offset + r.bits // 8] for r in sig.REGIONS}
        self._alive = np.ones(count, dtype=bool)
        # Favourites and used templates: all an empty query looks at (row columns 2 and 4, see Record).
        self._noted = [s for s, row in enumerate(rows) if row[2] or row[4]]
        self._category_of = np.array([row[1] for row in rows], dtype=np.int64)
        self._signatures = Signatures(regions, self._category_of)
        self._overlay: dict[int, Record] = {}
        #: Bumped whenever what the index holds changes: what a query found before is only reused within one.
        self._version = 0
        #: The last query whose matches as typed ("typed") or exact ones — as typed, mixed, another reading ("exact")
        #: — were all found, and which slots they are: a query that only adds letters to its terms (the next
        #: keystroke) can match no others (see ``_narrowed``).
        self._last: dict[str, tuple[tuple[object, ...], np.ndarray]] = {}
        self.categories = {c.id: c for c in categories}
        self.shortcuts = dict(shortcuts)

    @property
    def categories(self) -> dict[int, CategoryForms]:
        return self._categories

    @categories.setter
    def categories(self, value: dict[int, CategoryForms]) -> None:
        self._categories = value
        self._category_haystacks = [(c.haystack, c) for c in value.values()]
        self._version = getattr(self, "_version", 0) + 1

    # --- keeping up with edits ----------------------------------------------------------------------------------

    def put(self, record: Record) -> None:
        """A template was added, edited or used: check it directly from now on."""
        self.drop(record.id)
        self._overlay[record.id] = record
        self._version += 1

    def drop(self, template_id: int) -> None:
        """A template left the library (or moved to the overlay)."""
        self._overlay.pop(template_id, None)
        slot = self._slot.get(template_id)
        if slot is not None:
            self._alive[slot] = False
        self._version += 1

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

    def search(
        self,
        query: str,
        limit: int = 50,
        categories: frozenset[int] | None = None,
        fuzzy: frozenset[str] = frozenset(),
    ) -> list[tuple[Record, int]]:
        """Records matching ``query`` with their rank (``quality * 10 + tier``, see ``matching``), best first.

        Args:
            query: anything the agent typed or pasted; never an error.
            limit: how many results at most.
            categories: when given, only templates in these category ids.
            fuzzy: the fuzzy sounds switched on (``alternatives.FUZZY_RULES``).
        """
        query_terms = terms(query)[:MAX_TERMS]
        if limit <= 0:
            return []
        if not query_terms:
            return self._empty(limit, categories)
        q = Query(query_terms, self._category_haystacks, fuzzy)

        found: dict[int, tuple[Record, int]] = {}
        if len(query_terms) == 1:
            exact = self.shortcuts.get(query_terms[0])
            record = self.record(exact) if exact is not None else None
            if record and (categories is None or record.category_id in categories):
                found[record.id] = (record, 0)
        allowed = self._alive
        if categories is not None:
            allowed = allowed & np.isin(self._category_of, list(categories))

        # As typed: every tier, best first, until ``limit`` are certain; then, while fewer, what matches by a mix of
        # initials and syllables, by another reading, a fuzzy sound, one typo — each quality in tier order, stopping
        # as soon as it has enough: a reply found by a typo never pushes out one found as typed.
        for record in self._overlay.values():
            if record.id not in found and (categories is None or record.category_id in categories):
                rank = q.rank_of(record, AS_TYPED)
                if rank is not None:
                    found[record.id] = (record, rank)
        typed: list[tuple[Record, int]] = []
        checked: dict[int, int | None] = {}
        asked = (tuple(query_terms), categories, fuzzy, self._version)
        for tier, mask in self._tier_masks(q, self._narrowed("typed", asked, allowed)):
            for record, rank in self._matches(q, mask, found, AS_TYPED, checked):
                if rank == tier:
                    typed.append((record, rank))
                    if len(typed) >= limit:
                        break
            if len(typed) >= limit:
                break
        last, self._last = self._last, {}
        matched = {slot for slot, rank in checked.items() if rank is not None}
        # Never checked here, since found before (the exact code): kept, as they may match the next keystroke.
        matched.update(slot for i in found if (slot := self._slot.get(i)) is not None and self._alive[slot])
        if len(typed) < limit:  # every match as typed was looked at: the next keystroke need look at no others
            self._remember("typed", asked, matched)
        hits = list(found.values()) + typed
        exact_masks: list[tuple[int, np.ndarray]] = []
        complete = len(typed) < limit
        for quality in (MIXED, OTHER_READING, FUZZY, TYPO):
            if quality == FUZZY and complete:  # every exact match was looked at as well
                self._remember("exact", asked, matched)
            if len(hits) >= limit:
                break
            if quality == FUZZY and not fuzzy:
                continue
            if quality < FUZZY and not exact_masks:
                exact_masks = list(self._tier_masks(q, self._narrowed("exact", asked, allowed, last)))
            masks = exact_masks if quality < FUZZY else None
            if quality == TYPO and not any(map(alternatives.typo_checked, query_terms)):
                masks = []  # only shortcut codes, looked up
            seen = {r.id for r, _ in hits}
            more, whole = self._better_first(q, quality, allowed, categories, seen, limit - len(hits), masks, matched)
            hits += more
            complete = complete and whole and len(hits) < limit
        hits.sort(key=lambda hit: (hit[1], rank_key(hit[0])))
        return hits[:limit]

    def _tier_masks(
        self, q: Query, allowed: np.ndarray, quality: int = OTHER_READING
    ) -> Iterable[tuple[int, np.ndarray]]:
        return self._signatures.tier_masks(q, allowed, self.categories, quality)

    def _remember(self, kind: str, asked: tuple[object, ...], slots: set[int]) -> None:
        matched = np.zeros(len(self._records), dtype=bool)
        matched[list(slots)] = True
        self._last[kind] = (asked, matched)

    def _narrowed(
        self,
        kind: str,
        asked: tuple[object, ...],
        allowed: np.ndarray,
        last: dict[str, tuple[tuple[object, ...], np.ndarray]] | None = None,
    ) -> np.ndarray:
        """``allowed``, or only those of it that matched the last query (``kind``: as typed, or exactly) when this one
        only adds letters to its terms.

        A term's exact matches can only shrink as letters are added: whatever meets ``tuikua`` meets ``tuiku``, its
        last syllable half typed, and what meets ``tkua`` as a mix meets ``tku``. Fuzzy sounds and typos are looked for
        on all of ``allowed`` (a typo is not kept by a shorter term: ``tiu`` forgives to tui, ``ti`` does not), and the
        overlay is always checked directly.
        """
        before = (self._last if last is None else last).get(kind)
        if before is None:
            return allowed
        (old_terms, *old_rest), matched = before
        new_terms, *new_rest = asked
        assert isinstance(old_terms, tuple) and isinstance(new_terms, tuple)
        if old_rest != new_rest or len(old_terms) != len(new_terms):
            return allowed
        if not all(new.startswith(old) for new, old in zip(new_terms, old_terms, strict=True)):
            return allowed
        narrowed: np.ndarray = allowed & matched
        return narrowed

    def _matches(
        self,
        q: Query,
        mask: np.ndarray,
        skip: dict[int, tuple[Record, int]] | set[int],
        worst: int,
        checked: dict[int, int | None],
        budget: list[int] | None = None,
    ) -> Iterable[tuple[Record, int]]:
        """The records of ``mask`` in base order that match (no worse than ``worst``) with their rank. ``checked``
        keeps the ranks found, by slot: each tier's mask holds the one before, and nothing is checked twice. Each
        check spends one of ``budget[0]``; none is made once it is spent."""
        candidates = np.flatnonzero(mask)
        for start in range(0, len(candidates), 512):
            for slot in candidates[start : start + 512].tolist():
                record = self._records[slot]
                if record.id in skip:
                    continue
                if slot in checked:
                    rank = checked[slot]
                else:
                    if budget is not None:
                        if budget[0] <= 0:
                            return
                        budget[0] -= 1
                    rank = checked[slot] = q.rank_of(record, worst)
                if rank is not None:
                    yield record, rank

    def _better_first(
        self,
        q: Query,
        quality: int,
        allowed: np.ndarray,
        categories: frozenset[int] | None,
        seen: set[int],
        need: int,
        masks: list[tuple[int, np.ndarray]] | None = None,
        matched: set[int] | None = None,
    ) -> tuple[list[tuple[Record, int]], bool]:
        """The best ``need`` records that match at ``quality`` (a mix, another reading, a fuzzy sound, a typo) and no
        better: tier by tier, done once a tier leaves ``need`` of them certain, or ``FORGIVING_CHECKS`` templates
        are checked. Also whether every candidate was checked; ``matched`` gains the slots of all that match."""
        out: list[tuple[Record, int]] = []
        direct = list(self._overlay.values())
        if quality == TYPO:  # shortcut codes one typo away are found by looking them up
            for index, term in enumerate(q.terms):
                if q.forgives_typos(index):
                    ids = (self.shortcuts.get(code) for code in alternatives.code_neighbours(term))
                    direct += [r for r in map(self.record, filter(None, ids)) if r is not None]
        for record in direct:
            if record.id not in seen and (categories is None or record.category_id in categories):
                rank = q.rank_of(record, quality)
                if rank is not None and rank // 10 == quality:
                    out.append((record, rank))
                    seen.add(record.id)
        checked: dict[int, int | None] = {}
        budget = [FORGIVING_CHECKS[quality]]
        whole = True
        for tier, mask in masks if masks is not None else self._tier_masks(q, allowed, quality):
            kept = 0
            for record, rank in self._matches(q, mask, seen, quality, checked, budget):
                if rank == quality * 10 + tier:
                    out.append((record, rank))
                    kept += 1
                    if kept >= need:
                        whole = False
                        break
            if budget[0] <= 0 or sum(1 for _, rank in out if rank % 10 <= tier) >= need:
                whole = False
                break
        if matched is not None:
            matched.update(slot for slot, rank in checked.items() if rank is not None)
        return out, whole

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
