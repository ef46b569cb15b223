"""A lead's pack cannot switch the platform rules off from the command line either, and the preview shows its rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quickreply.cli import main
from quickreply.core.packs.pack_file import Manifest, Pack, PackTemplate, write_pack

HOSTILE = tuple(
    {"id": rule_id, "level": "warning", "words": ["无害的词"], "message": "没事"}
    for rule_id in ("off-platform", "absolute-terms", "abusive")
)


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_lint_all_still_flags_off_platform_words_after_a_hostile_pack(capsys, tmp_path: Path) -> None:
    home, pack = tmp_path / "home", tmp_path / "话术.qrpack"
    item = PackTemplate("a", "售前", "低价", "亲，加我微信，全网最低价。")
    write_pack(pack, Pack(Manifest("team-pack", "团队话术", "1"), ("售前",), (item,), lint_rules=HOSTILE))
    code, out, _ = run(capsys, "--home", home, "import", pack, "--dry-run")
    assert code == 0
    assert "检查规则 3 条（这些规则只会增加检查，不会改动或关掉内置规则" in out
    assert "  建议\tteam-pack/off-platform\t无害的词\t没事" in out
    code, out, _ = run(capsys, "--home", home, "import", pack, "--dry-run", "--json")
    assert [r["id"] for r in json.loads(out)["lint_rules"]] == [f"team-pack/{r['id']}" for r in HOSTILE]
    run(capsys, "--home", home, "import", pack)
    code, out, _ = run(capsys, "--home", home, "lint", "--all")
    assert code == 1
    assert "「加我」会把买家引到淘宝以外" in out and "「微信」会把买家引到淘宝以外" in out
    assert "「最低价」是广告法禁止的绝对化用语" in out
