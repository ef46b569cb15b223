"""Each kind of setting: what the agent may write, what is stored, and what reads back."""

from __future__ import annotations

import pytest

from quickreply.core import InvalidInput
from quickreply.core.library.setting_kinds import Choice, Flag, Json, KeyCombination, Number, Option, Raw, Text

POSITION = Choice((Option("window", "聊天窗口上方", "Over the chat window"), Option("center", "屏幕中央")))


@pytest.mark.parametrize(
    ("words", "value"),
    [("开", True), ("关", False), (" on ", True), ("OFF", False), ("True", True), ("false", False), ("1", True)],
)
def test_a_flag_from_the_agents_words(words: str, value: bool) -> None:
    assert Flag().parse(words) is value


def test_a_flag_is_stored_as_1_or_0_and_anything_else_is_no_flag() -> None:
    assert (Flag().encode(True), Flag().encode(False)) == ("1", "0")
    assert (Flag().decode("1"), Flag().decode("0")) == (True, False)
    assert [Flag().decode(text) for text in ("on", "", "yes")] == [None, None, None]
    assert (Flag().shown(True), Flag().hint()) == ("开", "开/关")
    with pytest.raises(InvalidInput, match="请写 开 或 关（也可以写 on/off、true/false、1/0）"):
        Flag().parse("是的")
    with pytest.raises(TypeError):
        Flag().check(1)  # type: ignore[arg-type]


def test_text_is_stripped_and_limited() -> None:
    assert Text(5).check("  小满家居 ") == "小满家居"
    with pytest.raises(InvalidInput, match="设置值太长（6 个字），最多 5 个字。"):
        Text(5).parse("小满家居旗舰")
    assert KeyCombination().limit == 40 and KeyCombination().parse(" Ctrl+Alt+Q ") == "Ctrl+Alt+Q"


def test_a_choice_takes_its_values_or_their_chinese_names() -> None:
    assert POSITION.parse("center") == "center" and POSITION.parse("屏幕中央") == "center"
    assert POSITION.decode("center") == "center" and POSITION.decode("top") is None
    assert POSITION.hint() == "window 聊天窗口上方 / center 屏幕中央"
    with pytest.raises(InvalidInput, match="设置值「top」无效，可选：window（聊天窗口上方）、center（屏幕中央）。"):
        POSITION.parse("top")


def test_a_number_reads_back_only_when_it_is_one() -> None:
    assert Number().parse(" 3 ") == 3 and Number().encode(3) == "3" and Number().decode("3") == 3
    assert Number().decode("three") is None and Number().decode("-1") is None
    with pytest.raises(InvalidInput, match="不是整数"):
        Number().parse("three")
    with pytest.raises(InvalidInput, match="最小是 0"):
        Number().check(-1)
    with pytest.raises(TypeError):
        Number().check(True)  # a bool is an int to Python, not a number here


def test_the_programs_text_is_kept_as_given_and_json_must_be_a_document() -> None:
    assert Raw().check(" /共享/店铺.qrpack ") == " /共享/店铺.qrpack "
    assert Json().check('{"a": 1}') == '{"a": 1}' and Json().check("") == ""
    with pytest.raises(ValueError, match="not a JSON document"):
        Json().check("{not json")
