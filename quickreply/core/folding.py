"""Text folding shared by the store and the search: what counts as "the same" to an agent."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

#: Unicode's format characters (category Cf: zero-width spaces and joiners, the word joiner, the soft hyphen, bidi
#: overrides and isolates, the byte-order mark, tags…): they show nothing, so text that differs only by them is the
#: same text to an agent. Written out (Unicode 15) because scanning every code point at start-up costs 0.2 s; a test
#: checks the list against ``unicodedata``.
FORMAT_CHARACTERS: Final = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
_FORMAT = re.compile(f"[{FORMAT_CHARACTERS}]")
_INVISIBLE = re.compile(f"[\\s\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029{FORMAT_CHARACTERS}]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold(text: str) -> str:
    """Return ``text`` as the search compares it.

    Full-width and half-width forms are made equal (NFKC), case is folded, and whitespace and control characters
    are removed, and so are format characters (``FORMAT_CHARACTERS``), so ``ＴＫ``, ``tk``, ``T K`` and ``t\u2060k``
    are the same key. Lone surrogates (which only a hostile clipboard
    produces) are dropped.
    """
    if not text.isascii():  # ASCII text is already NFKC, and has no surrogates
        if _SURROGATE.search(text):
            text = _SURROGATE.sub("", text)
        # NFKC's own mapping of full-width forms, done first because it is cheap: most Chinese text is then NFKC
        # already, and normalising it (the slow part) can be skipped.
        text = text.translate(_FULL_WIDTH)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    return _INVISIBLE.sub("", text.casefold())


def terms(query: str) -> list[str]:
    """Split a query into folded, non-empty, distinct terms (space-separated terms are ANDed)."""
    seen: dict[str, None] = {}
    for part in _SURROGATE.sub("", unicodedata.normalize("NFKC", query)).split():
        term = fold(part)
        if term:
            seen.setdefault(term, None)
    return list(seen)


def is_cjk(char: str) -> bool:
    """True for a Chinese character (the characters that have a pinyin reading)."""
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2EBEF or 0xF900 <= code <= 0xFAFF
    )


def has_cjk(text: str) -> bool:
    return any(is_cjk(c) for c in text)


def shortcut_key(code: str) -> str:
    """The form a shortcut code is compared in: half-width, lower case, no spaces, no format characters."""
    return fold(code)


def format_characters(text: str) -> list[str]:
    """The format characters (invisible: zero-width, word joiner, soft hyphen, bidi controls…) in ``text``, each
    once, as ``U+200B`` names for a message."""
    return list(dict.fromkeys(f"U+{ord(char):04X}" for char in _FORMAT.findall(text)))
