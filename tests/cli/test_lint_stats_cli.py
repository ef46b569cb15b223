"""`quickreply lint` and `quickreply stats`: a lead checks the library before it goes out and sees what is used."""

from __future__ import annotations

import json
from pathlib import Path

import pyperclip
import pytest

from quickreply.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "home")


def test_the_bundled_library_passes_and_a_bad_reply_fails(capsys, home) -> None:
    code, out, _ = run(capsys, "--home", home, "lint")
    assert code == 0 and out.strip().endswith("没有问题。")
    bad = "亲，全网最低价，加我微信！！"
    run(capsys, "--home", home, "add", "--category", "售前", "--title", "低价", "--body", bad,
        "--shortcut", "dijia")  # fmt: skip
    code, out, _ = run(capsys, "--home", home, "lint", "--all")
    assert code == 1
    assert (
        "错误  268 低价〔售前〕第 5 字「最低价」：「最低价」是广告法禁止的绝对化用语" in out
        and "→ 可改为「优惠价」" in out
    )
    assert "检查了 268 条：3 个错误、1 条建议（涉及 1 条）。" in out
    code, out, _ = run(capsys, "--home", home, "lint", "dijia", "--json")
    (item,) = json.loads(out)
    assert code == 1 and [(f["rule"], f["text"], f["start"]) for f in item["findings"]] == [
        ("absolute-terms", "最低价", 4),
        ("off-platform", "加我", 8),
        ("off-platform", "微信", 10),
        ("exclamation", "！！", 12),
    ]
    code, out, _ = run(capsys, "--home", home, "lint", "tk")
    assert code == 0 and "检查了 1 条：没有问题。" in out


def test_lint_a_file_before_importing_it(capsys, home, tmp_path: Path) -> None:
    sheet = tmp_path / "新话术.csv"
    sheet.write_text("分类,标题,内容\n售前,问候,亲，您好！\n售前,催单,你快点付款\n", "utf-8")
    code, out, _ = run(capsys, "--home", home, "lint", sheet)
    assert code == 0 and "建议  第 2 条 催单" in out and "「你」" in out
    code, _, err = run(capsys, "--home", home, "lint", tmp_path / "没有.csv")
    assert code == 1 and "没有.csv" in err


def test_export_of_a_rule_breaking_pack_is_refused_unless_forced(capsys, home, tmp_path: Path) -> None:
    run(capsys, "--home", home, "add", "--category", "售前", "--title", "唯一", "--body", "亲，唯一正品哦。")
    code, _, err = run(capsys, "--home", home, "export", tmp_path / "p.qrpack")
    assert code == 1 and "违反平台规则" in err and "--force" in err and not (tmp_path / "p.qrpack").exists()
    code, out, _ = run(capsys, "--home", home, "export", tmp_path / "p.qrpack", "--force")
    assert code == 0 and "268 条模板" in out


def test_stats_counts_copies_and_merges_the_team(capsys, home, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(pyperclip, "copy", lambda text: None)
    for ref in ("tk", "tk", "tk", "tksh"):
        code, _, err = run(capsys, "--home", home, "copy", ref)
        assert code == 0, err
    code, out, _ = run(capsys, "--home", home, "stats")
    assert code == 0 and "最常用（共 4 次；最近 30 天 4 次）" in out
    lines = out.splitlines()
    assert "tk" in lines[1] and lines[1].split()[0] == "3" and "tksh" in lines[2]
    assert "从没用过 265 条" in out
    code, out, _ = run(capsys, "--home", home, "stats", "--json")
    data = json.loads(out)
    assert data["templates"][0]["count"] == 3 and data["per_day"][-1]["uses"] == 4
    mine, theirs, total = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "all.csv"
    assert run(capsys, "--home", home, "stats", "--csv", mine)[0] == 0
    assert run(capsys, "--home", home, "stats", "--csv", theirs)[0] == 0
    code, out, _ = run(capsys, "--home", home, "stats", "merge", mine, theirs, "--csv", total)
    assert code == 0 and "共 8 次使用" in out
    assert total.read_bytes().decode("utf-8-sig").splitlines()[1].startswith("退款到账时间,tk,售后/退款时效,6,")
    code, _, err = run(capsys, "--home", home, "stats", "merge", mine)
    assert code == 1 and "--csv" in err
