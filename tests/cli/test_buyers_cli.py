"""Answering the buyer from the command line, as a lead uses it: a pasted message finds its reply and says why;
the questions nobody answered are listed, exported, attached to a reply or deleted; what a reply learned is listed,
tidied, promoted and removed; and every mistake gets one Chinese line, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pyperclip
import pytest

from quickreply.cli import main
from quickreply.core import open_library
from quickreply.core.library import learned

from .test_cli import run

ASKED = "你们家仓库的猫叫什么名字呀 电话13812345678"
CLEANED = "你们家仓库的猫叫什么名字呀 电话〔手机号〕"


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "home")


@pytest.fixture(autouse=True)
def clipboard(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A stand-in system clipboard: `copy` needs one, and the test machine may have none."""
    board = {"text": ""}
    monkeypatch.setattr(pyperclip, "copy", lambda text: board.__setitem__("text", text))
    monkeypatch.setattr(pyperclip, "paste", lambda: board["text"])
    return board


def asked(home: str, *messages: str) -> None:
    """Buyers sent these messages and the agent copied nothing (what the popup notes as questions)."""
    lib = open_library(Path(home))
    try:
        for message in messages:
            assert lib.note_question(message)
    finally:
        lib.close()


def as_json(capsys, home: str, *argv: str) -> object:
    code, out, err = run(capsys, "--home", home, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def first(capsys, home: str, message: str) -> dict[str, object]:
    found = as_json(capsys, home, "search", message, "--limit", "3")
    assert isinstance(found, list) and found
    return found[0]


def questions(capsys, home: str, *argv: str) -> list[tuple[str, int]]:
    found = as_json(capsys, home, "questions", *argv)
    assert isinstance(found, list)
    return [(q["text"], q["times"]) for q in found]


def learned_texts(capsys, home: str, ref: str) -> list[str]:
    found = as_json(capsys, home, "learned", ref)
    assert isinstance(found, list)
    return [p["text"] for p in found]


def learned_id(capsys, home: str, ref: str, text: str) -> int:
    found = as_json(capsys, home, "learned", ref)
    assert isinstance(found, list)
    return next(int(p["id"]) for p in found if p["text"] == text)


def phrasings(capsys, home: str, shortcut: str) -> list[str]:
    found = as_json(capsys, home, "list")
    assert isinstance(found, list)
    return next(t["phrasings"] for t in found if t["shortcut"] == shortcut)


def refused(capsys, home: str, *argv: str) -> str:
    """The one Chinese line a mistake gets (exit 1: the message says what to do)."""
    code, out, err = run(capsys, "--home", home, *argv)
    assert (code, out) == (1, ""), err
    assert err.startswith("快捷回复：") and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    return err.strip().removeprefix("快捷回复：")


def wrong_usage(capsys, home: str, *argv: str) -> str:
    """Arguments argparse cannot read at all: exit 2, in Chinese."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--home", home, *argv])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "命令用法有误" in err and "Traceback" not in err
    return err


# --- a pasted buyer message ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "shortcut", "phrasing"),
    [
        ("亲 包邮吗", "byfw", "包邮吗"),
        ("退款多久到账啊", "tk", "退款多久到账"),
        ("能开发票吗", "fp", "能开发票吗"),
        ("我想改一下地址", "xgdz", "我想改一下收貨地址"),
    ],
)
def test_a_pasted_message_gives_the_fitting_reply_first_and_says_why(
    capsys, home: str, message: str, shortcut: str, phrasing: str
) -> None:
    reply = first(capsys, home, message)
    assert reply["shortcut"] == shortcut and reply["by_meaning"] is True
    assert str(reply["reason"]).startswith(f"买家问法「{phrasing}」：")


def test_a_tracking_number_in_the_message_brings_the_logistics_reply(capsys, home: str) -> None:
    reply = first(capsys, home, "SF1234567890123 到哪了")
    assert (reply["shortcut"], reply["reason"]) == ("wl", "消息里有运单号")


def test_a_code_is_still_a_code(capsys, home: str) -> None:
    reply = first(capsys, home, "tk")
    assert (reply["title"], reply["reason"], reply["by_meaning"]) == ("退款到账时间", "快捷码", False)


def test_the_printed_results_say_why_under_each_reply(capsys, home: str) -> None:
    code, out, _ = run(capsys, "--home", home, "search", "亲 包邮吗", "--limit", "1")
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[1:3] == ["byfw", "包邮范围说明"]
    assert lines[2].startswith("       ↳ 买家问法「包邮吗」：")


# --- the questions nobody answered ---------------------------------------------------------------------------------


def test_questions_are_listed_cleaned_with_how_often_they_were_asked(capsys, home: str) -> None:
    asked(home, ASKED, ASKED.replace("13812345678", "13900000000"), "可以帮我写一首诗吗")
    code, out, _ = run(capsys, "--home", home, "questions")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3
    assert lines[0].split()[:3] == ["1", "2", "次"] and lines[0].endswith(f"  {CLEANED}")
    assert lines[1].split()[:3] == ["2", "1", "次"] and lines[1].endswith("  可以帮我写一首诗吗")
    assert lines[2] == "用 quickreply questions attach 编号 模板 把问题挂到一条回复上；没有合适的回复，就新增一条。"
    assert "13812345678" not in out and "13900000000" not in out


def test_questions_as_json(capsys, home: str) -> None:
    asked(home, ASKED, "可以帮我写一首诗吗")
    found = as_json(capsys, home, "questions")
    assert isinstance(found, list)
    assert sorted((q["id"], q["text"], q["times"]) for q in found) == [(1, CLEANED, 1), (2, "可以帮我写一首诗吗", 1)]
    assert set(found[0]) == {"id", "text", "times", "first_seen", "last_seen"}


def test_no_questions_says_so(capsys, home: str) -> None:
    code, out, _ = run(capsys, "--home", home, "questions")
    assert (code, out) == (0, "没有没答上的问题：买家问的，都复制过回复。\n")
    assert questions(capsys, home) == []


def test_questions_to_a_csv_file_the_lead_opens_in_excel(capsys, home: str, tmp_path: Path) -> None:
    asked(home, ASKED, ASKED, "=1+1 可以帮我写一首诗吗")
    path = tmp_path / "买家问题.csv"
    code, out, _ = run(capsys, "--home", home, "questions", "--csv", str(path))
    assert (code, out) == (0, f"已写出 2 个问题：{path}\n")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel shows the Chinese only with the BOM
    rows = [line.split(",") for line in data.decode("utf-8-sig").split("\r\n")]
    assert rows[0] == ["编号", "买家的话", "次数", "第一次", "最近一次"]
    assert [row[:3] for row in rows[1:3]] == [["1", CLEANED, "2"], ["2", "'=1+1 可以帮我写一首诗吗", "1"]]
    assert rows[1][3] <= rows[1][4] and rows[3:] == [[""]]


def test_questions_into_a_missing_folder_name_the_folder(capsys, home: str, tmp_path: Path) -> None:
    asked(home, ASKED)
    message = refused(capsys, home, "questions", "--csv", str(tmp_path / "没有" / "q.csv"))
    assert message == f"问题表 q.csv 写不进去：文件夹 {tmp_path / '没有'} 不存在，请换一个保存位置。"


def test_days_shows_only_the_recent_questions(capsys, home: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as then:
        then.setattr(learned, "now_iso", lambda: "2020-01-01T10:00:00+08:00")
        asked(home, "去年问过的仓库的猫叫什么名字")
    asked(home, "可以帮我写一首诗吗")
    assert questions(capsys, home, "--days", "7") == [("可以帮我写一首诗吗", 1)]
    assert questions(capsys, home) == [("可以帮我写一首诗吗", 1), ("去年问过的仓库的猫叫什么名字", 1)]
    assert refused(capsys, home, "questions", "--days", "-1") == "天数不能是负数（-1）。"


def test_attaching_a_question_makes_it_a_learned_phrasing_that_ranks_its_reply_first(capsys, home: str) -> None:
    asked(home, ASKED)
    assert first(capsys, home, "仓库的猫叫什么名字")["shortcut"] != "hy"
    code, out, _ = run(capsys, "--home", home, "questions", "attach", "1", "hy")
    assert (code, out) == (0, "已挂到「首次进店欢迎」：以后买家这样问，它会排在前面。\n")
    assert questions(capsys, home) == []
    assert learned_texts(capsys, home, "hy") == [CLEANED]
    reply = first(capsys, home, "仓库的猫叫什么名字")
    assert reply["shortcut"] == "hy" and str(reply["reason"]).startswith(f"学到的问法「{CLEANED}」")


def test_removing_a_question(capsys, home: str) -> None:
    asked(home, ASKED, "可以帮我写一首诗吗")
    code, out, _ = run(capsys, "--home", home, "questions", "remove", "1")
    assert (code, out) == (0, "已删除问题 1。\n")
    assert questions(capsys, home) == [("可以帮我写一首诗吗", 1)]


def test_forget_deletes_every_learned_phrasing_and_every_question(capsys, home: str) -> None:
    asked(home, ASKED, "可以帮我写一首诗吗")
    run(capsys, "--home", home, "copy", "xgdz", "--asked", "这个能不能寄到我公司去")
    run(capsys, "--home", home, "questions", "attach", "1", "hy")
    code, out, _ = run(capsys, "--home", home, "questions", "--forget")
    assert (code, out) == (
        0,
        "已删除本机学到的 2 条问法和 1 个没答上的问题，并已停止记录。\n"
        "要重新开始记录：quickreply settings learn_from_buyers 开\n",
    )
    assert questions(capsys, home) == [] and learned_texts(capsys, home, "hy") == []
    assert learned_texts(capsys, home, "xgdz") == []
    assert first(capsys, home, "仓库的猫叫什么名字")["shortcut"] != "hy"
    # --forget turns learning off too: the next copy after a pasted message keeps nothing.
    assert as_json(capsys, home, "settings", "learn_from_buyers") == {"learn_from_buyers": False}
    run(capsys, "--home", home, "copy", "xgdz", "--asked", "这个能不能寄到我公司去")
    lib = open_library(Path(home))
    try:
        assert not lib.note_question("可以帮我写一首诗吗")
    finally:
        lib.close()
    assert learned_texts(capsys, home, "xgdz") == [] and questions(capsys, home) == []


def test_switching_learning_off_deletes_what_was_kept_and_keeps_nothing_more(capsys, home: str) -> None:
    asked(home, ASKED)
    run(capsys, "--home", home, "copy", "xgdz", "--asked", "这个能不能寄到我公司去")
    code, _, err = run(capsys, "--home", home, "settings", "learn_from_buyers", "关")
    assert code == 0, err
    assert questions(capsys, home) == [] and learned_texts(capsys, home, "xgdz") == []
    code, out, _ = run(capsys, "--home", home, "copy", "xgdz", "--asked", "这个能不能寄到我公司去")
    assert (code, out) == (0, "已复制：发货前改地址\n")
    assert learned_texts(capsys, home, "xgdz") == []


# --- what a reply learned ------------------------------------------------------------------------------------------


def test_a_copy_for_a_buyer_message_is_listed_as_learned(capsys, home: str) -> None:
    run(capsys, "--home", home, "copy", "xgdz", "--asked", "订单123456789012345678 这个能不能寄到我公司去")
    run(capsys, "--home", home, "copy", "xgdz", "--asked", "能改成寄到我家吗")
    run(capsys, "--home", home, "copy", "xgdz", "--asked", "能改成寄到我家吗")
    code, out, _ = run(capsys, "--home", home, "learned", "xgdz")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "「发货前改地址」学到的买家问法（2 条）："
    assert lines[1].split() == ["2", "2", "次", "能改成寄到我家吗"]
    assert lines[2].split() == ["1", "1", "次", "订单〔订单号〕", "这个能不能寄到我公司去"]
    found = as_json(capsys, home, "learned", "xgdz")
    assert isinstance(found, list)
    assert set(found[0]) == {"id", "template_id", "text", "times", "first_seen", "last_seen"}


def test_a_reply_that_learned_nothing_says_how_it_learns(capsys, home: str) -> None:
    code, out, _ = run(capsys, "--home", home, "learned", "hy")
    assert (code, out) == (0, "「首次进店欢迎」还没有学到买家的问法：粘贴买家的话搜到它并复制后，这里就会有。\n")


def test_edit_promote_and_remove_a_learned_phrasing(capsys, home: str) -> None:
    run(capsys, "--home", home, "copy", "xgdz", "--asked", "这个能不能寄到我公司去")
    run(capsys, "--home", home, "copy", "xgdz", "--asked", "能改成寄到我家吗")
    company = learned_id(capsys, home, "xgdz", "这个能不能寄到我公司去")
    code, out, _ = run(capsys, "--home", home, "learned", "edit", str(company), "  能不能 寄到公司  ")
    assert (code, out) == (0, "已改为：能不能 寄到公司\n")
    assert set(learned_texts(capsys, home, "xgdz")) == {"能不能 寄到公司", "能改成寄到我家吗"}

    code, out, _ = run(capsys, "--home", home, "learned", "promote", str(company))
    assert (code, out) == (0, f"已把学到的问法 {company} 转成买家问法：导出模板包和表格时会带上它。\n")
    assert phrasings(capsys, home, "xgdz")[-1] == "能不能 寄到公司"
    assert learned_texts(capsys, home, "xgdz") == ["能改成寄到我家吗"]

    home_id = learned_id(capsys, home, "xgdz", "能改成寄到我家吗")
    code, out, _ = run(capsys, "--home", home, "learned", "remove", str(home_id))
    assert (code, out) == (0, f"已删除学到的问法 {home_id}。\n")
    assert learned_texts(capsys, home, "xgdz") == []


def test_editing_a_learned_phrasing_into_another_one_of_the_reply_is_refused(capsys, home: str) -> None:
    run(capsys, "--home", home, "copy", "xgdz", "--asked", "这个能不能寄到我公司去")
    run(capsys, "--home", home, "copy", "xgdz", "--asked", "能改成寄到我家吗")
    company = learned_id(capsys, home, "xgdz", "这个能不能寄到我公司去")
    other = learned_id(capsys, home, "xgdz", "能改成寄到我家吗")
    message = refused(capsys, home, "learned", "edit", str(company), "能改成寄到我家吗")
    assert message == f"这条回复已经学到了这个问法（编号 {other}）：不要这条的话请删除。"
    assert set(learned_texts(capsys, home, "xgdz")) == {"这个能不能寄到我公司去", "能改成寄到我家吗"}


# --- mistakes ------------------------------------------------------------------------------------------------------

HOW_TO_ATTACH = "请写 quickreply questions attach 问题编号 模板：如 quickreply questions attach 3 tk。"
NO_SUCH_REPLY = "找不到模板「没有这个」：请填写模板编号或快捷码，可用 quickreply search 查找。"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["questions", "attach"], HOW_TO_ATTACH),
        (["questions", "attach", "1"], HOW_TO_ATTACH),
        (["questions", "attach", "999", "hy"], "找不到编号 999 的买家问题：可能已经处理过了。"),
        (["questions", "attach", "1", "没有这个"], NO_SUCH_REPLY),
        (["questions", "remove"], "请写 quickreply questions remove 问题编号。"),
        (["questions", "remove", "999"], "找不到编号 999 的买家问题：可能已经处理过了。"),
        (["learned", "remove"], "请写 quickreply learned remove 编号（见 quickreply learned 模板 的第一列）。"),
        (["learned", "promote"], "请写 quickreply learned promote 编号（见 quickreply learned 模板 的第一列）。"),
        (["learned", "edit"], "请写 quickreply learned edit 编号（见 quickreply learned 模板 的第一列）。"),
        (["learned", "edit", "1"], "请写 quickreply learned edit 编号 新的说法。"),
        (["learned", "edit", "1", "   "], "学到的问法不能是空的：不要它的话请删除。"),
        (["learned", "edit", "999", "包邮吗"], "找不到编号 999 的学到的问法：可能已经删掉了。"),
        (["learned", "remove", "999"], "找不到编号 999 的学到的问法：可能已经删掉了。"),
        (["learned", "promote", "999"], "找不到编号 999 的学到的问法：可能已经删掉了。"),
        (["learned", "没有这个"], NO_SUCH_REPLY),
    ],
    ids=lambda v: "-".join(v) if isinstance(v, list) else "",
)
def test_a_bad_id_or_a_missing_argument_is_one_chinese_line_and_changes_nothing(
    capsys, home: str, argv: list[str], message: str
) -> None:
    asked(home, ASKED)
    run(capsys, "--home", home, "copy", "xgdz", "--asked", "这个能不能寄到我公司去")
    assert refused(capsys, home, *argv) == message
    assert questions(capsys, home) == [(CLEANED, 1)]
    assert learned_texts(capsys, home, "xgdz") == ["这个能不能寄到我公司去"]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["questions", "attach", "三", "hy"], "参数 编号：「三」不是整数"),
        (["questions", "remove", "x"], "参数 编号：「x」不是整数"),
        (["questions", "frob"], "参数 操作：没有「frob」这一项（可以写：attach、remove）"),
        (["learned"], "缺少必须写的参数：对象"),
        (["learned", "promote", "abc"], "参数 编号：「abc」不是整数"),
    ],
    ids=lambda v: "-".join(v) if isinstance(v, list) else "",
)
def test_arguments_that_cannot_be_read_are_wrong_usage(capsys, home: str, argv: list[str], words: str) -> None:
    assert words in wrong_usage(capsys, home, *argv)


def test_learned_phrasings_do_not_go_into_a_spreadsheet(capsys, home: str, tmp_path: Path) -> None:
    message = refused(capsys, home, "export", str(tmp_path / "模板.xlsx"), "--learned")
    assert message == "学到的买家问法只能放进模板包（.qrpack）：表格里只有每条回复自己的买家问法。"
    assert not (tmp_path / "模板.xlsx").exists()
