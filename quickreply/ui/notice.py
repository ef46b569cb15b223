"""A short "已复制" notice that does not take focus and fades by itself."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QLabel


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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def flash(self, text: str, milliseconds: int = 1200) -> None:
        self.setText(text)
        self.adjustSize()
        cursor = QCursor.pos()
        screen = QGuiApplication.screenAt(cursor) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        spot = cursor + QPoint(18, 22)
        self.move(min(spot.x(), area.right() - self.width()), min(spot.y(), area.bottom() - self.height()))
        self.show()
        self._timer.start(milliseconds)
