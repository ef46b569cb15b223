"""Search as the agent types: pinyin, initials, mixed terms, ranking, hostile input."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quickreply.core.folding import terms
from quickreply.core.search import index as search_module
from quickreply.core.search.frecency import frecency_after_use
from quickreply.core.search.matching import Query
from quickreply.core.search.records import rank_key


def titles(hits) -> list[str]:
    return [h.template.title for h in hits]


def test_typing_tk_puts_the_refund_reply_first(lib) -> None:
    hits = lib.search("tk")
    assert hits[0].template.title == "退款到账时间"
    assert hits[0].template.shortcut == "tk"
    assert hits[0].score > hits[1].score


@pytest.mark.parametrize("query", ["tuikuan", "tuik", "tk", "退款", "TuiKuan", "ＴＫ", "退k", "tui款"])
def test_full_pinyin_initials_chinese_and_mixed_find_refunds(small, query: str) -> None:
    assert "退款到账时间" in titles(small.search(query))


@pytest.mark.parametrize("query", ["sf时效", "shunfeng时效", "顺丰sx", "sfsx", "shunfengshixiao", "顺丰 时效"])
def test_mixed_pinyin_and_chinese(small, query: str) -> None:
    assert titles(small.search(query))[0] == "顺丰时效说明"


@pytest.mark.parametrize("query", ["cxfh", "zxfh", "chongxin", "zhongxin"])
def test_polyphonic_characters_match_any_reading(small, query: str) -> None:
    assert titles(small.search(query)) == ["重新发货安排"]


@pytest.mark.parametrize("query", ["yinhang", "yhk", "yinxing"])
def test_polyphone_in_the_middle(small, query: str) -> None:
    assert "银行卡退款" in titles(small.search(query))


def test_full_pinyin_must_start_at_a_syllable(small) -> None:
    # "uikuan" sits inside "tuikuan" but starts mid-syllable: nobody types that for 退款.
    assert small.search("uikuan") == []


def test_terms_are_anded(small) -> None:
    assert titles(small.search("退款 审核")) == ["退款审核中"]
    # Nothing holds both words, so nothing matches literally; what the words mean still finds replies, marked so.
    assert [h for h in small.search("退款 顺丰") if not h.by_meaning] == []
    assert small.search("tk sf") == []  # letters alone are codes: no guessing by meaning


def test_body_matches_chinese_text(small) -> None:
    assert titles(small.search("留意")) == ["银行卡退款"]


def test_no_pinyin_in_bodies(small) -> None:
    # 留意 (liuyi) is only in a body; bodies match by text only, or every query would match everything.
    assert small.search("liuyi") == []


def test_ranking_tiers(make_library) -> None:
    lib = make_library(
        {
            "categories": [
                {
                    "path": "甲/乙",
                    "templates": [
                        {"title": "正文里有", "shortcut": "a1", "tags": ["无关"], "body": "亲，这里说到发票的事。"},
                        {"title": "标签里有", "shortcut": "a2", "tags": ["发票"], "body": "亲，您好。"},
                        {"title": "电子发票开具", "shortcut": "a3", "tags": ["x"], "body": "亲，您好。"},
                        {"title": "发票抬头", "shortcut": "a4", "tags": ["x"], "body": "亲，您好。"},
                        {"title": "其他说明", "shortcut": "发票", "tags": ["x"], "body": "亲，您好。"},
                    ],
                },
                {
                    "path": "发票/开具",
                    "templates": [{"title": "分类里有", "shortcut": "a6", "tags": [], "body": "亲。"}],
                },
            ]
        }
    )
    hits = lib.search("发票")
    assert titles(hits) == ["其他说明", "发票抬头", "电子发票开具", "标签里有", "分类里有", "正文里有"]
    assert [h.tier for h in hits] == [0, 1, 2, 3, 3, 4]
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_ties_go_to_frecency_then_favorites(make_library) -> None:
    lib = make_library(
        {
            "categories": [
                {
                    "path": "甲/乙",
                    "templates": [
                        {"title": "发货通知一", "shortcut": "b1", "tags": [], "body": "亲。"},
                        {"title": "发货通知二", "shortcut": "b2", "tags": [], "body": "亲。"},
                        {"title": "发货通知三", "shortcut": "b3", "tags": [], "body": "亲。", "favorite": True},
                    ],
                }
            ]
        }
    )
    assert titles(lib.search("fhtz")) == ["发货通知三", "发货通知一", "发货通知二"]
    lib.record_use("b2", when=1_700_000_000)
    assert titles(lib.search("fhtz")) == ["发货通知二", "发货通知三", "发货通知一"]
    # One use yesterday beats three uses two months ago: uses decay.
    day = 86_400
    for _ in range(3):
        lib.record_use("b1", when=1_700_000_000 - 60 * day)
    lib.record_use("b3", when=1_700_000_000 + day)
    assert titles(lib.search("fhtz"))[0] == "发货通知三"


def test_frecency_order_does_not_depend_on_today() -> None:
    often_long_ago = -math.inf
    for t in (0, 10, 20):
        often_long_ago = frecency_after_use(often_long_ago, t * 86_400)
    once_recently = frecency_after_use(None, 60 * 86_400)
    assert once_recently > often_long_ago


def test_empty_query_lists_favorites_then_recent(small) -> None:
    small.set_favorite("cxfh", True)
    small.record_use("yhk", when=1_700_000_000)
    small.record_use("tksh", when=1_700_000_100)
    assert titles(small.search("")) == ["重新发货安排", "退款审核中", "银行卡退款"]
    assert titles(small.search("   ")) == titles(small.search(""))


def test_category_limits_the_search(small) -> None:
    assert titles(small.search("退款", category="售后")) == ["退款到账时间", "退款审核中"]
    assert titles(small.search("退款", category="售中/快递选择")) == ["银行卡退款"]
    assert titles(small.search("", category="售中")) == ["顺丰时效说明", "重新发货安排", "银行卡退款"]


def test_limit(lib) -> None:
    assert len(lib.search("亲", limit=7)) == 7
    assert lib.search("亲", limit=0) == []


HOSTILE = [
    '"',
    "'",
    "%",
    "*",
    "_",
    "AND",
    "OR NOT",
    "NEAR(",
    "退款 AND 顺丰",
    "\\",
    "\\\\'",
    "'; DROP TABLE templates; --",
    "😀",
    "👩‍👩‍👧 退款",
    "\x00\x1f\x1e",
    "\ud800",
    "{",
    "}}{{",
    "<b>退款</b>",
    "&amp;",
    "a" * 5000,
    "退" * 5000,
    " ".join(["tk"] * 3000),
    "ｔｋ\u3000退款",
    "\u200b",
    "(",
    ")",
    "[",
    "^",
    "$",
    ".*",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_any_string_is_a_valid_query(lib, query: str) -> None:
    hits = lib.search(query)
    assert isinstance(hits, list)
    assert lib.get("tk").title == "退款到账时间"  # and nothing was harmed


def test_sql_looking_queries_are_plain_text(make_library) -> None:
    lib = make_library(
        {"categories": [{"path": "甲/乙", "templates": [{"title": "50% 优惠说明", "tags": [], "body": "亲。"}]}]}
    )
    assert titles(lib.search("50%")) == ["50% 优惠说明"]
    assert lib.search("%") and lib.search("_") == []


def test_index_keeps_up_with_many_edits(small, monkeypatch) -> None:
    monkeypatch.setattr(search_module, "OVERLAY_LIMIT", 3)
    for i in range(10):
        small.add("售后/测试", f"批量模板{i}", f"亲，第{i}条。", shortcut=f"pl{i}")
    small.update("pl3", title="改名后的模板")
    small.remove("pl4")
    assert titles(small.search("plmb")) == [f"批量模板{i}" for i in (0, 1, 2, 5, 6, 7, 8, 9)]
    assert titles(small.search("gmh")) == ["改名后的模板"]
    assert small.search("pl4") == []


# --- the bit filter never hides a match: compare with checking every template exactly --------------------------

WORDS = ["退款", "顺丰", "时效", "发货", "重新", "银行", "优惠券", "尺码", "快递", "好评", "SF", "7天", "售后"]
QUERY_PIECES = [
    "tk",
    "tuikuan",
    "sf",
    "shunfeng",
    "sx",
    "退",
    "款",
    "时",
    "cx",
    "zx",
    "yh",
    "hang",
    "xing",
    "7t",
    "sf时效",
    "退k",
    "kuaidi",
    "hp",
    "售",
    "a",
    "q",
    "yhq",
    "fh",
    "chong",
    "银h",
]


def reference(lib, query: str) -> list[int]:
    """Every template checked exactly, in ranking order: what the index must return."""
    query_terms = terms(query)[: search_module.MAX_TERMS]
    q = Query(query_terms, [(c.haystack, c) for c in lib.index.categories.values()])
    scored = []
    for record in lib.index._all():
        tier = (
            0 if len(query_terms) == 1 and lib.index.shortcuts.get(query_terms[0]) == record.id else q.tier_of(record)
        )
        if tier is not None:
            scored.append((tier, rank_key(record), record.id))
    return [i for _, _, i in sorted(scored)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.lists(
        st.tuples(
            st.lists(st.sampled_from(WORDS), min_size=1, max_size=3), st.lists(st.sampled_from(WORDS), max_size=2)
        ),
        min_size=1,
        max_size=25,
    ),
    query=st.lists(st.sampled_from(QUERY_PIECES), min_size=1, max_size=2).map(" ".join),
)
def test_index_agrees_with_an_exact_scan(make_library, data, query) -> None:
    templates = [
        {"title": "".join(t), "tags": tags, "body": "亲，" + "".join(reversed(t)) + "。", "shortcut": f"c{i}"}
        for i, (t, tags) in enumerate(data)
    ]
    lib = make_library({"categories": [{"path": "甲/乙", "templates": templates}]})
    assert [h.template.id for h in lib.search(query, limit=1000) if not h.by_meaning] == reference(lib, query)


@pytest.mark.parametrize("prefix", ["@售后", "@退款时效", "@售后/退款时效", "@shouh", "@shouhou", "@tksx", "＠售后"])
def test_at_category_limits_the_search(small, prefix: str) -> None:
    assert titles(small.search(f"{prefix} 退款")) == ["退款到账时间", "退款审核中"]


def test_at_category_alone_lists_the_category_and_unknown_gives_nothing(small) -> None:
    assert titles(small.search("@快递")) == ["顺丰时效说明", "重新发货安排", "银行卡退款"]
    assert small.search("@没有这个分类 退款") == []
    assert titles(small.search("@")) == []  # a lone @ is just a character nobody's title has
