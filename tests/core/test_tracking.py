"""Tracking numbers: an agent pastes a 运单号 and learns which courier to name to the buyer."""

from __future__ import annotations

import pytest

from quickreply.core.errors import QuickReplyError
from quickreply.core.shipping.tracking_numbers import (
    RULES,
    Candidate,
    TrackingError,
    checked,
    normalise,
    recognise,
    reply_for,
)


def codes(number: str) -> list[str]:
    return [c.code for c in recognise(number)]


@pytest.mark.parametrize(
    ("number", "courier", "code"),
    [
        ("SF1234567890123", "顺丰速运", "SF"),
        ("SF123456789012", "顺丰速运", "SF"),
        ("YT1234567890123", "圆通速递", "YTO"),
        ("JT0001234567890", "极兔速递", "JT"),
        ("JDVA12345678901", "京东物流", "JD"),
        ("JDX000123456789", "京东物流", "JD"),
        ("JD0012345678901", "京东物流", "JD"),
        ("DPK364000000000", "德邦快递", "DBL"),
        ("EA123456789CN", "EMS", "EMS"),
        ("RR123456789CN", "邮政快递包裹", "YZPY"),
        ("73100123456789", "中通快递", "ZTO"),
        ("78123456789012", "中通快递", "ZTO"),
        ("462012345678901", "韵达快递", "YD"),
        ("432012345678901", "韵达快递", "YD"),
        ("312012345678901", "韵达快递", "YD"),
        ("7712345678901", "申通快递", "STO"),
        ("5512345678901", "申通快递", "STO"),
        ("773012345678901", "申通快递", "STO"),
        ("9812345678901", "邮政快递包裹", "YZPY"),
        ("1112345678901", "邮政快递包裹", "YZPY"),
        ("1012345678901", "EMS", "EMS"),
    ],
)
def test_each_format_names_its_courier_first(number: str, courier: str, code: str) -> None:
    top = recognise(number)[0]
    assert (top.courier, top.code) == (courier, code)
    assert 0 < top.confidence <= 1
    assert top.reason


def test_letter_prefix_is_near_certain_and_says_why() -> None:
    assert recognise("SF1234567890123") == [Candidate("顺丰速运", "SF", 0.98, "SF 开头 + 13 位数字")]
    assert recognise("YT1234567890123")[0].confidence >= 0.95


def test_international_mail_is_china_post_either_way() -> None:
    assert codes("EA123456789CN") == ["EMS", "YZPY"]
    assert codes("RR123456789CN") == ["YZPY", "EMS"]


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("73100123456789", ["ZTO", "STO"]),
        ("12345678901234", ["ZTO", "STO"]),
        ("462012345678901", ["YD", "STO"]),
        ("773012345678901", ["STO", "YD"]),
        ("7712345678901", ["STO", "YD"]),
        ("1112345678901", ["YZPY", "EMS", "YD", "STO"]),
        ("9812345678901", ["YZPY", "YD", "STO"]),
        ("123456789012", ["ZTO", "SF"]),
    ],
)
def test_all_digit_numbers_give_ranked_candidates(number: str, expected: list[str]) -> None:
    found = recognise(number)
    assert [c.code for c in found] == expected
    assert [c.confidence for c in found] == sorted((c.confidence for c in found), reverse=True)
    assert len({c.courier for c in found}) == len(found)


def test_leading_digits_outrank_length_alone() -> None:
    zto, sto = recognise("75123456789012")
    assert zto.reason == "14 位数字，73–78 开头"
    assert zto.confidence > sto.confidence
    assert sto.reason == "14 位数字"


@pytest.mark.parametrize(
    "pasted",
    [
        "SF 1234 5678 9012 3",
        "SF-1234-5678-9012-3",
        "sf1234567890123",
        "ｓｆ１２３４５６７８９０１２３",
        "【SF1234567890123】",
        "“SF1234567890123”。",
        "\tSF1234567890123\n",
        "SF\u200b1234567890123",
        "SF－1234567890123",
    ],
)
def test_pasted_forms_are_normalised(pasted: str) -> None:
    assert normalise(pasted) == "SF1234567890123"
    assert codes(pasted)[0] == "SF"


def test_fullwidth_digits_alone() -> None:
    assert codes("７３１００１２３４５６７８９")[0] == "ZTO"


@pytest.mark.parametrize("blank", ["", "   ", "\n\t", "\u3000"])
def test_nothing_pasted_asks_for_the_number(blank: str) -> None:
    with pytest.raises(TrackingError, match="请粘贴运单号") as caught:
        recognise(blank)
    assert isinstance(caught.value, QuickReplyError)


@pytest.mark.parametrize(
    "hostile",
    [
        "SF" + "1" * 5000,
        "7" * 5000,
        "😀📦🚚",
        "SF😀1234567890123",
        "'; DROP TABLE templates; --",
        "SF1234567890123' OR '1'='1",
        "---",
        "【】",
        "\ud800SF",
        "\x00\x01\x02",
        "SF12345",
        "你好，我的快递到哪了",
        "SF1234567890123SF1234567890123",
    ],
)
def test_hostile_input_finds_nothing_and_never_raises(hostile: str) -> None:
    assert recognise(hostile) == []
    assert reply_for(hostile, []) == "亲，在订单页点击“查看物流”就能看到承运快递和实时进度哦～"


def test_reply_names_courier_and_normalised_number() -> None:
    number = "sf 1234 5678 9012 3"
    assert reply_for(number, recognise(number)) == (
        "亲，您的包裹由顺丰速运承运，运单号SF1234567890123，在订单页点击“查看物流”就能看到实时进度哦～"
    )


def test_reply_for_a_weak_guess_says_likely() -> None:
    assert reply_for("123456789012", recognise("123456789012")) == (
        "亲，运单号123456789012看起来是中通快递的单号，在订单页点击“查看物流”就能看到承运快递和实时进度哦～"
    )


def test_reply_without_candidates_sends_the_buyer_to_the_order_page() -> None:
    assert reply_for("ABC", []) == "亲，在订单页点击“查看物流”就能看到承运快递和实时进度哦～"


def test_reply_uses_the_best_candidate_whatever_the_order() -> None:
    weak = Candidate("申通快递", "STO", 0.25, "13 位数字")
    strong = Candidate("邮政快递包裹", "YZPY", 0.7, "13 位数字，98/11 开头")
    assert "由邮政快递包裹承运" in reply_for("9812345678901", [weak, strong])


@pytest.mark.parametrize("code", sorted({rule.code for rule in RULES}))
def test_every_reply_is_positive_and_stays_on_platform(code: str) -> None:
    rule = next(r for r in RULES if r.code == code)
    for confidence in (0.9, 0.3):
        text = reply_for("SF1234567890123", [Candidate(rule.courier, code, confidence, rule.reason)])
        assert rule.courier in text
        for word in ("不能", "不行", "微信", "电话", "QQ", "加我"):
            assert word not in text


def test_rules_cover_every_courier_with_sane_confidence() -> None:
    assert {r.code for r in RULES} == {"SF", "ZTO", "YTO", "YD", "STO", "JT", "JD", "DBL", "YZPY", "EMS"}
    assert all(0 < r.confidence <= 1 and r.reason for r in RULES)


# --- only letters and digits: other scripts' digits, Chinese, invisible marks ----------------------------------


def test_arabic_indic_digits_match_no_length_rule() -> None:
    assert recognise("١٢٣٤٥٦٧٨٩٠١٢٣") == []  # thirteen digits, but not the ones couriers print
    assert recognise("SF١٢٣٤٥٦٧٨٩٠١٢٣") == []
    assert reply_for("١٢٣٤٥٦٧٨٩٠١٢٣", []) == "亲，在订单页点击“查看物流”就能看到承运快递和实时进度哦～"


def test_checked_gives_the_number_as_the_rules_read_it() -> None:
    assert checked(" ｓｆ 1234-5678 9012 3。") == "SF1234567890123"
    assert checked("SF12345\u200b67890123") == "SF1234567890123"  # a zero-width space is dropped, as by fold
    assert checked("SF1234567890123\u202e") == "SF1234567890123"  # so are bidi marks a chat pastes along
    assert checked("\u2067SF1234567890123\u2069") == "SF1234567890123"


@pytest.mark.parametrize(
    ("pasted", "named"),
    [
        ("١٢٣٤٥٦٧٨٩٠١٢٣", "U+0661、U+0662、U+0663 等"),
        ("单号SF1234567890123", "「单」（U+5355）、「号」（U+53F7）"),
    ],
)
def test_checked_refuses_other_characters_by_name_and_never_shows_them_raw(pasted: str, named: str) -> None:
    with pytest.raises(TrackingError) as refused:
        checked(pasted)
    message = str(refused.value)
    assert f"英文字母和数字以外的字符：{named}。" in message
    assert not any(c in message for c in "\u202e\u2067\u0661")


def test_checked_refuses_nothing_pasted() -> None:
    with pytest.raises(TrackingError, match="请粘贴运单号"):
        checked(" \t")
