"""Numbers in weights and sizes are ASCII digits, full-width ones read the same: the digits of other scripts and
the tail of something that is not a number (1e3, 0x10) are not read as kilograms or centimetres."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from quickreply.core.shipping import fee_question, measures
from quickreply.core.shipping.rates import FeeError, parse_size, parse_weight


@pytest.mark.parametrize("text", ["٣", "٣kg", "٣斤", "३", "۳", "1٫5"])
def test_a_weight_in_other_scripts_digits_is_not_a_number(text: str) -> None:
    with pytest.raises(FeeError, match="不是数字"):
        parse_weight(text)


def test_full_width_digits_are_digits() -> None:
    assert parse_weight("３") == D(3)
    assert parse_weight("２．５ｋｇ") == D("2.5")
    assert parse_size("３０ｘ２０ｘ１０") == (D(30), D(20), D(10))


@pytest.mark.parametrize("text", ["٣٠x20x10", "30x٢٠x10", "长٣٠宽20高10"])
def test_a_size_in_other_scripts_digits_is_refused(text: str) -> None:
    with pytest.raises(FeeError):
        parse_size(text)


@pytest.mark.parametrize("text", ["1e3公斤", "2E3kg", "0x10kg", "٣5kg"])
def test_the_tail_of_an_exponent_a_hex_number_or_other_digits_is_no_weight(text: str) -> None:
    assert measures.WEIGHT.search(measures.normal(text)) is None


def test_a_weight_right_after_a_couriers_code_is_read() -> None:
    found = measures.WEIGHT.search(measures.normal("SF3kg"))
    assert found is not None and measures.kilograms(found) == D(3)


@pytest.mark.parametrize("question", ["北京 1e3公斤", "北京 ٣5", "北京 ٣٠x20x10 2"])
def test_a_question_reads_no_weight_or_size_from_them(question: str) -> None:
    asked = fee_question.read(question, ["顺丰", "SF"])
    assert asked.place == "北京"
    assert asked.weight in ("", "2") and asked.size == ""
    assert asked.unknown
