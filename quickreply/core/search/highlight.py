"""Which characters of a title a query matched, so the popup can highlight them — pinyin hits too.

Works from the stored forms of the title (one initial letter and one syllable per folded character), so no pinyin
is computed while the agent types.
"""

from __future__ import annotations

from ..folding import fold, is_cjk
from .matching import kind_of
from .records import FORM_SEP

Span = tuple[int, int]  # [start, end) in characters of the original title


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


def _by_mix(term: str, key: str, pinyin: str) -> Span | None:
    """Mixed terms: each character met by itself, its initial or its syllable (the same walk as matching._mixed)."""
    columns = [v.split(" ") for v in pinyin.split(FORM_SEP) if v]
    readings = [{col[i] for col in columns if len(col) == len(key)} for i in range(len(key))]

    def walk(i: int, j: int) -> int | None:  # end index in key, or None
        if j == len(term):
            return i
        if i == len(key):
            return None
        if term[j] == key[i]:
            end = walk(i + 1, j + 1)
            if end is not None:
                return end
        if is_cjk(key[i]):
            rest = term[j:]
            for reading in readings[i]:
                if rest.startswith(reading) and (end := walk(i + 1, j + len(reading))) is not None:
                    return end
                if reading.startswith(rest):
                    return i + 1
                if rest[0] == reading[0] and (end := walk(i + 1, j + 1)) is not None:
                    return end
        return None

    for start in range(len(key)):
        end = walk(start, 0)
        if end is not None:
            return start, end
    return None


def title_spans(query_terms: list[str], title: str, initials: str, pinyin: str) -> list[Span]:
    """Spans of ``title`` that the query's terms matched, merged and in order.

    Args:
        query_terms: the folded terms of what the agent typed (``text.terms``).
        title: the title as shown.
        initials, pinyin: the title's stored forms (variants joined by ``FORM_SEP``; pinyin syllables by spaces).
    """
    key = fold(title)
    owner = _key_to_title(title, key)
    if owner is None:  # a character whose folding depends on its neighbours: rare enough to skip highlighting
        return []
    found: list[Span] = []
    for term in query_terms:
        if term.startswith("@"):
            continue
        kind = kind_of(term)
        at = key.find(term)
        span: Span | None = (at, at + len(term)) if at != -1 else None
        if span is None and kind == "ascii":
            span = _by_initials(term, initials) or _by_syllables(term, pinyin)
        if span is None and kind == "mixed":
            span = _by_mix(term, key, pinyin)
        if span is not None and span[1] > span[0]:
            found.append((owner[span[0]], owner[span[1] - 1] + 1))
    return _merge(found)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
