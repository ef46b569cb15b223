"""`quickreply track`: which courier a pasted 运单号 belongs to, and the reply to send."""

from __future__ import annotations

import json

from quickreply.cli import main


def test_track_names_the_courier_and_gives_the_reply(capsys, tmp_path) -> None:
    assert main(["--home", str(tmp_path), "track", "sf 1234-5678-9012 3"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("顺丰速运（SF）")
    assert "回复：亲，您的包裹由顺丰速运承运，运单号SF1234567890123" in out


def test_track_json(capsys, tmp_path) -> None:
    assert main(["--home", str(tmp_path), "track", "73100123456789", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["number"] == "73100123456789"
    assert [c["code"] for c in data["candidates"]][:1] == ["ZTO"]
    assert data["reply"].startswith("亲，")


def test_track_unknown_and_empty(capsys, tmp_path) -> None:
    assert main(["--home", str(tmp_path), "track", "hello"]) == 0
    assert "认不出" in capsys.readouterr().out
    assert main(["--home", str(tmp_path), "track", "   "]) == 1
    assert "请粘贴运单号" in capsys.readouterr().err
