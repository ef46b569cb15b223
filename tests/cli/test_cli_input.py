"""What the command line is given, as a script or a slip of the keyboard gives it: bytes that are not UTF-8,
numbers in odd forms, digits of other scripts, invisible characters. Each is refused in one Chinese line that names
it, never with "快捷回复出错了" or a traceback, and nothing it quotes can hide or reorder the line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quickreply.cli import main


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "home")


def run(capsys: pytest.CaptureFixture[str], home: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--home", home, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def wrong_usage(capsys: pytest.CaptureFixture[str], home: str, *argv: str) -> str:
    """The message of a command refused as wrong usage (exit 2), without the usage line."""
    with pytest.raises(SystemExit) as exited:
        main(["--home", home, *argv])
    out, err = capsys.readouterr()
    assert (exited.value.code, out) == (2, ""), err
    assert err.startswith("用法：quickreply") and "Traceback" not in err
    return err.splitlines()[-1].removeprefix("快捷回复：命令用法有误：")


def refused(capsys: pytest.CaptureFixture[str], home: str, *argv: str) -> str:
    """The one Chinese line of a command refused for its input (exit 1)."""
    code, out, err = run(capsys, home, *argv)
    assert (code, out) == (1, ""), (code, out, err)
    assert err.startswith("快捷回复：") and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    return err.strip().removeprefix("快捷回复：")


def quickreply(home: str, *argv: str | bytes, stdin: bytes = b"", **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "quickreply", "--home", home, *argv],
        input=stdin,
        capture_output=True,
        env={**os.environ, **env},
        timeout=60,
    )


# --- bytes that are not UTF-8 ----------------------------------------------------------------------------------


def test_an_argument_that_is_not_utf8_is_wrong_usage_naming_it(capsys, home: str) -> None:
    # What Python makes of the bytes ff fe on the command line (surrogateescape).
    said = wrong_usage(capsys, home, "search", "\udcff\udcfe")
    assert said.startswith("第 4 个参数「\\xff\\xfe」不是 UTF-8 文字")
    said = wrong_usage(capsys, home, "show", "tk", "--var", "买家昵称=\udce9")
    assert said.startswith("--var 的值「买家昵称=\\xe9」不是 UTF-8 文字")
    said = wrong_usage(capsys, home, "show", "tk", "--var=买家昵称=\udce9")
    assert said.startswith("--var 的值「买家昵称=\\xe9」")


def test_a_script_passing_latin1_bytes_gets_a_usage_error_not_a_crash(home: str) -> None:
    done = quickreply(home, "search", b"caf\xe9")
    assert done.returncode == 2
    err = done.stderr.decode("utf-8")
    assert "「caf\\xe9」不是 UTF-8 文字" in err and "出错了" not in err and "Traceback" not in err
    assert done.stdout == b""


def test_piped_bytes_that_are_not_utf8_are_refused_and_nothing_is_added(home: str) -> None:
    add = ["add", "--category", "售后/测试", "--title", "乱码", "--shortcut", "lm", "--body", "-"]
    # The C locale is where Python reads such bytes as lone surrogates instead of failing at once.
    done = quickreply(home, *add, stdin="亲，".encode() + b"\xff\xfe", LC_ALL="C")
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1, err
    assert err.strip() == (
        "快捷回复：标准输入不是 UTF-8 编码的文字（第 7 个字节起看不懂）：请把内容存成 UTF-8 编码再传进来。"
    )
    listed = quickreply(home, "list", "--json")
    assert "乱码" not in listed.stdout.decode("utf-8")


def test_piped_utf8_is_read(home: str) -> None:
    add = ["add", "--category", "售后/测试", "--title", "好字", "--shortcut", "hz", "--body", "-"]
    done = quickreply(home, *add, stdin="亲，您好～\n".encode(), LC_ALL="C")
    assert done.returncode == 0, done.stderr.decode("utf-8")
    shown = quickreply(home, "show", "hz")
    assert shown.stdout.decode("utf-8") == "亲，您好～\n\n"


def test_lone_surrogates_on_a_text_stdin_are_refused(capsys, home: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("亲\udcff"))
    message = refused(capsys, home, "add", "--category", "售后/测试", "--title", "乱码", "--body", "-")
    assert "标准输入不是" in message and "第 2 个字看不懂" in message


# --- numbers: counts -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("-1", "参数 --limit：「-1」不对：要写大于 0 的整数"),
        ("0", "参数 --limit：「0」不对：要写大于 0 的整数"),
        ("1_0", "参数 --limit：「1_0」不是整数"),
        ("٣", "参数 --limit：「\\u0663」不是整数"),
        ("2.5", "参数 --limit：「2.5」不是整数"),
    ],
)
def test_search_refuses_a_limit_that_is_not_a_count(capsys, home: str, value: str, said: str) -> None:
    assert wrong_usage(capsys, home, "search", "tk", "--limit", value).startswith(said)


def test_a_full_width_limit_reads_as_its_digits(capsys, home: str) -> None:
    code, out, _ = run(capsys, home, "search", "退款", "--limit", "２", "--json")
    assert code == 0 and len(json.loads(out)) == 2


def test_other_counts_are_checked_the_same_way(capsys, home: str) -> None:
    assert wrong_usage(capsys, home, "fee", "--to", "北京", "--weight", "1", "--pieces", "1_0").startswith(
        "参数 --pieces：「1_0」不是整数"
    )
    assert wrong_usage(capsys, home, "fee", "--to", "北京", "--weight", "1", "--pieces", "0").startswith(
        "参数 --pieces：「0」不对"
    )
    assert wrong_usage(capsys, home, "stats", "--days", "0").startswith("参数 --days：「0」不对")
    assert wrong_usage(capsys, home, "questions", "--days", "٧").startswith("参数 --days：「\\u0667」不是整数")


# --- numbers: weights, sizes, money ----------------------------------------------------------------------------


@pytest.mark.parametrize("weight", ["1_000", "1e3", "nan", "inf", "0x10", "٣", "٣kg", "३"])
def test_fee_refuses_a_weight_that_is_not_written_in_digits(capsys, home: str, weight: str) -> None:
    message = refused(capsys, home, "fee", "--to", "北京", "--weight", weight)
    assert message.startswith("重量「") and "不是数字" in message
    assert not any("\u0600" <= c <= "\u06ff" for c in message)  # right-to-left: quoted escaped


def test_fee_reads_full_width_digits_as_digits(capsys, home: str) -> None:
    for weight in ("３", "３ｋｇ", "６斤"):
        code, out, err = run(capsys, home, "fee", "--to", "北京", "--weight", weight, "--json")
        assert code == 0, err
        assert {q["chargeable_kg"] for q in json.loads(out)} == {"3.00"}


def test_fee_refuses_a_size_in_other_digits(capsys, home: str) -> None:
    message = refused(capsys, home, "fee", "--to", "北京", "--weight", "1", "--size", "٣٠x20x10")
    assert message == "尺寸「\\u0663\\u0660」不是数字：请写厘米数，如 1.5。"


def test_a_question_does_not_take_the_tail_of_a_number_for_the_weight(capsys, home: str) -> None:
    for question in ("北京 1e3公斤", "北京 ٣5", "北京 0x10kg"):
        code, out, err = run(capsys, home, "fee", question)
        assert (code, out) == (1, ""), question
        assert "没有写重量" in err and "没看懂" in err


@pytest.mark.parametrize("amount", ["1_000", "1e3", "٣٠٠", "Infinity", "-1"])
def test_fee_refuses_an_amount_that_is_not_written_in_digits(capsys, home: str, amount: str) -> None:
    message = refused(capsys, home, "fee", "--to", "北京", "--weight", "1", "--amount", amount)
    assert message.startswith("订单金额「") and message.endswith("」不对：请写元数，如 99 或 99.5。")


def test_fee_takes_an_amount_in_full_width_digits_or_with_yuan(capsys, home: str) -> None:
    for amount in ("９９", "99元", "99.5"):
        code, _, err = run(capsys, home, "fee", "--to", "北京", "--weight", "1", "--amount", amount)
        assert code == 0, err


# --- tracking numbers ------------------------------------------------------------------------------------------


def test_track_refuses_arabic_indic_digits_instead_of_guessing_from_the_length(capsys, home: str) -> None:
    message = refused(capsys, home, "track", "١٢٣٤٥٦٧٨٩٠١٢٣")
    assert message.startswith("运单号「\\u0661\\u0662\\u0663")
    assert "英文字母和数字以外的字符：U+0661、U+0662、U+0663 等" in message
    assert not any("\u0660" <= c <= "\u0669" for c in message)


def test_track_never_echoes_a_bidi_override(capsys, home: str) -> None:
    # Invisible marks a chat pastes along are dropped, as zero-width spaces are: the number is the buyer's.
    for pasted in ("SF1234567890123\u202e", "\u2066SF1234567890123\u2069"):
        code, out, err = run(capsys, home, "track", pasted, "--json")
        assert code == 0, err
        assert json.loads(out)["number"] == "SF1234567890123"
        assert not any(c in out + err for c in "\u202e\u2066\u2069")


def test_track_refuses_chinese_around_the_number(capsys, home: str) -> None:
    message = refused(capsys, home, "track", "单号SF1234567890123")
    assert "「单」（U+5355）、「号」（U+53F7）" in message and "请只粘贴运单号本身" in message


def test_track_still_takes_full_width_spaced_and_bracketed_numbers(capsys, home: str) -> None:
    for pasted in ("ＳＦ１２３４５６７８９０１２３", "【SF 1234-5678-9012 3】", "SF12345\u200b67890123"):
        code, out, err = run(capsys, home, "track", pasted, "--json")
        assert code == 0, err
        data = json.loads(out)
        assert data["number"] == "SF1234567890123"
        assert data["candidates"][0]["code"] == "SF"
