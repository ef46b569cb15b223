"""Weights and sizes as agents and buyers write them: 2.5kg, 3斤半, 五斤, 半斤, 500g; 40x30x30, 40cm*30cm*30cm,
长40宽30高30.

The patterns are shared by ``rates.parse_weight`` / ``rates.parse_size`` (one value, all of it) and by
``fee_question`` (finding them anywhere in a question). Text is expected NFKC-normalised and case-folded
(``normal``), so full-width digits and ``ＫＧ`` read the same as ``2kg``; digits of other scripts (٣) are not
digits here.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Final

#: A number as typed: ASCII digits and at most one decimal point. No underscores, exponents or signs: 1_000 and
#: 1e3 are typing mistakes, not weights. Not ``\d``, which is every script's digits: NFKC makes full-width ３ a 3,
#: but leaves Arabic-Indic ٣ as it is, and Decimal() would read it as 3 without anyone seeing why. Nor the ASCII
#: tail of such digits (٣5 is not 5): the look-behind is ``\d``, any script's digit.
NUMBER: Final = r"(?<!\d)[0-9]+(?:\.[0-9]+)?"
_CN_DIGITS: Final = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9
}  # fmt: skip
_CN_UNITS: Final = {"十": 10, "百": 100, "千": 1000}
CN_NUMBER: Final = r"[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"

#: kg per unit. 斤 is exactly half a kilogram (the market jin of the mainland).
WEIGHT_UNITS: Final = {
    "kg": Decimal(1),
    "公斤": Decimal(1),
    "千克": Decimal(1),
    "斤": Decimal("0.5"),
    "克": Decimal("0.001"),
    "g": Decimal("0.001"),
}
_UNIT: Final = r"(?:kg|公斤|千克|斤|克|g(?![a-z]))"
#: A weight with its unit: 2.5kg, 3斤半, 五斤, 1公斤半, 半斤. Groups: number, unit, half; or unit alone (半斤).
#: A number glued to a digit of any script, or the end of an exponent or a hex prefix, is the tail of something else
#: (٣5kg, 1e3公斤, 0x10kg), not a weight; after a courier's code it is one (sf3kg).
WEIGHT: Final = re.compile(
    rf"(?:(?P<number>(?<![\d._])(?<![0-9]e)(?<!0x){NUMBER}|{CN_NUMBER})\s*(?P<unit>{_UNIT})(?P<half>半)?|半(?P<half_unit>公斤|千克|斤))"
)

_SIDE_UNIT: Final = r"(?:cm|厘米|公分)"
_SIDE: Final = rf"{NUMBER}\s*{_SIDE_UNIT}?"
_BY: Final = r"\s*[x*×]\s*"
#: A parcel size in cm: 40x30x30, 40*30*30, 40×30×30cm, 40cm*30cm*30cm, 长40宽30高30 (units and commas allowed).
SIZE: Final = re.compile(
    rf"(?<![\d.])(?:{_SIDE}{_BY}{_SIDE}{_BY}{_SIDE}"
    rf"|长\s*{_SIDE}[\s,、]*宽\s*{_SIDE}[\s,、]*高\s*{_SIDE})(?![\d.])"
)
_LWH: Final = re.compile(rf"长({NUMBER}){_SIDE_UNIT}?[,、]*宽({NUMBER}){_SIDE_UNIT}?[,、]*高({NUMBER}){_SIDE_UNIT}?")


def normal(text: str) -> str:
    """``text`` NFKC-normalised and case-folded, whitespace kept (``fold`` drops it, and words need it)."""
    return unicodedata.normalize("NFKC", text).casefold()


def chinese_number(text: str) -> Decimal | None:
    """五 → 5, 十五 → 15, 二十 → 20, 一百零五 → 105, 两 → 2, 二点五 → 2.5; None when the characters are not a number."""
    whole, _, fraction = text.partition("点")
    total = 0
    digit: int | None = None
    last_unit = 10_000
    for char in whole:
        if char in _CN_DIGITS:
            if digit is not None and digit != 0:
                return None  # 二五: digits side by side are not how a weight is said
            digit = _CN_DIGITS[char]
        elif char in _CN_UNITS:
            unit = _CN_UNITS[char]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            last_unit, digit = unit, None
        else:
            return None
    total += digit or 0
    if not whole:
        return None
    if fraction:
        if any(c not in _CN_DIGITS or c == "两" for c in fraction):
            return None
        return Decimal(f"{total}.{''.join(str(_CN_DIGITS[c]) for c in fraction)}")
    return Decimal(total)


def plain(value: Decimal) -> Decimal:
    """``value`` without trailing zeros and never in exponent form: 0.500 → 0.5, 1.000 → 1, 1000 stays 1000."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def kilograms(match: re.Match[str]) -> Decimal | None:
    """The kg a ``WEIGHT`` match says, exactly (3斤半 → 1.75); None when its number is not one (二五斤)."""
    if match.group("half_unit"):
        return WEIGHT_UNITS[match.group("half_unit")] / 2
    written, unit = match.group("number"), match.group("unit")
    number = Decimal(written) if written[0].isdigit() else chinese_number(written)
    if number is None and written.endswith("千") and unit == "克":  # 十千克 is 十 千克, not 十千 克
        number, unit = chinese_number(written[:-1]), "千克"
    if number is None:
        return None
    if match.group("half"):
        number += Decimal("0.5")
    return plain(number * WEIGHT_UNITS[unit])


def sides(text: str) -> list[str] | None:
    """The three sides written in a size (numbers with their units), or None when it is not three sides."""
    squeezed = re.sub(r"\s+", "", text)
    lwh = _LWH.fullmatch(squeezed)
    if lwh is not None:
        return list(lwh.groups())
    parts = re.split(r"[x*×]", squeezed)
    if len(parts) != 3:
        return None
    return [re.sub(rf"{_SIDE_UNIT}$", "", p) for p in parts]
