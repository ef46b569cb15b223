"""What is computed when a template is written (folding, pinyin forms, signatures, category ids) agrees with the
plain definitions it was sped up from: a search finds the same templates however fast the import was.
"""

from __future__ import annotations

import gc
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quickreply.core import gc_pause
from quickreply.core.folding import fold
from quickreply.core.library import categories, transactions
from quickreply.core.search import signature
from quickreply.core.search.pinyin import POLYPHONES, forms, full_forms, initials_forms
from quickreply.core.search.search_columns import search_columns

# Text an agent's file may hold: Chinese (polyphones often), full-width forms, ASCII, spaces, control characters,
# combining marks, lone surrogates (a hostile clipboard).
_CHARS = st.one_of(
    st.sampled_from(sorted(POLYPHONES)),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),
    st.sampled_from(list("\u3000，。、！？：；（）ＡＺａｚ０９ Aa1\t\n\u200b\u0301\u00e9\ufb01\u2460\ud800")),
    st.characters(),
)
TEXT = st.text(_CHARS, max_size=40)


def _plain_fold(text: str) -> str:
    """``fold`` as first written: drop surrogates, NFKC, casefold, drop invisible characters — spaces, controls and
    every format character (category Cf: soft hyphen, word joiner, bidi marks …)."""
    text = re.sub(r"[\ud800-\udfff]", "", text)
    text = re.sub(
        r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]+", "", unicodedata.normalize("NFKC", text).casefold()
    )
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


@given(TEXT)
@settings(max_examples=400)
def test_fold_equals_its_plain_definition(text: str) -> None:
    assert fold(text) == _plain_fold(text)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ＴＫ", "tk"),
        ("T K", "tk"),
        ("退款，到账！", "退款,到账!"),
        ("Ａ\u0301", "á"),
        ("ﬁ\u3000①", "fi1"),
        ("a\ud800b", "ab"),
        ("t\u00adk\u2060", "tk"),
    ],
)
def test_fold_examples(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(st.text(_CHARS, max_size=12).map(fold))
@settings(max_examples=300, deadline=None)  # the first example loads pypinyin's phrase dictionary: a third of a second
def test_pinyin_forms_in_one_pass_equal_the_two_separate_ones(text: str) -> None:
    assert forms(text) == (initials_forms(text), full_forms(text))


def test_pinyin_forms_of_polyphones() -> None:
    initials, full = forms("发行")
    assert full[0] == "fa xing" and "fa hang" in full
    assert initials[0] == "fx" and "fh" in initials
    assert forms("退款") == (["tk"], ["tui kuan"])


def _plain_signature(group: list[list[str]]) -> bytes:
    """Every text's character and pair bits, set one by one with the query side's own ``term_bits``."""
    raw = bytearray(signature.SIZE)
    for region, texts in zip(signature.REGIONS, group, strict=True):
        for text in texts:
            for bit in signature.term_bits(text, region, limit=10**9):
                raw[region.offset + bit // 8] |= 1 << (bit % 8)
    return bytes(raw)


GROUP = st.lists(st.text(_CHARS.filter(lambda c: c != "\0"), max_size=15), max_size=4)


@given(st.lists(st.tuples(GROUP, GROUP, GROUP, GROUP), max_size=8))
@settings(max_examples=200)
def test_signatures_have_exactly_the_bits_a_query_looks_for(groups: list[tuple[list[str], ...]]) -> None:
    assert signature.compute(groups) == [_plain_signature(list(g)) for g in groups]


def test_search_columns_of_a_template() -> None:
    (columns,) = search_columns([("发货时间", "亲，一般 48 小时内发货。", "ＦＨ", ["物流", "", "物流"])])
    assert columns.shortcut_key == "fh"
    fields = columns.search_text.split("\x1d")
    assert fields[0] == "发货时间"
    assert fields[1].split("\x1f")[0] == "fhsj"
    assert fields[2].split("\x1f")[0] == "fa huo shi jian"
    assert fields[3:6] == ["物流\x1e物流", "wl\x1ewl", "wu liu\x1ewu liu"]
    assert fields[6] == "亲,一般48小时内发货。"
    assert len(columns.signature) == signature.SIZE


def _tree(lib) -> list[tuple[str, int]]:
    return sorted((c.path, c.position) for c in lib.categories())


def test_bulk_category_lookup_creates_what_ensure_would(make_library) -> None:
    paths = ["售后/退款", " 售后 / 换货 ", "物流", "物流/时效", "售后/退款", "新分类/子类", "新分类"]
    one_by_one, bulk = make_library({"categories": []}), make_library({"categories": []})
    for lib in (one_by_one, bulk):
        lib.add("售后/退款", "已有", "亲，已有的回复。")
        old = lib.add("旧分类/里面", "旧的", "亲，旧的回复。")
        lib.remove(old.id)
        lib.delete_category(lib.category("旧分类").id)
    with one_by_one.change():
        ids_one = [categories.ensure(one_by_one.db, p)[0] for p in paths]
    with bulk.change():
        lookup = categories.Paths(bulk.db)
        ids_bulk = [lookup.ensure(p) for p in paths]
    assert ids_bulk == ids_one
    assert ids_bulk[0] == ids_bulk[4] == bulk.category("售后/退款").id
    one_by_one.reload()
    bulk.reload()
    assert _tree(bulk) == _tree(one_by_one)


def test_bulk_category_lookup_refuses_a_bad_path(make_library) -> None:
    lib = make_library({"categories": []})
    with pytest.raises(Exception, match="最多两级"), lib.change():
        categories.Paths(lib.db).ensure("一/二/三")
    assert [c.path for c in lib.categories()] == []


def test_roomy_cache_is_only_for_the_bulk_write(make_library) -> None:
    lib = make_library({"categories": []})
    before = lib.db.execute("PRAGMA cache_size").fetchone()[0]
    with transactions.roomy_cache(lib.db):
        assert lib.db.execute("PRAGMA cache_size").fetchone()[0] == -65536
    assert lib.db.execute("PRAGMA cache_size").fetchone()[0] == before


def test_gc_pause_restores_the_collector() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_pause.paused():
        assert not gc.isenabled()
        with gc_pause.paused():
            pass
        assert not gc.isenabled()
        raise ValueError
    assert gc.isenabled()


def _items(count: int) -> list[tuple[str, str, str | None, list[str]]]:
    words = ["退款", "发货", "顺丰", "重量", "行李", "长款"]
    return [(f"{words[n % 6]}说明{n}", f"亲，{words[n % 5]}编号{n}。", f"q{n}", [words[n % 4]]) for n in range(count)]


def test_columns_in_chunks_in_parallel_come_in_order_and_equal_the_plain_ones(monkeypatch) -> None:
    from quickreply.core.search import search_columns as module

    monkeypatch.setattr(module, "PARALLEL_FROM", 10)
    monkeypatch.setattr(module, "CHUNK", 7)
    monkeypatch.setattr(module.os, "cpu_count", lambda: 2)
    items = _items(60)
    parts = list(module.columns_in_chunks(items))
    assert [len(p) for p in parts] == [7] * 8 + [4]
    assert [c for p in parts for c in p] == search_columns(items)
