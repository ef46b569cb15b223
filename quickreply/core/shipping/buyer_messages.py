"""What a buyer's message says that the shipping tables answer.

A tracking number inside a message ("SF1234567890123 到哪了") brings the logistics reply first, its {快递} and {单号}
already filled in — second when the message clearly asks something else about the parcel ("…单号填错了一位",
"停在转运中心好几天了": the reply for that stays first); a place and a weight ("发新疆2公斤多少钱") make the
message a fee question the popup answers with the prices. ``search`` is ``Library.search`` with both: what the popup
and ``quickreply search`` call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Final

from ..folding import fold, is_cjk
from ..library.buyer_search import CLEAR
from ..models import Hit, Template
from ..search.buyer_text import TRACKING, WEIGHT, read, reads_like_message
from ..variables import fields
from . import regions, tracking_numbers
from .fee_question import FeeQuestion

if TYPE_CHECKING:
    from ..library.store import Library

#: The variables a logistics reply is filled with.
COURIER, NUMBER = "快递", "单号"
#: A reply that matches a message with a tracking number clearly better than the logistics reply (which matches it
#: less than this share as well) stays ahead of it.
_CLEARLY_BETTER: Final = 0.6
_SEEN: Final = 20
#: How sure a format must be of a bare number for the popup to take it as a tracking number.
SURE: Final = 0.6
#: Why the logistics reply came first, in the popup's hint and ``reason`` of ``--json``.
TRACKING_REASON: Final = "消息里有运单号"


@dataclass(frozen=True)
class TrackingInMessage:
    """A tracking number found in a message, and the courier its format points to ("" when none fits)."""

    number: str
    courier: str


def tracking_in(message: str) -> TrackingInMessage | None:
    """The first tracking number in a buyer's message; None when there is none, or the message is only the number
    (the popup answers a bare number itself)."""
    if not any(is_cjk(c) for c in message):
        return None
    for number in read(message).numbers:
        if number.kind != TRACKING:
            continue
        candidates = tracking_numbers.recognise(number.text)
        best = max(candidates, key=lambda c: c.confidence) if candidates else None
        return TrackingInMessage(tracking_numbers.normalise(number.text), best.courier if best else "")
    return None


#: "能发西藏吗", "西藏发不发", "新疆到不到": whether a parcel can go there at all. Not "什么时候能发" (when it ships).
_CAN_IT_GO: Final = re.compile(
    r"(?<!什么时候)(?<!啥时候)(?<!几时)(?<!多久)(?:能不能|可不可以|能|可以)(?:发|寄|送|到)"
    r"|(?:发|寄|送|到)不(?:发|寄|送|到)|(?:发|寄|送)得到"
)


def fee_question_in(message: str, couriers: tuple[str, ...] = ()) -> FeeQuestion | None:
    """The fee question a buyer's message asks: a place and a weight in it ("寄到新疆 2kg 多少钱"), or a place and
    whether it can go there ("能发西藏吗": no weight, ``complete`` False); None otherwise."""
    place = regions.place_in_text(message)
    if not place:
        return None
    weight = next((_kilograms(n.text) for n in read(message).numbers if n.kind == WEIGHT), "")
    folded = fold(message)
    if not weight and not _CAN_IT_GO.search(folded):
        return None
    courier = next((c for c in sorted(couriers, key=len, reverse=True) if c and fold(c) in folded), "")
    return FeeQuestion(place=place, weight=weight, courier=courier)


_UNITS: Final = (("公斤", "1"), ("千克", "1"), ("kg", "1"), ("斤", "0.5"), ("克", "0.001"), ("g", "0.001"))


def _kilograms(written: str) -> str:
    """``2公斤`` → ``2``, ``3斤`` → ``1.5``, ``500g`` → ``0.5``: the weight in kg as the fee table reads it."""
    text = fold(written).replace(" ", "")
    for unit, factor in _UNITS:
        if text.endswith(unit):
            try:
                kg = Decimal(text[: -len(unit)]) * Decimal(factor)
            except InvalidOperation:
                return ""
            return format(kg.normalize(), "f") if kg > 0 else ""
    return ""


def search(lib: Library, query: str, limit: int = 50, category: str | int | None = None) -> list[Hit]:
    """``Library.search``, and for a message with a tracking number the logistics reply first, filled in."""
    if limit <= 0 or not reads_like_message(query):
        return lib.search(query, limit, category)
    # Enough results to see how well the logistics reply itself matched, however few are shown.
    hits = lib.search(query, max(limit, _SEEN), category)
    found = tracking_in(query)
    if found is None:
        return hits[:limit]
    template = _logistics_reply(lib, hits, category)
    if template is None:
        return hits[:limit]
    first = next((h for h in hits if h.template.id == template.id), None)
    own = first.score if first is not None and first.by_meaning else 0.0
    values = _values(template, found)
    if first is None:
        first = Hit(template, hits[0].score if hits else 1.0, 5, by_meaning=True)
    first = replace(first, reason=TRACKING_REASON, values=values)
    rest = [h for h in hits if h.template.id != template.id]
    at = 1 if rest and hits[0] is rest[0] and _answers_instead(rest[0], own) else 0
    return [*rest[:at], first, *rest[at:]][:limit]


def _answers_instead(top: Hit, logistics: float) -> bool:
    """Whether the meaning search's first reply answers the message clearly, and clearly better than the logistics
    reply does: then the message asks something else about the parcel (its number was typed wrong, it is stuck)."""
    return top.by_meaning and top.score >= CLEAR and logistics < _CLEARLY_BETTER * top.score


def _uses(template: Template, name: str) -> bool:
    return any(f.name == name for f in fields(template.body))


def _logistics_reply(lib: Library, hits: list[Hit], category: str | int | None) -> Template | None:
    """The reply that tells a buyer where the parcel is: the best result using {单号} and {快递}, else the library's
    such reply in a 物流 category (the most used)."""
    for hit in hits[:5]:
        if _uses(hit.template, NUMBER) and _uses(hit.template, COURIER):
            return hit.template
    within = lib.tree.ids_under(category) if category is not None else None
    places: list[int | None] = [
        c.id for c in lib.categories() if "物流" in c.path and (within is None or c.id in within)
    ]
    for place in places or [None]:
        candidates = [
            t for t in lib.templates(place if place is not None else category) if _uses(t, NUMBER) and _uses(t, COURIER)
        ]
        if candidates:
            return max(candidates, key=lambda t: (lib.frecency(t.id) or 0.0, -t.id))
    return None


def logistics_reply(lib: Library) -> Template | None:
    """The library's reply that tells a buyer where the parcel is (uses {单号} and {快递}; the 物流查询 of the bundled
    library), the most used in a 物流 category first; None when it has none."""
    return _logistics_reply(lib, [], None)


def tracking_number_in(text: str) -> TrackingInMessage | None:
    """The tracking number ``text`` holds: the text itself when it is one a format recognises surely
    (``SF1234567890123``, pasted or on the clipboard), else the first in a buyer's message; None otherwise."""
    words = text.split()
    if len(words) == 1:
        number = tracking_numbers.normalise(words[0])
        if 10 <= len(number) <= 32 and number.isalnum():
            candidates = tracking_numbers.recognise(number)
            if candidates and candidates[0].confidence >= SURE:
                return TrackingInMessage(number, candidates[0].courier)
        return None
    return tracking_in(text)


def tracking_values(template: Template, *texts: str) -> dict[str, str]:
    """{单号} and {快递} for a logistics reply from the first of ``texts`` (the query, then the clipboard) holding a
    tracking number; {} when the reply does not use both or none holds one."""
    if not (_uses(template, NUMBER) and _uses(template, COURIER)):
        return {}
    for text in texts:
        found = tracking_number_in(text) if text.strip() else None
        if found is not None:
            return _values(template, found)
    return {}


def _values(template: Template, found: TrackingInMessage) -> dict[str, str]:
    values = {NUMBER: found.number}
    if found.courier:
        spec = next(f for f in fields(template.body) if f.name == COURIER)
        # 顺丰速运 → 顺丰 when the reply offers 顺丰 to choose: the buyer reads the name the reply uses.
        values[COURIER] = next((c for c in spec.choices if c and c in found.courier), found.courier)
    return values
