"""``quickreply settings`` as an agent or a script uses it: the words it takes, JSON booleans, help and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quickreply.cli import main


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "home")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def as_json(capsys: pytest.CaptureFixture[str], home: str) -> dict[str, object]:
    code, out, _ = run(capsys, "--home", home, "settings", "--json")
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def test_auto_paste_on_round_trips_as_a_json_boolean(capsys: pytest.CaptureFixture[str], home: str) -> None:
    assert as_json(capsys, home)["auto_paste"] is False
    code, out, _ = run(capsys, "--home", home, "settings", "auto_paste", "on")
    assert code == 0 and out == "auto_paste = 开    # 复制后自动粘贴到原窗口（开/关）\n"
    assert as_json(capsys, home)["auto_paste"] is True
    code, out, _ = run(capsys, "--home", home, "settings", "auto_paste", "--json")
    assert code == 0 and json.loads(out) == {"auto_paste": True}


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("开", True),
        ("关", False),
        ("on", True),
        ("off", False),
        ("true", True),
        ("False", False),
        ("1", True),
        ("0", False),
    ],
)
def test_a_flag_takes_the_usual_words(capsys: pytest.CaptureFixture[str], home: str, words: str, value: bool) -> None:
    run(capsys, "--home", home, "settings", "autostart", "关" if value else "开")  # the other way first
    code, _, err = run(capsys, "--home", home, "settings", "autostart", words)
    assert code == 0 and err == ""
    assert as_json(capsys, home)["autostart"] is value


def test_the_listing_shows_every_setting_with_its_meaning(capsys: pytest.CaptureFixture[str], home: str) -> None:
    run(capsys, "--home", home, "settings", "shop_name", "小满家居")
    code, out, _ = run(capsys, "--home", home, "settings")
    assert code == 0
    assert out.splitlines() == [
        "hotkey = Ctrl+Alt+Q    # 打开搜索框的全局快捷键",
        "auto_paste = 关    # 复制后自动粘贴到原窗口（开/关）",
        "autostart = 关    # 开机自动启动（开/关）",
        "popup_position = window    # 搜索框位置（window 聊天窗口上方 / mouse 鼠标旁 / center 屏幕中央）",
        "shop_name = 小满家居    # 店铺名称（模板里的 {店铺}）",
        "agent_name = （未设置）    # 客服昵称（模板里的 {客服}）",
        "buyer_hotkey = Ctrl+Alt+E    # 复制聊天窗口里选中的买家消息并按它推荐回复的快捷键",
        "suggest_from_clipboard = 开    # 打开搜索框时按刚复制的买家消息推荐回复（开/关）",
        "type_chinese_in_popup = 关    # 搜索框里用输入法打汉字（关：字母直接搜索，一次回车就复制）（开/关）",
        "learn_from_buyers = 开    # 记住买家的问法和没答上的问题（关掉会删除已记下的）（开/关）",
        "language = zh_CN    # 界面语言（zh_CN 中文 / en English）",
        "fuzzy_pinyin = 关    # 模糊音：把这几组音当成一样（如 s/sh：sunfeng 也找到顺丰），结果排在拼对的之后"
        "（开、关，或其中几个：z/zh c/ch s/sh n/l f/h an/ang en/eng in/ing）",
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["auto_paste", "maybe"], "设置值「maybe」无效：请写 开 或 关（也可以写 on/off、true/false、1/0）。"),
        (["popup_position", "top"], "可选：window（聊天窗口上方）、mouse（鼠标旁）、center（屏幕中央）"),
        (["colour", "red"], "没有设置项「colour」。可用的设置项：hotkey = 打开搜索框的全局快捷键；auto_paste = "),
        (["popup_size", "100x100"], "没有设置项「popup_size」"),  # the program's own: not listed, not changed
        (["library_seeded"], "没有设置项「library_seeded」"),
    ],
)
def test_a_refused_value_or_key_is_one_chinese_line(
    capsys: pytest.CaptureFixture[str], home: str, argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--home", home, "settings", *argv)
    assert code == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert as_json(capsys, home)["auto_paste"] is False  # nothing changed


def test_the_help_names_every_setting_from_its_declaration(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["settings", "--help"])
    help_text = "".join(capsys.readouterr().out.split())  # argparse wraps lines wherever it likes
    for text in ("auto_paste=复制后自动粘贴到原窗口（开/关）", "language=界面语言（zh_CN中文/enEnglish）", "开或关"):
        assert text in help_text
    assert "popup_size" not in help_text
