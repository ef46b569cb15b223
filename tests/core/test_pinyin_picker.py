"""The pinyin picker (issue 16): what an agent types in letters finds the reply they mean, and finds it first.

Polyphones read as their word, half-typed syllables, initials mixed with syllables, Chinese mixed with letters, one
typo, several words, fuzzy sounds as a setting — each ranked below what matches as typed.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quickreply.core.folding import terms
from quickreply.core.library.settings import FUZZY_PINYIN
from quickreply.core.search import alternatives
from quickreply.core.search import index as search_module
from quickreply.core.search.alternatives import FUZZY_RULES
from quickreply.core.search.matching import Query
from quickreply.core.search.pinyin import forms
from quickreply.core.search.records import rank_key

REFUND = "退款到账时间"


def titles(hits) -> list[str]:
    return [h.template.title for h in hits if not h.by_meaning]


def marked(hit) -> list[str]:
    return [hit.template.title[a:b] for a, b in hit.title_spans]


def one_category(*titles_and_more: str | dict) -> dict:
    templates = [t if isinstance(t, dict) else {"title": t, "tags": [], "body": "亲。"} for t in titles_and_more]
    return {"categories": [{"path": "甲/乙", "templates": templates}]}


# --- what the agent types -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["tuik", "退k", "tkuan", "tuikaun", "tui款"])
def test_half_typed_mixed_or_mistyped_refund_still_puts_the_refund_reply_first(lib, query: str) -> None:
    hit = lib.search(query)[0]
    assert hit.template.title == REFUND
    assert marked(hit) == ["退款"]


def test_tk_still_puts_the_refund_reply_first_by_its_code(lib) -> None:
    hits = lib.search("tk")
    assert hits[0].template.title == REFUND and hits[0].tier == 0


def test_a_typo_is_forgiven_but_ranks_below_what_matches_as_typed(make_library) -> None:
    lib = make_library(one_category(REFUND, "推困说明"))
    hits = lib.search("tuikun")  # 推困 as typed; 退款 with the a left out
    assert titles(hits) == ["推困说明", REFUND]
    assert hits[0].score > hits[1].score
    assert hits[1].reason == "标题开头（拼写有一处不同）" and marked(hits[1]) == ["退款"]


@pytest.mark.parametrize(
    ("query", "kind"),
    [("tuikaun", "swapped"), ("tuikuann", "one too many"), ("tuikan", "one left out"), ("tuikuen", "substituted")],
)
def test_each_kind_of_typo_is_forgiven(lib, query: str, kind: str) -> None:
    assert lib.search(query)[0].template.title == REFUND, kind


def test_two_letters_and_the_first_letter_are_never_corrected(small) -> None:
    assert small.search("uikuan") == []  # starts inside a syllable, not a typo of tuikuan
    assert small.search("tu") and all(h.reason.endswith("开头") or "标题" in h.reason for h in small.search("tu"))
    assert alternatives.corrections("tk") == () and alternatives.corrections("tkdz") == ()  # initials: no typos


def test_a_mistyped_shortcut_code_finds_its_reply_below_exact_ones(make_library) -> None:
    lib = make_library(one_category({"title": "退回花呗说明", "shortcut": "tkhb", "tags": [], "body": "亲。"}))
    hit = lib.search("tkbh")[0]
    assert hit.template.title == "退回花呗说明" and "拼写有一处不同" in hit.reason
    assert lib.search("tkh") and lib.search("tkhbb")[0].template.title == "退回花呗说明"


# --- polyphones -----------------------------------------------------------------------------------------------------


def test_the_reading_of_the_word_comes_first_and_other_readings_still_match(make_library) -> None:
    lib = make_library(one_category("重量说明", "重新发货", "还款方式", "还有问题吗", "银行卡退款"))
    assert titles(lib.search("chong")) == ["重新发货", "重量说明"]  # 重新 reads chong; 重量 only through 重 alone
    assert titles(lib.search("zhong")) == ["重量说明", "重新发货"]
    assert titles(lib.search("huan"))[0] == "还款方式"  # pypinyin reads 还款 hai kuan; the shop words say huan
    assert titles(lib.search("hai"))[0] == "还有问题吗"
    found = lib.search("yinxing")[0]
    assert found.template.title == "银行卡退款" and "多音字" in found.reason and marked(found) == ["银行"]
    assert lib.search("yinhang")[0].reason == "标题开头"


def test_pinyin_forms_put_the_word_reading_first() -> None:
    assert forms("银行卡")[1][0] == "yin hang ka"
    assert forms("重量")[1][0] == "zhong liang" and forms("重新")[1][0] == "chong xin"
    assert forms("还款")[1][0] == "huan kuan" and forms("还有")[1][0] == "hai you"
    assert forms("便宜")[1][0] == "pian yi" and forms("方便")[1][0] == "fang bian"
    assert forms("快递单")[1][0] == "kuai di dan" and forms("尺码")[1] == ["chi ma"]
    assert forms("长度")[1][0].startswith("chang") and forms("店长")[1][0] == "dian zhang"
    assert "zhuo ji" in forms("着急")[1]  # 着 zhuo (着装) is an everyday reading too
    assert not any("xin" in v for v in forms("款")[1])  # archaic readings are not offered


def test_mixing_initials_ranks_below_a_whole_syllable(make_library) -> None:
    lib = make_library(one_category("收货确认", "使用说明"))
    hits = lib.search("shuo")  # 说 as typed; 收货 as s + huo
    assert titles(hits) == ["使用说明", "收货确认"]
    assert hits[1].reason == "标题开头（首字母和全拼混打）"


# --- fuzzy sounds ---------------------------------------------------------------------------------------------------


def test_fuzzy_sounds_are_off_by_default_and_on_when_set(lib) -> None:
    assert lib.settings.get(FUZZY_PINYIN) == ()
    assert titles(lib.search("zongzuan")) == []  # 中转 is zhong zhuan: two letters off, no typo
    lib.settings.set("fuzzy_pinyin", "z/zh")
    hit = lib.search("zongzuan")[0]
    assert hit.template.title == "中转站等待中" and "模糊音" in hit.reason and marked(hit) == ["中转"]
    assert titles(lib.search("sanmenqujian")) == []  # 上门 is shang men: s/sh and an/ang are not on
    lib.settings.set("fuzzy_pinyin", "开")
    assert lib.settings.get(FUZZY_PINYIN) == FUZZY_RULES
    assert lib.search("sanmenqujian")[0].template.title == "上门取件换新"
    lib.settings.set("fuzzy_pinyin", "关")
    assert titles(lib.search("zongzuan")) == []


def test_a_fuzzy_sound_ranks_below_what_matches_as_typed(make_library) -> None:
    lib = make_library(one_category("顺丰时效", "孙峰专属"))
    lib.settings.set("fuzzy_pinyin", "z/zh c/ch s/sh")
    assert titles(lib.search("sunfeng")) == ["孙峰专属", "顺丰时效"]
    assert titles(lib.search("shunfeng")) == ["顺丰时效", "孙峰专属"]


@pytest.mark.parametrize("words", ["n/l、f/h", "an/ang, en/eng", "全部", "zh n"])
def test_fuzzy_sounds_are_set_as_the_command_line_takes_them(small, words: str) -> None:
    small.settings.set("fuzzy_pinyin", words)
    assert small.settings.get(FUZZY_PINYIN)


def test_an_unknown_fuzzy_sound_is_refused_in_chinese(small) -> None:
    from quickreply.core.errors import InvalidInput

    with pytest.raises(InvalidInput, match="可选：z/zh"):
        small.settings.set("fuzzy_pinyin", "x/y")


# --- several words, buyer phrasings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "meant"),
    [
        ("退款 余额", REFUND),  # the title and the body
        ("jtk 没收到", "仅退款申请"),  # the title's initials and a buyer phrasing
        ("保修 双11", "保修期查询"),
        ("weixin 粉丝群", "婉拒加微信"),
    ],
)
def test_every_word_is_required_across_title_body_and_buyer_phrasings(lib, query: str, meant: str) -> None:
    assert titles(lib.search(query))[0] == meant


def test_a_word_found_only_in_a_buyer_phrasing_says_so(make_library) -> None:
    lib = make_library(
        one_category({"title": "仅退款申请", "tags": [], "body": "亲，直接申请就好。", "phrasings": ["东西没收到"]})
    )
    hit = lib.search("退款 没收到")[0]
    assert hit.tier == 4 and hit.reason == "买家问法"


# --- nothing is converted while the agent types; old libraries are brought up to date -------------------------------


def test_typing_mixed_mistyped_or_fuzzy_pinyin_never_loads_pypinyin(tmp_path) -> None:
    code = (
        "import sys\n"
        "from quickreply.core import open_library\n"
        f"lib = open_library({str(tmp_path / 'home')!r})\n"
        "for q in ('tkuan', 'tuikaun', '退k', 'yinxing', '退款 余额'):\n"
        "    assert lib.search(q), q\n"
        "lib.settings.set('fuzzy_pinyin', '开')\n"
        "assert lib.search('sunfeng')\n"
        "print('pypinyin' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_library_stored_by_an_older_version_is_searched_the_new_way(tmp_path) -> None:
    from quickreply.core import open_library
    from quickreply.core.library.settings import SIGNATURE_VERSION
    from quickreply.core.search import signature

    lib = open_library(tmp_path / "h")
    rows = lib.db.execute("SELECT id, search_text FROM templates").fetchall()
    with lib.db.atomic():  # what version 5 stored: no phrasings field, nor category pinyin read as words
        for template_id, text in rows:
            old = "\x1d".join(text.split("\x1d")[:7])
            lib.db.execute("UPDATE templates SET search_text = ? WHERE id = ?", (old, template_id))
        lib.db.execute("UPDATE categories SET search_initials = '', search_pinyin = ''")
        lib.settings.put(SIGNATURE_VERSION, signature.VERSION - 1)
    lib.close()
    lib = open_library(tmp_path / "h")
    assert titles(lib.search("jtk 没收到"))[0] == "仅退款申请"
    assert titles(lib.search("@shouhou tkuan"))[0] == REFUND
    lib.close()


# --- the bit filter never hides what the exact check would find: fuzzy sounds and typos too ---------------------------

WORDS = [
    "退款",
    "顺丰",
    "时效",
    "发货",
    "重新",
    "银行",
    "优惠券",
    "尺码",
    "快递",
    "好评",
    "孙峰",
    "重量",
    "还款",
    "收货",
]
PIECES = ["tuikaun", "tkuan", "sunfeng", "shunfegn", "zhongx", "chong", "huan", "hai", "fahou", "kaudi", "yinxing",
          "shuo", "lanfu", "tuik", "退k", "chimma", "youhuiqaun", "tk", "shouhou", "zongliang", "kuaid"]  # fmt: skip


def reference(lib, query: str, fuzzy: frozenset[str]) -> list[int]:
    query_terms = terms(query)[: search_module.MAX_TERMS]
    q = Query(query_terms, [(c.haystack, c) for c in lib.index.categories.values()], fuzzy)
    scored = []
    for record in lib.index._all():
        exact = len(query_terms) == 1 and lib.index.shortcuts.get(query_terms[0]) == record.id
        rank = 0 if exact else q.tier_of(record)
        if rank is not None:
            scored.append((rank, rank_key(record), record.id))
    return [i for _, _, i in sorted(scored)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.lists(
        st.tuples(
            st.lists(st.sampled_from(WORDS), min_size=1, max_size=3), st.lists(st.sampled_from(WORDS), max_size=2)
        ),
        min_size=1,
        max_size=20,
    ),
    query=st.lists(st.sampled_from(PIECES), min_size=1, max_size=2).map(" ".join),
    fuzzy=st.sampled_from([(), ("s/sh", "z/zh"), FUZZY_RULES]),
)
def test_index_agrees_with_an_exact_scan_with_typos_and_fuzzy_sounds(make_library, data, query, fuzzy) -> None:
    templates = [
        {"title": "".join(t), "tags": tags, "body": "亲，" + "".join(reversed(t)) + "。", "shortcut": f"c{i}"}
        for i, (t, tags) in enumerate(data)
    ]
    lib = make_library({"categories": [{"path": "甲/乙", "templates": templates}]})
    with lib.db.atomic():
        lib.settings.put(FUZZY_PINYIN, fuzzy)
    found = [h.template.id for h in lib.search(query, limit=1000) if not h.by_meaning]
    assert found == reference(lib, query, frozenset(fuzzy))


@settings(max_examples=300, deadline=None)
@given(
    meant=st.lists(st.sampled_from(sorted(alternatives.SYLLABLES)), min_size=1, max_size=4).map("".join),
    edit=st.tuples(st.integers(0, 40), st.sampled_from(alternatives._LETTERS), st.integers(0, 3)),
)
def test_a_typo_found_in_a_text_is_one_of_the_listed_corrections(meant: str, edit: tuple[int, str, int]) -> None:
    at, letter, kind = edit
    at = 1 + at % max(1, len(meant) - 1)
    typed = [
        meant[:at] + letter + meant[at + 1 :],
        meant[:at] + meant[at + 1 :],
        meant[:at] + letter + meant[at:],
        meant[:at] + meant[at + 1 : at + 2] + meant[at : at + 1] + meant[at + 2 :],
    ][kind]
    if not alternatives.typo_checked(typed) or len(typed) > alternatives.LISTED_TYPOS_UP_TO:
        return
    letters = alternatives.typo_meets(typed, meant)
    if letters >= 0:
        assert meant[:letters] in alternatives.corrections(typed) or len(alternatives.corrections(typed)) == (
            alternatives.MAX_SPELLINGS
        )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3), min_size=1, max_size=20),
    typed=st.sampled_from(PIECES),
    fuzzy=st.sampled_from([(), FUZZY_RULES]),
)
def test_typing_letter_by_letter_finds_what_an_exact_scan_finds_at_every_key(make_library, data, typed, fuzzy) -> None:
    # Shortcut codes that are starts of what is typed: an exact code is found before any other check is made.
    templates = [
        {
            "title": "".join(t),
            "tags": [],
            "body": "亲。",
            "shortcut": typed[: 1 + i % len(typed)] + str(i) if i else typed[:2],
        }
        for i, t in enumerate(data)
    ]
    lib = make_library({"categories": [{"path": "甲/乙", "templates": templates}]})
    with lib.db.atomic():
        lib.settings.put(FUZZY_PINYIN, fuzzy)
    for end in range(1, len(typed) + 1):
        query = typed[:end]
        found = [h.template.id for h in lib.search(query, limit=1000) if not h.by_meaning]
        assert found == reference(lib, query, frozenset(fuzzy)), query
