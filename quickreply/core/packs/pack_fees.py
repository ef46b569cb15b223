"""Fee tables and the shop policy in a pack (``fees.json``): to JSON data and back, Decimals as exact strings."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from ..shipping import fee_store
from ..shipping.quotes import ShopPolicy
from ..shipping.rates import OTHER, Courier, FeeError, RateRow, RateTable
from ..shipping.regions import ALL_PROVINCES
from .json_checks import (
    ASK_LEAD,
    BOOL,
    ETA,
    INT_OR_NULL,
    LIST,
    MONEY,
    MONEY_OR_NULL,
    OBJECT_OR_NULL,
    SURCHARGE,
    TEXT,
    TEXTS,
    Kind,
    Where,
    check_items,
    check_record,
)


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _money_text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


_COURIER: Final[dict[str, Kind]] = {
    "name": TEXT,
    "code": TEXT,
    "hotline": TEXT,
    "tracking_patterns": TEXTS,
    "vol_divisor": INT_OR_NULL,
    "note": TEXT,
}
_RATE: Final[dict[str, Kind]] = {
    "courier": TEXT,
    "zone": TEXTS,
    "first_kg": MONEY_OR_NULL,
    "first_fee": MONEY_OR_NULL,
    "step_kg": MONEY_OR_NULL,
    "step_fee": MONEY_OR_NULL,
    "eta": ETA,
    "reachable": BOOL,
}
_POLICY: Final[dict[str, Kind]] = {
    "origin": TEXT,
    "default_courier": TEXT,
    "free_over_amount": MONEY_OR_NULL,
    "free_over_pieces": INT_OR_NULL,
    "free_excluded": TEXTS,
    "remote": TEXTS,
    "remote_fee": MONEY,
    "upgrades": LIST,
    "not_served": TEXTS,
}


def parse_fees(data: object, where: Where) -> tuple[RateTable | None, ShopPolicy | None]:
    record = check_record(data, where, {"couriers": LIST, "rates": LIST, "policy": OBJECT_OR_NULL})
    couriers_data = check_items(record["couriers"], where.part("couriers"), "快递")
    rates_data = check_items(record["rates"], where.part("rates"), "运费行")
    try:
        couriers: list[Courier] = []
        for number, item in enumerate(couriers_data, 1):
            at = where.part("couriers").item(number)
            c = check_record(item, at, _COURIER)
            for pattern in c["tracking_patterns"]:
                try:
                    re.compile(pattern)
                except re.error:
                    raise at.fail(f"单号规则「{pattern[:40]}」不是正确的正则表达式。") from None
            couriers.append(
                Courier(c["name"], c["code"], c["hotline"], tuple(c["tracking_patterns"]), c["vol_divisor"], c["note"])
            )
        rows: list[RateRow] = []
        for number, item in enumerate(rates_data, 1):
            r = check_record(item, where.part("rates").item(number), _RATE)
            eta = None if r["eta"] is None else (r["eta"][0], r["eta"][1])
            first_kg, first_fee, step_kg, step_fee = (
                _decimal(r[k]) for k in ("first_kg", "first_fee", "step_kg", "step_fee")
            )
            rows.append(
                RateRow(r["courier"], frozenset(r["zone"]), first_kg, first_fee, step_kg, step_fee, eta, r["reachable"])
            )
        table = RateTable(couriers, rows) if couriers or rows else None
        policy = None
        if record["policy"] is not None:
            at = where.part("policy")
            policy_data = check_record(record["policy"], at, _POLICY)
            for number, upgrade in enumerate(policy_data["upgrades"], 1):
                check_record(upgrade, at.part("upgrades").item(number), {"courier": TEXT, "surcharge": SURCHARGE})
            policy = fee_store.policy_from_data(policy_data, couriers[0].name if couriers else "")
    except FeeError as error:
        raise where.fail(str(error)) from None
    except (ValueError, TypeError, KeyError, InvalidOperation) as error:  # shapes are checked above; belt and braces
        raise where.fail(f"运费内容读不出来（{error}）。{ASK_LEAD}") from None
    return table, policy


def fees_data(table: RateTable | None, policy: ShopPolicy | None) -> dict[str, Any]:
    couriers = table.couriers if table is not None else ()
    rows = table.rows if table is not None else ()
    return {
        "couriers": [
            {
                "name": c.name,
                "code": c.code,
                "hotline": c.hotline,
                "tracking_patterns": list(c.tracking_patterns),
                "vol_divisor": c.vol_divisor,
                "note": c.note,
            }
            for c in couriers
        ],
        "rates": [
            {
                "courier": r.courier,
                "zone": ["其他"] if r.zone == OTHER else [p for p in ALL_PROVINCES if p in r.zone],
                "first_kg": _money_text(r.first_kg),
                "first_fee": _money_text(r.first_fee),
                "step_kg": _money_text(r.step_kg),
                "step_fee": _money_text(r.step_fee),
                "eta": None if r.eta is None else list(r.eta),
                "reachable": r.reachable,
            }
            for r in rows
        ],
        "policy": None if policy is None else fee_store.policy_data(policy),
    }
