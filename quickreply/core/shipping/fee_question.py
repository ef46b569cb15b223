"""Fee questions typed into the popup or given to ``quickreply fee``: ``运费 新疆 2.3``, ``yf 杭州市西湖区… 3斤半
30x20x10 顺丰``, ``运费 北京 1 40x30x30的箱子``.

A question is read whole: a size, a weight, a courier and a place anywhere in it, in any order, with or without spaces
between them. What is left is either a word that says nothing (寄到, 多少钱, 的) or is named back in ``unknown``
("没看懂：的箱子"); two different places, weights, sizes or couriers are not guessed between but named in
``ambiguous``, and the question is then not ``complete``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Final

from ..folding import fold
from . import measures, regions
from .rates import FeeError, parse_weight

#: The first word that turns the popup into a fee calculator.
PREFIXES = ("运费", "yf", "fee")
#: What the bundled library calls its fee reply (shortcut), and the wording used when a library has none.
FEE_REPLY_SHORTCUT = "yfbj"
DEFAULT_FEE_REPLY = "亲，寄往{地区}{重量说明}的包裹，{运费说明}，由{快递}发出，预计{时效}天送达哦～"

#: Words around the parts of a question that say nothing more: 寄到北京, 多少钱, 3斤的. Anything else is named back.
FILLERS: Final = (
    "寄到", "发到", "寄往", "发往", "送到", "邮到", "寄去", "发去", "寄", "发", "到", "往", "去",
    "多少钱", "多少", "几块钱", "钱", "运费", "邮费", "快递费", "费用", "快递", "包裹", "一个", "一件", "个",
    "的", "吗", "呢", "啊", "呀", "哈", "请问", "问下", "问一下", "查一下", "一下", "查", "算一下", "算",
    "用", "走", "重", "大概", "大约", "左右", "差不多", "要", "是", "和", "还有", "尺寸", "重量", "体积",
)  # fmt: skip
#: Characters of an address after the province or city ("北京市朝阳区…", "杭州市西湖区文三路"), not of a sentence.
_ADDRESS_MARKS: Final = re.compile(r"[省市区县镇乡路街道号村巷弄楼室栋]")
_BARE_NUMBER: Final = re.compile(rf"(?<![0-9a-z._\-]){measures.NUMBER}(?![\w.\-])")
#: A bare number this long is a phone number or an order number in a pasted address, not kilograms.
_LONGEST_BARE: Final = 6
_SEPARATORS: Final = re.compile(r"[\s,，、。;；:：!！?？()（）\[\]【】]+")


@dataclass(frozen=True)
class FeeQuestion:
    """What the agent asked; anything not given yet is empty.

    ``weight`` and ``size`` are as written ("3斤半", "40cm*30cm*30cm"): ``rates.parse_weight`` and
    ``rates.parse_size`` read every form this module finds. ``unknown`` holds the words not understood, in order;
    ``ambiguous`` one sentence per part given twice with different values.
    """

    place: str = ""
    weight: str = ""
    size: str = ""
    courier: str = ""
    unknown: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return bool(self.place and self.weight) and not self.ambiguous

    @property
    def notice(self) -> str:
        """What the agent should know before trusting the prices: "没看懂：的箱子" and each ambiguity; "" when none."""
        parts = [*self.ambiguous]
        if self.unknown:
            parts.append(f"没看懂：{' '.join(self.unknown)}")
        return "；".join(parts)


def parse(query: str, couriers: Sequence[str] = ()) -> FeeQuestion | None:
    """The fee question in ``query``, or None when it is not one (it does not start with 运费 / yf / fee).

    Args:
        couriers: courier names and codes known to the fee table, to tell "顺丰" (a courier) from "新疆" (a place).
    """
    words = query.split(maxsplit=1)
    if not words:
        return None
    first = fold(words[0])
    rest = words[1] if len(words) > 1 else ""
    if first in PREFIXES:
        return read(rest, couriers)
    if first.startswith("运费"):  # 运费新疆 2.3; a shortcut such as yfbj is not a fee question
        return read(f"{measures.normal(words[0])[2:]} {rest}", couriers)
    return None


def read(text: str, couriers: Sequence[str] = ()) -> FeeQuestion:
    """The parts of a fee question written without the 运费 prefix: ``北京 1公斤 40x30x30的箱子``.

    Args:
        couriers: courier names and codes known to the fee table (see ``parse``).
    """
    rest = measures.normal(text)
    sizes, rest = _take(measures.SIZE, rest)
    with_unit, rest = _take(measures.WEIGHT, rest)
    bare, rest = _take(_BARE_NUMBER, rest, keep=lambda n: len(n.split(".")[0]) > _LONGEST_BARE)
    weights = [w for _, w in sorted(with_unit + bare)]
    found_couriers, rest = _couriers(rest, couriers)
    places, unknown = _places(rest)
    ambiguous: list[str] = []
    size = _one("尺寸", [s for _, s in sizes], _size_key, ambiguous)
    weight = _one("重量", weights, _weight_key, ambiguous)
    courier = _one("快递", found_couriers, lambda c: c, ambiguous)
    place = _one("地区", places, _province_key, ambiguous)
    return FeeQuestion(place, weight, size, courier, tuple(unknown), tuple(ambiguous))


def _take(
    pattern: re.Pattern[str], text: str, keep: Callable[[str], bool] | None = None
) -> tuple[list[tuple[int, str]], str]:
    """The matches of ``pattern`` in ``text`` (where, what), and the text with each blanked out: words split there,
    and what is found later keeps its place."""
    found: list[tuple[int, str]] = []

    def cut(match: re.Match[str]) -> str:
        if keep is not None and keep(match.group()):
            return match.group()
        found.append((match.start(), match.group().strip()))
        return " " * len(match.group())

    return found, pattern.sub(cut, text)


def _couriers(text: str, couriers: Sequence[str]) -> tuple[list[str], str]:
    """Courier names anywhere (顺丰, 北京顺丰), codes only as a word of their own (sf, not the s and f of a word)."""
    known = {fold(c): c for c in couriers if fold(c)}
    found: list[tuple[int, str]] = []
    for key in sorted(known, key=len, reverse=True):
        word = re.escape(key)
        pattern = rf"(?<![a-z0-9]){word}(?![a-z0-9])" if key.isascii() else word
        for match in list(re.finditer(pattern, text)):
            found.append((match.start(), known[key]))
            text = text[: match.start()] + " " * len(match.group()) + text[match.end() :]
    return [name for _, name in sorted(found)], text


@cache
def _fillers() -> tuple[str, ...]:
    return tuple(sorted(FILLERS, key=len, reverse=True))


def _only_fillers(text: str) -> bool:
    """Whether ``text`` is made of filler words alone (寄到, 多少钱, 的): the longest first, backing off when stuck."""
    if not text:
        return True
    return any(text.startswith(w) and _only_fillers(text[len(w) :]) for w in _fillers())


def _places(text: str) -> tuple[list[str], list[str]]:
    """The places in what is left of a question, and the words not understood.

    A word that is a province (新疆, 浙, 内蒙古自治区) is a place; so is a pasted address (a province or big city
    followed by 市, 区, 路… or another place), with the words of it that follow ("杭州市 西湖区 文三路1号"). Around
    a place inside a word ("寄到北京的"), filler words are understood and anything else is named back.
    """
    places: list[str] = []
    unknown: list[str] = []
    in_address = False
    for word in (w for w in _SEPARATORS.split(text) if w):
        if _only_fillers(word):
            in_address = False
            continue
        if _province(word):
            _add_place(places, word, in_address)
            in_address = True
            continue
        span = regions.place_span(word)
        if span is None:
            if in_address and _ADDRESS_MARKS.search(word):
                places[-1] += word  # 杭州市 西湖区: the address goes on
            else:
                unknown.append(word)
                in_address = False
            continue
        start, end, _ = span
        before, after = word[:start], word[end:]
        if before and not _only_fillers(before):
            unknown.append(before)
        if after and (_ADDRESS_MARKS.search(after) or regions.place_in_text(after)):
            _add_place(places, word[start:], in_address and not before)
            in_address = True
            continue
        _add_place(places, word[start:end], in_address and not before)
        in_address = not after
        if after and not _only_fillers(after):
            unknown.append(after)
    return places, unknown


def _add_place(places: list[str], place: str, goes_on: bool) -> None:
    """``place`` as a place of its own, or the next part of the address before it (浙江省 杭州市: one address)."""
    if goes_on and places and _province_key(places[-1]) == _province_key(place):
        places[-1] += place
    else:
        places.append(place)


def _province(word: str) -> str:
    try:
        return regions.province(word)
    except regions.RegionError:
        return ""


def _province_key(place: str) -> str:
    try:
        return regions.province(place)
    except regions.RegionError:
        try:
            return regions.province_in_address(place)
        except regions.RegionError:
            return place


def _weight_key(weight: str) -> str:
    try:
        return str(parse_weight(weight))
    except FeeError:
        return weight


def _size_key(size: str) -> str:
    sides = measures.sides(size)
    if sides is None:
        return size
    try:
        return "x".join(str(Decimal(s).normalize()) for s in sides)
    except ArithmeticError:
        return size


def _one(what: str, found: list[str], key: Callable[[str], str], ambiguous: list[str]) -> str:
    """The one value written (the first, when the others say the same); "" and a sentence in ``ambiguous`` when
    they differ: 地区写了两个（北京、上海），请只写一个。"""
    if not found:
        return ""
    distinct: dict[str, str] = {}
    for value in found:
        distinct.setdefault(key(value), value)
    if len(distinct) == 1:
        return found[0]
    count = "两" if len(distinct) == 2 else str(len(distinct))
    ambiguous.append(f"{what}写了{count}个（{'、'.join(distinct.values())}），请只写一个")
    return ""
