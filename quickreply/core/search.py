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
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from . import signature as sig
from .text import has_cjk, is_cjk, terms

#: Overlay size past which the owner should rebuild the index (``SearchIndex.stale``).
OVERLAY_LIMIT = 256
#: Terms past this many are ignored: a pasted paragraph is not a query worth 2,000 AND-ed terms.
MAX_TERMS = 24

FORM_SEP = "\x1f"  # between variants of one text
TEXT_SEP = "\x1e"  # between texts of one field (tags)


FIELD_SEP = "\x1d"  # between the fields of Record.search

#: Where a category stands in library order: (top position, top id, child position, child id); -1, 0 for a top-level
#: category itself. Made of stored positions, so adding a category never moves the others.
CategoryRank = tuple[int, int, int, int]


class Record:
    """What the search needs of one template (all text already folded, pinyin already computed).

    It wraps the row the store fetched, whose first eight columns are, in order: id, category id, favourite (0/1),
    frecency (None when never used), last used (ISO time or None), position, shortcut key, and ``search`` — the text
    fields joined by ``FIELD_SEP``, split on first use: most records are never looked at by a query, and opening
    100,000 of them must stay cheap.
    """

    __slots__ = ("_fields", "rank", "row")

    def __init__(self, row: Sequence[Any], category_rank: CategoryRank):
        self.row = row
        self.rank = category_rank
        self._fields: tuple[str, ...] | None = None

    @property
    def order(self) -> tuple[CategoryRank, int, int]:
        """Library order: category, position in it, id."""
        return (self.rank, self.row[5], self.row[0])

    @property
    def id(self) -> int:
        return int(self.row[0])

    @property
    def category_id(self) -> int:
        return int(self.row[1])

    @property
    def favorite(self) -> bool:
        return bool(self.row[2])

    @property
    def frecency(self) -> float:
        """Log-domain frecency; -inf when never used."""
        value = self.row[3]
        return -math.inf if value is None else float(value)

    @property
    def last_used(self) -> str:
        return str(self.row[4] or "")

    @property
    def shortcut_key(self) -> str:
        return str(self.row[6] or "")

    @property
    def fields(self) -> tuple[str, ...]:
        """(title key, title initials, title pinyin, tags key, tags initials, tags pinyin, body key).

        Initials and pinyin hold variants joined by ``FORM_SEP``; pinyin variants are spaced syllables; the tag
        fields join one entry per tag with ``TEXT_SEP``.
        """
        if self._fields is None:
            self._fields = tuple(self.row[7].split(FIELD_SEP))
        return self._fields

    @property
    def title_key(self) -> str:
        return self.fields[0]


def base_order_key(row: Sequence[Any], category_rank: CategoryRank) -> tuple[Any, ...]:
    """``rank_key`` computed straight from a row, to sort rows before any Record exists."""
    return (row[3] is None, -(row[3] or 0.0), -row[2], category_rank, row[5], row[0])


@dataclass(frozen=True, slots=True)
class CategoryForms:
    """A category's searchable names: its own and its parent's (text, initials, pinyin)."""

    id: int
    keys: tuple[str, ...]
    initials: tuple[str, ...]
    pinyin: tuple[str, ...]

    @property
    def haystack(self) -> str:
        """Everything a term could match in, in one string: a cheap first check before the exact one."""
        return FORM_SEP.join((*self.keys, *self.initials, *(p.replace(" ", "") for p in self.pinyin)))


def rank_key(record: Record) -> tuple[Any, ...]:
    """Order within a tier: frecency, then favourites, then library order."""
    return (-record.frecency, -int(record.favorite), *record.order)


# --- exact matching of one term against one text -------------------------------------------------------------


def _kind(term: str) -> str:
    if term.isascii():
        return "ascii"
    if has_cjk(term) and any("a" <= c <= "z" for c in term):
        return "mixed"
    return "text"


def _aligned(term: str, pinyin_variants: str, at_start: bool = False) -> bool:
    """Whether ``term`` matches full pinyin from the start of a syllable (``tuik`` in ``shen qing tui kuan``)."""
    for variant in pinyin_variants.replace(TEXT_SEP, FORM_SEP).split(FORM_SEP):
        syllables = variant.split(" ")
        joined = "".join(syllables)
        if at_start:
            if joined.startswith(term):
                return True
            continue
        if term not in joined:
            continue
        pos = 0
        for syllable in syllables:
            if joined.startswith(term, pos):
                return True
            pos += len(syllable)
    return False


@lru_cache(maxsize=4096)
def _readings_of(key: str, pinyin_variants: str) -> tuple[frozenset[str], ...]:
    columns = [v.split(" ") for v in pinyin_variants.split(FORM_SEP) if v]
    return tuple(
        frozenset(col[i] for col in columns if len(col) == len(key)) or frozenset({key[i]}) for i in range(len(key))
    )


def _mixed(term: str, key: str, pinyin_variants: str, at_start: bool = False) -> bool:
    """Mixed terms (``sf时效``, ``退k``): each character is met by itself, its initial, or its full pinyin."""
    if not key:
        return False
    readings = _readings_of(key, pinyin_variants)
    memo: dict[tuple[int, int], bool] = {}

    def by_reading(i: int, j: int, reading: str) -> bool:
        rest = term[j:]
        if rest.startswith(reading) and walk(i + 1, j + len(reading)):  # the whole syllable
            return True
        if reading.startswith(rest):  # the last syllable, half typed
            return True
        return rest[0] == reading[0] and walk(i + 1, j + 1)  # its initial

    def walk(i: int, j: int) -> bool:
        if j == len(term):
            return True
        if i == len(key):
            return False
        if (i, j) in memo:
            return memo[(i, j)]
        char, ok = key[i], False
        if term[j] == char:
            ok = walk(i + 1, j + 1)
        if not ok and is_cjk(char):
            ok = any(by_reading(i, j, reading) for reading in readings[i])
        memo[(i, j)] = ok
        return ok

    starts = [0] if at_start else range(len(key))
    return any(walk(i, 0) for i in starts)


def _in_text(term: str, kind: str, key: str, initials: str, pinyin: str) -> bool:
    """``term`` found in one text field (title, or all tags), by text, initials, full pinyin or a mix."""
    if term in key:
        return True
    if kind == "ascii":
        return term in initials or _aligned(term, pinyin)
    if kind == "mixed":
        if TEXT_SEP in key:
            return any(_mixed(term, k, p) for k, p in zip(key.split(TEXT_SEP), pinyin.split(TEXT_SEP), strict=False))
        return _mixed(term, key, pinyin)
    return False


def _starts_title(term: str, kind: str, record: Record) -> bool:
    title_key, title_initials, title_pinyin = record.fields[:3]
    if title_key.startswith(term) or record.shortcut_key.startswith(term):
        return True
    if kind == "ascii":
        return any(v.startswith(term) for v in title_initials.split(FORM_SEP)) or _aligned(
            term, title_pinyin, at_start=True
        )
    if kind == "mixed":
        return _mixed(term, title_key, title_pinyin, at_start=True)
    return False


def category_matches(term: str, forms: CategoryForms) -> bool:
    kind = _kind(term)
    for key, initials, pinyin in zip(forms.keys, forms.initials, forms.pinyin, strict=True):
        if _in_text(term, kind, key, initials, pinyin):
            return True
    return False


class _Query:
    """One query's terms, their kinds and bits, and the categories each term names."""

    def __init__(self, query_terms: list[str], categories: Sequence[tuple[str, CategoryForms]]):
        self.terms = query_terms
        self.kinds = [_kind(t) for t in query_terms]
        self.filter_text = [self._filter_text(t, k) for t, k in zip(query_terms, self.kinds, strict=True)]
        self.category_hits = [
            self._categories_named(term, pieces, categories)
            for term, pieces in zip(query_terms, self.filter_text, strict=True)
        ]

    @staticmethod
    def _categories_named(
        term: str, pieces: list[str], categories: Sequence[tuple[str, CategoryForms]]
    ) -> frozenset[int]:
        """Ids of the categories whose names the term matches: a substring check first, the exact one after."""
        candidates = [forms for haystack, forms in categories if pieces[0] in haystack] if pieces else []
        return frozenset(
            forms.id
            for forms in candidates
            if all(piece in forms.haystack for piece in pieces[1:]) and category_matches(term, forms)
        )

    @staticmethod
    def _filter_text(term: str, kind: str) -> list[str]:
        """Pieces of the term that must appear literally in any text the term matches (for the bit filter)."""
        if kind != "mixed":
            return [term]
        runs, run = [], ""
        for char in term:
            if is_cjk(char):
                run += char
            elif run:
                runs.append(run)
                run = ""
        return [*runs, run] if run else runs

    def tier_of(self, record: Record) -> int | None:
        """The exact tier (1–4) of ``record`` for this query, or None when some term is missing."""
        worst = 2
        title_key, title_initials, title_pinyin, tags_key, tags_initials, tags_pinyin, body_key = record.fields
        for term, kind, cats in zip(self.terms, self.kinds, self.category_hits, strict=True):
            if term in record.shortcut_key or _in_text(term, kind, title_key, title_initials, title_pinyin):
                continue
            if record.category_id in cats or _in_text(term, kind, tags_key, tags_initials, tags_pinyin):
                worst = max(worst, 3)
            elif term in body_key:
                worst = 4
            else:
                return None
        if worst == 2 and _starts_title(self.terms[0], self.kinds[0], record):
            return 1
        return worst


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
        q = _Query(query_terms, self._category_haystacks)

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
        bits = self._regions[region.name]
        for byte, need in bytes_needed.items():
            mask = mask & ((bits[byte] & np.uint8(need)) == need)
        return mask

    def _tier_masks(self, q: _Query, allowed: np.ndarray) -> Iterable[tuple[int, np.ndarray]]:
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


# --- frecency ----------------------------------------------------------------------------------------------------

#: A use counts half as much after this many days.
HALF_LIFE_DAYS = 14.0
_RATE = math.log(2) / (HALF_LIFE_DAYS * 86400)


def frecency_after_use(previous: float | None, when: float) -> float:
    """Frecency after one more use at unix time ``when``.

    Stored as log(Σ e^(λ·t)) over the times of use, so comparing two templates never needs "now": exponential decay
    shrinks every score by the same factor, and the order it gives today is the order it gives tomorrow.
    """
    value = _RATE * when
    if previous is None or previous == -math.inf:
        return value
    high, low = max(previous, value), min(previous, value)
    return high + math.log1p(math.exp(low - high))
