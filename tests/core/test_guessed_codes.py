"""Codes an agent guesses (issue 16): the initials of the topic word find the reply first in the bundled library."""

from __future__ import annotations

import itertools

import pytest

from quickreply.core import Library
from quickreply.core.folding import fold
from quickreply.core.library.bundled import read_bundled
from quickreply.core.search import pinyin
from quickreply.paths import resources

# fmt: off
GUESSES = [
    ("nh", "首次进店欢迎"),      # 您好
    ("ts", "买家提到投诉"),      # 投诉
    ("db", "期待再次光临"),      # 道别
    ("xx", "买家道谢回复"),      # 谢谢
    ("xj", "西藏新疆偏远运费"),  # 新疆
    ("py", "婉拒砍价"),          # 便宜
    ("cz", "面料成分说明"),      # 材质
    ("tk", "退款到账时间"),      # 退款, as before
]
# fmt: on


@pytest.mark.parametrize(("typed", "title"), GUESSES)
def test_typing_the_initials_of_the_topic_word_shows_the_reply_first(lib: Library, typed: str, title: str) -> None:
    assert lib.search(typed)[0].template.title == title


def test_every_two_letter_code_spells_a_word_of_its_title_or_tags() -> None:
    """A two-letter code is a guess only when it is the initials of a word the reply is about (您好 → nh)."""
    unspelled = []
    for item in read_bundled(resources() / "library"):
        code = item["shortcut"]
        if len(code) != 2:
            continue
        words = set()
        for text in (item["title"], *item["tags"]):
            for initials in pinyin.initials_forms(fold(text)):
                words.update(a + b for a, b in itertools.pairwise(initials))
        if code not in words:
            unspelled.append((code, item["title"]))
    assert unspelled == []
