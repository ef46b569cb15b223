"""Which characters of a title a query matched, so the popup can highlight them — pinyin hits too: initials, full
syllables and their mix, other readings, fuzzy sounds and a forgiven typo mark the characters they stand for — and
which words of a reply's text it found there.

Works from the stored forms of the title (one initial letter and one syllable per folded character), so no pinyin
is computed while the agent types.
"""

from __future__ import annotations

import itertools
from typing import Final

from ..folding import fold
from . import alternatives
from .matching import heard_in, kind_of, typo_in
from .records import FORM_SEP
from .spelling import columns_of, walk

Span = tuple[int, int]  # [start, end) in characters of the original title

#: Letters and digits alone are marked in a reply's text from this length on: ``tk`` is initials, not a word the
#: reply holds, while ``sf1234`` is a number the agent looked for.
TEXT_ASCII_MIN: Final = 3


def _key_to_title(title: str, key: str) -> list[int] | range | None:
    """For every character of the folded key, the index of the title character it came from."""
    if key == title:  # the usual Chinese title: folding changed nothing
        return range(len(title))
    owner: list[int] = []
    for index, char in enumerate(title):
        owner += [index] * len(fold(char))
    return owner if len(owner) == len(key) else None


def _by_initials(term: str, initials: str) -> Span | None:
    for variant in initials.split(FORM_SEP):
        at = variant.find(term)
        if at != -1:
            return at, at + len(term)
    return None


def _by_syllables(term: str, pinyin: str) -> Span | None:
    for variant in pinyin.split(FORM_SEP):
        syllables = variant.split(" ")
        for start in range(len(syllables)):
            done, at = 0, start
            while done < len(term) and at < len(syllables):
                syllable = syllables[at]
                if term.startswith(syllable, done):
                    done += len(syllable)
                elif syllable.startswith(term[done:]):
                    done = len(term)
                else:
                    break
                at += 1
            if done == len(term):
                return start, at
    return None


def _by_typo(term: str, pinyin: str) -> Span | None:
    """The syllables ``term`` meets with one typo (``tuikaun`` → the two of 退款)."""
    found = typo_in(term, pinyin)
    if found is None:
        return None
    first, letters, variant = found
    ends = list(itertools.accumulate(len(s) for s in variant.split(" ")))
    start = ends[first - 1] if first else 0
    last = next(i for i, end in enumerate(ends) if end >= start + letters)
    return first, last + 1


def _span(term: str, key: str, initials: str, pinyin: str, fuzzy: frozenset[str]) -> Span | None:
    """Where one term meets the folded title, the way the search matched it (see ``matching``): as typed, through
    another reading, a fuzzy sound, or one typo."""
    at = key.find(term)
    if at != -1:
        return at, at + len(term)
    kind = kind_of(term)
    if kind == "text":
        return None
    columns = columns_of(key, pinyin)
    for level in (0, 1):
        if kind == "ascii":
            first = 1 if level == 0 else None
            span = _by_initials(term, FORM_SEP.join(initials.split(FORM_SEP)[:first]))
            span = span or _by_syllables(term, FORM_SEP.join(pinyin.split(FORM_SEP)[:first]))
            if span is not None:
                return span
        span = walk(term, key, columns, level)
        if span is not None:
            return span
    if kind != "ascii":
        return None
    span = heard_in(term, key, pinyin, fuzzy) if fuzzy else None
    if span is not None:
        return span
    return _by_typo(term, pinyin) if alternatives.typo_checked(term) else None


def title_spans(
    query_terms: list[str], title: str, initials: str, pinyin: str, fuzzy: frozenset[str] = frozenset()
) -> list[Span]:
    """Spans of ``title`` that the query's terms matched, merged and in order.

    Args:
        query_terms: the folded terms of what the agent typed (``text.terms``).
        title: the title as shown.
        initials, pinyin: the title's stored forms (variants joined by ``FORM_SEP``; pinyin syllables by spaces).
        fuzzy: the fuzzy sounds switched on, as the search had them.
    """
    key = fold(title)
    owner = _key_to_title(title, key)
    if owner is None:  # a character whose folding depends on its neighbours: rare enough to skip highlighting
        return []
    found: list[Span] = []
    for term in query_terms:
        if term.startswith("@"):
            continue
        span = _span(term, key, initials, pinyin, fuzzy)
        if span is not None and span[1] > span[0]:
            found.append((owner[span[0]], owner[span[1] - 1] + 1))
    return _merge(found)


def text_spans(query_terms: list[str], text: str) -> list[Span]:
    """Spans of a reply's text (as the preview shows it) that hold one of the query's words as typed: the body is
    searched as text, so a word found there is marked there. Chinese words always; letters and digits from
    ``TEXT_ASCII_MIN`` characters on. Every occurrence is marked."""
    key = fold(text)
    owner = _key_to_title(text, key)
    if owner is None:
        return []
    found: list[Span] = []
    for term in query_terms:
        if not term or term.startswith("@") or (term.isascii() and len(term) < TEXT_ASCII_MIN):
            continue
        at = key.find(term)
        while at != -1:
            found.append((owner[at], owner[at + len(term) - 1] + 1))
            at = key.find(term, at + len(term))
    return _merge(found)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
