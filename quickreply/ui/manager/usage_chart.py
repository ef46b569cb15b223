"""Copies per day as bars, painted by hand: a chart library would be a big dependency for thirty rectangles."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from ..wording import fill

BAR_COLOR = QColor("#1e88e5")
TODAY_COLOR = QColor("#fb8c00")


class DailyUses(QWidget):
    """One bar per day (oldest left, today right and orange), the count over each bar that has room, dates below."""

    def __init__(self) -> None:
        super().__init__()
        self.days: list[tuple[date, int]] = []
        self.setMinimumHeight(170)

    def set_days(self, days: Sequence[tuple[date, int]]) -> None:
        self.days = list(days)
        total = sum(n for _, n in self.days)
        self.setToolTip(fill(self.tr("%1 copies in the last %2 days"), str(total), str(len(self.days))))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, 190)

    def _plot(self) -> QRect:
        line = QFontMetrics(self.font()).height()
        return self.rect().adjusted(34, line + 10, -10, -(line + 8))

    def bar_rect(self, n: int) -> QRect:
        """Where day ``n`` (0 = oldest) is drawn; an empty rectangle for a day without copies."""
        plot = self._plot()
        top = max((c for _, c in self.days), default=0)
        step = plot.width() / max(1, len(self.days))
        width = max(1, int(step * 0.7))
        count = self.days[n][1]
        height = round(plot.height() * count / top) if top else 0
        left = plot.left() + int(step * n + (step - width) / 2)
        return QRect(left, plot.bottom() - height + 1, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        dim = QColor(text)
        dim.setAlpha(140)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        plot = self._plot()
        painter.setPen(text)
        painter.drawText(QRect(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.tr("Copies per day"))
        if not self.days:
            painter.end()
            return
        top = max(c for _, c in self.days)
        painter.setPen(dim)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawText(QRect(0, plot.top() - line // 2, 30, line), Qt.AlignmentFlag.AlignRight, str(top))
        painter.drawText(QRect(0, plot.bottom() - line // 2, 30, line), Qt.AlignmentFlag.AlignRight, "0")
        step = plot.width() / len(self.days)
        label_every = max(1, int(metrics.horizontalAdvance("00-00  ") / step) + 1)
        last = len(self.days) - 1
        for n, (day, count) in enumerate(self.days):
            bar = self.bar_rect(n)
            if count:
                painter.fillRect(bar, TODAY_COLOR if n == last else BAR_COLOR)
                if metrics.horizontalAdvance(str(count)) <= step:
                    painter.setPen(text)
                    above = QRect(bar.center().x() - 20, bar.top() - line - 1, 40, line)
                    painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(count))
            if (last - n) % label_every == 0:  # always label today, then every few days back
                painter.setPen(dim)
                below = QRect(bar.center().x() - 30, plot.bottom() + 4, 60, line)
                painter.drawText(below, Qt.AlignmentFlag.AlignCenter, day.strftime("%m-%d"))
        painter.end()
