"""Fee questions typed into the popup."""

from __future__ import annotations

import pytest

from quickreply.core.shipping.fee_question import FeeQuestion, parse

COURIERS = ["顺丰", "中通", "SF"]


@pytest.mark.parametrize(
    ("query", "question"),
    [
        ("运费 新疆 2.3", FeeQuestion("新疆", "2.3")),
        ("运费新疆 2", FeeQuestion("新疆", "2")),
        ("yf 杭州市西湖区文三路 1.5 30x20x10 顺丰", FeeQuestion("杭州市西湖区文三路", "1.5", "30x20x10", "顺丰")),
        ("fee 浙江 1kg sf", FeeQuestion("浙江", "1kg", "", "SF")),
        ("ＹＦ　西藏　３", FeeQuestion("西藏", "3")),
        ("运费", FeeQuestion()),
    ],
)
def test_fee_questions(query: str, question: FeeQuestion) -> None:
    assert parse(query, COURIERS) == question


@pytest.mark.parametrize("query", ["tk", "yfbj", "运", "", "   ", "新疆 运费 2"])
def test_other_queries_are_not_fee_questions(query: str) -> None:
    assert parse(query, COURIERS) is None


def test_complete_needs_a_place_and_a_weight() -> None:
    assert FeeQuestion("新疆", "2").complete and not FeeQuestion("新疆").complete
