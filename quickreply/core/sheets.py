"""What every spreadsheet the app reads has in common: cells as text, header spellings, CSV encodings, formulas.

Shared by the rate sheets (``rate_sheets``) and the template spreadsheets (``spreadsheets``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal
from typing import Final

from quickreply.core.text import fold

# A cell Excel would run as a formula; in CSV it is written behind an apostrophe, which Excel hides.
FORMULA_START: Final = ("=", "+", "-", "@")

Cell = str | int | float | Decimal | bool | datetime | date | time | None


def header_key(text: str) -> str:
    """A header as compared: width, case, spaces and brackets do not matter (``ＣＡＴＥ gory`` is ``category``)."""
    return re.sub(r"[\s_\-()（）\[\]【】]", "", fold(text))


def cell_text(value: Cell) -> str:
    """A cell as the text a person sees in it, trimmed (1.0 is ``1``, True is ``是``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).strip()


def unescape(text: str) -> str:
    """Drop the apostrophe written in front of a formula-looking CSV cell."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_START:
        return text[1:]
    return text


def decode_text(data: bytes) -> str:
    """CSV bytes as text: UTF-8 with or without BOM, else GB18030 (a superset of GBK).

    Raises:
        UnicodeDecodeError: none of these encodings fits.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")
