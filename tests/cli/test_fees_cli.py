"""`quickreply fees import/export`: a lead's rate sheet in and out, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

from quickreply.cli import main
from quickreply.core.shipping.rate_sheets import SAMPLE_SHEET, read_sheet


def test_import_the_sample_then_quote_and_export(capsys, tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    assert main(["--home", home, "fees", "import", str(SAMPLE_SHEET)]) == 0
    assert "9 家快递" in capsys.readouterr().out
    assert main(["--home", home, "fee", "--to", "江苏", "--weight", "1", "--courier", "中通", "--json"]) == 0
    (only,) = json.loads(capsys.readouterr().out)
    assert only["courier"] == "中通" and only["reachable"] is True
    for name in ("out.xlsx", "out.csv"):
        assert main(["--home", home, "fees", "export", str(tmp_path / name)]) == 0
        assert read_sheet(tmp_path / name).rows == read_sheet(SAMPLE_SHEET).rows


def test_a_bad_sheet_names_the_row_and_column_and_imports_nothing(capsys, tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "快递,地区,首重kg,首重价,续重kg,续重价,时效天\n中通,浙江,1,8,1,2,2\n中通,新疆,1,abc,1,2,3\n", "utf-8"
    )
    assert main(["--home", home, "fees", "remove-samples"]) == 0
    assert main(["--home", home, "fees", "import", str(bad)]) == 1
    assert "bad.csv 第 3 行「首重价」" in capsys.readouterr().err
    assert main(["--home", home, "couriers", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_export_with_nothing_to_export_says_what_to_do(capsys, tmp_path: Path) -> None:
    assert main(["--home", str(tmp_path / "home"), "fees", "remove-samples"]) == 0
    assert main(["--home", str(tmp_path / "home"), "fees", "export", str(tmp_path / "x.csv")]) == 1
    assert "quickreply fees import" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
