"""Is a copied fee reply true to the quote it came from? Shared by the core and the popup tests.

The check reads the reply as a buyer would: every number in it must be one the quote holds (what the buyer pays and
its parts, the actual and the charged weight, the days), the courier that ships must be named and no courier but it
and the one whose fee the shop charges by, and the price must be what the fee table gives, worked out here again
from the table rather than taken from the quote.
"""

from __future__ import annotations

import re
from decimal import Decimal as D

from quickreply.core.shipping.fee_reply import kg, yuan
from quickreply.core.shipping.quotes import Quote, ShopPolicy, Upgrade
from quickreply.core.shipping.rates import DIFFERENCE, RateTable, chargeable_weight, fee, parse_size
from quickreply.core.shipping.regions import REMOTE_DEFAULT

NUMBER = re.compile(r"\d+(?:\.\d+)?")


def check_breakdown(quote: Quote, table: RateTable, policy: ShopPolicy, size: str | None) -> None:
    """The quote's price parts add up, and its base is the fee the table gives the courier it names."""
    assert quote.buyer_pays is not None and quote.actual_kg is not None
    assert quote.buyer_pays == quote.base + quote.upgrade + quote.remote_fee
    if quote.free:
        assert quote.base == 0 and quote.charged_by == ""
        return
    by = table.courier(quote.charged_by)
    assert by.name in (quote.courier, policy.default_courier)
    dims = parse_size(size) if size else None
    row = table.zone_for(by.name, quote.province)
    assert row is not None and row.reachable
    assert quote.base == fee(row, chargeable_weight(quote.actual_kg, dims, by.vol_divisor))


def check_reply(text: str, quote: Quote, table: RateTable) -> None:
    """Every number and courier in ``text`` is one the quote holds, and the reply names what the buyer must know."""
    assert quote.buyer_pays is not None and quote.eta is not None and quote.actual_kg is not None
    assert quote.priced_kg is not None
    low, high = quote.eta
    allowed = {
        yuan(quote.buyer_pays),
        yuan(quote.base),
        yuan(quote.upgrade),
        yuan(quote.remote_fee),
        kg(quote.actual_kg),
        kg(quote.priced_kg),
        str(low),
        str(high),
    }
    numbers = NUMBER.findall(text)
    assert set(numbers) <= allowed, (text, quote)
    # What the buyer pays, and how many days.
    if quote.buyer_pays == 0:
        assert "包邮" in text, text
    else:
        assert yuan(quote.buyer_pays) in numbers, text
    assert (f"{low}-{high}天" if low != high else f"{low}天") in text, text
    # The weight: the actual one, and the charged one when the volume decides the price.
    assert f"{kg(quote.actual_kg)}公斤" in text, text
    volume = quote.priced_kg > quote.actual_kg and (not quote.free or quote.by_difference)
    assert (f"按体积算{kg(quote.priced_kg)}公斤" in text) == volume, text
    # 一共 is followed by the total; an amount is never called the courier's own fee unless it is.
    total = re.search(r"一共(\d+\.\d{2})元", text)
    if total is not None:
        assert total.group(1) == yuan(quote.buyer_pays), text
    for named, amount in re.findall(r"([^\s，。、（）]+?)运费是(\d+\.\d{2})元", text):
        if named in {c.name for c in table.couriers}:
            assert quote.fee is not None and amount == yuan(quote.fee), text
    # The courier that ships, and no other but the one whose fee the shop charges by.
    assert f"由{quote.courier}发出" in text, text
    others = {c.name for c in table.couriers} - {quote.courier, quote.charged_by}
    assert not [name for name in others if name in text], text
    if quote.charged_by and quote.charged_by != quote.courier:
        assert f"按本店默认快递{quote.charged_by}的价格" in text, text


def _remote() -> frozenset[str]:
    return frozenset(REMOTE_DEFAULT)


#: Every shop policy the tests use (tests/core/test_fees.py, test_fee_store.py, tests/cli/test_fee_cli.py, the
#: default one), by name; each couriers' names are those of the sample table and of test_fees' small table.
POLICIES: dict[str, ShopPolicy] = {
    "默认（极兔）": ShopPolicy("浙江", "极兔", remote=_remote()),
    "默认（中通，西藏不到）": ShopPolicy("浙江", "中通", remote=_remote()),
    "test_fees": ShopPolicy(
        "浙江省",
        "中通",
        free_over_amount=D(99),
        free_over_pieces=3,
        free_excluded=_remote(),
        remote=_remote(),
        remote_fee=D(10),
        upgrades=(Upgrade("顺丰", DIFFERENCE),),
        not_served=frozenset({"台湾"}),
    ),
    "test_fees 偏远也包邮": ShopPolicy(
        "浙江", "中通", free_over_amount=D(99), free_over_pieces=3, remote=_remote(), remote_fee=D(10)
    ),
    "test_fees 升级顺丰加5": ShopPolicy(
        "浙江", "中通", free_over_pieces=3, remote=_remote(), remote_fee=D(10), upgrades=(Upgrade("顺丰", D(5)),)
    ),
    "test_fees 默认顺丰": ShopPolicy("浙江", "顺丰", free_over_amount=D(99), free_excluded=_remote()),
    "test_fee_cli": ShopPolicy("浙江", "中通", free_over_amount=D(99), upgrades=(Upgrade("顺丰", D(5)),)),
    "test_fee_store": ShopPolicy(
        "广东省",
        "中通",
        free_over_amount=D("99.90"),
        free_over_pieces=3,
        free_excluded=frozenset({"新疆", "西藏"}),
        remote=frozenset({"新疆", "内蒙"}),
        remote_fee=D("10.0"),
        upgrades=(Upgrade("顺丰", D("5.00")), Upgrade("邮政", DIFFERENCE)),
        not_served=frozenset({"台湾"}),
    ),
}
