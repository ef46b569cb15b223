"""The reply check (话术检查) in the editor: marks in the body, and the list of findings under it.

Findings index Python strings; Qt's text positions count UTF-16 units, so an emoji before a span would shift the
marks. ``qt_span`` converts once per check, never per paint.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quickreply.core.lint import LEVELS, Finding, summary
from quickreply.core.variables import Field, parse

from ..plain_text import menu_text, plain_label, tooltip
from ..wording import fill

ERROR_COLOR = QColor("#d32f2f")
WARNING_COLOR = QColor("#ef8c00")
# A wavy line alone is easy to miss under Chinese characters: the span gets a light tint too.
TINTS = {ERROR_COLOR.name(): QColor("#fde0dc"), WARNING_COLOR.name(): QColor("#fff0d4")}
GOOD_STYLE = "color: #2e7d32;"
ERROR_STYLE = "color: #c62828; font-weight: bold;"
WARNING_STYLE = "color: #b26a00;"


def qt_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Python string indexes as Qt text positions (UTF-16 units)."""

    def units(index: int) -> int:
        return index + sum(ord(c) > 0xFFFF for c in text[:index])

    return units(start), units(end)


def color_of(finding: Finding) -> QColor:
    return ERROR_COLOR if finding.is_error else WARNING_COLOR


def explain(finding: Finding) -> str:
    """What the tooltip and the list say: the message, then what to write instead."""
    return f"{finding.message}\n{finding.suggestion}" if finding.suggestion else finding.message


class BodyHighlighter(QSyntaxHighlighter):
    """Marks every ``{变量}`` the way the popup will ask for it, and underlines the check's findings (errors red,
    warnings orange, both wavy, on a light tint) on top of that."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.style = QTextCharFormat()
        self.style.setForeground(QColor("#1565c0"))
        self.style.setBackground(QColor("#e3f2fd"))
        self.style.setFontWeight(QFont.Weight.Bold)
        self._marks: list[tuple[int, int, QColor]] = []  # document positions

    def set_marks(self, marks: Sequence[tuple[int, int, QColor]]) -> None:
        """Underline these (start, end, colour) document spans; the old ones go."""
        if list(marks) != self._marks:
            self._marks = list(marks)
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        position = 0
        for part in parse(text):
            if isinstance(part, Field):
                start = text.find(part.source, position)
                if start != -1:
                    self.setFormat(start, len(part.source), self.style)
                    position = start + len(part.source)
        block_start = self.currentBlock().position()
        block_end = block_start + len(text)
        # Warnings first so an error on the same characters wins.
        for start, end, color in sorted(self._marks, key=lambda m: m[2] == ERROR_COLOR):
            first, last = max(start, block_start) - block_start, min(end, block_end) - block_start
            for at in range(first, last):  # per character: keep the variable colours underneath
                mark = self.format(at)
                mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                mark.setUnderlineColor(color)
                if mark.background().style() == Qt.BrushStyle.NoBrush:  # a variable keeps its own background
                    mark.setBackground(TINTS[color.name()])
                self.setFormat(at, 1, mark)


class FindingsList(QWidget):
    """「2 个错误、1 条建议」, then one line per finding; a finding with a replacement has a button that applies it.

    Signals:
        chosen(object): a finding was clicked (show its span).
        fix_requested(object): the finding's replace button was pressed.
    """

    chosen = Signal(object)
    fix_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.findings: list[Finding] = []
        self.summary = plain_label()  # a broken rules file's problem quotes the file
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMaximumHeight(96)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemClicked.connect(lambda item: self.chosen.emit(self.findings[self.list.row(item)]))
        self.list.itemActivated.connect(lambda item: self.chosen.emit(self.findings[self.list.row(item)]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.show_findings([], None)

    def show_findings(self, findings: Sequence[Finding], problem: str | None = None) -> None:
        """Show ``findings``; ``problem`` (rules that could not be read) replaces them all."""
        self.findings = list(findings)
        self.list.clear()
        if problem:
            self.summary.setText(fill(self.tr("Reply check is off: %1"), problem))
            self.summary.setStyleSheet(ERROR_STYLE)
            self.list.hide()
            return
        errors = any(f.is_error for f in findings)
        self.summary.setText(fill(self.tr("Reply check: %1"), summary(findings)))
        self.summary.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE if findings else GOOD_STYLE)
        self.list.setVisible(bool(findings))
        for finding in self.findings:
            item = QListWidgetItem(self.list)
            item.setToolTip(tooltip(explain(finding)))
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(4, 1, 4, 1)
            where = self.tr("title") if finding.field == "title" else self.tr("body")
            said = f"「{finding.text}」" if finding.text and finding.text not in finding.message else ""
            label = plain_label(f"{LEVELS[finding.level]} · {where}{said}：{finding.message}")
            label.setStyleSheet(f"color: {color_of(finding).name()};")
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # cut, never scroll
            line.addWidget(label, 1)
            if finding.fix is not None:
                button = QPushButton(menu_text(fill(self.tr("Change to 「%1」"), finding.fix)))
                button.setObjectName("fix")
                button.clicked.connect(lambda _=False, f=finding: self.fix_requested.emit(f))
                line.addWidget(button)
            item.setSizeHint(QSize(0, row.sizeHint().height()))  # as wide as the list, however long the text
            self.list.setItemWidget(item, row)

    def fix_button(self, row: int) -> QPushButton | None:
        """The replace button of the finding in ``row`` (None when it has no replacement)."""
        widget = self.list.itemWidget(self.list.item(row))
        return widget.findChild(QPushButton, "fix") if widget is not None else None
