"""Which templates may hold a query's terms: the bit filter, tier by tier, over every template's signature.

A template whose signature lacks a term's bits cannot match it, so only the templates these masks keep are checked
exactly (``matching``). Each mask is a superset of the templates in its tier: for matches as typed, mixed or through
another reading, by the bits of the term itself; for fuzzy sounds and typos, by the bits of any spelling the term may
stand for (``alternatives``), or for a long term with a typo by its two halves.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import numpy as np

from . import alternatives
from . import signature as sig
from .matching import FUZZY, OTHER_READING, TYPO, Query


class Signatures:
    """Every template's signature, one row of bytes per region (transposed: one signature byte of every template is
    one contiguous row), and each template's category.

    Args:
        regions: region name → its rows (``signature.REGIONS``).
        category_of: the category id of each slot.
    """

    def __init__(self, regions: dict[str, np.ndarray], category_of: np.ndarray) -> None:
        self._regions = regions
        self._category_of = category_of

    def region_mask(self, texts: list[str], region: sig.Region, allowed: np.ndarray) -> np.ndarray:
        """Those of ``allowed`` whose ``region`` has the bits of every one of ``texts`` (a term's pieces)."""
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

    def _any_of(self, spellings: list[list[str]], region: sig.Region, allowed: np.ndarray) -> np.ndarray:
        """Templates whose ``region`` may hold any of ``spellings`` (each a list of pieces that must all be there).
        Each bit is looked at once for all of them, and a spelling takes its six rarest bits at most: fewer bits only
        let more templates through to the exact check."""
        rows = self._regions[region.name]
        present: dict[tuple[int, int], np.ndarray] = {}
        out = np.zeros(len(allowed), dtype=bool)
        for pieces in spellings:
            wanted: dict[int, int] = {}
            for text in pieces:
                bits = sig.prefix_bits(text) if region is sig.PREFIX else sig.term_bits(text, region, limit=6)
                for bit in bits:
                    wanted[bit >> 3] = wanted.get(bit >> 3, 0) | (1 << (bit & 7))
            mask = allowed
            for byte, need in wanted.items():
                found = present.get((byte, need))
                if found is None:
                    found = present[(byte, need)] = (rows[byte] & np.uint8(need)) == need
                mask = mask & found
            out |= mask
        return out

    def _spelled_mask(self, q: Query, index: int, quality: int, region: sig.Region, allowed: np.ndarray) -> np.ndarray:
        """Templates whose ``region`` may hold term ``index`` as typed or in one of its other spellings up to
        ``quality``: a superset of those a fuzzy sound or a typo lets it meet there (a typo: in the title only)."""
        first = q.terms[index]
        if region is sig.PREFIX:
            typed = [first[:1]] if q.kinds[index] == "mixed" else [first]
        else:
            typed = q.filter_text[index]
        spellings = [typed, *([s] for s in (q.fuzzy_spellings[index] if q.fuzzy else ()))]
        wider = None
        if quality >= TYPO and region is not sig.META and alternatives.typo_checked(first):
            if len(first) > alternatives.LISTED_TYPOS_UP_TO:
                wider = self._halves_mask(first, region, allowed)
            else:
                spellings += [[s] for s in q.typo_spellings[index]]
        mask = self._any_of(spellings, region, allowed)
        out: np.ndarray = mask if wider is None else mask | wider
        return out

    def _halves_mask(self, term: str, region: sig.Region, allowed: np.ndarray) -> np.ndarray:
        """Templates that may hold ``term`` with one typo in ``region``: one edit leaves either the letters before
        the middle one or those after it as typed, and changes at most three of the term's pairs of letters."""
        if region is sig.PREFIX:
            return allowed
        middle = len(term) // 2
        halves = self.region_mask([term[:middle]], region, allowed) | self.region_mask(
            [term[middle + 1 :]], region, allowed
        )
        rows = self._regions[region.name]
        pairs = {sig.term_bits(a + b, region, limit=1)[0] for a, b in itertools.pairwise(term)}
        present = np.zeros(len(allowed), dtype=np.uint8)
        for bit in pairs:
            present += (rows[bit >> 3] & np.uint8(1 << (bit & 7))) != 0
        kept: np.ndarray = halves & (present >= len(pairs) - 3)
        return kept

    def tier_masks(
        self, q: Query, allowed: np.ndarray, categories: Iterable[int], quality: int = OTHER_READING
    ) -> Iterable[tuple[int, np.ndarray]]:
        """Candidate masks for tiers 1–4, each a superset of the templates in that tier at ``quality`` or better.

        Args:
            q: the query.
            allowed: the slots that may be returned at all.
            categories: the ids of every category (for the lookup of the categories each term names).
            quality: the worst quality looked for (``matching``).
        """
        if quality >= FUZZY:
            by_title = [self._spelled_mask(q, i, quality, sig.TITLE, allowed) for i in range(len(q.terms))]
        else:
            by_title = [self.region_mask(texts, sig.TITLE, allowed) for texts in q.filter_text]
        title = allowed
        for mask in by_title:
            title = title & mask
        if quality >= FUZZY:
            yield 1, title & self._spelled_mask(q, 0, quality, sig.PREFIX, allowed)
        else:
            first = q.terms[0]
            prefix_text = [first[:1]] if q.kinds[0] == "mixed" else [first]
            yield 1, self.region_mask(prefix_text, sig.PREFIX, title)
        yield 2, title
        named = allowed
        anywhere = allowed
        cat_lookup = np.zeros(max(categories, default=0) + 1, dtype=bool)
        for index, (texts, cats) in enumerate(zip(q.filter_text, q.category_hits, strict=True)):
            if quality >= FUZZY:
                by_tags = self._spelled_mask(q, index, quality, sig.META, allowed)
            else:
                by_tags = self.region_mask(texts, sig.META, allowed)
            cat_lookup[:] = False
            if cats:
                cat_lookup[list(cats)] = True
            by_category = cat_lookup[np.clip(self._category_of, 0, len(cat_lookup) - 1)]
            term_named = by_title[index] | by_tags | by_category
            named = named & term_named
            anywhere = anywhere & (term_named | self.region_mask(texts, sig.BODY, allowed))
        yield 3, named
        yield 4, anywhere
