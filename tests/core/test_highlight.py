"""Highlighting: the characters the agent's letters matched, in the title as shown."""

from __future__ import annotations

import pytest

from quickreply.core.folding import terms
from quickreply.core.search.highlight import title_spans
from quickreply.core.search.search_columns import text_forms


def spans(query: str, title: str) -> list[str]:
    _, initials, pinyin = text_forms(title)
    return [title[a:b] for a, b in title_spans(terms(query), title, initials, pinyin)]


@pytest.mark.parametrize(
    ("query", "title", "marked"),
    [
        ("退款", "申请退款说明", ["退款"]),
        ("tk", "申请退款说明", ["退款"]),
        ("tuikuan", "申请退款说明", ["退款"]),
        ("tuik", "申请退款说明", ["退款"]),
        ("sf时效", "顺丰时效说明", ["顺丰时效"]),
        ("退k", "申请退款说明", ["退款"]),
        ("cxfh", "重新发货安排", ["重新发货"]),
        ("退款 说明", "申请退款说明", ["退款说明"]),
        ("ＳＦ", "SF 顺丰时效", ["SF"]),
        ("sfsx", "SF 顺丰时效", ["顺丰时效"]),  # initials of 顺丰时效, not the letters SF
        ("huo", "重新发货安排", ["货"]),
        ("zzz", "重新发货安排", []),
        ("@售后 退款", "退款到账", ["退款"]),
    ],
)
def test_marked_characters(query: str, title: str, marked: list[str]) -> None:
    assert spans(query, title) == marked


def test_search_hits_carry_their_spans(small) -> None:
    hit = small.search("tk")[0]
    assert hit.template.title == "退款到账时间"
    assert hit.title_spans == ((0, 2),)
