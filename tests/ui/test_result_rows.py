"""What a result row shows, as the agent reads it: whole codes at every font size, previews without raw braces."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QListView, QStyleOptionViewItem

from quickreply.core import Hit
from quickreply.core.variables import Context, placeholders
from quickreply.ui.popup.results import HitDelegate, ResultsModel

CODE = "gjpqy"  # every descender a code can have


def ink_rows(image: QImage, left: int, right: int, top: int, bottom: int) -> list[int]:
    """The pixel rows between ``top`` and ``bottom`` with anything drawn between columns ``left`` and ``right``."""
    white = QColor("white").rgb()
    return [
        y for y in range(max(0, top), min(image.height(), bottom))
        if any(image.pixel(x, y) != white for x in range(max(0, left), min(image.width(), right)))
    ]  # fmt: skip


def painted(view: QListView, delegate: HitDelegate, model: ResultsModel, width: int) -> tuple[QImage, QRect]:
    option = QStyleOptionViewItem()
    option.font = view.font()
    option.palette = view.palette()
    index = model.index(0)
    height = delegate.sizeHint(option, index).height()
    option.rect = QRect(0, 0, width, height)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image, QRect(option.rect)


@pytest.mark.parametrize("points", [8, 10, 12, 16, 22])
def test_a_rows_code_is_drawn_whole_at_every_font_size(qtbot, lib, points: int) -> None:
    font = QFont(QApplication.font())
    font.setPointSize(points)
    template = replace(lib.get("tkyhk"), shortcut=CODE, body="")
    model = ResultsModel()
    model.set_hits([Hit(template, 1.0)])
    view = QListView()
    qtbot.addWidget(view)
    view.setFont(font)
    delegate = HitDelegate(view)
    image, rect = painted(view, delegate, model, 700)

    # Where the code is drawn: right-aligned on the first line, before the category.
    metrics = QFontMetrics(font)
    right_text = f"{CODE}  {template.category}"
    code_left = rect.right() - 10 - metrics.horizontalAdvance(right_text)
    code_right = code_left + metrics.horizontalAdvance(CODE)
    first_line_bottom = 6 + HitDelegate.line_height(font) + 2
    drawn = ink_rows(image, code_left, code_right, 0, first_line_bottom)

    # The same letters drawn alone with room to spare: how tall their ink really is.
    alone = QImage(400, metrics.height() * 4, QImage.Format.Format_RGB32)
    alone.fill(QColor("white"))
    painter = QPainter(alone)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(20, metrics.height() * 2, CODE)
    painter.end()
    whole = ink_rows(alone, 0, 400, 0, alone.height())
    assert drawn, "the code was not drawn"
    assert drawn[-1] - drawn[0] >= whole[-1] - whole[0] - 1, f"descenders cut at {points} pt"


def test_a_preview_shows_readable_placeholders_not_braces(lib) -> None:
    body = lib.get("wl").body
    assert "{快递|" in body  # the bundled 物流查询 reply offers couriers
    shown = placeholders(body, Context(shop="小暖家居"))
    assert "【快递】" in shown and "【单号】" in shown
    assert "{" not in shown and "}" not in shown and "|" not in shown


def test_the_shop_name_fills_a_preview_once_it_is_set_and_is_a_placeholder_before() -> None:
    body = "欢迎光临{店铺}～我是客服{客服}，您的{快递|顺丰|中通}单号是{单号}"
    assert placeholders(body) == "欢迎光临【店铺】～我是客服【客服】，您的【快递】单号是【单号】"
    assert placeholders(body, Context(shop="小暖家居", agent="小美")) == (
        "欢迎光临小暖家居～我是客服小美，您的【快递】单号是【单号】"
    )


def marked_pixels(image: QImage, top: int, bottom: int) -> int:
    """Pixels of the mark colour (#d4380d, a strong orange-red) between two pixel rows."""
    count = 0
    for y in range(max(0, top), min(image.height(), bottom)):
        for x in range(image.width()):
            color = QColor(image.pixel(x, y))
            count += color.red() > 170 and color.green() < 110 and color.blue() < 70
    return count


@pytest.mark.parametrize(("query", "in_preview"), [("到账", True), ("退款 到账", True), ("tk", False)])
def test_a_word_searched_for_is_marked_in_the_preview(qtbot, lib, query: str, in_preview: bool) -> None:
    template = replace(lib.get("tkyhk"), title="退款说明", body="亲，退款原路退回，一般1-3天到账哦")
    model = ResultsModel()
    model.set_hits([Hit(template, 1.0)], query)
    view = QListView()
    qtbot.addWidget(view)
    image, _ = painted(view, HitDelegate(view), model, 700)
    line = HitDelegate.line_height(view.font())
    assert (marked_pixels(image, 6 + line + 2, 6 + 2 * line + 2) > 0) is in_preview
