"""The trash on the command line (`quickreply trash`, `restore`), and `quickreply manage` without a desktop."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from quickreply.cli import main
from quickreply.core import open_library


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "home")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_empty_trash(capsys, home) -> None:
    assert run(capsys, "--home", home, "trash") == (0, "回收站是空的。\n", "")
    code, out, _ = run(capsys, "--home", home, "trash", "--json")
    assert code == 0 and json.loads(out) == []


def test_trash_lists_what_was_removed_newest_first(capsys, home) -> None:
    run(capsys, "--home", home, "remove", "tk")
    run(capsys, "--home", home, "remove", "wl")
    code, out, _ = run(capsys, "--home", home, "trash")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[1:3] == ["wl", "物流查询"] and "〔售后/物流查询〕" in lines[0]
    assert lines[1].split()[1:3] == ["tk", "退款到账时间"] and "〔售后/退款时效〕" in lines[1]
    assert re.search(r"删除于 \d{4}-\d\d-\d\d \d\d:\d\d$", lines[1])  # local time, to the minute
    assert "quickreply restore" in lines[-1]

    code, out, _ = run(capsys, "--home", home, "trash", "--json")
    items = json.loads(out)
    assert [set(item) for item in items] == [{"id", "title", "category", "deleted_at", "shortcut"}] * 2
    assert [(i["title"], i["category"], i["shortcut"]) for i in items] == [
        ("物流查询", "售后/物流查询", "wl"),
        ("退款到账时间", "售后/退款时效", "tk"),
    ]
    assert datetime.fromisoformat(items[0]["deleted_at"]).utcoffset() == datetime.now().astimezone().utcoffset()


def test_trash_shows_the_category_a_template_had_after_that_category_was_deleted(capsys, home) -> None:
    lib = open_library(home)
    lib.delete_category("售后/退款时效")
    lib.close()
    _, out, _ = run(capsys, "--home", home, "trash", "--json")
    assert {i["category"] for i in json.loads(out)} == {"售后/退款时效"}
    code, out, _ = run(capsys, "--home", home, "restore", "tk")
    assert code == 0 and "售后/退款时效" in out
    _, out, _ = run(capsys, "--home", home, "list", "--category", "售后/退款时效", "--json")
    assert [i["title"] for i in json.loads(out)] == ["退款到账时间"]


def test_restore_by_shortcut_or_id_brings_it_back(capsys, home) -> None:
    run(capsys, "--home", home, "remove", "tk")
    code, out, err = run(capsys, "--home", home, "restore", "tk")
    assert (code, err) == (0, "")
    assert out.startswith("已恢复：退款到账时间（编号 ") and "快捷码 tk" in out and len(out.splitlines()) == 1
    _, out, _ = run(capsys, "--home", home, "search", "tk", "--json")
    assert json.loads(out)[0]["title"] == "退款到账时间"
    _, out, _ = run(capsys, "--home", home, "remove", "wl")
    number = out.split("编号 ")[1].rstrip("）\n")
    assert run(capsys, "--home", home, "restore", number)[0] == 0
    assert run(capsys, "--home", home, "trash", "--json")[1] == "[]\n"


def test_restore_when_the_shortcut_is_taken_says_so(capsys, home) -> None:
    run(capsys, "--home", home, "remove", "tk")
    argv = ["add", "--category", "售后/测试", "--title", "新的退款回复", "--body", "亲，您好。", "--shortcut", "tk"]
    assert run(capsys, "--home", home, *argv)[0] == 0
    _, out, _ = run(capsys, "--home", home, "trash", "--json")
    number = str(json.loads(out)[0]["id"])
    code, out, _ = run(capsys, "--home", home, "restore", number)
    assert code == 0
    restored, note = out.splitlines()
    assert restored.startswith("已恢复：退款到账时间") and "快捷码 无" in restored
    assert "快捷码「tk」已被模板「新的退款回复」使用" in note


@pytest.mark.parametrize("ref", ["nope", "tk", "999999"])
def test_restoring_what_is_not_in_the_trash_is_one_chinese_line_and_exit_1(capsys, home, ref) -> None:
    code, out, err = run(capsys, "--home", home, "restore", ref)
    assert (code, out) == (1, "")
    assert f"回收站里没有模板「{ref}」" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_restore_needs_a_reference(capsys, home) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--home", home, "restore"])
    assert exit_info.value.code == 2
    assert "命令用法有误" in capsys.readouterr().err


def test_manage_without_a_desktop_says_what_it_needs(capsys, home) -> None:
    code, out, err = run(capsys, "--home", home, "manage")
    assert (code, out) == (1, "")
    assert err == "管理窗口需要图形界面：请在桌面环境中运行 quickreply manage。\n"


def test_help_lists_the_new_commands(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("trash", "restore", "manage"):
        assert f"    {command} " in out
