"""The manager's editor: one template's category, title, shortcut, tags and body, with a live preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import Template
from ..core.library import split_tags
from ..core.variables import Context, Field, parse, preview
from .wording import fill


class VariableHighlighter(QSyntaxHighlighter):
    """Marks every ``{变量}`` in the body, the way the popup will ask for it."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.style = QTextCharFormat()
        self.style.setForeground(QColor("#1565c0"))
        self.style.setBackground(QColor("#e3f2fd"))
        self.style.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:
        position = 0
        for part in parse(text):
            if isinstance(part, Field):
                start = text.find(part.source, position)
                if start != -1:
                    self.setFormat(start, len(part.source), self.style)
                    position = start + len(part.source)


class TemplateEditor(QWidget):
    """Edits one template (or a new one). Knows whether anything changed since it was loaded or saved.

    Signals:
        save_requested(): the agent pressed 保存 or Ctrl+S.
        dirty_changed(bool): unsaved changes appeared or went away.
    """

    save_requested = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, context: Callable[[], Context], shortcut_owner: Callable[[str, int | None], str | None]):
        super().__init__()
        self._context = context
        self._shortcut_owner = shortcut_owner
        self.template: Template | None = None
        self._loaded: dict[str, str] = {}
        self._dirty = False
        self.heading = QLabel()
        self.heading.setObjectName("formTitle")
        self.category = QComboBox()
        self.category.setEditable(True)
        self.title = QLineEdit()
        self.shortcut = QLineEdit()
        self.shortcut.setPlaceholderText(self.tr("e.g. tk (optional)"))
        self.clash = QLabel()
        self.clash.setStyleSheet("color: #c62828;")
        self.clash.setWordWrap(True)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma separated, e.g. 退款, 到账"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.highlighter = VariableHighlighter(self.body.document())
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(110)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_requested.emit)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.revert_button.clicked.connect(self.revert)
        form = QFormLayout()
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Shortcut"), self.shortcut)
        form.addRow("", self.clash)
        form.addRow(self.tr("Tags"), self.tags)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Reply ({name} asks for a value, {name:default}, {name|a|b})")))
        layout.addWidget(self.body, 1)
        layout.addWidget(QLabel(self.tr("Preview with defaults")))
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        for widget in (self.title, self.shortcut, self.tags):
            widget.textChanged.connect(self._changed)
        self.category.currentTextChanged.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.setEnabled(False)

    # --- loading and reading -----------------------------------------------------------------------------------

    def load(self, template: Template | None, categories: Sequence[str], category: str = "") -> None:
        """Show ``template``, or an empty new one in ``category``; the result counts as unchanged."""
        self.template = template
        self.setEnabled(True)
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItems(list(categories))
        self.category.blockSignals(False)
        self.heading.setText(
            self.tr("New reply") if template is None else fill(self.tr("Edit reply #%1"), str(template.id))
        )
        values = {
            "category": template.category if template else category,
            "title": template.title if template else "",
            "shortcut": (template.shortcut or "") if template else "",
            "tags": ", ".join(template.tags) if template else "",
            "body": template.body if template else "",
        }
        self._set(values)
        self._loaded = self.values()
        self.error.clear()
        self._changed()

    def clear(self) -> None:
        self.template = None
        self._set({"category": "", "title": "", "shortcut": "", "tags": "", "body": ""})
        self._loaded = self.values()
        self.heading.clear()
        self._changed()
        self.setEnabled(False)

    def _set(self, values: dict[str, str]) -> None:
        self.category.setCurrentText(values["category"])
        self.title.setText(values["title"])
        self.shortcut.setText(values["shortcut"])
        self.tags.setText(values["tags"])
        self.body.setPlainText(values["body"])

    def values(self) -> dict[str, str]:
        return {
            "category": self.category.currentText().strip(),
            "title": self.title.text(),
            "shortcut": self.shortcut.text().strip(),
            "tags": self.tags.text(),
            "body": self.body.toPlainText(),
        }

    def tag_list(self) -> tuple[str, ...]:
        return split_tags(self.tags.text())

    def is_dirty(self) -> bool:
        return self._dirty

    def revert(self) -> None:
        self._set(self._loaded)
        self.error.clear()

    def mark_saved(self, template: Template) -> None:
        self.template = template
        self._loaded = self.values()
        self.heading.setText(fill(self.tr("Edit reply #%1"), str(template.id)))
        self.error.clear()
        self._changed()

    # --- live checks -------------------------------------------------------------------------------------------

    def _changed(self) -> None:
        values = self.values()
        self.preview.setPlainText(preview(values["body"], {}, self._context()))
        owner = self._shortcut_owner(values["shortcut"], self.template.id if self.template else None)
        self.clash.setText(owner or "")
        self.clash.setVisible(bool(owner))
        dirty = values != self._loaded
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.save_button.setEnabled(dirty and not owner)
        self.revert_button.setEnabled(dirty)
