"""The meaning search's index: built in the background after start-up, and nothing written meanwhile is missed."""

from __future__ import annotations

import threading

import numpy as np

from quickreply.core import Library
from quickreply.core.search.meaning import MeaningIndex, hash_of, meaning_of


def first(lib: Library, message: str) -> str:
    return lib.search(message, limit=3)[0].template.title


def test_built_in_the_background_finds_what_was_written_meanwhile(lib: Library) -> None:
    lib.prepare_meaning()
    # Written while the background thread may still be reading: the index taken up later reads it again.
    lib.add(
        "售后/退款时效",
        "退款到支付宝余额",
        "亲，退到支付宝余额的款项一般即时到账哦～",
        phrasings=("退到余额宝了吗 几时能看到",),
    )
    assert first(lib, "亲 我的钱退到余额宝了没有呀 几时能看到") == "退款到支付宝余额"
    assert first(lib, "退款多久能到账呀") == "退款到账时间"
    assert not any(t.name == "meaning-index" for t in threading.enumerate())


def test_a_template_removed_while_building_is_not_found(lib: Library) -> None:
    removed = lib.get("tk")
    lib.prepare_meaning()
    lib.remove("tk")
    hits = lib.search("退款多久能到账呀", limit=20)
    assert removed.id not in [h.template.id for h in hits]


def test_background_build_failing_builds_it_in_place(lib: Library, monkeypatch: object) -> None:
    lib.path = lib.home / "no-such-library.db"  # the background thread cannot open it
    lib.prepare_meaning()
    assert first(lib, "退款多久能到账呀") == "退款到账时间"


def test_index_scores_match_a_plain_sum() -> None:
    blobs = [meaning_of("退款到账时间", ["退款"], ["退款多久到账"], "亲，退款原路返回"),
             meaning_of("顺丰包邮", ["快递"], ["能发顺丰吗"], "亲，可以发顺丰哦"),
             meaning_of("开发票", ["发票"], ["能开发票吗"], "亲，可以开电子发票")]  # fmt: skip
    index = MeaningIndex([11, 12, 13], blobs)
    query = {"发票": 2.0, "顺丰": 1.5, "退款": 1.0, "没有的词": 9.0}
    found = dict(index.candidates(query, 3))
    for template_id, blob in zip([11, 12, 13], blobs, strict=True):
        records = np.frombuffer(blob, dtype=[("hash", "<u4"), ("weight", "u1")])
        weights = dict(zip(records["hash"].tolist(), (records["weight"] / 50.0).tolist(), strict=True))
        expected = sum(weights.get(hash_of(g), 0.0) * w for g, w in query.items())
        assert abs(found.get(template_id, 0.0) - expected) < 1e-4
    assert index.idfs(["发票", "没有的词"])[0] < index.idfs(["发票", "没有的词"])[1]


def test_a_gram_in_most_templates_keeps_its_idf_but_ranks_nothing() -> None:
    blobs = [meaning_of("退款到账时间", [], [], "退款原路返回，请放心"),
             meaning_of("顺丰包邮", [], [], "可以发顺丰，请放心"),
             meaning_of("开发票", [], [], "可以开电子发票，请放心")]  # fmt: skip
    index = MeaningIndex([13, 11, 12], blobs)  # ids in any order
    everywhere, once = index.idfs(["放心", "顺丰"])
    assert abs(everywhere - np.log(1 + 0.5 / 3.5)) < 1e-9  # counted in all three
    assert abs(once - np.log(1 + 2.5 / 1.5)) < 1e-9
    assert index.candidates({"放心": 5.0}, 3) == []  # says nothing about which one fits
    assert [t for t, _ in index.candidates({"顺丰": 1.0, "放心": 5.0}, 3)] == [11]
    index.drop(11)
    assert index.candidates({"顺丰": 1.0}, 3) == [] and len(index) == 2
