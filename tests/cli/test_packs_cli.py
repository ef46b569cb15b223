"""`quickreply export/import/packs/undo-import/subscribe`: a lead hands a pack to an agent from the command line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from quickreply.cli import main
from quickreply.core import Library
from quickreply.core.packs.pack_file import pack_id_for


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def homes(tmp_path: Path) -> tuple[str, str]:
    return str(tmp_path / "lead"), str(tmp_path / "agent")


def titles(home: str) -> list[str]:
    lib = Library(Path(home))
    try:
        return [t.title for t in lib.templates()]
    finally:
        lib.close()


def test_a_lead_exports_a_pack_and_an_agent_installs_and_updates_it(capsys, homes, tmp_path: Path) -> None:
    lead, agent = homes
    pack = tmp_path / "店铺话术.qrpack"
    code, out, _ = run(capsys, "--home", lead, "export", pack, "--category", "售后", "--name", "店铺话术",
                       "--version", "1.0", "--author", "小美", "--notes", "双11前更新")  # fmt: skip
    assert code == 0 and "已导出模板包「店铺话术」1.0 版" in out
    code, out, _ = run(capsys, "--home", agent, "import", pack, "--dry-run")
    assert code == 0 and "试运行（没有改动资料库）" in out and "作者 小美" in out and "说明：双11前更新" in out
    before = titles(agent)
    # The bundled library already holds the same 售后 templates: the pack adopts nothing, changes nothing.
    code, out, _ = run(capsys, "--home", agent, "import", pack, "--json")
    data = json.loads(out)
    assert code == 0 and data["pack"]["version"] == "1.0" and data["counts"]["unchanged"] > 0
    assert data["counts"]["added"] == 0 and Path(data["backup"]).is_file()
    assert titles(agent) == before
    code, out, _ = run(capsys, "--home", agent, "packs")
    assert code == 0 and "店铺话术  1.0 版" in out
    code, out, _ = run(capsys, "--home", lead, "add", "--category", "售后/退款时效", "--title", "双11退款说明",
                       "--body", "亲，双11期间退款会稍慢一点，请您耐心等待哦。", "--shortcut", "s11tk")  # fmt: skip
    code, out, _ = run(capsys, "--home", lead, "export", pack, "--category", "售后", "--name", "店铺话术")
    assert "1.1 版" in out
    code, out, _ = run(capsys, "--home", agent, "import", pack)
    assert code == 0 and "新增\t售后/退款时效\t双11退款说明" in out and "新增 1 条" in out
    assert "双11退款说明" in titles(agent)
    code, out, _ = run(capsys, "--home", agent, "undo-import")
    assert code == 0 and "已撤销" in out
    assert titles(agent) == before


def test_import_a_spreadsheet_with_each_strategy(capsys, tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    sheet = tmp_path / "改过的.csv"
    sheet.write_text("分类,标题,快捷码,内容\n售后/退款时效,退款到账时间,tk,亲，退款1-2天到账哦。\n", "utf-8")
    code, out, _ = run(capsys, "--home", home, "import", sheet)
    assert code == 0 and "跳过\t售后/退款时效\t退款到账时间" in out
    code, out, _ = run(capsys, "--home", home, "import", sheet, "--strategy", "overwrite")
    assert code == 0 and "更新 1 条" in out
    code, out, _ = run(capsys, "--home", home, "show", "tk")
    assert out.strip() == "亲，退款1-2天到账哦。"


def test_hostile_files_get_one_line_naming_the_file_and_change_nothing(capsys, tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    run(capsys, "--home", home, "list")
    before = titles(home)
    evil = tmp_path / "evil.qrpack"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("../../outside.json", "[]")
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"\x00\xff" * 1000)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    for path in (evil, garbage, empty, tmp_path / "missing.qrpack"):
        code, _, err = run(capsys, "--home", home, "import", path)
        assert code == 1 and path.name in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "outside.json").exists()
    assert titles(home) == before
    with pytest.raises(SystemExit) as usage:
        main(["--home", home, "import", str(empty), "--strategy", "replace"])
    assert usage.value.code == 2 and "replace" in capsys.readouterr().err


def test_packs_remove_and_undo_without_an_import(capsys, tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    code, out, _ = run(capsys, "--home", home, "packs", "--json")
    assert code == 0 and json.loads(out) == []
    code, _, err = run(capsys, "--home", home, "packs", "remove", "没有这个包")
    assert code == 1 and "没有安装模板包「没有这个包」" in err
    code, _, err = run(capsys, "--home", home, "undo-import")
    assert code == 1 and "没有可以撤销的导入" in err


def test_subscribe_then_check_installs_the_newer_version(capsys, homes, tmp_path: Path) -> None:
    lead, _ = homes
    shared = tmp_path / "共享" / "话术.qrpack"
    shared.parent.mkdir()
    run(capsys, "--home", lead, "export", shared, "--category", "售前", "--name", "话术")
    code, out, _ = run(capsys, "--home", str(tmp_path / "fresh"), "subscribe", shared)
    assert code == 0 and "已订阅" in out and "已导入模板包「话术」1 版" in out
    code, out, _ = run(capsys, "--home", str(tmp_path / "fresh"), "subscribe", "--check")
    assert code == 0 and "没有新版本" in out
    code, out, _ = run(capsys, "--home", str(tmp_path / "fresh"), "subscribe", "--off")
    assert code == 0 and "已取消订阅" in out
    code, out, _ = run(capsys, "--home", str(tmp_path / "fresh"), "subscribe")
    assert "没有订阅模板包" in out


def test_export_to_qianniu_and_back(capsys, tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    target = tmp_path / "千牛.csv"
    code, _, _ = run(capsys, "--home", home, "export", target, "--qianniu", "--category", "售后")
    assert code == 0 and target.read_bytes().decode("gbk").startswith("快捷短语编码,快捷短语,快捷短语分组")
    code, out, _ = run(capsys, "--home", str(tmp_path / "other"), "import", target, "--dry-run", "--json")
    data = json.loads(out)
    assert data["kind"] == "spreadsheet" and data["dry_run"] is True
    assert data["counts"]["unchanged"] == len(data["changes"]) > 50  # matched by code or words, not made twice


def test_editing_a_pack_template_says_the_wording_is_kept(capsys, homes, tmp_path: Path) -> None:
    lead, _ = homes
    agent = str(tmp_path / "fresh")
    pack = tmp_path / "话术.qrpack"
    run(capsys, "--home", lead, "export", pack, "--category", "售后", "--name", "话术")
    run(capsys, "--home", agent, "packs")  # the bundled library first, then the pack beside it
    code, out, _ = run(capsys, "--home", agent, "import", pack, "--all")
    assert code == 0 and "已有一模一样的模板：以后随模板包更新" in out
    code, out, err = run(capsys, "--home", agent, "edit", "tk", "--body", "亲，退款很快就到啦，请您放心。")
    assert code == 0 and "模板包更新不会覆盖它" in err
    code, out, _ = run(capsys, "--home", agent, "list", "--category", "售后", "--json")
    assert {t["pack"] for t in json.loads(out)} == {pack_id_for("话术")}
    # The lead's next version of that reply does not overwrite the agent's words; the others are updated.
    run(capsys, "--home", lead, "edit", "tk", "--body", "亲，退款1-2天到账。")
    run(capsys, "--home", lead, "edit", "tksh", "--body", "亲，退款审核很快的，请稍等。")
    run(capsys, "--home", lead, "export", pack, "--category", "售后", "--name", "话术")
    code, out, _ = run(capsys, "--home", agent, "import", pack)
    assert "更新 1 条" in out and "保留您的版本 1 条" in out
    code, out, _ = run(capsys, "--home", agent, "show", "tksh")
    assert out.strip() == "亲，退款审核很快的，请稍等。"
    code, out, _ = run(capsys, "--home", agent, "show", "tk")
    assert out.strip() == "亲，退款很快就到啦，请您放心。"


def test_fee_tables_go_only_into_a_pack_and_qianniu_phrases_only_into_csv(capsys, homes, tmp_path: Path) -> None:
    lead, _ = homes
    code, _, err = run(capsys, "--home", lead, "export", tmp_path / "x.xlsx", "--fees")
    assert code == 1 and "运费表只能放进模板包" in err
    code, _, err = run(capsys, "--home", lead, "export", tmp_path / "x.qrpack", "--qianniu")
    assert code == 1 and "千牛快捷短语只能导出为 .csv" in err
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "x.qrpack").exists()


def test_a_pack_with_half_a_surrogate_gets_one_line_naming_the_field_and_no_backup(capsys, tmp_path: Path) -> None:
    from tests.core.test_import_safety import hostile_pack

    home = str(tmp_path / "home")
    run(capsys, "--home", home, "list")
    before = titles(home)
    pack = hostile_pack(tmp_path / "坏.qrpack", "亲，\ud800退款到账。")
    code, _, err = run(capsys, "--home", home, "import", pack)
    assert code == 1 and "坏.qrpack" in err and "第 1 条：「body」" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert titles(home) == before
    assert not list((tmp_path / "home" / "backups").glob("*before-import.db"))


def test_packs_remove_leaves_the_agents_own_replies_the_pack_took_in(capsys, homes, tmp_path: Path) -> None:
    lead, agent = homes
    pack = tmp_path / "话术.qrpack"
    run(capsys, "--home", lead, "add", "--category", "售后/退款时效", "--title", "双11退款说明",
        "--body", "亲，双11期间退款会稍慢一点，请您耐心等待哦。", "--shortcut", "s11tk")  # fmt: skip
    run(capsys, "--home", lead, "export", pack, "--category", "售后", "--name", "话术")
    run(capsys, "--home", agent, "list")
    before = titles(agent)  # the bundled library: the same 售后 replies as the lead's
    code, out, _ = run(capsys, "--home", agent, "import", pack)
    assert code == 0 and "新增 1 条" in out
    run(capsys, "--home", agent, "edit", "tk", "--body", "亲，退款很快就到啦，请您放心。")
    code, out, _ = run(capsys, "--home", agent, "packs", "remove", "话术")
    assert code == 0 and "1 条模板移到回收站" in out and "留下，是您自己的模板" in out
    assert titles(agent) == before
    code, out, _ = run(capsys, "--home", agent, "show", "tk")
    assert out.strip() == "亲，退款很快就到啦，请您放心。"
