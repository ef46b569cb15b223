"""The shop's fee table and freight policy in the library: couriers, rate rows and the 运费模板, read and replaced.

Money and weights are stored as Decimal strings and come back exactly as they went in. Like ``organize``, these are
functions of a ``Library``; every write is one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Final

from sqlite_utils import Database

from ..library.settings import SHOP_POLICY
from .quotes import ShopPolicy, Upgrade
from .rates import DIFFERENCE, OTHER, Courier, FeeError, RateRow, RateTable
from .regions import ALL_PROVINCES, REMOTE_DEFAULT

if TYPE_CHECKING:
    from ..library.store import Library

POLICY_KEY: Final = SHOP_POLICY
DEFAULT_ORIGIN: Final = "浙江"


# --- fee table -------------------------------------------------------------------------------------------------


def _zone_json(zone: frozenset[str]) -> str:
    if zone == OTHER:
        return json.dumps(["其他"], ensure_ascii=False)
    return json.dumps([p for p in ALL_PROVINCES if p in zone], ensure_ascii=False)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def rate_table(db: Database) -> RateTable:
    """Return the fee table stored in the library (an empty table when none has been imported)."""
    couriers = [
        Courier(name, code, hotline, tuple(json.loads(patterns)), divisor, note)
        for name, code, hotline, patterns, divisor, note in db.execute(
            "SELECT name, code, hotline, tracking_patterns, vol_divisor, note FROM couriers ORDER BY position, name"
        ).fetchall()
    ]
    order = {c.name: i for i, c in enumerate(couriers)}
    rows = db.execute(
        "SELECT courier, zone, first_kg, first_fee, step_kg, step_fee, eta_lo, eta_hi, reachable FROM rate_rows "
        "ORDER BY position, id"
    ).fetchall()
    rate_rows = [
        RateRow(
            courier,
            frozenset(json.loads(zone)),
            _decimal(first_kg),
            _decimal(first_fee),
            _decimal(step_kg),
            _decimal(step_fee),
            None if eta_lo is None or eta_hi is None else (int(eta_lo), int(eta_hi)),
            bool(reachable),
        )
        for courier, zone, first_kg, first_fee, step_kg, step_fee, eta_lo, eta_hi, reachable in rows
    ]
    rate_rows.sort(key=lambda r: order.get(r.courier, len(order)))  # stable: keeps each courier's row order
    return RateTable(couriers, rate_rows)


def _row_values(row: RateRow, position: int) -> tuple[Any, ...]:
    eta_lo, eta_hi = row.eta if row.eta is not None else (None, None)
    return (
        row.courier,
        _zone_json(row.zone),
        _text(row.first_kg),
        _text(row.first_fee),
        _text(row.step_kg),
        _text(row.step_fee),
        eta_lo,
        eta_hi,
        int(row.reachable),
        position,
    )


def replace_couriers(lib: Library, table: RateTable, *, sample: bool = False, keep_samples: bool = False) -> list[str]:
    """Store the couriers of ``table`` with their rows, replacing those couriers' old rows; keep every other courier
    of the shop's own.

    A replaced courier keeps its place in the list; a new one goes last. One transaction: if anything fails, the
    library is unchanged.

    Args:
        sample: the rates are the bundled sample prices (示例价格): marked so, and nothing else is removed.
        keep_samples: the shop's own rates for some couriers (one courier edited): the couriers still at sample
            prices stay. Without it, the shop's own table replaces the samples: every courier still at sample prices
            goes, so that no sample price is ever quoted beside the shop's own.

    Returns:
        The names of the couriers written, in the order of ``table``.

    Raises:
        FeeError: the result would be inconsistent (e.g. a new courier's code is an existing courier's name).
    """
    names = [c.name for c in table.couriers]
    with lib.change() as change:
        db = change.db
        if not sample and not keep_samples:
            db.execute("DELETE FROM couriers WHERE sample")  # their rows cascade
        current = rate_table(db)
        kept = [c for c in current.couriers if c.name not in names]
        # Checked as a whole before any write, so a clash with a kept courier is refused with its message.
        RateTable([*kept, *table.couriers], [*(r for r in current.rows if r.courier not in names), *table.rows])
        positions = dict(db.execute("SELECT name, position FROM couriers").fetchall())
        last = max(positions.values(), default=-1)
        marks = ",".join("?" * len(names))
        if names:
            db.execute(f"DELETE FROM couriers WHERE name IN ({marks})", names)  # their rows cascade
        for courier in table.couriers:
            if courier.name in positions:
                position = positions[courier.name]
            else:
                last += 1
                position = last
            db.execute(
                "INSERT INTO couriers (name, code, hotline, tracking_patterns, vol_divisor, note, position, sample) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    courier.name,
                    courier.code,
                    courier.hotline,
                    json.dumps(list(courier.tracking_patterns), ensure_ascii=False),
                    courier.vol_divisor,
                    courier.note,
                    position,
                    int(sample),
                ),
            )
        for index, row in enumerate(table.rows):
            db.execute(
                "INSERT INTO rate_rows (courier, zone, first_kg, first_fee, step_kg, step_fee, eta_lo, eta_hi, "
                "reachable, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _row_values(row, index),
            )
    return names


# --- the sample prices --------------------------------------------------------------------------------------------

SAMPLE_NOTE: Final = "示例价格，请导入本店运费表"
"""What every quote from a sample courier says, to the agent (never in the reply to the buyer)."""


def sample_couriers(db: Database) -> frozenset[str]:
    """The couriers whose rates are still the bundled sample prices (示例价格), not the shop's own."""
    return frozenset(str(name) for (name,) in db.execute("SELECT name FROM couriers WHERE sample").fetchall())


def seed_samples(lib: Library) -> list[str]:
    """Load the bundled sample rates, marked 示例价格, into a library that has no fee table yet; once per library.

    A library that has a fee table keeps it untouched and only records that this was done. One transaction.

    Returns:
        The sample couriers loaded ([] when the library had a table, or this was done before).

    Raises:
        RateSheetError: the bundled sample sheet cannot be read (an incomplete installation); nothing is written.
    """
    from ..library.settings import SAMPLE_FEES_SEEDED
    from .rate_sheets import sample_table

    with lib.change() as change:
        lib.settings.forget()  # read again under the write lock: another process opening the home may have done it
        if lib.settings.get(SAMPLE_FEES_SEEDED):
            return []
        names: list[str] = []
        if change.db.execute("SELECT count(*) FROM couriers").fetchone()[0] == 0:
            names = replace_couriers(lib, sample_table(), sample=True)
        lib.settings.put(SAMPLE_FEES_SEEDED, True)
    return names


def remove_samples(lib: Library) -> list[str]:
    """Delete every courier still at its sample prices, with its rate rows (one transaction); the shop's own couriers,
    the freight policy and the templates stay as they are.

    Returns:
        The couriers removed, in table order ([] when there were none).
    """
    with lib.change() as change:
        names = [
            str(name) for (name,) in change.db.execute("SELECT name FROM couriers WHERE sample ORDER BY position, name")
        ]
        change.db.execute("DELETE FROM couriers WHERE sample")  # their rows cascade
    return names


# --- shop policy -----------------------------------------------------------------------------------------------


def _places(places: frozenset[str]) -> list[str]:
    return [p for p in ALL_PROVINCES if p in places]


def policy_data(policy: ShopPolicy) -> dict[str, Any]:
    """The policy as JSON-ready data (Decimals as strings): how the library and a template pack store it."""
    return {
        "origin": policy.origin,
        "default_courier": policy.default_courier,
        "free_over_amount": _text(policy.free_over_amount),
        "free_over_pieces": policy.free_over_pieces,
        "free_excluded": _places(policy.free_excluded),
        "remote": _places(policy.remote),
        "remote_fee": str(policy.remote_fee),
        "upgrades": [
            {"courier": u.courier, "surcharge": u.surcharge if u.surcharge == DIFFERENCE else str(u.surcharge)}
            for u in policy.upgrades
        ],
        "not_served": _places(policy.not_served),
    }


def policy_from_data(data: dict[str, Any], first_courier: str) -> ShopPolicy:
    """The policy ``policy_data`` wrote; ``first_courier`` is the default courier when the data names none.

    Raises:
        FeeError: a value is out of range (a negative fee, an unknown province).
        ValueError, TypeError, KeyError, decimal.InvalidOperation: the data is not shaped as ``policy_data`` writes.
    """

    def strings(key: str) -> Sequence[str]:
        return [str(p) for p in data.get(key, [])]

    amount = data.get("free_over_amount")
    pieces = data.get("free_over_pieces")
    upgrades = tuple(
        Upgrade(str(u["courier"]), DIFFERENCE if u["surcharge"] == DIFFERENCE else Decimal(str(u["surcharge"])))
        for u in data.get("upgrades", [])
    )
    return ShopPolicy(
        origin=str(data.get("origin") or DEFAULT_ORIGIN),
        default_courier=str(data.get("default_courier") or first_courier),
        free_over_amount=None if amount is None else Decimal(str(amount)),
        free_over_pieces=None if pieces is None else int(pieces),
        free_excluded=frozenset(strings("free_excluded")),
        remote=frozenset(strings("remote")),
        remote_fee=Decimal(str(data.get("remote_fee", "0"))),
        upgrades=upgrades,
        not_served=frozenset(strings("not_served")),
    )


def _first_courier(db: Database) -> str:
    """The default courier when the lead has not chosen one: the cheapest for most of the country.

    That is the courier whose 其他 row has the lowest first-weight price (what most parcels cost); without any
    其他 row, the first courier of the table.
    """
    rows = db.execute(
        "SELECT c.name, r.first_fee FROM couriers c LEFT JOIN rate_rows r ON r.courier = c.name "
        "AND r.zone = ? AND r.reachable AND r.first_fee IS NOT NULL ORDER BY c.position, c.name",
        (json.dumps(sorted(OTHER), ensure_ascii=False),),
    ).fetchall()
    priced = [(Decimal(fee), n, name) for n, (name, fee) in enumerate(rows) if fee is not None]
    if priced:
        return str(min(priced)[2])
    return str(rows[0][0]) if rows else ""


def shop_policy(lib: Library) -> ShopPolicy:
    """Return the shop's freight policy, or the default one when none is stored.

    The default: ships from 浙江 with the courier cheapest for most of the country (``_first_courier``), no
    free shipping, the usual remote regions (``REMOTE_DEFAULT``) with no extra fee, no upgrade prices (another
    courier costs the difference).

    Raises:
        FeeError: the stored policy cannot be read.
    """
    lib.settings.forget()  # another process (the manager window) may have changed it
    stored = lib.settings.get(POLICY_KEY)
    first = _first_courier(lib.db)
    if not stored:
        return ShopPolicy(DEFAULT_ORIGIN, first, remote=frozenset(REMOTE_DEFAULT))
    try:
        data = json.loads(stored)
        if not isinstance(data, dict):
            raise TypeError(type(data).__name__)
        return policy_from_data(data, first)
    except (ValueError, TypeError, KeyError, InvalidOperation) as error:
        raise FeeError(f"资料库里的运费模板读不出来（{error}）：请在管理窗口重新设置运费模板。") from None


def set_shop_policy(lib: Library, policy: ShopPolicy) -> None:
    """Store the shop's freight policy (one transaction), replacing the previous one."""
    with lib.change():
        lib.settings.put(POLICY_KEY, json.dumps(policy_data(policy), ensure_ascii=False))
