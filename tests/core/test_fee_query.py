"""Fee questions typed into the popup or given to ``quickreply fee``: every word used, or named back."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quickreply.core.shipping.fee_question import FILLERS, FeeQuestion, parse, read
from quickreply.core.shipping.rate_sheets import sample_table
from quickreply.core.shipping.rates import parse_size, parse_weight

COURIERS = ["顺丰", "中通", "SF"]
SAMPLE_COURIERS = [w for c in sample_table().couriers for w in (c.name, c.code)]


@pytest.mark.parametrize(
    ("query", "question"),
    [
        ("运费 新疆 2.3", FeeQuestion("新疆", "2.3")),
        ("运费新疆 2", FeeQuestion("新疆", "2")),
        ("yf 杭州市西湖区文三路 1.5 30x20x10 顺丰", FeeQuestion("杭州市西湖区文三路", "1.5", "30x20x10", "顺丰")),
        ("fee 浙江 1kg sf", FeeQuestion("浙江", "1kg", "", "SF")),
        ("ＹＦ　西藏　３", FeeQuestion("西藏", "3")),
        ("运费", FeeQuestion()),
        # The box of issue 17: the size is read although words stick to it, and the words are named back.
        ("运费 北京 1 40x30x30的箱子", FeeQuestion("北京", "1", "40x30x30", unknown=("的箱子",))),
        ("运费北京1公斤40x30x30的箱子", FeeQuestion("北京", "1公斤", "40x30x30", unknown=("的箱子",))),
        ("运费 广州 3.5斤 顺丰", FeeQuestion("广州", "3.5斤", "", "顺丰")),
        ("运费 寄到北京的 3斤半 多少钱", FeeQuestion("北京", "3斤半")),
        ("运费 2 北京 40cm*30cm*30cm 顺丰快递", FeeQuestion("北京", "2", "40cm*30cm*30cm", "顺丰")),
        ("运费 长40宽30高30 半斤 新疆乌鲁木齐", FeeQuestion("新疆乌鲁木齐", "半斤", "长40宽30高30")),
        ("运费 浙江省 杭州市 西湖区 文三路478号 五斤", FeeQuestion("浙江省杭州市西湖区文三路478号", "五斤")),
        ("运费 北京市朝阳区建国路88号 2", FeeQuestion("北京市朝阳区建国路88号", "2")),
        (
            "运费 张三 13800000000 浙江省杭州市西湖区文三路478号 两公斤",
            FeeQuestion("浙江省杭州市西湖区文三路478号", "两公斤", unknown=("张三", "13800000000")),
        ),
        ("运费 北京 1_000", FeeQuestion("北京", unknown=("1_000",))),
        ("运费险", FeeQuestion(unknown=("险",))),
    ],
)
def test_fee_questions(query: str, question: FeeQuestion) -> None:
    assert parse(query, COURIERS) == question


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("运费 北京 上海 2", "地区写了两个（北京、上海），请只写一个"),
        ("运费 北京 1 2公斤", "重量写了两个（1、2公斤），请只写一个"),
        ("运费 北京 2 30x20x10 40x30x30", "尺寸写了两个（30x20x10、40x30x30），请只写一个"),
        ("运费 北京 2 顺丰 中通", "快递写了两个（顺丰、中通），请只写一个"),
    ],
)
def test_two_readings_are_shown_not_guessed(query: str, said: str) -> None:
    question = parse(query, COURIERS)
    assert question is not None and question.ambiguous == (said,)
    assert not question.complete and said in question.notice


def test_the_same_thing_twice_is_not_ambiguous() -> None:
    assert parse("运费 浙江 杭州 2 2kg 4斤", COURIERS) == FeeQuestion("浙江杭州", "2")  # one address


def test_notice_names_what_was_not_understood() -> None:
    question = parse("运费 北京 1 40x30x30的箱子", COURIERS)
    assert question is not None and question.complete
    assert question.notice == "没看懂：的箱子"


@pytest.mark.parametrize("query", ["tk", "yfbj", "运", "", "   ", "新疆 运费 2"])
def test_other_queries_are_not_fee_questions(query: str) -> None:
    assert parse(query, COURIERS) is None


def test_complete_needs_a_place_and_a_weight() -> None:
    assert FeeQuestion("新疆", "2").complete and not FeeQuestion("新疆").complete


# ---- a question made of random parts in random order parses back to those parts

PLACES = ["北京", "新疆", "浙江省", "广州", "内蒙古", "西藏自治区", "上海市浦东新区", "杭州市西湖区文三路1号"]
_CN = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


@st.composite
def weights(draw: st.DrawFn) -> tuple[str, D]:
    unit, factor = draw(
        st.sampled_from(
            [("", "1"), ("kg", "1"), ("公斤", "1"), ("千克", "1"), ("斤", "0.5"), ("克", "0.001"), ("g", "0.001")]
        )
    )
    if unit in ("", "kg", "g", "克") or draw(st.booleans()):
        tenths = draw(st.integers(1, 9000 if factor != "0.001" else 99990))
        number = D(tenths) / 10
        written = format(number.normalize(), "f")
    else:
        whole = draw(st.integers(1, 99))
        number = D(whole)
        written = "两" if whole == 2 and draw(st.booleans()) else _chinese(whole)
    half = unit in ("斤", "公斤") and draw(st.booleans())
    if half:
        number += D("0.5")
    return f"{written}{unit}{'半' if half else ''}", number * D(factor)


@st.composite
def sizes(draw: st.DrawFn) -> tuple[str, tuple[D, D, D]]:
    a, b, c = (draw(st.integers(1, 150)) for _ in range(3))
    form = draw(
        st.sampled_from(
            [
                "{}x{}x{}",
                "{}*{}*{}",
                "{}×{}×{}cm",
                "{}cm*{}cm*{}cm",
                "长{}宽{}高{}",
                "{} X {} X {}",
                "长{}厘米，宽{}厘米，高{}厘米",
            ]
        )
    )
    return form.format(a, b, c), (D(a), D(b), D(c))


@given(
    place=st.sampled_from(PLACES),
    lead=st.sampled_from(["", "寄到", "发往", "到"]),
    weight=weights(),
    size=st.none() | sizes(),
    courier=st.none() | st.sampled_from(SAMPLE_COURIERS),
    junk=st.lists(st.sampled_from(["箱子", "衣服", "张三"]), max_size=2),
    fillers=st.lists(st.sampled_from(FILLERS), max_size=3),
    separators=st.lists(st.sampled_from([" ", "  ", "，", "、", "　"]), min_size=10, max_size=10),
    order=st.randoms(use_true_random=False),
)
@settings(max_examples=300, deadline=None)
def test_random_questions_parse_back_to_their_parts(
    place, lead, weight, size, courier, junk, fillers, separators, order
) -> None:
    parts = [
        ("place", lead + place),
        ("weight", weight[0]),
        *(("junk", j) for j in junk),
        *(("filler", f) for f in fillers),
    ]
    if size is not None:
        parts.append(("size", size[0]))
    if courier is not None:
        parts.append(("courier", courier))
    order.shuffle(parts)
    text = "".join(sep + written for sep, (_, written) in zip(separators, parts, strict=False))  # ≤ 10 parts
    question = read(text, SAMPLE_COURIERS)
    assert question.place == place
    assert parse_weight(question.weight) == weight[1]
    assert (parse_size(question.size) if question.size else None) == (size[1] if size else None)
    expected_courier = (
        None if courier is None else next(c for c in SAMPLE_COURIERS if c.casefold() == courier.casefold())
    )
    assert (question.courier or None) == expected_courier
    assert question.unknown == tuple(w for kind, w in parts if kind == "junk")
    assert question.ambiguous == ()
    assert question.complete
