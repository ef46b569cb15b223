"""Highlighting: the characters the agent's letters matched, in the title as shown."""

from __future__ import annotations

import pytest

from quickreply.core.folding import terms
from quickreply.core.search.highlight import text_spans, title_spans
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


@pytest.mark.parametrize(
    ("query", "text", "marked"),
    [
        ("到账", "亲，退款原路退回，一般1-3天到账，到账后会有短信", ["到账", "到账"]),  # every place it stands
        ("退款 到账", "亲，退款原路退回，一般1-3天到账", ["退款", "到账"]),
        ("tk", "亲，退款原路退回 tk", []),  # initials are not words of the text
        ("sf1234", "单号 SF1234567 已发出", ["SF1234"]),  # folded: what was typed in small letters
        ("@售后 运费", "运费险", ["运费"]),
        ("<b>", "亲，<b>加粗</b>只是文字", ["<b>"]),  # markup is text: marked as typed, never drawn as markup
    ],
)
def test_words_marked_in_a_reply_text(query: str, text: str, marked: list[str]) -> None:
    assert [text[a:b] for a, b in text_spans(terms(query), text)] == marked


def test_hits_find_their_marks_only_when_asked_and_find_the_same(small) -> None:
    hit = small.search("tuikuan")[0]
    assert callable(hit.spans)  # the search itself left them to the rows painted
    assert hit.title_spans == ((0, 2),) and hit.spans == ((0, 2),)
