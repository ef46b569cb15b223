"""What the buyer pays: the shop's freight policy (its 运费模板) and the quotes an agent copies to the buyer.

The courier's side — rate rows, chargeable weight, the fee formula — is in ``fees``; this module adds the shop's
rules on top: free shipping, remote regions, upgrades to another courier, regions not served.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from quickreply.core.shipping.rates import (
    CENT,
    DIFFERENCE,
    Courier,
    FeeError,
    RateRow,
    RateTable,
    chargeable_weight,
    fee,
    parse_size,
    parse_weight,
)
from quickreply.core.shipping.regions import RegionError, province, province_of


def _provinces(places: Iterable[str], what: str) -> frozenset[str]:
    try:
        return frozenset(province(p) for p in places)
    except RegionError as error:
        raise FeeError(f"运费模板的{what}有误：{error}") from None


@dataclass(frozen=True)
class Upgrade:
    """What the buyer adds to have the parcel sent with ``courier`` instead of the default one.

    ``surcharge`` is a fixed amount in yuan, or ``DIFFERENCE``: the courier's fee minus the default courier's fee
    (never below 0).
    """

    courier: str
    surcharge: Decimal | Literal["difference"]

    def __post_init__(self) -> None:
        if isinstance(self.surcharge, Decimal) and not (self.surcharge.is_finite() and self.surcharge >= 0):
            raise FeeError(f"升级{self.courier}的加价「{self.surcharge}」元不能是负数。")


@dataclass(frozen=True)
class ShopPolicy:
    """The shop's freight policy for buyers (its 运费模板).

    Args:
        origin: the province parcels leave from.
        default_courier: the courier used unless the buyer asks for another.
        free_over_amount: 满 X 元包邮, or None.
        free_over_pieces: 满 N 件包邮, or None. Either condition met is enough.
        free_excluded: provinces where free shipping does not apply.
        remote: provinces that pay ``remote_fee`` on top (偏远地区加收).
        remote_fee: the extra yuan for a remote province.
        upgrades: how much the buyer adds for another courier; a courier not listed costs the difference.
        not_served: provinces the shop does not ship to.
    """

    origin: str
    default_courier: str
    free_over_amount: Decimal | None = None
    free_over_pieces: int | None = None
    free_excluded: frozenset[str] = frozenset()
    remote: frozenset[str] = frozenset()
    remote_fee: Decimal = Decimal(0)
    upgrades: tuple[Upgrade, ...] = ()
    not_served: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        (origin,) = _provinces([self.origin], "发货地")
        object.__setattr__(self, "origin", origin)
        object.__setattr__(self, "free_excluded", _provinces(self.free_excluded, "不包邮地区"))
        object.__setattr__(self, "remote", _provinces(self.remote, "偏远地区"))
        object.__setattr__(self, "not_served", _provinces(self.not_served, "不发货地区"))
        if self.free_over_amount is not None and not (self.free_over_amount.is_finite() and self.free_over_amount > 0):
            raise FeeError(f"运费模板的包邮金额「{self.free_over_amount}」元必须大于 0。")
        if self.free_over_pieces is not None and self.free_over_pieces <= 0:
            raise FeeError(f"运费模板的包邮件数「{self.free_over_pieces}」必须大于 0。")
        if not (self.remote_fee.is_finite() and self.remote_fee >= 0):
            raise FeeError(f"运费模板的偏远地区加收「{self.remote_fee}」元不能是负数。")

    def upgrade(self, courier: str) -> Decimal | Literal["difference"]:
        """The surcharge for ``courier`` (0 for the default courier, the difference when not listed)."""
        if courier == self.default_courier:
            return Decimal(0)
        for upgrade in self.upgrades:
            if upgrade.courier == courier:
                return upgrade.surcharge
        return DIFFERENCE

    def free_shipping(self, place: str, amount: Decimal | None, pieces: int | None) -> bool:
        """True when an order of ``amount`` yuan / ``pieces`` items to ``place`` ships free."""
        if place in self.free_excluded:
            return False
        by_amount = self.free_over_amount is not None and amount is not None and amount >= self.free_over_amount
        by_pieces = self.free_over_pieces is not None and pieces is not None and pieces >= self.free_over_pieces
        return by_amount or by_pieces


@dataclass(frozen=True)
class Quote:
    """One courier's answer for one parcel to one province.

    ``fee`` is what the shop pays the courier; ``buyer_pays`` is what the buyer pays under the shop policy, with
    ``reason`` saying why in a few Chinese words. Both are None when the parcel cannot go.

    How ``buyer_pays`` is made, for a reply that says what is true (``fee_reply``): ``base`` (the fee of the courier
    ``charged_by`` at its chargeable weight ``priced_kg``; 0 when ``free``) + ``upgrade`` (the surcharge for this
    courier, the difference of the two fees when ``by_difference``) + ``remote_fee``. ``actual_kg`` is the weight as
    given, before volume; ``chargeable_kg`` this courier's chargeable weight.
    """

    courier: str
    province: str
    zone: str
    chargeable_kg: Decimal
    fee: Decimal | None
    eta: tuple[int, int] | None
    reachable: bool
    buyer_pays: Decimal | None
    reason: str = field(default="")
    actual_kg: Decimal | None = None
    charged_by: str = ""
    priced_kg: Decimal | None = None
    base: Decimal = Decimal(0)
    free: bool = False
    upgrade: Decimal = Decimal(0)
    by_difference: bool = False
    remote_fee: Decimal = Decimal(0)


def _yuan(amount: Decimal) -> str:
    return f"{amount.quantize(CENT, rounding=ROUND_HALF_UP)}"


def quote(
    table: RateTable,
    policy: ShopPolicy,
    place: str,
    weight_kg: Decimal | str,
    size: tuple[Decimal, Decimal, Decimal] | str | None = None,
    courier: str | None = None,
    amount: Decimal | None = None,
    pieces: int | None = None,
) -> list[Quote]:
    """Answer "多少运费、几天到、能不能发" for a parcel: one quote per courier, or for the one asked.

    ``place`` is a province in any usual form or a pasted address. Quotes come cheapest first (by the courier's
    fee, then the faster), couriers that cannot deliver last.

    The buyer's price starts from the default courier: its fee, or 0 when free shipping applies; a remote province
    adds the remote fee; another courier adds its upgrade surcharge. When the default courier cannot deliver, the
    other courier's own fee is the starting point.

    Raises:
        RegionError: the place is not a province and no province is found in it.
        FeeError: a bad weight or size, or an unknown courier (the message lists the known ones).
    """
    target = province_of(place)
    weight = parse_weight(weight_kg)
    dims = parse_size(size) if isinstance(size, str) else size
    chosen = [table.courier(courier)] if courier is not None else list(table.couriers)
    default = table.courier(policy.default_courier)
    free = policy.free_shipping(target, amount, pieces)
    remote = target in policy.remote and policy.remote_fee > 0

    def priced(c: Courier) -> tuple[RateRow | None, Decimal, Decimal | None]:
        row = table.zone_for(c.name, target)
        kg = chargeable_weight(weight, dims, c.vol_divisor)
        cost = fee(row, kg) if row is not None and row.reachable else None
        return row, kg, cost

    _, default_kg, default_fee = priced(default)
    quotes: list[Quote] = []
    for c in chosen:
        row, kg, cost = priced(c)
        zone = row.label if row is not None else ""
        eta = row.eta if row is not None and row.reachable else None
        if cost is None:
            reason = f"{c.name}不配送{target}"
            quotes.append(Quote(c.name, target, zone, kg, None, eta, False, None, reason, weight))
            continue
        if target in policy.not_served:
            quotes.append(Quote(c.name, target, zone, kg, cost, eta, True, None, f"本店不发{target}", weight))
            continue
        reasons: list[str] = []
        by_difference = False
        if default_fee is None:
            charged_by, priced_kg, fee_base = c.name, kg, cost
            surcharge = Decimal(0)
        else:
            charged_by, priced_kg, fee_base = default.name, default_kg, default_fee
            rule = policy.upgrade(c.name)
            if rule == DIFFERENCE:
                surcharge = max(Decimal(0), cost - default_fee)
                by_difference = surcharge > 0
                if by_difference:
                    priced_kg = kg  # base + difference is this courier's own fee
            else:
                assert isinstance(rule, Decimal)
                surcharge = rule
        base = Decimal(0) if free else fee_base
        reasons.append("包邮" if free else f"按{charged_by}运费")
        if surcharge > 0:
            how = "补差价" if by_difference else "加"
            reasons.append(f"升级{c.name}{how}{_yuan(surcharge)}元")
        extra = policy.remote_fee if remote else Decimal(0)
        if remote:
            reasons.append(f"偏远地区加收{_yuan(extra)}元")
        buyer = (base + surcharge + extra).quantize(CENT, rounding=ROUND_HALF_UP)
        quotes.append(
            Quote(
                c.name,
                target,
                zone,
                kg,
                cost,
                eta,
                True,
                buyer,
                "，".join(reasons),
                actual_kg=weight,
                charged_by="" if free else charged_by,
                priced_kg=priced_kg,
                base=base,
                free=free,
                upgrade=surcharge,
                by_difference=by_difference,
                remote_fee=extra,
            )
        )

    order = {c.name: i for i, c in enumerate(table.couriers)}

    def rank(q: Quote) -> tuple[bool, Decimal, int, int]:
        return (not q.reachable, q.fee or Decimal(0), q.eta[1] if q.eta else 0, order[q.courier])

    return sorted(quotes, key=rank)
