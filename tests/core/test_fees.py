"""Fees worked out by hand: what a lead would check against the courier's sheet and the shop's 运费模板."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quickreply.core.errors import QuickReplyError
from quickreply.core.shipping.quotes import Quote, ShopPolicy, Upgrade, quote
from quickreply.core.shipping.rates import (
    DIFFERENCE,
    OTHER,
    Courier,
    FeeError,
    RateRow,
    RateTable,
    chargeable_weight,
    fee,
    parse_size,
    parse_weight,
)
from quickreply.core.shipping.regions import REMOTE_DEFAULT, RegionError

JZH = frozenset({"浙江", "江苏", "上海"})

SF = Courier("顺丰", "SF", "95338", (r"^SF\d{13}$",), 6000, "次日达")
ZTO = Courier("中通", "ZTO", "95311", (r"^7[3-8]\d{12}$",), 8000)
POST = Courier("邮政", "YZ", "11183")  # no 抛比: actual weight only

# 中通: 首重 1 kg, 续重 1 kg steps. 顺丰 江浙沪: 续重 in 0.5 kg steps. 邮政 serves only the rows it has.
ZTO_NEAR = RateRow("中通", JZH, D(1), D(5), D(1), D(1), (1, 2))
ZTO_FAR = RateRow("中通", frozenset({"新疆", "西藏"}), D(1), D(18), D(1), D(15), (5, 8))
ZTO_OTHER = RateRow("中通", OTHER, D(1), D(8), D(1), D(3), (2, 4))
SF_NEAR = RateRow("顺丰", JZH, D(1), D(12), D("0.5"), D(2), (1, 1))
SF_TIBET = RateRow("顺丰", frozenset({"西藏"}), reachable=False)
SF_OTHER = RateRow("顺丰", OTHER, D(1), D(23), D(1), D(10), (1, 3))
POST_NEAR = RateRow("邮政", JZH, D(1), D(4), D(1), D(1), (2, 3))
POST_FAR = RateRow("邮政", frozenset({"新疆", "西藏"}), D(1), D(20), D(1), D(12), (7, 12))

TABLE = RateTable([SF, ZTO, POST], [ZTO_NEAR, ZTO_FAR, ZTO_OTHER, SF_NEAR, SF_TIBET, SF_OTHER, POST_NEAR, POST_FAR])

POLICY = ShopPolicy(
    origin="浙江省",
    default_courier="中通",
    free_over_amount=D(99),
    free_over_pieces=3,
    free_excluded=frozenset(REMOTE_DEFAULT),
    remote=frozenset(REMOTE_DEFAULT),
    remote_fee=D(10),
    upgrades=(Upgrade("顺丰", DIFFERENCE),),
    not_served=frozenset({"台湾"}),
)


def by_courier(quotes: list[Quote]) -> dict[str, Quote]:
    return {q.courier: q for q in quotes}


# ---- fee(): the first weight and every step boundary


@pytest.mark.parametrize(
    ("kg", "expected"),
    [
        ("0.3", "5.00"),  # under the first weight
        ("1", "5.00"),  # exactly the first weight: no step
        ("1.0", "5.00"),
        ("1.01", "6.00"),  # just over: one whole step
        ("2", "6.00"),
        ("2.01", "7.00"),
        ("3.2", "8.00"),
    ],
)
def test_one_kg_steps(kg: str, expected: str) -> None:
    assert fee(ZTO_NEAR, D(kg)) == D(expected)


@pytest.mark.parametrize(
    ("kg", "expected"),
    [
        ("1.0", "12.00"),
        ("1.2", "14.00"),
        ("1.5", "14.00"),  # exactly one half-kg step
        ("1.51", "16.00"),
        ("2.0", "16.00"),
    ],
)
def test_half_kg_steps(kg: str, expected: str) -> None:
    assert fee(SF_NEAR, D(kg)) == D(expected)


def test_the_fee_is_rounded_half_up_to_the_fen() -> None:
    row = RateRow("中通", JZH, D(1), D("3.125"), D(1), D(1), (1, 2))
    assert fee(row, D(1)) == D("3.13")
    assert str(fee(row, D(1))) == "3.13"
    assert str(fee(ZTO_NEAR, D(1))) == "5.00"


def test_an_unreachable_row_has_no_fee() -> None:
    with pytest.raises(FeeError, match="顺丰 不配送「西藏」"):
        fee(SF_TIBET, D(1))


@given(
    st.decimals(min_value=D("0.01"), max_value=D(200), places=2),
    st.decimals(min_value=D("0.01"), max_value=D(200), places=2),
    st.decimals(min_value=D("0.1"), max_value=D(5), places=1),
    st.decimals(min_value=D("0.1"), max_value=D(3), places=1),
)
def test_fee_never_falls_as_weight_rises_and_is_the_first_fee_up_to_the_first_weight(
    a: D, b: D, first_kg: D, step_kg: D
) -> None:
    row = RateRow("中通", JZH, first_kg, D("6.5"), step_kg, D("2.5"), (1, 2))
    light, heavy = sorted((a, b))
    assert fee(row, light) <= fee(row, heavy)
    if light <= first_kg:
        assert fee(row, light) == D("6.50")
    else:
        assert fee(row, light) > D("6.50")


# ---- chargeable weight (抛比)


def test_volumetric_weight_wins_when_the_box_is_big_and_light() -> None:
    # 40×30×20 = 24000 cm³: 4 kg at 6000, 3 kg at 8000.
    size = (D(40), D(30), D(20))
    assert chargeable_weight(D(1), size, 6000) == D(4)
    assert chargeable_weight(D(1), size, 8000) == D(3)


def test_actual_weight_wins_when_the_box_is_small_and_heavy() -> None:
    assert chargeable_weight(D("2.5"), (D(10), D(10), D(10)), 6000) == D("2.5")


def test_without_a_divisor_or_a_size_the_actual_weight_is_charged() -> None:
    assert chargeable_weight(D(1), (D(40), D(30), D(20)), None) == D(1)
    assert chargeable_weight(D(1), None, 6000) == D(1)


# ---- rate rows and the table


def test_zone_provinces_are_stored_canonical() -> None:
    row = RateRow("中通", frozenset({"内蒙", "新疆维吾尔自治区"}), D(1), D(1), D(1), D(1), (1, 1))
    assert row.zone == frozenset({"内蒙古", "新疆"})
    assert row.label == "内蒙古、新疆"
    assert ZTO_OTHER.label == "其他"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"first_kg": D(0)}, "首重「0」公斤必须大于 0"),
        ({"step_kg": D(-1)}, "续重「-1」公斤必须大于 0"),
        ({"first_fee": D("-0.01")}, "首重价「-0.01」元不能是负数"),
        ({"step_fee": D(-2)}, "续重价「-2」元不能是负数"),
        ({"eta": (4, 2)}, "时效「4-2」天不对"),
        ({"first_fee": None}, "可以配送，但首重"),
        ({"zone": frozenset({"火星"})}, "找不到地区「火星」"),
        ({"zone": frozenset()}, "没有写地区"),
    ],
)
def test_a_bad_rate_row_is_refused_naming_the_value(changes: dict[str, object], message: str) -> None:
    with pytest.raises(FeeError, match=message):
        replace(ZTO_NEAR, **changes)


def test_an_unreachable_row_may_leave_prices_empty() -> None:
    assert SF_TIBET.first_fee is None
    assert not SF_TIBET.reachable


def test_zone_for_prefers_the_named_zone_then_other_then_nothing() -> None:
    assert TABLE.zone_for("中通", "浙江") is ZTO_NEAR
    assert TABLE.zone_for("中通", "新疆维吾尔自治区") is ZTO_FAR
    assert TABLE.zone_for("中通", "广东") is ZTO_OTHER  # 其他
    assert TABLE.zone_for("SF", "西藏") is SF_TIBET  # named, but 不配送
    assert TABLE.zone_for("邮政", "广东") is None  # no row at all: not served


def test_a_table_refuses_a_province_in_two_rows_of_one_courier() -> None:
    overlap = RateRow("中通", frozenset({"浙江"}), D(1), D(1), D(1), D(1), (1, 1))
    with pytest.raises(FeeError, match="中通 的「浙江」出现在两行里"):
        RateTable([ZTO], [ZTO_NEAR, overlap])


def test_a_table_refuses_two_other_rows_and_unknown_couriers() -> None:
    with pytest.raises(FeeError, match="两行「其他」"):
        RateTable([ZTO], [ZTO_OTHER, ZTO_OTHER])
    with pytest.raises(FeeError, match="运费表里有快递「顺丰」，但快递列表里没有它：已有 中通"):
        RateTable([ZTO], [SF_OTHER])


def test_an_unknown_courier_is_named_with_the_known_ones() -> None:
    with pytest.raises(FeeError) as caught:
        TABLE.courier("百世")
    assert str(caught.value) == "没有快递「百世」：已有 顺丰、中通、邮政。"
    assert isinstance(caught.value, QuickReplyError)
    assert TABLE.courier("zto") is ZTO


# ---- typed weights and sizes


@pytest.mark.parametrize(
    ("text", "kg"),
    [
        ("2.3", "2.3"),
        ("２．３公斤", "2.3"),
        ("2.3kg", "2.3"),
        (" 1000 ", "1000"),
        ("2.5KG", "2.5"),
        ("2.5 千克", "2.5"),
        ("3斤", "1.5"),
        ("3.5斤", "1.75"),
        ("3斤半", "1.75"),
        ("1公斤半", "1.5"),
        ("五斤", "2.5"),
        ("两斤", "1"),
        ("半斤", "0.25"),
        ("半公斤", "0.5"),
        ("二十斤", "10"),
        ("十千克", "10"),
        ("一百克", "0.1"),
        ("500g", "0.5"),
        ("500克", "0.5"),
        ("2000斤", "1000"),
    ],
)
def test_weights_as_agents_and_buyers_write_them(text: str, kg: str) -> None:
    weight = parse_weight(text)
    assert weight == D(kg)
    assert str(weight) == kg  # exact, and written as the reply shows it: 0.5, not 0.500


def test_a_jin_is_half_a_kilogram_exactly() -> None:
    assert parse_weight("1斤") == D("0.5") and parse_weight("0.3斤") * 2 == D("0.3")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0", "重量「0」必须大于 0 公斤"),
        ("-1", "重量「-1」必须大于 0 公斤"),
        ("abc", "重量「abc」不是数字"),
        ("", "重量「」不是数字"),
        ("nan", "重量「nan」不是数字"),
        ("1e9", "重量「1e9」不是数字"),
        ("1_000", "重量「1_000」不是数字"),
        ("二五斤", "重量「二五斤」看不懂"),
        ("2001斤", "重量「2001斤」太大了"),
        ("1000.01", "重量「1000.01」太大了"),
    ],
)
def test_bad_weights_are_named(text: str, message: str) -> None:
    with pytest.raises(FeeError, match=message):
        parse_weight(text)


@pytest.mark.parametrize(
    "text",
    [
        "30x20x10",
        "30*20*10",
        "30×20×10",
        "30 X 20 X 10 cm",
        "３０＊２０＊１０",
        "30×20×10cm",
        "30cm*20cm*10cm",
        "长30宽20高10",
        "长30cm，宽20cm，高10cm",
        "长30厘米宽20厘米高10厘米",
    ],
)
def test_sizes_with_any_usual_separator(text: str) -> None:
    assert parse_size(text) == (D(30), D(20), D(10))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("30x20", "尺寸「30x20」看不懂"),
        ("30x0x10", "尺寸「0」必须大于 0"),
        ("30xabcx10", "不是数字"),
        ("2000x1x1", "太大了"),
        ("1_0x2x3", "尺寸「1_0」不是数字"),
    ],
)
def test_bad_sizes_are_named(text: str, message: str) -> None:
    with pytest.raises(FeeError, match=message):
        parse_size(text)


# ---- quotes: the courier's fee and what the buyer pays


def test_quotes_come_cheapest_first_and_the_unserved_last() -> None:
    quotes = quote(TABLE, POLICY, "广东", "2")
    assert [(q.courier, q.fee, q.reachable) for q in quotes] == [
        ("中通", D("11.00"), True),  # 其他: 8 + 1 step × 3
        ("顺丰", D("33.00"), True),  # 其他: 23 + 1 step × 10
        ("邮政", None, False),  # no row for 广东
    ]
    zto = quotes[0]
    assert (zto.province, zto.zone, zto.chargeable_kg, zto.eta) == ("广东", "其他", D(2), (2, 4))
    assert (zto.buyer_pays, zto.reason) == (D("11.00"), "按中通运费")
    assert quotes[2].reason == "邮政不配送广东"
    assert quotes[2].buyer_pays is None


def test_equal_fees_put_the_faster_courier_first() -> None:
    slow = RateRow("中通", OTHER, D(1), D(10), D(1), D(1), (3, 5))
    fast = RateRow("顺丰", OTHER, D(1), D(10), D(1), D(1), (1, 2))
    quotes = quote(RateTable([ZTO, SF], [slow, fast]), POLICY, "广东", "1")
    assert [q.courier for q in quotes] == ["顺丰", "中通"]


def test_a_cheaper_courier_than_the_default_costs_the_buyer_no_less() -> None:
    quotes = quote(TABLE, POLICY, "浙江省杭州市西湖区文三路", "1")
    assert [(q.courier, q.fee, q.buyer_pays) for q in quotes] == [
        ("邮政", D("4.00"), D("5.00")),  # the difference is never below 0
        ("中通", D("5.00"), D("5.00")),
        ("顺丰", D("12.00"), D("12.00")),  # 5 + 7 difference
    ]


def test_volumetric_weight_is_per_courier() -> None:
    quotes = by_courier(quote(TABLE, POLICY, "江苏", "1", size="40x30x20"))
    assert quotes["顺丰"].chargeable_kg == D(4)
    assert quotes["顺丰"].fee == D("24.00")  # 12 + 6 half-kg steps × 2
    assert quotes["中通"].chargeable_kg == D(3)
    assert quotes["中通"].fee == D("7.00")
    assert quotes["邮政"].chargeable_kg == D(1)


def test_one_courier_by_name_or_code() -> None:
    (only,) = quote(TABLE, POLICY, "上海", "1.5", courier="sf")
    assert (only.courier, only.fee, only.buyer_pays) == ("顺丰", D("14.00"), D("14.00"))
    assert only.reason == "按中通运费，升级顺丰补差价8.00元"


def test_an_unknown_courier_in_a_quote_lists_the_known_ones() -> None:
    with pytest.raises(FeeError, match="没有快递「百世」：已有 顺丰、中通、邮政"):
        quote(TABLE, POLICY, "上海", "1", courier="百世")


def test_an_unknown_place_is_named() -> None:
    with pytest.raises(RegionError, match="找不到地区「火星」"):
        quote(TABLE, POLICY, "火星", "1")
    with pytest.raises(RegionError, match="认不出地址「火星基地第一大街第二小巷"):
        quote(TABLE, POLICY, "火星基地第一大街第二小巷第三号楼", "1")


def test_a_bad_weight_in_a_quote_is_named() -> None:
    with pytest.raises(FeeError, match="重量「abc」不是数字"):
        quote(TABLE, POLICY, "上海", "abc")


def test_an_address_and_an_alias_find_the_zone() -> None:
    quotes = by_courier(quote(TABLE, POLICY, "新疆维吾尔自治区乌鲁木齐市天山区", "1"))
    assert quotes["中通"].zone == "西藏、新疆"  # in the order of ALL_PROVINCES
    inner = by_courier(quote(TABLE, POLICY, "内蒙", "1"))
    assert inner["中通"].province == "内蒙古"
    assert inner["中通"].zone == "其他"


def test_an_unreachable_zone_is_listed_last_greyed() -> None:
    quotes = quote(TABLE, POLICY, "西藏", "1")
    last = quotes[-1]
    assert (last.courier, last.zone, last.reachable, last.fee, last.eta) == ("顺丰", "西藏", False, None, None)
    assert last.reason == "顺丰不配送西藏"


# ---- the shop policy: 包邮, 偏远地区, 升级


@pytest.mark.parametrize(
    ("amount", "pieces", "buyer", "reason"),
    [
        (D("98.99"), None, "11.00", "按中通运费"),
        (D(99), None, "0.00", "包邮"),  # 满 99 元
        (None, 2, "11.00", "按中通运费"),
        (None, 3, "0.00", "包邮"),  # 满 3 件
        (D(10), 5, "0.00", "包邮"),  # either condition is enough
    ],
)
def test_free_shipping_by_amount_or_pieces(amount: D | None, pieces: int | None, buyer: str, reason: str) -> None:
    (zto,) = quote(TABLE, POLICY, "广东", "2", courier="中通", amount=amount, pieces=pieces)
    assert (zto.buyer_pays, zto.reason) == (D(buyer), reason)
    assert zto.fee == D("11.00")  # the shop still pays the courier


def test_free_shipping_does_not_reach_excluded_regions_which_pay_the_remote_fee() -> None:
    (zto,) = quote(TABLE, POLICY, "新疆", "2", courier="中通", amount=D(500))
    assert zto.fee == D("33.00")  # 18 + 15
    assert (zto.buyer_pays, zto.reason) == (D("43.00"), "按中通运费，偏远地区加收10.00元")


def test_a_remote_region_that_is_not_excluded_ships_free_plus_the_remote_fee() -> None:
    policy = replace(POLICY, free_excluded=frozenset())
    (zto,) = quote(TABLE, policy, "新疆", "2", courier="中通", amount=D(500))
    assert (zto.buyer_pays, zto.reason) == (D("10.00"), "包邮，偏远地区加收10.00元")


def test_upgrade_by_the_difference_of_the_two_fees() -> None:
    (sf,) = quote(TABLE, POLICY, "广东", "2", courier="顺丰")
    assert (sf.buyer_pays, sf.reason) == (D("33.00"), "按中通运费，升级顺丰补差价22.00元")
    (free_sf,) = quote(TABLE, POLICY, "广东", "2", courier="顺丰", amount=D(100))
    assert (free_sf.buyer_pays, free_sf.reason) == (D("22.00"), "包邮，升级顺丰补差价22.00元")


def test_upgrade_by_a_fixed_surcharge() -> None:
    policy = replace(POLICY, upgrades=(Upgrade("顺丰", D(5)),))
    (sf,) = quote(TABLE, policy, "广东", "2", courier="顺丰")
    assert (sf.buyer_pays, sf.reason) == (D("16.00"), "按中通运费，升级顺丰加5.00元")
    (free_sf,) = quote(TABLE, policy, "广东", "2", courier="顺丰", pieces=3)
    assert (free_sf.buyer_pays, free_sf.reason) == (D("5.00"), "包邮，升级顺丰加5.00元")


def test_when_the_default_courier_cannot_go_another_courier_is_priced_on_its_own_fee() -> None:
    policy = replace(POLICY, default_courier="顺丰", remote=frozenset())
    (zto,) = quote(TABLE, policy, "西藏", "1", courier="中通")
    assert (zto.buyer_pays, zto.reason) == (D("18.00"), "按中通运费")


def test_a_region_the_shop_does_not_serve_has_no_buyer_price() -> None:
    quotes = quote(TABLE, POLICY, "台湾", "1")
    zto = by_courier(quotes)["中通"]
    assert zto.reachable and zto.fee == D("8.00")
    assert (zto.buyer_pays, zto.reason) == (None, "本店不发台湾")


def test_a_policy_refuses_unknown_provinces_and_negative_money() -> None:
    with pytest.raises(FeeError, match="偏远地区有误：找不到地区「火星」"):
        replace(POLICY, remote=frozenset({"火星"}))
    with pytest.raises(FeeError, match="偏远地区加收「-1」元不能是负数"):
        replace(POLICY, remote_fee=D(-1))
    with pytest.raises(FeeError, match="升级顺丰的加价「-5」元不能是负数"):
        Upgrade("顺丰", D(-5))
    assert replace(POLICY, origin="浙江省").origin == "浙江"
