"""Fee questions typed into the popup: ``运费 新疆 2.3``, ``yf 杭州市西湖区… 1.5 30x20x10 顺丰``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..folding import fold

#: The first word that turns the popup into a fee calculator.
PREFIXES = ("运费", "yf", "fee")
#: What the bundled library calls its fee reply (shortcut), and the wording used when a library has none.
FEE_REPLY_SHORTCUT = "yfbj"
DEFAULT_FEE_REPLY = "亲，寄往{地区}{重量说明}的包裹，{运费说明}，由{快递}发出，预计{时效}天送达哦～"

_WEIGHT = re.compile(r"^\d+(?:\.\d+)?(?:kg|公斤|千克)?$")
_SIZE = re.compile(r"^\d+(?:\.\d+)?[x*×]\d+(?:\.\d+)?[x*×]\d+(?:\.\d+)?(?:cm)?$")


@dataclass(frozen=True)
class FeeQuestion:
    """What the agent asked; anything not given yet is empty."""

    place: str = ""
    weight: str = ""
    size: str = ""
    courier: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.place and self.weight)


def parse(query: str, couriers: Sequence[str] = ()) -> FeeQuestion | None:
    """The fee question in ``query``, or None when it is not one (it does not start with 运费 / yf / fee).

    Args:
        couriers: courier names and codes known to the fee table, to tell "顺丰" (a courier) from "新疆" (a place).
    """
    words = query.split()
    if not words:
        return None
    first = fold(words[0])
    if first in PREFIXES:
        rest = words[1:]
    elif first.startswith("运费"):  # 运费新疆 2.3; a shortcut such as yfbj is not a fee question
        rest = [first[2:], *words[1:]]
    else:
        return None
    known = {fold(c): c for c in couriers}
    place: list[str] = []
    weight = size = courier = ""
    for word in (w for w in rest if w):
        key = fold(word)
        if _SIZE.match(key):
            size = key
        elif _WEIGHT.match(key):
            weight = key
        elif key in known:
            courier = known[key]
        else:
            place.append(word)
    return FeeQuestion("".join(place), weight, size, courier)
