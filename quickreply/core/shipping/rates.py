"""What a parcel costs the shop and how long it takes, if it can go at all: couriers, rate rows by zone, the fee.

Money and weights are ``Decimal`` from end to end, so "1.01 kg with 1 kg steps" is one more step exactly and
"1.0 kg" is not. What the buyer pays under the shop's freight policy (its 运费模板) is in ``quotes``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Final

from quickreply.core.errors import QuickReplyError
from quickreply.core.folding import fold
from quickreply.core.shipping import measures
from quickreply.core.shipping.regions import ALL_PROVINCES, RegionError, province


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


_SIGNED: Final = re.compile(rf"[-+]?{measures.NUMBER}")


def _number(text: str | Decimal | int, what: str, unit: str, shown: str | None = None) -> Decimal:
    """A positive number of ``unit``; ``shown`` is what the message quotes (the text by default)."""
    if isinstance(text, Decimal | int):
        value = Decimal(text)
        shown = str(text) if shown is None else shown
    else:
        shown = text.strip() if shown is None else shown
        cleaned = re.sub(r"\s+", "", measures.normal(text))
        if not _SIGNED.fullmatch(cleaned):  # not Decimal(): it takes 1_000, 1e3, nan and inf
            raise FeeError(f"{what}「{shown}」不是数字：请写{unit}数，如 1.5。")
        value = Decimal(cleaned)
    if not value.is_finite():
        raise FeeError(f"{what}「{shown}」不是数字：请写{unit}数，如 1.5。")
    if value <= 0:
        raise FeeError(f"{what}「{shown}」必须大于 0 {unit}。")
    return value


def parse_weight(text: str | Decimal | int) -> Decimal:
    """Read a weight as an agent or a buyer writes it, in kg: "2.3", "2.3kg", "２．３公斤", "3斤" (1.5), "3斤半"
    (1.75), "五斤", "两公斤", "半斤" (0.25), "500g" / "500克" (0.5). A bare number is kg. 斤 is exactly 0.5 kg.

    Raises:
        FeeError: not a weight (1_000 and 1e3 are not), ≤ 0, or over 1000 kg (the message names the value).
    """
    if isinstance(text, str):
        squeezed = re.sub(r"\s+", "", measures.normal(text))
        written = measures.WEIGHT.fullmatch(squeezed)
        if written is not None:
            kg = measures.kilograms(written)
            if kg is None:
                raise FeeError(f"重量「{text.strip()}」看不懂：请写公斤数或斤数，如 1.5、3斤、五斤、500g。")
            value = _number(kg, "重量", "公斤", shown=text.strip())
        else:
            try:
                value = _number(text, "重量", "公斤")
            except FeeError as exc:
                if "不是数字" in str(exc):
                    raise FeeError(
                        f"重量「{text.strip()}」不是数字：请写公斤数，如 1.5（也可以写 3斤、五斤、500g）。"
                    ) from None
                raise
    else:
        value = _number(text, "重量", "公斤")
    if value > MAX_WEIGHT_KG:
        raise FeeError(f"重量「{str(text).strip()}」太大了：超过 {MAX_WEIGHT_KG} 公斤，请检查单位是公斤。")
    return value


def parse_size(text: str) -> tuple[Decimal, Decimal, Decimal]:
    """Read a parcel size in cm: "30x20x10", "30*20*10", "30×20×10", "30cmx20cmx10cm", "长30宽20高10" (spaces,
    commas and "cm" / "厘米" allowed).

    Raises:
        FeeError: not three numbers, a side ≤ 0 or over 1000 cm (the message names the value).
    """
    parts = measures.sides(measures.normal(text))
    if parts is None:
        raise FeeError(f"尺寸「{text.strip()}」看不懂：请写 长x宽x高（厘米），如 30x20x10 或 长30宽20高10。")
    sides = [_number(part, "尺寸", "厘米") for part in parts]
    for side in sides:
        if side > MAX_SIDE_CM:
            raise FeeError(f"尺寸「{text.strip()}」太大了：一边超过 {MAX_SIDE_CM} 厘米，请检查单位是厘米。")
    return sides[0], sides[1], sides[2]
