"""What a parcel costs, how long it takes and whether it can go at all: couriers, rate rows, the shop's freight policy.

Money and weights are ``Decimal`` from end to end, so "1.01 kg with 1 kg steps" is one more step exactly and
"1.0 kg" is not. The courier's price (what the shop pays) and the buyer's price (what the shop's freight policy,
its 运费模板, charges) are kept apart: a quote states both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final, Literal

from quickreply.core.errors import QuickReplyError
from quickreply.core.regions import ALL_PROVINCES, RegionError, province, province_in_address
from quickreply.core.text import fold


class FeeError(QuickReplyError):
    """A rate row, weight, size, courier or policy that cannot be priced (the message names the value)."""


OTHER: Final[frozenset[str]] = frozenset({"其他"})
"""The zone of a rate row that covers every province not named in another row of the same courier."""

DIFFERENCE: Final = "difference"
"""An upgrade surcharge equal to the difference of the two couriers' fees."""

CENT = Decimal("0.01")
MAX_WEIGHT_KG = Decimal(1000)
MAX_SIDE_CM = Decimal(1000)


@dataclass(frozen=True)
class Courier:
    """A courier company the shop ships with.

    Args:
        name: what agents call it (顺丰, 中通, 邮政).
        code: a short latin code (SF, ZTO, EMS).
        hotline: customer-service phone number, or "".
        tracking_patterns: regular expressions a tracking number of this courier matches.
        vol_divisor: 抛比 — cm³ per chargeable kg (6000, 8000, 12000), or None when it charges actual weight only.
        note: free text for the agent.
    """

    name: str
    code: str
    hotline: str = ""
    tracking_patterns: tuple[str, ...] = ()
    vol_divisor: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise FeeError("快递名称是空的：请写快递名称，如 顺丰。")
        if self.vol_divisor is not None and self.vol_divisor <= 0:
            raise FeeError(f"{self.name} 的抛比「{self.vol_divisor}」必须大于 0，如 6000。")


def _zone_label(zone: frozenset[str]) -> str:
    if zone == OTHER:
        return "其他"
    return "、".join(p for p in ALL_PROVINCES if p in zone)


@dataclass(frozen=True)
class RateRow:
    """What one courier charges for parcels to one zone (a set of provinces, or ``OTHER``).

    Prices and the delivery time may be left out (None) only on an unreachable row (不配送). Provinces may be given
    in any usual form; they are stored as canonical names.

    Raises:
        FeeError: a weight ≤ 0, a negative fee, a delivery time whose first day is after its last, an unknown
            province, or a reachable row without prices.
    """

    courier: str
    zone: frozenset[str]
    first_kg: Decimal | None = None
    first_fee: Decimal | None = None
    step_kg: Decimal | None = None
    step_fee: Decimal | None = None
    eta: tuple[int, int] | None = None
    reachable: bool = True

    def __post_init__(self) -> None:
        where = f"{self.courier}「{_zone_label(self.zone) if self.zone else '（空）'}」"
        if not self.zone:
            raise FeeError(f"{self.courier} 有一行没有写地区：请写省份，或写 其他。")
        if self.zone != OTHER:
            canonical: set[str] = set()
            for name in self.zone:
                try:
                    canonical.add(province(name))
                except RegionError as error:
                    raise FeeError(f"{self.courier} 的地区有误：{error}") from None
            object.__setattr__(self, "zone", frozenset(canonical))
            where = f"{self.courier}「{_zone_label(self.zone)}」"
        for label, weight in (("首重", self.first_kg), ("续重", self.step_kg)):
            if weight is not None and not (weight.is_finite() and weight > 0):
                raise FeeError(f"{where}的{label}「{weight}」公斤必须大于 0。")
        for label, money in (("首重价", self.first_fee), ("续重价", self.step_fee)):
            if money is not None and not (money.is_finite() and money >= 0):
                raise FeeError(f"{where}的{label}「{money}」元不能是负数。")
        if self.eta is not None:
            low, high = self.eta
            if low < 0 or low > high:
                raise FeeError(f"{where}的时效「{low}-{high}」天不对：应写成 2-4 这样，前一个数不大于后一个。")
        if self.reachable and None in (self.first_kg, self.first_fee, self.step_kg, self.step_fee, self.eta):
            raise FeeError(f"{where}可以配送，但首重、首重价、续重、续重价或时效没有填。")

    @property
    def label(self) -> str:
        """The zone as agents read it: "新疆、西藏" or "其他"."""
        return _zone_label(self.zone)


class RateTable:
    """Every courier the shop uses and every rate row, checked to be consistent.

    Raises:
        FeeError: two couriers share a name, a row names an unknown courier, a province is in two rows of one
            courier, or a courier has two 其他 rows.
    """

    def __init__(self, couriers: Iterable[Courier], rows: Iterable[RateRow]) -> None:
        self.couriers: tuple[Courier, ...] = tuple(couriers)
        self.rows: tuple[RateRow, ...] = tuple(rows)
        self._by_key: dict[str, Courier] = {}
        for courier in self.couriers:
            for key in {fold(courier.name), fold(courier.code)} - {""}:
                if key in self._by_key and self._by_key[key] is not courier:
                    raise FeeError(f"快递「{courier.name}」重复了：名称和代码不能与「{self._by_key[key].name}」相同。")
                self._by_key[key] = courier
        self._zones: dict[tuple[str, str], RateRow] = {}
        self._other: dict[str, RateRow] = {}
        names = {c.name for c in self.couriers}
        for row in self.rows:
            if row.courier not in names:
                raise FeeError(f"运费表里有快递「{row.courier}」，但快递列表里没有它：已有 {self._known()}。")
            if row.zone == OTHER:
                if row.courier in self._other:
                    raise FeeError(f"{row.courier} 有两行「其他」：每个快递只能有一行其他。")
                self._other[row.courier] = row
                continue
            for place in row.zone:
                if (row.courier, place) in self._zones:
                    raise FeeError(f"{row.courier} 的「{place}」出现在两行里：每个省只能在一行。")
                self._zones[(row.courier, place)] = row

    def _known(self) -> str:
        return "、".join(c.name for c in self.couriers) or "（没有）"

    def courier(self, name: str) -> Courier:
        """Return the courier called ``name`` (its name or code, any case and width).

        Raises:
            FeeError: no such courier (the message lists the known ones).
        """
        found = self._by_key.get(fold(name))
        if found is None:
            raise FeeError(f"没有快递「{name.strip()}」：已有 {self._known()}。")
        return found

    def zone_for(self, courier: str, place: str) -> RateRow | None:
        """Return the row that prices ``courier`` to the province ``place``: its own zone, else 其他, else None.

        None means the courier has no row for the province at all (not served); a row with ``reachable`` False
        means the table says explicitly 不配送.
        """
        name = self.courier(courier).name
        canonical = province(place)
        return self._zones.get((name, canonical)) or self._other.get(name)


def chargeable_weight(
    actual_kg: Decimal, size_cm: tuple[Decimal, Decimal, Decimal] | None, divisor: int | None
) -> Decimal:
    """Return the weight the courier charges: max(actual kg, L×W×H cm ÷ divisor).

    Without a size or without a divisor (the courier charges actual weight only) it is the actual weight.
    """
    if size_cm is None or divisor is None:
        return actual_kg
    length, width, height = size_cm
    volumetric = length * width * height / Decimal(divisor)
    return max(actual_kg, volumetric)


def fee(row: RateRow, chargeable: Decimal) -> Decimal:
    """Return what the courier charges for ``chargeable`` kg under ``row``, in yuan to the fen.

    First fee up to and including the first weight; above it, one step fee per started step:
    ``first_fee + ceil((chargeable − first_kg) ÷ step_kg) × step_fee``.

    Raises:
        FeeError: the row is unreachable (it has no price).
    """
    if not row.reachable or row.first_kg is None or row.first_fee is None or row.step_kg is None:
        raise FeeError(f"{row.courier} 不配送「{row.label}」，没有运费。")
    assert row.step_fee is not None  # checked with the others when the row was built
    if chargeable <= row.first_kg:
        total = row.first_fee
    else:
        steps = ((chargeable - row.first_kg) / row.step_kg).to_integral_value(rounding=ROUND_CEILING)
        total = row.first_fee + steps * row.step_fee
    return total.quantize(CENT, rounding=ROUND_HALF_UP)


def _number(text: str | Decimal | int, what: str, unit: str) -> Decimal:
    if isinstance(text, Decimal | int):
        value = Decimal(text)
        shown = str(text)
    else:
        shown = text.strip()
        cleaned = re.sub(r"(?:kg|公斤|千克|cm|厘米)$", "", fold(text))
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise FeeError(f"{what}「{shown}」不是数字：请写{unit}数，如 1.5。") from None
    if not value.is_finite():
        raise FeeError(f"{what}「{shown}」不是数字：请写{unit}数，如 1.5。")
    if value <= 0:
        raise FeeError(f"{what}「{shown}」必须大于 0 {unit}。")
    return value


def parse_weight(text: str | Decimal | int) -> Decimal:
    """Read a weight in kg as an agent types it: "2.3", "2.3kg", "２．３公斤".

    Raises:
        FeeError: not a number, ≤ 0, or over 1000 kg (the message names the value).
    """
    value = _number(text, "重量", "公斤")
    if value > MAX_WEIGHT_KG:
        raise FeeError(f"重量「{str(text).strip()}」太大了：超过 {MAX_WEIGHT_KG} 公斤，请检查单位是公斤。")
    return value


def parse_size(text: str) -> tuple[Decimal, Decimal, Decimal]:
    """Read a parcel size in cm: "30x20x10", "30*20*10", "30×20×10" (spaces and "cm" allowed).

    Raises:
        FeeError: not three numbers, a side ≤ 0 or over 1000 cm (the message names the value).
    """
    parts = re.split(r"[x*×]", fold(text))
    if len(parts) != 3:
        raise FeeError(f"尺寸「{text.strip()}」看不懂：请写 长x宽x高（厘米），如 30x20x10。")
    sides = [_number(part, "尺寸", "厘米") for part in parts]
    for side in sides:
        if side > MAX_SIDE_CM:
            raise FeeError(f"尺寸「{text.strip()}」太大了：一边超过 {MAX_SIDE_CM} 厘米，请检查单位是厘米。")
    return sides[0], sides[1], sides[2]


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


def _place(text: str) -> str:
    try:
        return province(text)
    except RegionError as short_error:
        try:
            return province_in_address(text)
        except RegionError as address_error:
            raise (short_error if len(fold(text)) <= 6 else address_error) from None


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
    target = _place(place)
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

    _, _, default_fee = priced(default)
    quotes: list[Quote] = []
    for c in chosen:
        row, kg, cost = priced(c)
        zone = row.label if row is not None else ""
        eta = row.eta if row is not None and row.reachable else None
        if cost is None:
            reason = f"{c.name}不配送{target}"
            quotes.append(Quote(c.name, target, zone, kg, None, eta, False, None, reason))
            continue
        if target in policy.not_served:
            quotes.append(Quote(c.name, target, zone, kg, cost, eta, True, None, f"本店不发{target}"))
            continue
        reasons: list[str] = []
        if default_fee is None:
            base = Decimal(0) if free else cost
            reasons.append("包邮" if free else f"按{c.name}运费")
            surcharge = Decimal(0)
        else:
            base = Decimal(0) if free else default_fee
            reasons.append("包邮" if free else f"按{default.name}运费")
            rule = policy.upgrade(c.name)
            if rule == DIFFERENCE:
                surcharge = max(Decimal(0), cost - default_fee)
                if surcharge > 0:
                    reasons.append(f"升级{c.name}补差价{_yuan(surcharge)}元")
            else:
                assert isinstance(rule, Decimal)
                surcharge = rule
                if surcharge > 0:
                    reasons.append(f"升级{c.name}加{_yuan(surcharge)}元")
        extra = policy.remote_fee if remote else Decimal(0)
        if remote:
            reasons.append(f"偏远地区加收{_yuan(extra)}元")
        buyer = (base + surcharge + extra).quantize(CENT, rounding=ROUND_HALF_UP)
        quotes.append(Quote(c.name, target, zone, kg, cost, eta, True, buyer, "，".join(reasons)))

    order = {c.name: i for i, c in enumerate(table.couriers)}

    def rank(q: Quote) -> tuple[bool, Decimal, int, int]:
        return (not q.reachable, q.fee or Decimal(0), q.eta[1] if q.eta else 0, order[q.courier])

    return sorted(quotes, key=rank)
