"""Finding a rule's words in a reply, in time linear in the reply, whatever hides inside the words.

A reply is matched in a folded form (``MatchText``): NFKC (full-width forms half-width), lower case, Unicode's format
characters dropped (zero-width spaces, word joiners, soft hyphens, bidi overrides) and whitespace between two Chinese
characters or digits dropped, so 「微\u200b信」, 「加 微 信」 and 「138 1234 5678」 read as 微信, 加微信, 13812345678.
Each folded character remembers where it came from, so a finding's span is exact in what the agent wrote.

All words of all rules go into one table (``WordTable``), built once per set of rules: at each place in the reply,
only the lengths of words starting with that character are looked up, so the cost grows with the reply, not with
the number of words.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Final

from ..folding import FORMAT_CHARACTERS

_CHARS: dict[str, str] = {}
_CACHED: Final = 20_000  # distinct characters remembered; a reply rarely uses more than a few hundred


def _fold_char(char: str) -> str:
    folded = _CHARS.get(char)
    if folded is None:
        folded = "" if unicodedata.category(char) == "Cf" else unicodedata.normalize("NFKC", char).lower()
        if len(_CHARS) < _CACHED:
            _CHARS[char] = folded
    return folded


#: Whitespace between two of these is not a word break: 「加 微 信」, 「138 1234」 (digits and Chinese characters,
#: the ranges of ``folding.is_cjk``).
_JOINING = r"\d\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
_JOINS = re.compile(f"[{_JOINING}]")
_JOINED_SPACE = re.compile(f"(?<=[{_JOINING}])\\s+(?=[{_JOINING}])")
_FORMAT = re.compile(f"[{FORMAT_CHARACTERS}]+")
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _joins(char: str) -> bool:
    return _JOINS.fullmatch(char) is not None


@dataclass(frozen=True)
class MatchText:
    """A field's text as words are matched in it; ``origin[i]`` is where folded character ``i`` came from."""

    text: str
    origin: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text of folded ``text[start:end]`` (``end > start``)."""
        return self.origin[start], self.origin[end - 1] + 1


def match_text(text: str) -> MatchText:
    """``text`` folded for matching (see the module's docstring)."""
    folded = text.translate(_FULL_WIDTH) if not text.isascii() else text
    folded = folded.lower()
    if len(folded) != len(text) or not (folded.isascii() or unicodedata.is_normalized("NFKC", folded)):
        return _match_text_by_character(text)
    # Each character folds to one (nearly every reply): drop what is to be dropped, in C, keeping the places.
    origin: Sequence[int] = range(len(text))
    for pattern in (_FORMAT, _JOINED_SPACE):
        if pattern.search(folded) is None:
            continue
        keep = bytearray(b"\x01") * len(folded)
        for match in pattern.finditer(folded):
            keep[match.start() : match.end()] = bytes(match.end() - match.start())
        folded = "".join(compress(folded, keep))
        origin = list(compress(origin, keep))
    return MatchText(folded, origin)


def _match_text_by_character(text: str) -> MatchText:
    out: list[str] = []
    origin: list[int] = []
    pending: list[tuple[str, int]] = []  # whitespace seen since the last kept character
    last = ""
    for index, char in enumerate(text):
        folded = _fold_char(char)
        for part in folded:
            if part.isspace():
                pending.append((part, index))
                continue
            if pending:
                if not (last and _joins(last) and _joins(part)):
                    out += [c for c, _ in pending]
                    origin += [i for _, i in pending]
                pending.clear()
            out.append(part)
            origin.append(index)
            last = part
    out += [c for c, _ in pending]
    origin += [i for _, i in pending]
    return MatchText("".join(out), origin)


def fold_word(word: str) -> str:
    """A rule's word as it is looked up: folded like a reply."""
    return match_text(word).text


@dataclass(frozen=True)
class Hit:
    """Where one word (or exception) of one rule was found in a ``MatchText``."""

    rule: int  # index of the rule in the table's rules
    word: int  # index of the word in the rule's words; -1 for an exception
    start: int
    end: int


class WordTable:
    """Every word and exception of ``rules`` (sequences of (words, exceptions)), by its folded form."""

    def __init__(self, rules: Sequence[tuple[Sequence[str], Sequence[str]]]) -> None:
        self._entries: dict[str, list[tuple[int, int]]] = {}
        lengths: dict[str, set[int]] = {}
        for rule_index, (words, exceptions) in enumerate(rules):
            tagged = [*((w, n) for n, w in enumerate(words)), *((e, -1) for e in exceptions)]
            for text, word_index in tagged:
                key = fold_word(text)
                if not key:
                    continue
                self._entries.setdefault(key, []).append((rule_index, word_index))
                lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {first: tuple(sorted(sizes, reverse=True)) for first, sizes in lengths.items()}
        # Only places where some word starts are looked at: found by the regex engine, not a Python loop.
        firsts = "".join(sorted(lengths))
        self._starts = re.compile(f"[{re.escape(firsts)}]") if firsts else None

    def __len__(self) -> int:
        return len(self._entries)

    def hits(self, text: str) -> Iterator[Hit]:
        """Every occurrence of every word in ``text`` (a ``MatchText.text``), overlapping ones too."""
        if self._starts is None:
            return
        lengths, entries, left = self._lengths, self._entries, len(text)
        for place in self._starts.finditer(text):
            start = place.start()
            for size in lengths[place.group()]:
                if size > left - start:
                    continue
                found = entries.get(text[start : start + size])
                if found is not None:
                    for rule, word in found:
                        yield Hit(rule, word, start, start + size)


class Exceptions:
    """The spans of one rule's exceptions: whether a span lies inside one of them, in log time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self._starts = [a for a, _ in spans]
        self._reach: list[int] = []
        reach = -1
        for _, end in spans:
            reach = max(reach, end)
            self._reach.append(reach)

    def cover(self, start: int, end: int) -> bool:
        """Whether some exception starting at or before ``start`` ends at or after ``end``."""
        at = bisect_right(self._starts, start)
        return at > 0 and self._reach[at - 1] >= end
