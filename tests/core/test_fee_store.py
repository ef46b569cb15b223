"""The fee table and the shop policy kept in the library: what goes in comes back exactly, and imports are atomic."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from quickreply.core import Library, open_library
from quickreply.core.library import migrations
from quickreply.core.library.settings import SHOP_NAME
from quickreply.core.shipping import fee_store
from quickreply.core.shipping.quotes import ShopPolicy, Upgrade
from quickreply.core.shipping.rate_sheets import sample_table
from quickreply.core.shipping.rates import DIFFERENCE, OTHER, Courier, FeeError, RateRow, RateTable
from quickreply.core.shipping.regions import REMOTE_DEFAULT
from tests.conftest import SMALL_LIBRARY, write_library
from tests.old_library import make_old_library

D = Decimal


def sf_table(first_fee: str = "12") -> RateTable:
    sf = Courier("顺丰", "SF", "95338", (r"^SF\d{13}$",), 6000, "示例价格")
    return RateTable(
        [sf],
        [
            RateRow("顺丰", frozenset({"浙江", "上海市", "江苏省"}), D("1"), D(first_fee), D("1"), D("2.0"), (1, 2)),
            RateRow("顺丰", OTHER, D("1.0"), D("22.50"), D("0.5"), D("5"), (2, 4)),
        ],
    )


def zto_table() -> RateTable:
    zto = Courier("中通", "ZTO", "95311")
    return RateTable(
        [zto],
        [
            RateRow("中通", OTHER, D("1"), D("8"), D("1"), D("3"), (2, 4)),
            RateRow("中通", frozenset({"新疆", "西藏"}), reachable=False),
        ],
    )


def both(lib: Library) -> None:
    fee_store.replace_couriers(lib, sf_table())
    fee_store.replace_couriers(lib, zto_table())


def test_a_new_library_has_the_sample_table_marked_until_removed(small: Library) -> None:
    table = fee_store.rate_table(small.db)
    assert table.couriers == sample_table().couriers and table.rows == sample_table().rows
    assert fee_store.sample_couriers(small.db) == {c.name for c in table.couriers}
    assert fee_store.remove_samples(small) == [c.name for c in sample_table().couriers]
    table = fee_store.rate_table(small.db)
    assert table.couriers == () and table.rows == ()


def test_the_table_comes_back_exactly(small: Library) -> None:
    assert fee_store.replace_couriers(small, sf_table()) == ["顺丰"]
    table = fee_store.rate_table(small.db)
    assert table.couriers == sf_table().couriers
    assert table.rows == sf_table().rows
    assert str(table.rows[0].step_fee) == "2.0" and str(table.rows[1].first_fee) == "22.50"


def test_importing_one_courier_keeps_the_others(small: Library) -> None:
    both(small)
    assert fee_store.replace_couriers(small, sf_table(first_fee="13")) == ["顺丰"]
    table = fee_store.rate_table(small.db)
    assert [c.name for c in table.couriers] == ["顺丰", "中通"]  # the replaced courier keeps its place
    assert table.zone_for("顺丰", "浙江").first_fee == D("13")  # type: ignore[union-attr]
    assert [r for r in table.rows if r.courier == "中通"] == list(zto_table().rows)
    assert len([r for r in table.rows if r.courier == "顺丰"]) == 2  # old rows gone, not doubled


def test_a_failure_midway_changes_nothing(small: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    both(small)
    before = fee_store.rate_table(small.db)
    calls = 0
    real = fee_store._row_values

    def breaks_on_second_row(row: RateRow, position: int) -> tuple[object, ...]:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("disk full")
        return real(row, position)

    monkeypatch.setattr(fee_store, "_row_values", breaks_on_second_row)
    with pytest.raises(RuntimeError):
        fee_store.replace_couriers(small, sf_table(first_fee="99"))
    after = fee_store.rate_table(small.db)
    assert after.couriers == before.couriers and after.rows == before.rows


def test_an_import_clashing_with_a_kept_courier_is_refused_whole(small: Library) -> None:
    both(small)
    clash = RateTable([Courier("中通快递", "中通")], [RateRow("中通快递", OTHER, D(1), D(1), D(1), D(1), (1, 2))])
    with pytest.raises(FeeError, match="重复"):
        fee_store.replace_couriers(small, clash)
    assert [c.name for c in fee_store.rate_table(small.db).couriers] == ["顺丰", "中通"]


def test_the_default_policy(small: Library) -> None:
    fee_store.remove_samples(small)
    policy = fee_store.shop_policy(small)
    assert policy == ShopPolicy("浙江", "", remote=frozenset(REMOTE_DEFAULT))
    both(small)
    policy = fee_store.shop_policy(small)
    assert (policy.origin, policy.default_courier) == ("浙江", "中通")  # the cheapest 其他 first weight
    assert policy.free_over_amount is None and policy.free_over_pieces is None
    assert policy.remote == frozenset(REMOTE_DEFAULT) and policy.remote_fee == 0 and policy.upgrades == ()


def test_the_policy_round_trips(small: Library, tmp_path: Path) -> None:
    both(small)
    policy = ShopPolicy(
        origin="广东省",
        default_courier="中通",
        free_over_amount=D("99.90"),
        free_over_pieces=3,
        free_excluded=frozenset({"新疆", "西藏"}),
        remote=frozenset({"新疆", "内蒙"}),
        remote_fee=D("10.0"),
        upgrades=(Upgrade("顺丰", D("5.00")), Upgrade("京东", DIFFERENCE)),
        not_served=frozenset({"台湾"}),
    )
    fee_store.set_shop_policy(small, policy)
    assert fee_store.shop_policy(small) == policy
    assert str(fee_store.shop_policy(small).free_over_amount) == "99.90"
    reopened = open_library(small.home)
    assert fee_store.shop_policy(reopened) == policy
    reopened.close()


def test_a_damaged_policy_is_a_message(small: Library) -> None:
    with small.db.atomic():  # damage from outside: the settings themselves store JSON documents only
        small.db.execute("INSERT OR REPLACE INTO settings VALUES (?, '{not json')", (fee_store.POLICY_KEY.key,))
    small.settings.forget()
    with pytest.raises(FeeError, match="运费模板读不出来"):
        fee_store.shop_policy(small)


def test_a_library_from_before_fee_tables_is_upgraded(tmp_path: Path) -> None:
    home = tmp_path / "h"
    make_old_library(home, 2, "INSERT INTO settings (key, value) VALUES ('shop_name', '老店')")
    lib = open_library(home, bundled=write_library(tmp_path / "b", SMALL_LIBRARY))
    assert lib.db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST >= 3
    assert lib.settings.get(SHOP_NAME) == "老店"
    # It had no fee table: the samples, marked, answer its first fee question.
    assert fee_store.sample_couriers(lib.db) == {c.name for c in sample_table().couriers}
    fee_store.replace_couriers(lib, zto_table())  # the shop's own table replaces the samples
    assert [c.name for c in fee_store.rate_table(lib.db).couriers] == ["中通"]
    lib.close()
