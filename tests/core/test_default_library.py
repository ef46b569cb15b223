"""The bundled library: enough, well-organised, and every reply one an agent can send as it is."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from quickreply.core.folding import shortcut_key
from quickreply.core.library.bundled import read_bundled
from quickreply.core.shipping import fee_reply
from quickreply.core.variables import fields
from quickreply.paths import resources

ITEMS = read_bundled(resources() / "library")

# What Taobao's rules and every shop's training forbid (the full checker arrives with `quickreply lint`).
# fmt: off
FORBIDDEN = [
    "最", "第一", "唯一", "顶级", "国家级", "100%", "百分百", "绝对", "万能", "极致",
    "首选", "微信", "vx", "qq", "加我", "电话", "手机号", "http", "www.", "不能",
    "不会", "不可以", "不行", "没办法", "不知道", "不归我管", "你自己", "不清楚", "不可能", "!!",
    "！！", "??", "？？",
]
ALLOWED_PHRASES = ["第一时间"]
# Titles only the agent reads, named for what the reply declines; their bodies are checked like every other.
DECLINING_TITLES = ["婉拒加微信", "婉拒电话沟通"]
KNOWN_VARIABLES = {
    "买家昵称", "件数", "优惠券", "剪贴板", "单号", "商品", "天数", "客服", "尺码", "店铺",
    "快递", "方案", "日期", "时间", "活动", "订单号", "退货地址", "金额", "颜色",
    "开始日期", "结束日期", "发货日期", "恢复日期", "回复时间", "上线时间",
    "地区", "重量", "运费", "时效", "下线时间", "进度", "问题一的回复", "问题二的回复",
} | set(fee_reply.VARIABLES)  # the fee reply's, filled from the quote
REQUIRED_AREAS = [
    "售前/欢迎问候", "售前/商品咨询", "售前/尺码材质", "售前/库存与替代", "售前/议价优惠", "售前/促销活动",
    "售前/发票", "售前/道别感谢", "售中/催付", "售中/修改地址", "售中/发货时间", "售中/快递选择",
    "售中/合并拆分", "售中/预售", "售后/物流查询", "售后/签收破损", "售后/质量问题", "售后/退换货",
    "售后/退款时效", "售后/七天无理由", "售后/运费险", "售后/评价处理", "售后/回访关怀", "投诉处理/安抚情绪",
    "投诉处理/致歉", "投诉处理/解决方案", "投诉处理/跟进闭环", "节日与会员/节日祝福",
    "节日与会员/会员关怀", "自动回复/离线留言", "自动回复/忙碌排队", "售前/客服服务", "售中/取消订单",
    "售后/错发漏发", "售后/价格保护", "售后/保修维修",
]
# Categories new in 25-buyer-questions.json that start with fewer than 5 replies; every other keeps at least 5.
GROWING_AREAS = {"售中/取消订单", "售后/错发漏发", "售后/价格保护", "售后/保修维修"}
# fmt: on


def test_size_and_coverage() -> None:
    categories = Counter(item["category"] for item in ITEMS)
    assert len(ITEMS) >= 200
    assert len(categories) >= 20
    assert list(categories) == REQUIRED_AREAS
    assert {c: n for c, n in categories.items() if n < (2 if c in GROWING_AREAS else 5)} == {}


def test_every_template_has_a_unique_short_shortcut_and_tags() -> None:
    codes = Counter(shortcut_key(item["shortcut"]) for item in ITEMS)
    assert [c for c, n in codes.items() if n > 1] == []
    assert all(re.fullmatch(r"[a-z0-9]{2,5}", item["shortcut"]) for item in ITEMS)
    assert all(2 <= len(item["tags"]) <= 4 for item in ITEMS)


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item["shortcut"])
def test_every_reply_is_polite_and_within_the_rules(item) -> None:
    text = ("" if item["title"] in DECLINING_TITLES else item["title"]) + "\n" + item["body"]
    for phrase in ALLOWED_PHRASES:
        text = text.replace(phrase, "")
    assert [w for w in FORBIDDEN if w in text.casefold()] == []
    assert any(p in item["body"] for p in ("您", "亲", "请"))
    assert "你" not in item["body"].replace("您", "")
    assert 10 <= len(item["body"]) <= 200


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item["shortcut"])
def test_variables_are_well_formed_and_known(item) -> None:
    names = {f.name for f in fields(item["body"])}
    assert names <= KNOWN_VARIABLES | {n for n in names if re.fullmatch(r"日期[+-]\d+", n)}
    leftover = re.sub(r"\{[^{}\n]+\}", "", item["body"])
    assert "{" not in leftover and "}" not in leftover


def test_the_everyday_replies_are_where_agents_expect_them() -> None:
    by_code = {item["shortcut"]: item for item in ITEMS}
    assert by_code["tk"]["category"] == "售后/退款时效" and "退款" in by_code["tk"]["title"]
    assert by_code["th"]["title"] == "退货流程"
    assert {"快递", "单号"} <= {f.name for f in fields(by_code["wl"]["body"])}


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item["shortcut"])
def test_now_is_not_used_for_a_date_the_agent_chooses(item) -> None:
    """{日期} and {时间} paste *now*; a reply that promises "by {时间}" would promise the past."""
    assert {f.name for f in fields(item["body"])}.isdisjoint({"日期", "时间"})
