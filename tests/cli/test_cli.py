"""Every command as a lead or a script uses it: output, JSON, exit codes, messages."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pyperclip
import pytest

from quickreply import __version__
from quickreply.cli import main


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "home")


@pytest.fixture
def clipboard(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A stand-in system clipboard (the real one is exercised under Xvfb in test_clipboard_x11)."""
    board = {"text": "SF1234567890123"}
    monkeypatch.setattr(pyperclip, "copy", lambda text: board.__setitem__("text", text))
    monkeypatch.setattr(pyperclip, "paste", lambda: board["text"])
    return board


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add_template(capsys, home: str, shortcut: str, title: str, body: str) -> None:
    argv = ["--home", home, "add", "--category", "售后/测试", "--title", title, "--shortcut", shortcut, "--body", body]
    code, _, err = run(capsys, *argv)
    assert code == 0, err


def use_count(capsys, home: str, shortcut: str) -> int:
    _, listed, _ = run(capsys, "--home", home, "list", "--json")
    return next(t for t in json.loads(listed) if t["shortcut"] == shortcut)["use_count"]


def test_no_command_says_what_to_do(capsys, home) -> None:
    code, out, _ = run(capsys, "--home", home)
    assert code == 0
    assert "quickreply search tk" in out and "条回复" in out


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"quickreply {__version__}"


def test_search_prints_and_json(capsys, home) -> None:
    code, out, _ = run(capsys, "search", "tk", "--home", home, "--limit", "3")
    assert code == 0
    assert out.splitlines()[0].split()[1:3] == ["tk", "退款到账时间"]
    code, out, _ = run(capsys, "--home", home, "search", "退款", "到账", "--json")
    data = json.loads(out)
    assert data[0]["title"] == "退款到账时间"
    assert set(data[0]) >= {"id", "category", "title", "shortcut", "tags", "body", "score"}
    assert data[0]["category"] == "售后/退款时效" and isinstance(data[0]["tags"], list)


def test_search_with_category_and_nothing_found(capsys, home) -> None:
    code, out, _ = run(capsys, "--home", home, "search", "退款", "--category", "售前", "--json")
    assert code == 0 and all(item["category"].startswith("售前/") for item in json.loads(out))
    code, out, _ = run(capsys, "--home", home, "search", "zzzzqqq")
    assert code == 0 and "没有找到" in out


def test_list_and_categories(capsys, home) -> None:
    _, out, _ = run(capsys, "--home", home, "list", "--category", "售后/退款时效", "--json")
    items = json.loads(out)
    assert items and {i["category"] for i in items} == {"售后/退款时效"}
    _, out, _ = run(capsys, "--home", home, "categories", "--json")
    cats = json.loads(out)
    assert {"path": "售后/退款时效", "name": "退款时效"}.items() <= cats[
        [c["path"] for c in cats].index("售后/退款时效")
    ].items()
    _, out, _ = run(capsys, "--home", home, "categories")
    assert "售后" in out.splitlines()


def test_show_expands_variables_and_remembers_them(capsys, home) -> None:
    add_template(capsys, home, "wh", "问候", "{买家昵称}您好，{店铺}的{客服}为您服务，{快递|顺丰|中通}。")
    run(capsys, "--home", home, "settings", "shop_name", "小满家居")
    run(capsys, "--home", home, "settings", "agent_name", "阿青")
    code, out, _ = run(capsys, "--home", home, "show", "wh", "--var", "买家昵称=小王")
    assert code == 0
    assert out == "小王您好，小满家居的阿青为您服务，顺丰。\n"
    code, out, _ = run(capsys, "--home", home, "settings", "--json")
    settings = json.loads(out)
    assert (settings["shop_name"], settings["agent_name"], settings["hotkey"]) == ("小满家居", "阿青", "Ctrl+Alt+Q")


def test_show_names_a_missing_variable(capsys, home) -> None:
    code, out, err = run(capsys, "--home", home, "show", "wl")
    assert code == 1 and out == ""
    assert "「单号」" in err and "--var" in err and "Traceback" not in err


def test_copy_puts_the_text_on_the_clipboard_and_counts_a_use(capsys, home, clipboard) -> None:
    code, out, _ = run(capsys, "--home", home, "copy", "tk")
    assert code == 0 and "已复制" in out
    _, shown, _ = run(capsys, "--home", home, "show", "tk")
    assert clipboard["text"] == shown.rstrip("\n")
    assert use_count(capsys, home, "tk") == 1


def test_copy_fills_the_clipboard_variable(capsys, home, clipboard) -> None:
    add_template(capsys, home, "dhhf", "单号回复", "亲，您的单号是{剪贴板}。")
    assert run(capsys, "--home", home, "copy", "dhhf")[0] == 0
    assert clipboard["text"] == "亲，您的单号是SF1234567890123。"


def test_copy_without_a_clipboard_says_how_to_fix_it(capsys, home, monkeypatch) -> None:
    def unavailable(text: str) -> None:
        raise pyperclip.PyperclipException("no clipboard mechanism")

    monkeypatch.setattr(pyperclip, "copy", unavailable)
    code, _, err = run(capsys, "--home", home, "copy", "tk")
    assert code == 1 and "xclip" in err and "Traceback" not in err
    assert use_count(capsys, home, "tk") == 0


def test_add_edit_remove(capsys, home, monkeypatch) -> None:
    code, out, _ = run(
        capsys,
        "--home",
        home,
        "add",
        "--category",
        "售后/新分类",
        "--title",
        "新回复",
        "--body",
        "亲，新内容。",
        "--shortcut",
        "xhf",
        "--tags",
        "新,测试",
        "--json",
    )
    assert code == 0
    added = json.loads(out)
    assert (added["category"], added["tags"], added["shortcut"]) == ("售后/新分类", ["新", "测试"], "xhf")
    monkeypatch.setattr(sys, "stdin", io.StringIO("第一行\n第二行，亲\n"))
    code, out, _ = run(capsys, "--home", home, "edit", "xhf", "--body", "-", "--title", "改过的", "--json")
    assert code == 0 and json.loads(out)["body"] == "第一行\n第二行，亲\n"
    code, out, _ = run(capsys, "--home", home, "remove", "xhf")
    assert code == 0 and "回收站" in out
    code, _, err = run(capsys, "--home", home, "show", "xhf")
    assert code == 1 and "找不到模板「xhf」" in err


def test_edit_needs_something_to_change(capsys, home) -> None:
    code, _, err = run(capsys, "--home", home, "edit", "tk")
    assert code == 1 and "--title" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "nope"], "找不到模板「nope」"),
        (["list", "--category", "没有这个"], "没有分类「没有这个」"),
        (["add", "--category", "a/b/c", "--title", "t", "--body", "b"], "最多两级"),
        (["add", "--category", "售后", "--title", "t", "--body", "b", "--shortcut", "TK"], "退款到账时间"),
        (["show", "tk", "--var", "没有等号"], "--var 名称=值"),
        (["settings", "colour", "red"], "shop_name"),
        (["settings", "colour"], "shop_name"),
    ],
)
def test_errors_are_one_chinese_line_and_exit_1(capsys, home, argv, message) -> None:
    code, _, err = run(capsys, "--home", home, *argv)
    assert code == 1
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_wrong_usage_exits_2_in_chinese(capsys, home) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--home", home, "search"])
    assert exit_info.value.code == 2
    assert "命令用法有误" in capsys.readouterr().err


def test_damaged_library_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    home = tmp_path / "h"
    home.mkdir()
    (home / "library.db").write_bytes(b"\x00garbage" * 512)
    result = subprocess.run(
        [sys.executable, "-m", "quickreply", "--home", str(home), "search", "tk"], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "损坏" in result.stderr and "Traceback" not in result.stderr
    assert (home / "library.db").read_bytes() == b"\x00garbage" * 512  # left alone for the restore


def test_the_installed_command_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quickreply", "--home", str(tmp_path / "h"), "search", "tuikuan", "--json"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["title"] == "退款到账时间"
