"""Exact matching of query terms against a template's texts: text, initials, full pinyin, or a mix.

The search index only narrows the field; whatever it keeps is judged here.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..folding import has_cjk, is_cjk
from .records import FORM_SEP, TEXT_SEP, CategoryForms, Record


def kind_of(term: str) -> str:
    """ "ascii" (pinyin, initials, codes), "mixed" (pinyin and Chinese in one term) or "text"."""
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


def own_name_matches(term: str, forms: CategoryForms) -> bool:
    """``term`` starts the category's own name (not its parent's), by text, initials or pinyin."""
    key, initials, pinyin = forms.keys[0], forms.initials[0], forms.pinyin[0]
    if key.startswith(term) or any(v.startswith(term) for v in initials.split(FORM_SEP)):
        return True
    return _aligned(term, pinyin, at_start=True)


def category_matches(term: str, forms: CategoryForms) -> bool:
    kind = kind_of(term)
    for key, initials, pinyin in zip(forms.keys, forms.initials, forms.pinyin, strict=True):
        if _in_text(term, kind, key, initials, pinyin):
            return True
    return False


class Query:
    """One query's terms, their kinds and bits, and the categories each term names."""

    def __init__(self, query_terms: list[str], categories: Sequence[tuple[str, CategoryForms]]):
        self.terms = query_terms
        self.kinds = [kind_of(t) for t in query_terms]
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
