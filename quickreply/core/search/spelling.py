"""How typed letters meet a text's stored readings, character by character (no pinyin is computed here).

A term meets a run of characters when each character, in order, is met by one of:

- the character itself (``退k``, ``sf时效``);
- one of its readings typed in full (``tui``), or its initial letter (``t``), or its double initial (``sh`` of
  ``shi``): so initials and full syllables mix freely (``tkuan``, ``tuik``, ``shsx``);
- and, for the last character the term reaches, any start of a reading (``tuik`` → 退款: ``k`` is half of ``kuan``).

A term may not start inside a syllable (``uikuan`` meets nothing). The first reading of each character is how the
text reads as words (``银行``: ``hang``); a walk at ``level`` 0 uses only those, at level 1 every everyday reading
too, so the search can rank a word's own reading above another reading of one of its characters. A walk reads the
stored variants (``columns_of``); ``readings_of`` gives the same readings per character, for what is computed when a
template is written.

``joins`` and ``starts`` are the other half of the same rules: the letter pairs a term can hold where it crosses from
one character to the next, which the bit signature must have set (see ``search_columns``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from ..folding import is_cjk
from .records import FORM_SEP

#: Initials of two letters; a term may type them for a character the way it types a one-letter initial.
DOUBLE_INITIALS = frozenset({"zh", "ch", "sh"})

Readings = tuple[tuple[str, ...], ...]  # per character of a text: its readings, the word's own first


@lru_cache(maxsize=8192)
def readings_of(key: str, pinyin: str) -> Readings:
    """Per character of ``key``, its readings as the stored full-pinyin variants give them (variant 0 first)."""
    columns = [v.split(" ") for v in pinyin.split(FORM_SEP) if v]
    columns = [c for c in columns if len(c) == len(key)]
    return tuple(tuple(dict.fromkeys(col[i] for col in columns)) or (key[i],) for i in range(len(key)))


def aligned(term: str, variants: Sequence[str], at_start: bool = False) -> bool:
    """Whether ``term`` is full pinyin from the start of a syllable of one variant (``tuik`` in ``shen qing tui
    kuan``), the last syllable maybe half typed."""
    for variant in variants:
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


def columns_of(key: str, pinyin: str) -> list[list[str]]:
    """The stored full-pinyin variants of ``key`` as lists of syllables, one per character (variant 0 first): what
    ``walk`` reads. Cheaper than ``readings_of`` for a text looked at once: most titles a query checks never match."""
    return [c for c in (v.split(" ") for v in pinyin.split(FORM_SEP)) if len(c) == len(key)] or [list(key)]


def walk(
    term: str,
    key: str,
    columns: list[list[str]],
    level: int = 1,
    at_start: bool = False,
    heard: Callable[[str], tuple[str, ...]] | None = None,
) -> tuple[int, int] | None:
    """Where ``term`` meets ``key`` by the rules above, as ``(start, end)`` in characters of ``key``; None if nowhere.

    Args:
        term: folded, letters and Chinese characters mixed as typed.
        key: the folded text.
        columns: ``columns_of(key, …)``.
        level: 0 for each character's first reading only, 1 for all of them.
        at_start: only from the first character.
        heard: how else a reading may be typed (the fuzzy sounds switched on, ``alternatives.heard_forms``).
    """
    if not key or not term:
        return None
    columns = columns[:1] if level == 0 else columns
    size, length = len(term), len(key)
    first = term[0]
    # Where it can start: at that character, or at one whose reading starts with that letter. Most texts checked do
    # not match at all, and most of those fail here.
    found = {i for i, char in enumerate(key) if char == first} if first in key else set()
    for c in columns:
        initials = "".join([s[0] for s in c]) if heard is None else ""
        at = initials.find(first)
        while at != -1:
            found.add(at)
            at = initials.find(first, at + 1)
        if heard is not None:
            found.update(i for i, s in enumerate(c) if is_cjk(key[i]) and first in _firsts(heard(s)))
    starts = sorted(i for i in found if i == 0) if at_start else sorted(found)
    if not starts:
        return None
    memo: dict[tuple[int, int], int] = {}
    known: dict[int, Iterable[str]] = {}

    def options(i: int) -> Iterable[str]:
        found = known.get(i)
        if found is None:
            readings = dict.fromkeys(c[i] for c in columns) if len(columns) > 1 else (columns[0][i],)
            found = known[i] = readings if heard is None else dict.fromkeys(f for r in readings for f in heard(r))
        return found

    def step(i: int, j: int) -> int:  # the end (in key) of a match of term[j:] from key[i], or -1
        if j == size:
            return i
        if i == length:
            return -1
        seen = memo.get((i, j))
        if seen is not None:
            return seen
        memo[(i, j)] = -1
        char = key[i]
        end = step(i + 1, j + 1) if term[j] == char else -1
        if end < 0 and is_cjk(char):
            rest = term[j:]
            for reading in options(i):
                if reading.startswith(rest):  # the last syllable, maybe half typed
                    end = i + 1
                elif rest.startswith(reading):  # the whole syllable
                    end = step(i + 1, j + len(reading))
                if end < 0 and reading[:2] in DOUBLE_INITIALS and rest.startswith(reading[:2]):
                    end = step(i + 1, j + 2)
                if end < 0 and rest[0] == reading[0]:  # its initial
                    end = step(i + 1, j + 1)
                if end >= 0:
                    break
        memo[(i, j)] = end
        return end

    for start in starts:
        end = step(start, 0)
        if end >= 0:
            return start, end
    return None


@lru_cache(maxsize=4096)
def _firsts(forms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(f[0] for f in forms)


def _ends(reading: str) -> set[str]:
    """The letters a term can hold last for a character before it types the next one: its initial (or the second
    letter of a double initial), or the reading's last letter."""
    ends = {reading[0], reading[-1]}
    if reading[:2] in DOUBLE_INITIALS:
        ends.add(reading[1])
    return ends


def joins(readings: Readings) -> list[str]:
    """Every two-letter string a term can hold across two neighbouring characters (``k`` + ``d`` of 款到,
    ``h`` + ``x`` of 时效 typed ``shx``). Most are in one of the stored variants already; not when a double initial is
    typed, or when the variants were too many to enumerate and one term mixes two other readings."""
    out: set[str] = set()
    for here, there in pairwise(readings):
        firsts = {r[0] for r in there}
        for reading in here:
            out.update(a + b for a in _ends(reading) for b in firsts)
    return sorted(out)


def starts(readings: Readings) -> list[str]:
    """What a term that starts a text can begin with, two letters at most (the title's prefix bits): a reading's
    first two letters, or the first character's initial and the second's."""
    if not readings:
        return []
    out = {r[:2] for r in readings[0]}
    if len(readings) > 1:
        out.update(r[0] + s[0] for r in readings[0] for s in readings[1])
    return sorted(out)
