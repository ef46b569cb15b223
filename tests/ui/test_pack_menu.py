"""The manager's File menu: undo the last import, installed packs, subscribing."""

from __future__ import annotations

import pytest

from quickreply.core.packs import subscription
from quickreply.ui.manager.window import ManagerWindow, templates_in

from .conftest import manager_on
from .packs_helpers import LEAD_LIBRARY, PACK_NAME, state, write_pack


@pytest.fixture
def window(qtbot, small, monkeypatch) -> ManagerWindow:
    return manager_on(qtbot, small, monkeypatch)


def import_pack(qtbot, window: ManagerWindow, path) -> None:
    dialog = window.pack_menu.import_file(path)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled())
    with qtbot.waitSignal(dialog.imported):
        dialog.apply()
    dialog.close()


def test_the_file_menu_has_the_pack_entries(window) -> None:
    texts = [a.text() for a in window.pack_menu.menu.actions() if a.text()]
    assert texts == ["Import…", "Export…", "Undo last import", "Installed packs…", "Subscribe to a pack…"]


def test_undo_last_import_asks_then_restores(qtbot, window, small, make_library, tmp_path, monkeypatch) -> None:
    before = state(small)
    import_pack(qtbot, window, write_pack(make_library(LEAD_LIBRARY), tmp_path / "team.qrpack", "1"))
    assert len(small) == 8
    asked: list[str] = []
    monkeypatch.setattr(window.pack_menu, "confirm", lambda title, text: asked.append(text) or False)
    assert window.pack_menu.undo_last_import() is None and len(small) == 8
    assert PACK_NAME in asked[0] and "新增 3 条" in asked[0]

    monkeypatch.setattr(window.pack_menu, "confirm", lambda title, text: asked.append(text) or True)
    with qtbot.waitSignal(window.pack_menu.library_changed) as changed:
        window.pack_menu.undo_last_import()
    assert "已撤销" in changed.args[0] and len(asked) == 2  # no second question: nothing changed since
    assert state(small) == before and len(small) == 5
    assert "发货时间" not in {t.title for t in templates_in(window)}


def test_undoing_after_later_changes_asks_twice(qtbot, window, small, make_library, tmp_path, monkeypatch) -> None:
    import_pack(qtbot, window, write_pack(make_library(LEAD_LIBRARY), tmp_path / "team.qrpack", "1"))
    small.add("售后/退款时效", "导入之后写的", "亲。")
    answers = iter([True, False])
    asked: list[str] = []
    monkeypatch.setattr(window.pack_menu, "confirm", lambda title, text: asked.append(text) or next(answers))
    assert window.pack_menu.undo_last_import() is None
    assert "later changes" in asked[1] and len(small) == 9

    monkeypatch.setattr(window.pack_menu, "confirm", lambda title, text: True)
    with qtbot.waitSignal(window.pack_menu.library_changed):
        window.pack_menu.undo_last_import()
    assert len(small) == 5


def test_installed_packs_lists_and_removes(qtbot, window, small, make_library, tmp_path, monkeypatch) -> None:
    import_pack(qtbot, window, write_pack(make_library(LEAD_LIBRARY), tmp_path / "team.qrpack", "1"))
    small.update("fhsj", body="亲，我改过的发货时间。")
    dialog = window.pack_menu.installed_packs()
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(0, c).text() for c in (0, 1, 2, 4, 5)]
    assert cells == [PACK_NAME, "1", "组长", "3", "1"]
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda text: asked.append(text) or True)
    with qtbot.waitSignal(window.pack_menu.library_changed):
        dialog.remove_selected()
    assert "1 you edited stay" in asked[0]
    assert [t.title for t in small.templates("团队/发货")] == ["发货时间"] and dialog.table.rowCount() == 0


def test_subscribing_checks_the_file_first(qtbot, window, small, make_library, tmp_path, monkeypatch) -> None:
    dialog = window.pack_menu.subscription()
    qtbot.addWidget(dialog)
    broken = tmp_path / "broken.qrpack"
    broken.write_text("no")
    monkeypatch.setattr(dialog, "ask_path", lambda: broken)
    dialog.choose_file()
    qtbot.waitUntil(lambda: "broken.qrpack" in dialog.message.text())
    assert subscription.subscription(small) is None

    good = write_pack(make_library(LEAD_LIBRARY), tmp_path / "team.qrpack", "1")
    monkeypatch.setattr(dialog, "ask_path", lambda: good)
    with qtbot.waitSignal(window.pack_menu.subscription_changed):
        dialog.choose_file()
    assert subscription.subscription(small) == good and str(good) in dialog.current.text()
    with qtbot.waitSignal(dialog.changed):
        dialog.stop_button.click()
    assert subscription.subscription(small) is None
