"""The fee reply copied to a buyer says what is true: who ships, what the buyer pays and why, the charged weight
when volume decides it, the days."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quickreply.core.library.bundled import read_bundled
from quickreply.core.shipping import fee_question
from quickreply.core.shipping.fee_reply import VARIABLES, fee_reply, kg, reply_values
from quickreply.core.shipping.quotes import ShopPolicy, quote
from quickreply.core.shipping.rate_sheets import sample_table
from quickreply.core.shipping.rates import FeeError
from quickreply.core.shipping.regions import ALL_PROVINCES
from quickreply.core.variables import Context, fields
from quickreply.paths import resources
from tests.core.test_fees import TABLE
from tests.fee_truth import POLICIES, check_breakdown, check_reply

SAMPLE = sample_table()
BUNDLED = next(t["body"] for t in read_bundled(resources() / "library") if t["shortcut"] == "yfbj")
JT = ShopPolicy("浙江", "极兔")


def reply(q, body: str = fee_question.DEFAULT_FEE_REPLY) -> str:
    return fee_reply(body, q)


def by_courier(quotes):
    return {q.courier: q for q in quotes}


def test_the_cheapest_courier_charged_by_the_default_ones_fee_says_so() -> None:
    # The issue's case: 邮政 costs the shop 18.00 to 新疆, the buyer pays 极兔's 25.00.
    post = by_courier(quote(SAMPLE, JT, "新疆", "2"))["邮政"]
    assert (post.fee, post.buyer_pays, post.charged_by) == (D("18.00"), D("25.00"), "极兔")
    assert (
        reply(post)
        == "亲，寄往新疆2公斤的包裹，运费按本店默认快递极兔的价格算，是25.00元，由邮政发出，预计5-9天送达哦～"
    )


def test_a_box_names_the_weight_its_volume_is_charged_at() -> None:
    jt = by_courier(quote(SAMPLE, JT, "北京", "1", "40x30x30"))["极兔"]
    assert (jt.chargeable_kg, jt.buyer_pays) == (D("4.5"), D("14.50"))
    assert reply(jt) == "亲，寄往北京1公斤（按体积算4.5公斤计费）的包裹，运费是14.50元，由极兔发出，预计2-5天送达哦～"


def test_a_heavy_small_parcel_names_its_actual_weight_only() -> None:
    jt = by_courier(quote(SAMPLE, JT, "北京", "5", "10x10x10"))["极兔"]
    assert reply(jt).startswith("亲，寄往北京5公斤的包裹，运费是14.50元")


def test_an_upgrade_says_the_base_the_surcharge_and_the_total() -> None:
    sf = by_courier(quote(SAMPLE, POLICIES["test_fee_cli"], "广东", "2"))["顺丰"]
    assert reply(sf) == (
        "亲，寄往广东2公斤的包裹，运费按本店默认快递中通的价格算，是8.00元，换顺丰发需要加5.00元，一共13.00元，"
        "由顺丰发出，预计2-3天送达哦～"
    )
    zto = by_courier(quote(SAMPLE, POLICIES["默认（极兔）"], "广东", "2"))["中通"]
    assert "运费按本店默认快递极兔的价格算，是7.00元，换中通发需要补差价1.00元，一共8.00元" in reply(zto)


def test_free_shipping_and_a_remote_region() -> None:
    policy = POLICIES["test_fees 偏远也包邮"]
    (zto,) = quote(SAMPLE, policy, "新疆", "2", courier="中通", amount=D(100))
    assert (
        reply(zto)
        == "亲，寄往新疆2公斤的包裹，这单包邮，偏远地区加收10.00元，一共10.00元，由中通发出，预计5-7天送达哦～"
    )
    (near,) = quote(SAMPLE, policy, "江苏", "2", courier="中通", pieces=3)
    assert reply(near) == "亲，寄往江苏2公斤的包裹，这单包邮，由中通发出，预计1-2天送达哦～"


def test_when_the_default_courier_cannot_deliver_the_courier_s_own_fee_is_charged() -> None:
    quotes = by_courier(quote(SAMPLE, POLICIES["默认（中通，西藏不到）"], "西藏", "1"))
    post = quotes["邮政"]
    assert post.charged_by == "邮政" and post.buyer_pays == post.fee == D("12.00")
    assert reply(post) == "亲，寄往西藏1公斤的包裹，运费是12.00元，由邮政发出，预计5-9天送达哦～"


def test_the_check_catches_the_replies_the_issue_found_false() -> None:
    post = by_courier(quote(SAMPLE, JT, "新疆", "2"))["邮政"]
    with pytest.raises(AssertionError):
        check_reply("亲，寄往新疆2公斤的包裹，由邮政发出，邮政运费是25.00元，预计5-9天送达哦～", post, SAMPLE)
    box = by_courier(quote(SAMPLE, JT, "北京", "1", "40x30x30"))["极兔"]
    with pytest.raises(AssertionError):
        check_reply("亲，寄往北京1公斤的包裹，运费是14.50元，由极兔发出，预计2-5天送达哦～", box, SAMPLE)


def test_every_variable_of_a_fee_reply_is_filled_and_documented() -> None:
    q = by_courier(quote(SAMPLE, JT, "北京", "1", "40x30x30"))["邮政"]
    values = reply_values(q)
    assert set(values) == set(VARIABLES)
    body = "{快递}|{买家付}|{快递运费}|{计费重量}|{重量}|{地区}|{时效}|{运费}"
    assert fee_reply(body, q) == "邮政|14.50|7.00|4.5|1|北京|3-5|14.50"
    assert {f.name for f in fields(BUNDLED)} <= set(VARIABLES)


def test_the_template_s_other_variables_come_from_what_is_remembered_and_the_context() -> None:
    q = by_courier(quote(SAMPLE, JT, "江苏", "1"))["极兔"]
    text = fee_reply("{店铺}：{快递}{买家付}元，{活动}", q, {"活动": "双11", "快递": "顺丰"}, Context(shop="小店"))
    assert text == "小店：极兔3.00元，双11"  # the quote's own values win over remembered ones
    assert fee_reply("{买家昵称}亲，{买家付}元", q) == "【买家昵称】亲，3.00元"


def test_no_reply_for_a_courier_that_cannot_deliver() -> None:
    zto = by_courier(quote(SAMPLE, JT, "西藏", "1"))["中通"]
    with pytest.raises(FeeError, match="中通"):
        reply_values(zto)


@pytest.mark.parametrize(
    ("weight", "shown"), [(D("4.5"), "4.5"), (D("2.000"), "2"), (D("4.492125"), "4.49"), (D(100), "100")]
)
def test_weights_are_written_short(weight: D, shown: str) -> None:
    assert kg(weight) == shown


sizes = st.one_of(
    st.none(),
    st.tuples(*(st.integers(1, 90) for _ in range(3))).map(lambda s: "x".join(map(str, s))),
    st.tuples(*(st.decimals("0.5", "80", places=1) for _ in range(3))).map(lambda s: "*".join(map(str, s))),
)
weights = st.decimals("0.1", "40", places=2)


@settings(max_examples=300, deadline=None)
@given(
    table_name=st.sampled_from(["sample", "small"]),
    policy_name=st.sampled_from(sorted(POLICIES)),
    place=st.sampled_from(ALL_PROVINCES),
    weight=weights,
    size=sizes,
    amount=st.one_of(st.none(), st.decimals("1", "300", places=2)),
    pieces=st.one_of(st.none(), st.integers(1, 5)),
    body=st.sampled_from([fee_question.DEFAULT_FEE_REPLY, BUNDLED]),
)
def test_every_quote_s_reply_is_true_to_it(table_name, policy_name, place, weight, size, amount, pieces, body) -> None:
    table = SAMPLE if table_name == "sample" else TABLE
    policy = POLICIES[policy_name]
    names = {c.name for c in table.couriers}
    if policy.default_courier not in names:
        policy = replace(policy, default_courier=table.couriers[0].name)
    for q in quote(table, policy, place, weight, size, amount=amount, pieces=pieces):
        if not q.reachable or q.buyer_pays is None:
            with pytest.raises(FeeError):
                reply_values(q)
            continue
        check_breakdown(q, table, policy, size)
        check_reply(fee_reply(body, q), q, table)
