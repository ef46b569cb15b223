"""The fee tables page as a lead uses it: edit a price, import the sample or a sheet, export, set the shop policy."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from quickreply.core.shipping import fee_store
from quickreply.core.shipping.fee_store import rate_table, replace_couriers, shop_policy
from quickreply.core.shipping.rate_sheets import SAMPLE_SHEET, read_sheet
from quickreply.core.shipping.rates import DIFFERENCE
from quickreply.ui.manager.fee_grid import FIRST_FEE, REACHABLE, REGIONS, RateRowsModel
from quickreply.ui.manager.fee_page import FeePage
from quickreply.ui.manager.window import ManagerWindow

ORIGINAL_SF_FIRST_FEE = Decimal(12)


@pytest.fixture
def page(qtbot, lib, monkeypatch) -> FeePage:
    widget = FeePage(lib)
    qtbot.addWidget(widget)
    # No real dialog may open in a test; tests that need a file replace these again.
    monkeypatch.setattr(widget, "ask_open_file", lambda: None)
    monkeypatch.setattr(widget, "ask_save_file", lambda: None)
    monkeypatch.setattr(widget, "ask_unsaved", lambda: "discard")
    widget.show()
    return widget


@pytest.fixture
def sample(page: FeePage) -> FeePage:
    page.load_sample()
    return page


def listed(page: FeePage) -> list[str]:
    return [page.couriers.item(i).text() for i in range(page.couriers.count())]


def edit(page: FeePage, row: int, column: int, text: str) -> None:
    assert page.model.setData(page.model.index(row, column), text, Qt.ItemDataRole.EditRole)


def test_model_passes_qtmodeltester(qtmodeltester, sample) -> None:
    qtmodeltester.check(sample.model)
    qtmodeltester.check(RateRowsModel())


def test_sample_lists_nine_couriers_marked_as_sample(sample, lib) -> None:
    assert len(listed(sample)) == 9
    assert listed(sample)[0] == "顺丰"
    assert "示例价格" in sample.note.text()
    assert sample.model.rowCount() == len([r for r in rate_table(lib.db).rows if r.courier == "顺丰"])
    assert sample.model.data(sample.model.index(0, REGIONS)) == "上海、江苏、浙江、安徽"
    assert sample.model.data(sample.model.index(0, REACHABLE), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_edit_a_price_and_save(sample, lib) -> None:
    edit(sample, 0, FIRST_FEE, "12.35")
    assert sample.save_rows()
    row = next(r for r in rate_table(lib.db).rows if r.courier == "顺丰")
    assert row.first_fee == Decimal("12.35") and str(row.first_fee) == "12.35"
    assert "顺丰" in sample.status.text() and not sample.error.text()
    assert len(rate_table(lib.db).couriers) == 9  # the other couriers are kept


def test_a_bad_cell_names_row_and_column_and_saves_nothing(sample, lib) -> None:
    before = rate_table(lib.db).rows
    edit(sample, 0, FIRST_FEE, "12.35")
    edit(sample, 1, FIRST_FEE, "abc")
    assert not sample.save_rows()
    assert "Row 2" in sample.error.text() and "First fee" in sample.error.text() and "abc" in sample.error.text()
    assert rate_table(lib.db).rows == before


@pytest.mark.parametrize(
    ("column", "text", "named"),
    [(REGIONS, "火星", "Regions"), (1, "-1", "First kg"), (5, "4-2", "Days"), (REGIONS, "", "Regions")],
)
def test_other_bad_cells(sample, lib, column, text, named) -> None:
    before = rate_table(lib.db).rows
    edit(sample, 0, column, text)
    assert not sample.save_rows()
    assert "Row 1" in sample.error.text() and named in sample.error.text()
    assert rate_table(lib.db).rows == before


def test_a_province_in_two_rows_is_refused(sample, lib) -> None:
    before = rate_table(lib.db).rows
    edit(sample, 1, REGIONS, "浙江")
    assert not sample.save_rows()
    assert "Row 2" in sample.error.text() and "浙江" in sample.error.text()
    assert rate_table(lib.db).rows == before


def test_add_and_delete_rows(sample, lib) -> None:
    count = sample.model.rowCount()
    sample.add_row()
    row = sample.model.rowCount() - 1
    assert not sample.save_rows()  # an empty row
    assert f"Row {row + 1}" in sample.error.text()
    sample.model.setData(sample.model.index(row, REACHABLE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    edit(sample, row, REGIONS, "海南")
    assert sample.save_rows(), sample.error.text()
    tibet = rate_table(lib.db).zone_for("顺丰", "海南")
    assert tibet is not None and not tibet.reachable
    sample.grid.setCurrentIndex(sample.model.index(row, REGIONS))
    sample.delete_row()
    assert sample.save_rows()
    assert len([r for r in rate_table(lib.db).rows if r.courier == "顺丰"]) == count


def test_import_a_sheet(page, lib, monkeypatch, tmp_path) -> None:
    sheet = tmp_path / "顺丰.csv"
    sheet.write_text("快递,地区,首重kg,首重价,续重kg,续重价,时效天\n顺丰,其他,1,20,1,5,1-3\n", encoding="utf-8")
    monkeypatch.setattr(page, "ask_open_file", lambda: sheet)
    page.import_sheet()
    assert listed(page) == ["顺丰"]
    (row,) = rate_table(lib.db).rows
    assert (row.first_fee, row.step_fee, row.eta) == (Decimal(20), Decimal(5), (1, 3))


def test_import_a_broken_sheet_changes_nothing(sample, lib, monkeypatch, tmp_path) -> None:
    before = rate_table(lib.db).rows
    sheet = tmp_path / "bad.csv"
    sheet.write_text("快递,地区,首重kg,首重价,续重kg,续重价,时效天\n顺丰,其他,1,abc,1,5,1-3\n", encoding="utf-8")
    monkeypatch.setattr(sample, "ask_open_file", lambda: sheet)
    sample.import_sheet()
    assert "bad.csv" in sample.error.text() and "abc" in sample.error.text()
    assert rate_table(lib.db).rows == before
    assert len(listed(sample)) == 9


def test_cancelled_dialogs_do_nothing(sample, lib) -> None:
    before = rate_table(lib.db).rows
    sample.import_sheet()
    sample.export_sheet()
    assert rate_table(lib.db).rows == before and not sample.error.text()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_round_trip(sample, lib, monkeypatch, tmp_path, suffix) -> None:
    edit(sample, 0, FIRST_FEE, "11.5")
    assert sample.save_rows()
    target = tmp_path / f"out{suffix}"
    monkeypatch.setattr(sample, "ask_save_file", lambda: target)
    sample.export_sheet()
    back = read_sheet(target)
    stored = rate_table(lib.db)
    assert back.rows == stored.rows and back.couriers == stored.couriers
    assert next(r for r in back.rows if r.courier == "顺丰").first_fee == Decimal("11.5")


def test_export_to_an_unwritable_place_is_reported(sample, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(sample, "ask_save_file", lambda: tmp_path / "out.txt")
    sample.export_sheet()
    assert "out.txt" in sample.error.text()


def test_policy_save_round_trip(sample, lib) -> None:
    sample.tabs.setCurrentIndex(1)
    sample.origin.setCurrentText("广东")
    sample.default_courier.setCurrentText("中通")
    sample.free_amount.setText("99.90")
    sample.free_pieces.setText("3")
    sample.free_excluded.setText("新疆、西藏")
    sample.remote.setText("新疆 西藏 青海")
    sample.remote_fee.setText("10")
    sample.upgrades.setPlainText("顺丰 8\n京东 差价\n")
    sample.not_served.setText("台湾")
    assert sample.save_policy(), sample.policy_error.text()
    policy = shop_policy(lib)
    assert policy.origin == "广东" and policy.default_courier == "中通"
    assert policy.free_over_amount == Decimal("99.90") and policy.free_over_pieces == 3
    assert policy.free_excluded == {"新疆", "西藏"} and policy.remote == {"新疆", "西藏", "青海"}
    assert policy.remote_fee == Decimal(10) and policy.not_served == {"台湾"}
    assert policy.upgrade("顺丰") == Decimal(8) and policy.upgrade("京东") == DIFFERENCE
    sample.reload()  # the form shows what is stored
    assert sample.free_amount.text() == "99.90" and sample.upgrades.toPlainText() == "顺丰 8\n京东 差价"


@pytest.mark.parametrize(
    ("field", "text", "named"),
    [
        ("free_amount", "abc", "abc"),
        ("free_pieces", "x", "x"),
        ("remote", "火星", "火星"),
        ("remote_fee", "-5", "-5"),
        ("upgrades", "顺丰", "顺丰"),
        ("upgrades", "飞船 5", "飞船"),
    ],
)
def test_policy_errors_save_nothing(sample, lib, field, text, named) -> None:
    before = shop_policy(lib)
    widget = getattr(sample, field)
    (widget.setPlainText if field == "upgrades" else widget.setText)(text)
    assert not sample.save_policy()
    assert named in sample.policy_error.text()
    assert shop_policy(lib) == before


def test_fits_a_1366x768_screen(sample) -> None:
    for tab in range(sample.tabs.count()):
        sample.tabs.setCurrentIndex(tab)
        hint = sample.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 720  # the taskbar takes the rest
    assert sample.width() <= 1366 and sample.height() <= 720


def test_empty_library_shows_how_to_start(page) -> None:
    page.remove_samples()
    assert listed(page) == [] and "import" in page.note.text()
    page.add_row()
    assert page.model.rowCount() == 0 and not page.save_rows()


def test_manager_opens_the_page_once(qtbot, small) -> None:
    win = ManagerWindow(small)
    qtbot.addWidget(win)
    win.fees_action.trigger()
    first = win.fee_page
    assert first is not None and first.isVisible()
    qtbot.addWidget(first)
    replace_couriers(small, read_sheet(SAMPLE_SHEET))  # e.g. the CLI imported meanwhile
    win.fees_action.trigger()
    assert win.fee_page is first and len(listed(first)) == 9


def test_sample_sheet_path_is_used(sample) -> None:
    assert Path(SAMPLE_SHEET).exists() and "sample" in sample.status.text()


def test_unsaved_grid_edits_are_never_dropped_silently(sample: FeePage, lib, monkeypatch) -> None:
    from decimal import Decimal

    from quickreply.core.shipping import fee_store

    first = sample.current_courier()
    sample.model.setData(sample.model.index(0, FIRST_FEE), "99.5")
    monkeypatch.setattr(sample, "ask_unsaved", lambda: "cancel")
    sample.couriers.setCurrentRow(1)
    assert sample.current_courier() == first and sample.model.dirty  # stayed, edit kept
    assert not sample.close()
    monkeypatch.setattr(sample, "ask_unsaved", lambda: "save")
    sample.couriers.setCurrentRow(1)
    saved = next(r for r in fee_store.rate_table(lib.db).rows if r.courier == first)
    assert saved.first_fee == Decimal("99.5") and sample.current_courier() != first
    sample.model.setData(sample.model.index(0, FIRST_FEE), "1")
    monkeypatch.setattr(sample, "ask_unsaved", lambda: "discard")
    assert sample.close()


def test_the_sample_prices_are_marked_and_one_button_removes_them(page, lib) -> None:
    assert len(listed(page)) == 9  # a new home starts with the samples
    assert page.sample_note.isVisible() and "示例价格" in page.sample_note.text()
    assert page.remove_samples_button.isEnabled()
    templates = lib.templates()
    page.remove_samples()
    assert listed(page) == [] and not page.sample_note.isVisible() and not page.remove_samples_button.isEnabled()
    assert rate_table(lib.db).couriers == () and lib.templates() == templates
    page.load_sample()  # loaded again by hand: marked again
    assert len(listed(page)) == 9 and page.sample_note.isVisible()


def test_saving_a_sample_courier_makes_it_the_shops_own(page, lib) -> None:
    page.save_rows()  # the first courier, 顺丰, as the grid shows it
    assert "顺丰" not in fee_store.sample_couriers(lib.db) and len(fee_store.sample_couriers(lib.db)) == 8
    assert "顺丰" not in page.sample_note.text()
