"""Variables: what the agent fills in, and what is filled in for them."""

from __future__ import annotations

from datetime import datetime

import pytest

from quickreply.core import MissingVariable
from quickreply.core.variables import Context, Field, carried_over, expand, fields, parse, per_buyer_name, to_ask

NOW = datetime(2026, 11, 22, 21, 5)


def test_plain_variable_needs_a_value() -> None:
    assert expand("亲爱的{买家昵称}，您好", {"买家昵称": "小王"}) == "亲爱的小王，您好"
    with pytest.raises(MissingVariable, match="「买家昵称」"):
        expand("亲爱的{买家昵称}，您好")


def test_every_missing_name_is_listed_once() -> None:
    with pytest.raises(MissingVariable, match="「订单号」、「单号」"):
        expand("{订单号}{单号}{订单号}")


def test_default_and_fullwidth_colon() -> None:
    assert expand("{天数:3}天") == "3天"
    assert expand("{天数：5}天") == "5天"
    assert expand("{天数:3}天", {"天数": "7"}) == "7天"
    assert expand("{备注:}好") == "好"  # an empty default is a default


def test_choices_offer_options_and_default_to_the_first() -> None:
    (spec,) = fields("{快递|顺丰|中通|圆通}")
    assert spec == Field("快递", "顺丰", ("顺丰", "中通", "圆通"), "{快递|顺丰|中通|圆通}")
    assert expand("用{快递|顺丰|中通}发") == "用顺丰发"
    assert expand("用{快递|顺丰|中通}发", {"快递": "中通"}) == "用中通发"


def test_builtins() -> None:
    ctx = Context(shop="小满家居", agent="阿青", now=NOW, clipboard=lambda: "SF1234567890123")
    body = "{店铺}{客服}为您服务，今天{日期} {时间}，{日期+3}前到，{日期-1}已发，单号{剪贴板}"
    assert expand(body, context=ctx) == (
        "小满家居阿青为您服务，今天11月22日 21:05，11月25日前到，11月21日已发，单号SF1234567890123"
    )
    assert to_ask(body, ctx) == []


def test_date_offset_crosses_months_and_years() -> None:
    assert expand("{日期+10}", context=Context(now=datetime(2026, 12, 25))) == "1月4日"


def test_unset_shop_name_is_asked_for() -> None:
    ctx = Context(shop="", agent="阿青", now=NOW)
    assert [f.name for f in to_ask("{店铺}的{客服}：{买家昵称}", ctx)] == ["店铺", "买家昵称"]
    with pytest.raises(MissingVariable, match="quickreply settings"):
        expand("{店铺}", context=ctx)
    assert expand("{店铺:本店}", context=ctx) == "本店"


def test_empty_clipboard_source_means_asking() -> None:
    with pytest.raises(MissingVariable, match="剪贴板"):
        expand("{剪贴板}", context=Context(clipboard=lambda: None))
    assert expand("{剪贴板}", {"剪贴板": "手填"}) == "手填"


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("{{不是变量}}", "{不是变量}"),
        ("价格{{", "价格{"),
        ("只有左括号{没闭合", "只有左括号{没闭合"),
        ("只有右括号}", "只有右括号}"),
        ("{}", "{}"),
        ("{ }", "{ }"),
        ("{跨\n行}", "{跨\n行}"),
        ("{{{天数:2}}}", "{2}"),
        ("{|a|b}", "{|a|b}"),
    ],
)
def test_braces_that_are_not_variables_are_shown_literally(body: str, shown: str) -> None:
    assert expand(body) == shown


def test_markup_is_never_interpreted() -> None:
    body = "<b>{名称}</b> &amp; &lt;"
    assert expand(body, {"名称": "<i>x</i>&nbsp;"}) == "<b><i>x</i>&nbsp;</b> &amp; &lt;"


def test_fields_in_order_of_first_appearance() -> None:
    body = "{买家昵称}，{快递|顺丰|中通}单号{单号}，{买家昵称}，{日期}"
    assert [f.name for f in fields(body)] == ["买家昵称", "快递", "单号", "日期"]
    assert [f.name for f in to_ask(body, Context(shop="s", agent="a"))] == ["买家昵称", "快递", "单号"]


def test_parse_keeps_text_between_fields() -> None:
    assert parse("a{b}c") == ["a", Field("b", None, (), "{b}"), "c"]


# --- per-buyer values -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "mark", "default"),
    [
        ("{单号!}", "单号", "!", None),
        ("{单号！}", "单号", "!", None),
        ("{快递~|顺丰|中通}", "快递", "~", "顺丰"),
        ("{快递 ～ |顺丰}", "快递", "~", "顺丰"),
        ("{金额!:10}", "金额", "!", "10"),
        ("{金额：10!}", "金额", "", "10!"),  # after the default it is the default's: 「10!」
        ("{单号}", "单号", "", None),
    ],
)
def test_a_mark_after_the_name_says_per_buyer_or_kept(body: str, name: str, mark: str, default: str | None) -> None:
    (spec,) = fields(body)
    assert (spec.name, spec.mark, spec.default, spec.source) == (name, mark, default, body)


def test_marked_fields_expand_by_their_name() -> None:
    assert expand("单号{单号!}，{快递~|顺丰|中通}", {"单号": "SF1"}) == "单号SF1，顺丰"
    assert expand("{!}{～}") == "{!}{～}"  # a mark and no name is no variable


@pytest.mark.parametrize(
    ("name", "per_buyer"),
    [
        ("单号", True),
        ("快递单号", True),
        ("订单号", True),
        ("金额", True),
        ("退款金额", True),
        ("买家昵称", True),
        ("商品", True),
        ("手机号", True),
        ("联系电话", True),
        ("收货地址", True),
        ("尺码", True),
        ("快递", False),
        ("活动", False),
        ("天数", False),
        ("退货地址", False),  # the shop's, though it ends in 地址
        ("客服电话", False),
        ("店铺", False),
    ],
)
def test_unmarked_names_that_belong_to_one_buyer(name: str, per_buyer: bool) -> None:
    assert per_buyer_name(name) is per_buyer
    (spec,) = fields(f"{{{name}}}")
    assert spec.per_buyer is per_buyer


def test_a_mark_overrides_the_name() -> None:
    assert [f.per_buyer for f in fields("{买家昵称~}{活动!}{快递}")] == [False, True, False]


def test_a_mark_on_a_later_occurrence_counts() -> None:
    (spec,) = fields("{活动}……{活动!}")
    assert spec.per_buyer and spec.source == "{活动}"


def test_only_values_that_stay_with_the_shop_carry_over_to_the_next_buyer() -> None:
    typed = {"快递": "中通", "单号": "ZT7890", "活动": "双11", "手机": "138"}
    assert carried_over("{快递|顺丰|中通}{单号}{活动!}", typed) == {"快递": "中通"}
    assert carried_over("{单号~}", typed) == {"快递": "中通", "单号": "ZT7890", "活动": "双11"}
