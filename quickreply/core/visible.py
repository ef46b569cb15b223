"""Text a user gave, made safe to quote back in a message: nothing in it can hide, reorder or break the line."""

from __future__ import annotations

import unicodedata

#: Control (Cc), format (Cf: bidi marks and overrides, zero-width characters), surrogate (Cs), unassigned and
#: private-use characters, and separators other than the plain space (line, paragraph, the other spaces).
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"})
#: Right-to-left letters and Arabic digits: shown as they are they can reorder the message around them.
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})


def visible(text: str) -> str:
    """``text`` with every character that does not show as itself escaped: ``\\u200f`` for a right-to-left mark,
    ``\\t`` for a tab, ``\\xff`` for a byte that was not UTF-8 (a lone surrogate from ``surrogateescape``); and the
    right-to-left ones (Arabic, Hebrew, Arabic-Indic digits: ``\\u0663``), which would turn the line around them.

    The ordinary space stays, and so does the ideographic space (U+3000), which Chinese text uses.
    """
    out = []
    for char in text:
        code = ord(char)
        if char in (" ", "\u3000") or (
            unicodedata.category(char) not in _HIDDEN and unicodedata.bidirectional(char) not in _RIGHT_TO_LEFT
        ):
            out.append(char)
        elif 0xDC80 <= code <= 0xDCFF:  # surrogateescape's stand-in for the byte code - 0xDC00
            out.append(f"\\x{code - 0xDC00:02x}")
        else:
            out.append(char.encode("unicode_escape").decode("ascii"))
    return "".join(out)
