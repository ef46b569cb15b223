"""A short "已复制" notice that does not take focus and fades by itself."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QLabel

MAX_WIDTH = 420


class Notice(QLabel):
    """Shows one line near the mouse for a moment."""

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setStyleSheet(
            "QLabel { background: #323232; color: white; padding: 8px 14px; border-radius: 6px; font-size: 13px; }"
        )
        self.setTextFormat(Qt.TextFormat.PlainText)  # the start of a copied reply, a pack's name
        self.setWordWrap(True)  # a long message (no tray, a pack update) wraps instead of running off the screen
        self.setMaximumWidth(MAX_WIDTH)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def flash(self, text: str, milliseconds: int = 1200) -> None:
        self.setText(text)
        self.setMinimumWidth(min(MAX_WIDTH, self.fontMetrics().horizontalAdvance(text) + 40))
        self.adjustSize()
        cursor = QCursor.pos()
        screen = QGuiApplication.screenAt(cursor) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        spot = cursor + QPoint(18, 22)
        self.move(min(spot.x(), area.right() - self.width()), min(spot.y(), area.bottom() - self.height()))
        self.show()
        self.raise_()
        self._timer.start(milliseconds)
