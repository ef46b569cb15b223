"""Every reply the popup's fee mode copies is true to the row it was copied from, for many random questions."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from quickreply.core.shipping import fee_store
from quickreply.core.shipping.fee_reply import kg, yuan
from quickreply.core.shipping.rate_sheets import sample_table
from quickreply.core.shipping.regions import ALL_PROVINCES
from tests.fee_truth import POLICIES, check_breakdown, check_reply
from tests.ui.test_popup import clipboard, type_query

TABLE = sample_table()


def question(rng: random.Random) -> tuple[str, str | None]:
    """A fee question as an agent types it, and its size (None without one)."""
    weight = str(Decimal(rng.randint(1, 3000)) / 100)
    size = "x".join(str(rng.randint(5, 80)) for _ in range(3)) if rng.random() < 0.6 else None
    courier = rng.choice([c.name for c in TABLE.couriers]) if rng.random() < 0.2 else None
    words = ["运费", rng.choice(ALL_PROVINCES), weight, *([size] if size else []), *([courier] if courier else [])]
    return " ".join(words), size


@pytest.mark.parametrize("policy_name", sorted(POLICIES))
def test_every_row_the_popup_offers_copies_a_reply_true_to_it(qtbot, popup, lib, policy_name: str) -> None:
    fee_store.replace_couriers(lib, TABLE)
    policy = POLICIES[policy_name]
    fee_store.set_shop_policy(lib, policy)
    popup.show_popup()  # the fee table and the policy are read when the popup opens
    rng = random.Random(policy_name)
    copied = 0
    for _ in range(12):
        query, size = question(rng)
        type_query(qtbot, popup, query)
        assert popup.mode is popup.fee_answer, query
        fees = popup.fees
        assert fees.rowCount() == len(fees.quotes) > 0, query
        for row, q in enumerate(fees.quotes):
            fees.selectRow(row)
            QGuiApplication.clipboard().setText("untouched")
            if not q.reachable or q.buyer_pays is None:
                qtbot.keyClick(popup.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
                assert clipboard() == "untouched", (query, q)
                continue
            # The row shows what the reply will say.
            assert yuan(q.buyer_pays) in fees.item(row, 1).text()
            assert kg(q.chargeable_kg) in fees.item(row, 2).text()
            assert q.courier == fees.item(row, 0).text()
            with qtbot.waitSignal(popup.copied):
                qtbot.keyClick(popup.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            text = clipboard()
            assert text == popup.preview.toPlainText()
            check_breakdown(q, TABLE, policy, size)
            check_reply(text, q, TABLE)
            copied += 1
    assert copied > 30


def test_the_charged_weight_column_marks_a_box_its_volume_decides(qtbot, popup, lib) -> None:
    fee_store.replace_couriers(lib, TABLE)
    popup.show_popup()
    type_query(qtbot, popup, "运费 北京 1 40x30x30")
    cells = {popup.fees.item(r, 0).text(): popup.fees.item(r, 2).text() for r in range(popup.fees.rowCount())}
    header = popup.fees.horizontalHeaderItem(2).text()
    assert header in ("计费重量", "Charged weight")
    assert cells["极兔"] in ("4.5 公斤（按体积）", "4.5 kg (volume)")
    assert cells["邮政"] in ("1 公斤", "1 kg")  # 邮政 charges the actual weight only
