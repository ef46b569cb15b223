"""Reading a buyer's message: the way buyers write (typos, traditional characters, pinyin, emoji) gives the grams the
meaning search compares, numbers are numbers, and what is kept of a message holds no order number, phone or address.
"""

from __future__ import annotations

import os

import pytest

from quickreply.core.search.buyer_text import (
    CONCEPT,
    MAX_CHARS,
    ORDER,
    PHONE,
    SOUND,
    SPAN,
    TRACKING,
    WEIGHT,
    clean_message,
    key_of,
    message_grams,
    read,
    reads_like_message,
)


def grams(text: str) -> set[str]:
    return set(message_grams(text).grams)


def written(text: str) -> set[str]:
    """The grams of what is written (characters, pairs, concepts, numbers), without the sound pairs."""
    return {g for g in grams(text) if not g.startswith(SOUND)}


# --- how buyers write ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("包油吗", "包邮吗"),
        ("退款到帐了吗", "退款到账了吗"),
        ("有优惠卷吗", "有优惠券吗"),
        ("顺风几天到", "顺丰几天到"),
        ("定单怎么查", "订单怎么查"),
    ],
)
def test_a_typo_reads_as_the_word_it_means(typed: str, meant: str) -> None:
    assert grams(typed) == grams(meant)
    assert read(typed).text == read(meant).text


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [("運費險怎麼用", "运费险怎么用"), ("已經簽收了", "已经签收了"), ("退款多久到帳", "退款多久到账")],
)
def test_traditional_characters_read_as_simplified(traditional: str, simplified: str) -> None:
    assert grams(traditional) == grams(simplified)


def test_full_width_letters_digits_and_case_fold() -> None:
    assert grams("ＳＦ几天到") == grams("sf几天到") == grams("SF几天到")
    assert read("ＳＦ１２３４５６７８９０１２３").numbers == read("SF1234567890123").numbers


@pytest.mark.parametrize(
    ("padded", "plain"),
    [
        ("亲 请问退款多久到账呀", "退款多久到账"),
        ("老板，包邮吗？？", "包邮"),
        ("在吗在吗 发货了吗", "在吗在吗 发货"),
    ],
)
def test_openers_and_fillers_add_no_words(padded: str, plain: str) -> None:
    assert written(padded) == written(plain)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("kd到了吗", "快递到了吗"), ("sf几天到", "顺丰几天到"), ("zfb付的", "支付宝付的")],
)
def test_abbreviations_read_as_the_chinese_they_stand_for(typed: str, meant: str) -> None:
    assert written(typed) == written(meant)


def test_typed_pinyin_sounds_like_the_characters() -> None:
    assert grams("bao you ma") == grams("baoyou") == grams("包邮吗")
    assert SOUND + "bao you" in grams("包油")  # a homophone typo the word table does not list still sounds right


def test_emoji_are_left_out_and_an_angry_one_is_heard() -> None:
    assert grams("退款多久到账😭😭🙏") == grams("退款多久到账")
    assert grams("质量太差了😡") == grams("质量太差了") | {CONCEPT + "不满"}


def test_a_pasted_product_title_is_left_out_unless_it_is_all_there_is() -> None:
    assert grams("【2024秋冬新款】加绒卫衣 包邮吗") == grams("加绒卫衣 包邮吗")
    assert grams("[爆款]榨汁杯 包邮吗") == grams("榨汁杯 包邮吗")
    assert written("【加绒卫衣】") == written("加绒卫衣")


# --- numbers ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "plain"),
    [("包不包邮呀", "包邮呀"), ("有没有货", "有货"), ("能不能退", "能退"), ("可不可以开发票", "可以开发票")],
)
def test_an_a_not_a_question_reads_as_the_plain_one(asked: str, plain: str) -> None:
    assert written(asked) == written(plain)


def test_a_length_of_time_is_one_number_but_the_question_how_long_is_not() -> None:
    for story in ("退款退了一个礼拜了", "等了半个月", "催了三个多小时", "等了好几天"):
        assert [n.kind for n in read(story).numbers] == [SPAN], story
        assert not {"礼拜", "半个", "小时", "几天"} & written(story)
    # 几天 and 几个小时 ask 时效; 七天 and 48小时内 are rules a reply is about: all stay words.
    for question, word in (
        ("几天能到", "几天"),
        ("几个小时能发", "小时"),
        ("过了七天还能退吗", "天还"),
        ("48小时内发吗", "时内"),
    ):
        assert not read(question).numbers and word in written(question), question
    assert CONCEPT + "时效" in written("几天能到")


@pytest.mark.parametrize(
    ("message", "kind", "text"),
    [
        ("订单123456789012345678还没发货", ORDER, "123456789012345678"),
        ("SF1234567890123 到哪了", TRACKING, "sf1234567890123"),
        ("中通73123456789012怎么还没到", TRACKING, "73123456789012"),
        ("电话13812345678 有事打给我", PHONE, "13812345678"),
        ("发新疆2公斤多少钱", WEIGHT, "2公斤"),
    ],
)
def test_numbers_are_recognised_by_kind_and_not_read_as_words(message: str, kind: str, text: str) -> None:
    reading = read(message)
    assert [(n.kind, n.text) for n in reading.numbers] == [(kind, text)]
    assert not any(c.isdigit() for g in reading.grams if not g.startswith("#") for c in g)
    assert text not in reading.text


def test_two_messages_differing_only_in_their_numbers_are_the_same_for_learning() -> None:
    assert key_of("订单123456789012345678怎么还没发货") == key_of("订单987654321098765432怎么还没发货")
    assert key_of("订单123456789012345678怎么还没发货") != key_of("订单123456789012345678怎么还没退款")


# --- what is kept of a message ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("亲，订单123456789012345678发货了吗，电话13812345678", "亲，订单〔订单号〕发货了吗，电话〔手机号〕"),
        ("单号SF1234567890123到哪了？", "单号〔运单号〕到哪了？"),
        ("ＳＦ１２３４５６７８９０１２３怎么还没到", "〔运单号〕怎么还没到"),
        ("收件人是张三，地址浙江省杭州市西湖区文三路100号", "收件人是〔姓名〕，〔地址〕"),
        ("我叫李小明，退款多久到", "我叫〔姓名〕，退款多久到"),
        ("@小明 我的快递呢", "〔昵称〕 我的快递呢"),
        ("退款多久到账呀😭", "退款多久到账呀😭"),
    ],
)
def test_clean_message_takes_out_numbers_names_and_addresses_and_nothing_else(message: str, kept: str) -> None:
    assert clean_message(message) == kept


# --- message or code -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    ["退款多久到账", "包邮吗", "亲 在吗", "bao you ma", "運費險", "退款?", "SF1234567890123 到哪了", "顺丰，几天到"],
)
def test_a_buyer_message_reads_like_one(message: str) -> None:
    assert reads_like_message(message)


@pytest.mark.parametrize("code", ["tk", "sf", "tkdz", "退款", "sf 时效", "退款 到账", "", "   "])
def test_what_an_agent_types_to_find_a_reply_does_not(code: str) -> None:
    assert not reads_like_message(code)


# --- hostile input ---------------------------------------------------------------------------------------------

HOSTILE = {
    "a 100,000-character paste": "亲包邮吗顺丰几天到" * 11_112,
    "binary garbage": os.urandom(20_000).decode("latin-1"),
    "control characters": "".join(map(chr, range(32))) * 50,
    "a lone surrogate": "\ud800退款\udfff",
    "only emoji": "😭🙏👍😡🤬" * 200,
    "only digits": "1234567890" * 300,
    "only punctuation": "？？！！。。，，……——【】《》" * 200,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_is_read_without_error_and_within_bounds(text: str) -> None:
    reading = message_grams(text)
    assert len(reading.text) <= MAX_CHARS
    assert sum(len(c) for c in reading.clauses) <= 4 * MAX_CHARS
    assert len(clean_message(text)) <= 2 * MAX_CHARS
    assert key_of(text) == key_of(text[:MAX_CHARS])  # what is beyond the start is not read at all
    assert message_grams(text).numbers == message_grams(text[:MAX_CHARS]).numbers
    reads_like_message(text)


@pytest.mark.parametrize("text", ["😭🙏👍" * 20, "1234567890" * 30, "？？！！。。，，……" * 10, "\x00" * 50])
def test_a_message_of_nothing_to_match_is_not_meaningful(text: str) -> None:
    reading = message_grams(text)
    assert not reading.meaningful
    assert key_of(text) == ""
