"""Imports that must not step on each other or on the agent: two at once, undo of exactly the last one, a pack
removed around the agent's own templates, backups that failed imports do not use up, and text no field may hold."""

from __future__ import annotations

import hashlib
import json
import threading
import zipfile
from pathlib import Path

import pytest

from quickreply.core import Library
from quickreply.core.errors import InvalidInput, QuickReplyError
from quickreply.core.library import backups
from quickreply.core.packs import import_guard
from quickreply.core.packs import installed as packs
from quickreply.core.packs.exports import Selection, export_pack, export_sheet
from quickreply.core.packs.import_apply import (
    ImportRefused,
    apply_import,
    fingerprint,
    import_file,
    last_import,
    plan_import,
    read_incoming,
    undo_import,
)
from quickreply.core.packs.pack_file import Manifest, Pack, PackTemplate, write_pack
from quickreply.core.shipping import fee_store
from quickreply.core.shipping.rate_sheets import SAMPLE_SHEET, read_sheet


def titles(lib: Library) -> list[str]:
    lib.sync()
    return sorted(t.title for t in lib.templates())


def sheet(path: Path, rows: list[str]) -> Path:
    path.write_text("分类,标题,快捷码,内容\n" + "\n".join(rows) + "\n", "utf-8")
    return path


def rows(prefix: str, n: int = 3) -> list[str]:
    return [f"售后,{prefix}{k},,亲，{prefix}第{k}条。" for k in range(n)]


def make_pack(path: Path, version: str, items: list[tuple[str, str, str, str | None]], **extra: object) -> Path:
    """A pack of the lead's shop: items are (id, title, body, shortcut), all in 售后/退款."""
    templates = tuple(PackTemplate(i, "售后/退款", title, body, code) for i, title, body, code in items)
    write_pack(
        path, Pack(Manifest("pack-shop", "店铺话术", version, "组长"), ("售后", "售后/退款"), templates, **extra)
    )
    return path


def copies(home: Path) -> list[str]:
    """The copies of the library in the backups folder, oldest first."""
    return sorted(p.name for p in backups.backups(home))


# --- 7: two imports at once, then undo ---------------------------------------------------------------------------


def test_two_imports_at_once_run_one_after_the_other_and_undo_takes_back_only_the_last(tmp_path: Path) -> None:
    home = tmp_path / "agent"
    Library(home).close()
    first, second = sheet(tmp_path / "甲.csv", rows("甲")), sheet(tmp_path / "乙.csv", rows("乙"))
    ready, go, failed = threading.Event(), threading.Event(), []

    def other_window() -> None:  # the CLI beside the app: its own library, started while the app's import writes
        lib = Library(home)
        try:
            ready.set()
            go.wait(10)
            import_file(lib, second, wait=30)
        except BaseException as exc:  # the assertions below say what went wrong
            failed.append(exc)
        finally:
            lib.close()

    other = threading.Thread(target=other_window)
    other.start()
    ready.wait(10)

    def writing(done: int, total: int) -> None:
        if total == 4 and not go.is_set():  # the app's import is writing (3 rows + 1): the other one starts now
            go.set()
            other.join(1.5)

    app = Library(home)
    import_file(app, first, progress=writing)
    other.join(60)
    assert not failed and not other.is_alive()
    assert [t for t in titles(app) if t[0] in "甲乙"] == ["乙0", "乙1", "乙2", "甲0", "甲1", "甲2"]
    assert "乙" in undo_import(app)
    assert [t for t in titles(app) if t[0] in "甲乙"] == ["甲0", "甲1", "甲2"]  # only the last import went
    assert "甲" in undo_import(app)  # the library is as before that import, whose own last import was the first
    assert [t for t in titles(app) if t[0] in "甲乙"] == []
    app.close()


def test_an_apply_while_another_import_runs_is_refused_and_takes_no_backup(small: Library, tmp_path: Path) -> None:
    plan = plan_import(small, read_incoming(sheet(tmp_path / "s.csv", rows("新"))))
    before = (titles(small), copies(small.home))
    with import_guard.one_at_a_time(small.home, 0), pytest.raises(ImportRefused, match=r"另一个导入.*正在进行"):
        apply_import(small, plan)
    with import_guard.one_at_a_time(small.home, 0), pytest.raises(ImportRefused, match=r"另一个导入.*正在进行"):
        undo_import(small)
    assert (titles(small), copies(small.home)) == before
    apply_import(small, plan)  # once the other import is done
    assert "新0" in titles(small)


def test_a_plan_made_before_another_import_committed_is_refused(small: Library, tmp_path: Path) -> None:
    stale = plan_import(small, read_incoming(sheet(tmp_path / "甲.csv", rows("甲"))))
    other = Library(small.home)
    import_file(other, sheet(tmp_path / "乙.csv", rows("乙")))
    other.close()
    with pytest.raises(ImportRefused, match="重新预览"):
        apply_import(small, stale)
    assert "甲0" not in titles(small) and "乙0" in titles(small)
    assert "乙" in undo_import(small) and "乙0" not in titles(small)


def test_undo_of_an_import_another_one_came_after_is_refused_saying_so(small: Library, tmp_path: Path) -> None:
    import_file(small, sheet(tmp_path / "甲.csv", rows("甲")))
    confirmed = last_import(small)  # what the agent was asked about
    other = Library(small.home)
    import_file(other, sheet(tmp_path / "乙.csv", rows("乙")))
    other.close()
    with pytest.raises(ImportRefused, match=r"又导入了表格 乙\.csv.*而不是您要撤销的.*甲\.csv"):
        undo_import(small, expected=confirmed)
    assert {"甲0", "乙0"} <= set(titles(small))


# --- 8: packs remove and the agent's own templates ---------------------------------------------------------------

V1 = [
    ("a", "退款到账时间", "亲，退款一般1-3天到账哦。", "tk"),
    ("b", "退款审核中", "亲，您的退款正在审核，请稍等。", "tksh"),
    ("c", "退货地址", "亲，退货地址请看订单页的退货信息哦。", "thdz"),
]


def test_removing_a_pack_leaves_the_agents_own_templates_it_took_in(tmp_path: Path) -> None:
    agent = Library(tmp_path / "agent")
    same = agent.add("售后/退款", "退款到账时间", "亲，退款一般1-3天到账哦。", "tk")  # identical to item a
    edited = agent.add("售后/退款", "退款审核中", "亲，您的退款正在审核，请稍等。", "tksh")  # identical to item b
    plan = plan_import(agent, read_incoming(make_pack(tmp_path / "v1.qrpack", "1", V1)))
    apply_import(agent, plan)
    assert {agent.get("tk").pack_id, agent.get("tksh").pack_id} == {"pack-shop"}  # updates reach them
    agent.update("tksh", body="亲，审核很快的，请您稍等一下下。")
    _, trashed, kept = packs.remove_pack(agent, "店铺话术")
    assert (trashed, kept) == (1, 2)
    assert agent.get("tk") == agent.get(same.id)
    assert (agent.get("tk").title, agent.get("tk").body, agent.get("tk").pack_id) == (same.title, same.body, None)
    assert agent.get(edited.id).body == "亲，审核很快的，请您稍等一下下。"
    assert [t.template.title for t in agent.trash()] == ["退货地址"]  # what the pack alone brought
    agent.close()


def test_removing_a_pack_leaves_a_template_the_agent_let_it_overwrite(tmp_path: Path) -> None:
    agent = Library(tmp_path / "agent")
    mine = agent.add("售后/退款", "退款到账时间", "亲，我们这边退款秒到哦。", "tk")
    plan = plan_import(agent, read_incoming(make_pack(tmp_path / "v1.qrpack", "1", V1)), "overwrite")
    apply_import(agent, plan)
    assert agent.get(mine.id).body == "亲，退款一般1-3天到账哦。"
    _, trashed, kept = packs.remove_pack(agent, "pack-shop")
    assert (trashed, kept) == (2, 1) and agent.get(mine.id).shortcut == "tk"
    agent.close()


def test_an_item_the_lead_drops_stays_when_it_was_the_agents_before(tmp_path: Path) -> None:
    agent = Library(tmp_path / "agent")
    mine = agent.add("售后/退款", "退货地址", "亲，退货地址请看订单页的退货信息哦。", "thdz")
    apply_import(agent, plan_import(agent, read_incoming(make_pack(tmp_path / "v1.qrpack", "1", V1))))
    plan = plan_import(agent, read_incoming(make_pack(tmp_path / "v2.qrpack", "2", V1[:2])))
    assert [(c.action, c.detail) for c in plan.changes if c.title == "退货地址"] == [
        ("kept", "团队已删除这条；它原是您自己的模板，留下。")
    ]
    apply_import(agent, plan)
    assert agent.get("thdz").id == mine.id and agent.get("thdz").pack_id is None and agent.trash() == []
    agent.close()


# --- 9: backups that failed imports do not use up ---------------------------------------------------------------


def test_ten_failing_imports_leave_the_backups_as_they_were(small: Library, tmp_path: Path, monkeypatch) -> None:
    for _ in range(backups.KEEP):
        backups.take(small, "manual")
    before = copies(small.home)
    pack = make_pack(tmp_path / "v1.qrpack", "1", V1[2:], fees=read_sheet(SAMPLE_SHEET))

    def broken(*args: object) -> list[str]:
        raise OSError("disk full")

    monkeypatch.setattr(fee_store, "replace_couriers", broken)  # fails after the backup and the templates
    for _ in range(10):
        with pytest.raises(OSError):
            import_file(small, pack)
    assert copies(small.home) == before
    with pytest.raises(ImportRefused, match="没有可以撤销的导入"):
        undo_import(small)


def test_an_import_undone_and_made_again_takes_no_second_slot(small: Library, tmp_path: Path) -> None:
    first = sheet(tmp_path / "s.csv", rows("新"))
    result = import_file(small, first)
    undo_import(small)
    again = import_file(small, first)
    assert again.backup == result.backup
    assert [name for name in copies(small.home) if "before-import" in name] == [result.backup.name]
    undo_import(small)
    assert "新0" not in titles(small)
    small.add("售后", "另一条", "亲，这是另一条。")  # a library unlike any copy: a new one
    third = import_file(small, first)
    assert third.backup != result.backup
    assert [name for name in copies(small.home) if "before-import" in name] == [result.backup.name, third.backup.name]


# --- 15: text no field may hold ----------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b", "\ud800"])
def test_adding_or_editing_text_with_a_control_character_is_refused_naming_the_field(small: Library, bad: str) -> None:
    before = fingerprint(small.db)
    with pytest.raises(InvalidInput, match=r"模板「退款」的内容第 3 个字是.*U\+"):
        small.add("售后", "退款", f"亲，{bad}退款到账。")
    with pytest.raises(InvalidInput, match="标题第 1 个字"):
        small.update("tk", title=f"{bad}退款")
    with pytest.raises(InvalidInput, match="的标签"):
        small.update("tk", tags=["退款", f"到{bad}账"])
    with pytest.raises(InvalidInput, match="的买家问法"):
        small.update("tk", phrasings=[f"退款{bad}呢"])
    with pytest.raises(InvalidInput, match="分类「售后」的名字第 2 个字"):
        small.add(f"售{bad}后", "退款", "亲，退款到账。")
    with pytest.raises(InvalidInput, match="分类名第 1 个字"):
        small.rename_category("售后", f"{bad}售后")
    with pytest.raises(InvalidInput, match="的名字第 2 个字"):
        small.create_category(f"新{bad}分类")
    assert fingerprint(small.db) == before
    kept = small.add("售后", "换行和制表符", "亲，\t第一行\r\n第二行。")
    assert small.get(kept.id).body == "亲，\t第一行\r\n第二行。"


def hostile_pack(path: Path, body: str) -> Path:
    """A pack whose templates.json spells ``body`` as JSON escapes (``\\u0000``, a lone ``\\ud800``), sums right."""
    make_pack(path, "1", [("a", "退款到账时间", "占位", "tk")])
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    escaped = json.dumps(body)[1:-1]  # ASCII escapes, as any JSON writer may send them
    members["templates.json"] = members["templates.json"].replace("占位".encode(), escaped.encode())
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["templates.json"] = hashlib.sha256(members["templates.json"]).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("bad", "said"),
    [("\x00", r"内容第 3 个字是控制字符 U\+0000"), ("\ud800", r"「body」里有无效的字符 \\ud800")],
)
def test_a_pack_with_a_nul_or_half_a_surrogate_is_refused_naming_the_field(
    small: Library, tmp_path: Path, bad: str, said: str
) -> None:
    before = (fingerprint(small.db), copies(small.home))
    pack = hostile_pack(tmp_path / "坏.qrpack", f"亲，{bad}退款到账。")
    with pytest.raises(QuickReplyError, match=r"坏\.qrpack.*第 1 条.*" + said):
        import_file(small, pack)
    assert (fingerprint(small.db), copies(small.home)) == before


def test_a_spreadsheet_row_with_a_control_character_is_refused_naming_the_field(small: Library, tmp_path: Path) -> None:
    before = (fingerprint(small.db), copies(small.home))
    with pytest.raises(QuickReplyError, match=r"s\.csv.*内容第 3 个字是控制字符 U\+0007"):
        import_file(small, sheet(tmp_path / "s.csv", ["售后,响铃,,亲，\x07到账。"]))
    assert (fingerprint(small.db), copies(small.home)) == before


def test_a_library_holding_a_nul_from_before_exports_and_imports_back(small: Library, tmp_path: Path) -> None:
    # An older version stored the NUL; export must still work, and its files must import again.
    small.db.execute("UPDATE templates SET body = '亲，退款' || char(0) || '到账。' WHERE shortcut = 'tk'")
    small.reload()
    result = export_sheet(small, tmp_path / "全部.xlsx")
    assert "1 条含有控制字符" in result.message()
    csv = export_sheet(small, tmp_path / "全部.csv")
    pack = export_pack(small, tmp_path / "全部.qrpack", Selection(), force=True)
    for path in (tmp_path / "全部.xlsx", csv.path, pack.path):
        items = read_incoming(path).templates
        assert "亲，退款到账。" in [t.body for t in items]
