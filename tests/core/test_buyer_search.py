"""A pasted buyer message on the bundled library: the fitting reply among the first three, and what the library learns
from the agent's pick ranks that reply first the next time.

The ranking cases are a regression guard: each is a message the current ranking answers well, in a different style
(typo, traditional, pinyin, abbreviation, emoji, openers, run-on). A case that breaks after a change to the ranking or
the word table is a reply the agents stop finding.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quickreply.core import Library, open_library
from quickreply.core.library.settings import LEARN_FROM_BUYERS
from quickreply.core.shipping import buyer_messages

CASES = [
    ("亲 请问包邮吗", "byfw"),
    ("包油吗？？", "byfw"),
    ("bao you ma", "byfw"),
    ("退款多久到账啊", "tk"),
    ("我退款怎么还没到帐", "tkcx"),
    ("顺风几天能到", "sx"),
    ("能开发票吗", "fp"),
    ("什么时候发货呀", "fhsj"),
    ("可以便宜点吗", "py"),
    ("有优惠卷吗", "yhq"),
    ("我想改一下地址", "xgdz"),
    ("運費險怎麼用", "yfxp"),
    ("这个尺码偏大还是偏小", "bxpd"),
    ("我要退货 怎么退", "th"),
    ("质量太差了 😡😡", "zlqy"),
    ("我不想要了 能取消订单吗", "qxdd"),
]


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """The bundled library, shared by the tests that only search it."""
    library = open_library(tmp_path_factory.mktemp("bundled") / "home")
    yield library
    library.close()


def top(lib: Library, message: str, n: int = 3) -> list[str]:
    return [h.template.shortcut or "" for h in buyer_messages.search(lib, message, limit=n)]


@pytest.mark.parametrize(("message", "shortcut"), CASES, ids=[c[1] + "-" + str(i) for i, c in enumerate(CASES)])
def test_a_buyer_message_finds_the_fitting_reply_among_the_first_three(
    bundled: Library, message: str, shortcut: str
) -> None:
    hits = buyer_messages.search(bundled, message, limit=3)
    assert shortcut in [h.template.shortcut for h in hits]
    fitting = next(h for h in hits if h.template.shortcut == shortcut)
    assert fitting.by_meaning and fitting.reason  # the agent sees why it came up


def test_a_tracking_number_brings_the_logistics_reply_behind_a_reply_that_answers_the_message(
    bundled: Library,
) -> None:
    assert top(bundled, "SF1234567890123 到哪了", 1) == ["wl"]
    # The buyer asks about the return parcel's number, not where it is: that reply stays first, filled logistics next.
    hits = buyer_messages.search(bundled, "退货寄了 单号SF1093847561029 填错了一位", limit=3)
    assert [h.template.shortcut for h in hits[:2]] == ["txdh", "wl"]
    assert hits[1].reason == buyer_messages.TRACKING_REASON and hits[1].values["单号"] == "SF1093847561029"


def test_a_two_question_message_keeps_the_whole_message_reply_first_and_both_replies_near(bundled: Library) -> None:
    # 可以分期吗 alone reads like 分开寄; with 花呗付不了 it is about paying.
    assert top(bundled, "可以分期吗🙏 花呗付不了", 1) == ["fk"]
    assert top(bundled, "退货运费谁出 另外能开发票吗", 2) == ["qtyf", "fp"]
    # The reply that answers both at once first, each question's own reply right after it.
    assert top(bundled, "包邮吗 另外能开发票吗", 3) == ["lgwt", "byfw", "fp"]


def test_a_code_still_finds_its_reply_first(bundled: Library) -> None:
    for found in (bundled.search("tk", 5), buyer_messages.search(bundled, "tk", 5)):
        assert found[0].template.title == "退款到账时间"
        assert found[0].reason == "快捷码" and not found[0].by_meaning


HOSTILE = {
    "html": "<b>包邮</b><script>alert(1)</script>",
    "regex": ".*[(?+\\^$|{2,}",
    "nul": "\x00",
    "nul inside": "包邮吗\x00退款",
    "sql": "'; DROP TABLE templates; --",
    "like": "%_%",
    "category only": "@售后 ",
    "lone surrogate": "\ud800退款多久到账",
    "100k paste": "亲包邮吗" * 25_000,
}


@pytest.mark.parametrize("message", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_messages_raise_nothing_and_change_nothing(lib: Library, message: str) -> None:
    before = len(lib)
    assert len(buyer_messages.search(lib, message, limit=5)) <= 5
    assert len(lib.search(message, 5)) <= 5
    used = lib.record_use("tk", asked=message)
    assert used.use_count == 1  # the copy is counted whatever the agent had searched with
    lib.note_question(message)
    assert len(lib) == before
    assert len(lib.search("tk", 1)) == 1


# --- learning from the agent's pick -----------------------------------------------------------------------------

ASKED = "亲 订单123456789012345678 我手机号13812345678 这个能不能寄到我公司去"
NEXT = "订单987654321098765432 能不能寄到我公司去啊"


def test_a_pick_is_learned_cleaned_and_ranks_first_next_time(lib: Library, tmp_path: Path) -> None:
    assert top(lib, NEXT, 1) != ["xgdz"]  # not first before the agent picked it
    lib.record_use("xgdz", asked=ASKED)
    learned = lib.learned_for(lib.get("xgdz").id)
    assert [(p.text, p.times) for p in learned] == [("亲 订单〔订单号〕 我手机号〔手机号〕 这个能不能寄到我公司去", 1)]
    first = buyer_messages.search(lib, NEXT, limit=3)[0]
    assert first.template.shortcut == "xgdz"
    assert first.reason.startswith("学到的问法「亲 订单〔订单号〕")
    assert "123456789012345678" not in first.reason and "13812345678" not in first.reason
    # The same message again counts, and is not learned twice.
    lib.record_use("xgdz", asked=ASKED.replace("123456789012345678", "111111111111111111"))
    assert [p.times for p in lib.learned_for(lib.get("xgdz").id)] == [2]
    lib.close()
    reopened = open_library(lib.home)
    try:
        assert top(reopened, NEXT, 1) == ["xgdz"]
    finally:
        reopened.close()


@pytest.mark.parametrize("asked", ["tk", "xgdz", "", "😭😭", "123456789012345678"])
def test_a_code_or_a_message_of_nothing_is_not_learned(lib: Library, asked: str) -> None:
    lib.record_use("xgdz", asked=asked)
    assert lib.learned_for(lib.get("xgdz").id) == []


def test_switching_learning_off_deletes_what_was_learned_and_learns_no_more(lib: Library) -> None:
    lib.record_use("xgdz", asked=ASKED)
    assert lib.note_question("你们家的猫叫什么名字呀")
    lib.settings.save({LEARN_FROM_BUYERS: False})
    assert lib.learned_for(lib.get("xgdz").id) == [] and lib.questions() == []
    assert top(lib, NEXT, 1) != ["xgdz"]
    lib.record_use("xgdz", asked=ASKED)
    assert not lib.note_question("你们家的猫叫什么名字呀")
    assert lib.learned_for(lib.get("xgdz").id) == [] and lib.questions() == []
    assert lib.get("xgdz").use_count == 2


def test_a_question_attached_to_a_reply_leaves_the_questions_and_ranks_that_reply_first(lib: Library) -> None:
    message = "你们家仓库的猫叫什么名字呀 电话13812345678"
    assert lib.note_question(message)
    assert lib.note_question(message.replace("13812345678", "13900000000"))  # the same question, asked twice
    [question] = lib.questions()
    assert (question.text, question.times) == ("你们家仓库的猫叫什么名字呀 电话〔手机号〕", 2)
    learned = lib.attach_question(question.id, "hy")
    assert learned.text == question.text and learned.template_id == lib.get("hy").id
    assert lib.questions() == []
    assert [p.text for p in lib.learned_for(lib.get("hy").id)] == [question.text]
    assert top(lib, "仓库的猫叫什么名字", 1) == ["hy"]
    # Once answered, the same message is not a question any more.
    assert not lib.note_question(message)
    assert lib.questions() == []


def test_a_pick_answers_the_question_it_was_noted_as(lib: Library) -> None:
    assert lib.note_question("这个能不能寄到我公司去")
    lib.record_use("xgdz", asked="这个能不能寄到我公司去")
    assert lib.questions() == []


def test_words_found_only_inside_another_replys_phrasing_do_not_outrank_the_reply_that_means_them(lib) -> None:
    # 接班客服问候 has a long buyer phrasing that mentions 退差价 in passing; 补差价 is what the words ask for.
    hits = lib.search("退差价")
    assert hits[0].template.shortcut == "bcj" and hits[0].by_meaning
    assert "jbkf" in [h.template.shortcut for h in hits]  # still listed, after it
