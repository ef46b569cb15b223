""" "能发西藏吗": which couriers deliver to a province and in how many days, which do not, and a kind reply to copy.

No weight is needed: this answers whether a parcel can go at all, from the fee table's rows (a row marked 不配送, or
no row for the province, means that courier does not deliver there) and the shop's 不发货地区.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quickreply.core.shipping.rates import RateTable
from quickreply.core.shipping.regions import province_of


@dataclass(frozen=True)
class Reach:
    """Whether one courier delivers to one province.

    Args:
        courier: the courier's name in the fee table.
        zone: the label of the row that decides it ("新疆、西藏", "其他"), "" when the courier has no row for it.
        eta: the days to deliver (first, last), None when the courier does not deliver there.
    """

    courier: str
    zone: str
    eta: tuple[int, int] | None

    @property
    def reachable(self) -> bool:
        return self.eta is not None


def who_delivers(table: RateTable, place: str, courier: str | None = None) -> list[Reach]:
    """Every courier of ``table`` (or the one asked) and whether it delivers to ``place``: those that do first, the
    fastest first (by the last day, then the first), then those that do not, in table order.

    Raises:
        RegionError: ``place`` is not a province and no province is found in it.
        FeeError: ``courier`` is not in the table (the message lists the known ones).
    """
    target = province_of(place)
    chosen = [table.courier(courier)] if courier is not None else list(table.couriers)
    order = {c.name: n for n, c in enumerate(table.couriers)}
    found = []
    for c in chosen:
        row = table.zone_for(c.name, target)
        eta = row.eta if row is not None and row.reachable else None
        found.append(Reach(c.name, row.label if row is not None else "", eta))

    def rank(r: Reach) -> tuple[bool, int, int, int]:
        return (r.eta is None, r.eta[1] if r.eta else 0, r.eta[0] if r.eta else 0, order[r.courier])

    return sorted(found, key=rank)


def days(eta: tuple[int, int]) -> str:
    """``(3, 5)`` → ``3-5天``, ``(2, 2)`` → ``2天``."""
    low, high = eta
    return f"{low}天" if low == high else f"{low}-{high}天"


def _days_by_courier(going: Sequence[Reach]) -> str:
    """``顺丰约3-5天，中通、韵达约5-7天``: couriers with the same days said together, the fastest first."""
    groups: dict[tuple[int, int], list[str]] = {}
    for r in going:
        assert r.eta is not None
        groups.setdefault(r.eta, []).append(r.courier)
    return "，".join(f"{'、'.join(names)}约{days(eta)}" for eta, names in groups.items())


def reach_reply(place: str, reaches: Sequence[Reach], *, shop_ships: bool = True, asked: str = "") -> str:
    """The reply to copy to a buyer asking whether a parcel can go to ``place`` (a canonical province).

    It names the couriers that deliver there with their days; those that do not are said kindly, with what the shop
    can do instead. Nothing blunt (不能, 不行) and no superlatives, as the platform's rules ask.

    Args:
        reaches: ``who_delivers`` for every courier of the table.
        shop_ships: False when the shop's policy does not ship to ``place`` at all (its 不发货地区).
        asked: the courier the buyer asked for, if any.
    """
    going = [r for r in reaches if r.reachable]
    if not shop_ships or not going:
        return (
            f"亲，非常抱歉，{place}这边暂时还没有开通配送，给您添麻烦了～"
            "如果方便的话，可以换一个其他地区的收货地址，这边马上为您安排发货哦～"
        )
    wanted = next((r for r in reaches if r.courier == asked), None) if asked else None
    if wanted is not None and wanted.eta is not None:
        return f"亲，{place}可以发{wanted.courier}的哦～预计{days(wanted.eta)}左右送达，您放心下单就好～"
    if wanted is not None:
        others = "、".join(f"{r.courier}（约{days(r.eta)}）" for r in going[:3] if r.eta is not None)
        return f"亲，{wanted.courier}暂时还没有开通{place}的配送哦～这边可以为您安排{others}发货，您看可以吗～"
    text = f"亲，{place}是可以发货的哦～{_days_by_courier(going)}送达。"
    missing = [r.courier for r in reaches if not r.reachable]
    if missing:
        text += f"{'、'.join(missing)}暂时还没有开通{place}的配送，下单后这边为您安排能送到的快递，您放心下单就好～"
    else:
        text += "您放心下单就好～"
    return text
