"""The popup's result list: a thin Qt model over core search hits, and the delegate that draws a row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from quickreply.core import Hit, Template
from quickreply.core.folding import terms
from quickreply.core.search.highlight import Span, text_spans
from quickreply.core.variables import Context, placeholders

from ..plain_text import tooltip

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SPANS_ROLE = Qt.ItemDataRole.UserRole + 2
# True when the template breaks platform rules (asked only for the rows painted).
BREAKS_ROLE = Qt.ItemDataRole.UserRole + 3
# Why a reply found by a buyer's message's meaning matched ("" for one found by the letters typed).
REASON_ROLE = Qt.ItemDataRole.UserRole + 4
TAG_COLOR = QColor("#d32f2f")
# Letters with descenders and Chinese on one line, as a row shows them: what a line's height must hold.
LINE_SAMPLE = "gjpqy tkyhk 售后/退款时效【单号】"
Index = QModelIndex | QPersistentModelIndex
#: Words of the query looked for in each painted row's preview.
MARKED_TERMS = 12


def one_line(text: str) -> str:
    return " ".join(text.split())


def reason_of(hit: Hit) -> str:
    """The quiet hint under a reply found by meaning (``↳ 买家问法「…」相近：退款、时效``); "" for a literal match,
    whose marked characters say enough."""
    if not (hit.by_meaning or hit.values):
        return ""
    filled = "，".join(hit.values.values())
    return "↳ " + hit.reason + (f"（{filled}）" if filled else "")


class ResultsModel(QAbstractListModel):
    """Search hits, best first. Rows never change in place: a new query replaces the whole list.

    Args:
        breaks: whether a template breaks platform rules (remembered by the caller; asked per painted row).
    """

    def __init__(self, breaks: Callable[[Template], bool] | None = None) -> None:
        super().__init__()
        self._hits: list[Hit] = []
        self.breaks = breaks
        # What a row's preview fills {店铺} {客服} and dates with (the popup sets it when it opens).
        self.context: Context | None = None
        # True when a row says why it matched: every row then has a third line (rows keep one height).
        self.has_reasons = False
        # The words searched for, folded, each once: marked where a preview holds them (a pasted chat's first few).
        self.terms: list[str] = []

    def set_hits(self, hits: Sequence[Hit], query: str = "") -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.terms = list(dict.fromkeys(terms(query)))[:MARKED_TERMS]
        self.has_reasons = any(h.by_meaning or h.values for h in self._hits)
        self.endResetModel()

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.template.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(hit.template.body)
        if role == HIT_ROLE:
            return hit
        if role == SPANS_ROLE:
            return list(hit.title_spans)
        if role == BREAKS_ROLE:
            return bool(self.breaks and self.breaks(hit.template))
        if role == REASON_ROLE:
            return reason_of(hit)
        return None


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: number, title with the matched characters marked, shortcut and category; then a preview.
    Hits found by a buyer's message's meaning have a third, small grey line: why they matched."""

    _lines: ClassVar[dict[str, int]] = {}

    @classmethod
    def line_height(cls, font: QFont) -> int:
        """A text line's height in ``font`` as rows are painted: Chinese comes from a fallback font with a larger
        ascent than the UI's Latin one, so a line mixing them (``tkyhk  售后/退款时效``) sits lower than
        ``QFontMetrics.height()`` allows, and a line that tall cut the codes' descenders (tkyhk read tkvhk)."""
        key = font.key()
        height = cls._lines.get(key)
        if height is None:
            metrics = QFontMetrics(font)
            laid_out = metrics.boundingRect(QRect(0, 0, 10_000, 1_000), Qt.AlignmentFlag.AlignLeft, LINE_SAMPLE)
            height = cls._lines[key] = max(metrics.height(), laid_out.height()) + 1
        return height

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Only the height: the list gives each row its own width. Answering with the width the list had when it first
        # asked (before its vertical scroll bar showed) made rows wider than the list, cut off on the right.
        line = self.line_height(option.font)
        model = index.model()
        if isinstance(model, ResultsModel) and model.has_reasons:
            return QSize(1, line * 2 + self.reason_height(option.font) + 16)
        return QSize(1, line * 2 + 14)

    @staticmethod
    def reason_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return small

    @classmethod
    def reason_height(cls, font: QFont) -> int:
        """The third line's height. Chinese comes from a fallback font taller than the UI's Latin one, which
        ``height()`` measures: a line that tall clips the characters' lower half."""
        metrics = QFontMetrics(cls.reason_font(font))
        return max(metrics.height(), metrics.boundingRect("买家问法「相近」").height()) + 1

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, Hit):
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        dim = QColor(text_color)
        dim.setAlpha(150)
        mark = QColor("#ffd35c") if selected else QColor("#d4380d")
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        rect = option.rect.adjusted(10, 6, -10, -6)
        line = self.line_height(font)

        # Alt+1…9 picks the first nine rows: show the digit.
        number = str(index.row() + 1) if index.row() < 9 else ""
        painter.setFont(font)
        painter.setPen(dim)
        painter.drawText(QRect(rect.left(), rect.top(), 18, line), Qt.AlignmentFlag.AlignLeft, number)
        left = rect.left() + 22

        # Right side: shortcut and category.
        template = hit.template
        right_text = f"{template.shortcut or ''}  {template.category}".strip()
        right_width = metrics.horizontalAdvance(right_text)
        painter.drawText(
            QRect(rect.right() - right_width, rect.top(), right_width, line), Qt.AlignmentFlag.AlignRight, right_text
        )
        if index.data(BREAKS_ROLE):  # a red tag before the shortcut: copying it asks first
            tag = self.tr("Breaks rules")
            tag_width = metrics.horizontalAdvance(tag) + 10
            right_width += tag_width + 8
            box = QRect(rect.right() - right_width, rect.top(), tag_width, line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TAG_COLOR)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, tag)

        # Title, the matched characters bold and coloured.
        title_box = QRect(left, rect.top(), rect.right() - right_width - 12 - left, line)
        self._draw_marked(painter, template.title, hit.title_spans, title_box, font, (text_color, mark))

        # Second line: the reply itself, on one line, the words searched for marked as in the title.
        model = index.model()
        context = model.context if isinstance(model, ResultsModel) else None
        body = one_line(placeholders(template.body, context))
        found = text_spans(model.terms, body) if isinstance(model, ResultsModel) else []
        preview_box = QRect(left, rect.top() + line + 2, rect.right() - left, line)
        self._draw_marked(painter, body, found, preview_box, font, (dim, mark))

        # Third line, quiet: why a reply found by meaning matched. Drawn as plain text, whatever the buyer wrote.
        reason = index.data(REASON_ROLE)
        if reason:
            small = self.reason_font(font)
            small_metrics = QFontMetrics(small)
            painter.setFont(small)
            painter.setPen(dim)
            shown = small_metrics.elidedText(reason, Qt.TextElideMode.ElideRight, rect.right() - left)
            top = rect.top() + 2 * line + 4
            painter.drawText(
                QRect(left, top, rect.right() - left, self.reason_height(font)), Qt.AlignmentFlag.AlignLeft, shown
            )
        painter.restore()

    @staticmethod
    def _draw_marked(
        painter: QPainter, text: str, spans: Sequence[Span], box: QRect, font: QFont, colors: tuple[QColor, QColor]
    ) -> None:
        """``text`` on one line in ``box``, elided at its end, the characters of ``spans`` bold in the second colour.
        Drawn as plain text, whatever the template holds."""
        bold = QFont(font)
        bold.setBold(True)
        pieces: list[tuple[str, bool]] = []
        cursor = 0
        for start, end in spans:
            if start > cursor:
                pieces.append((text[cursor:start], False))
            pieces.append((text[start:end], True))
            cursor = end
        if cursor < len(text):
            pieces.append((text[cursor:], False))
        x, limit = box.left(), box.left() + box.width()
        for piece, matched in pieces:
            painter.setFont(bold if matched else font)
            painter.setPen(colors[matched])
            metrics = QFontMetrics(bold if matched else font)
            shown = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, max(0, limit - x))
            painter.drawText(QRect(x, box.top(), limit - x, box.height()), Qt.AlignmentFlag.AlignLeft, shown)
            x += metrics.horizontalAdvance(shown)
            if shown != piece:
                break
