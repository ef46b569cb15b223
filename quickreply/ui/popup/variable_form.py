"""The compact form an agent fills before a template with variables is copied."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from quickreply.core.variables import Field

from ..wording import fill


class VariableForm(QWidget):
    """One row per variable: a text box, or an editable drop-down for choices. Enter copies, Esc goes back.

    Signals:
        accepted: the agent pressed Enter; read ``values()``.
        cancelled: the agent pressed Esc.
    """

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel()
        self._title.setObjectName("formTitle")
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._hint = QLabel(self.tr("Tab: next field · Enter: copy · Esc: back"))
        self._hint.setObjectName("hint")
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(self._form)
        layout.addWidget(QLabel(self.tr("Will be copied as:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self._hint)
        self._editors: dict[str, QLineEdit | QComboBox] = {}
        self._render: Callable[[dict[str, str]], str] = lambda values: ""

    def ask(
        self,
        title: str,
        fields: Sequence[Field],
        remembered: Mapping[str, str],
        render: Callable[[dict[str, str]], str],
    ) -> None:
        """Show one row per field, prefilled with the last value given for that name, else its default.

        Args:
            render: the text as it would be copied with the given values; shown live under the fields.
        """
        self._render = render
        while self._form.rowCount():
            self._form.removeRow(0)
        self._editors.clear()
        self._title.setText(fill(self.tr("Fill in: %1"), title))
        for spec in fields:
            value = remembered.get(spec.name, spec.default or "")
            editor: QLineEdit | QComboBox
            if spec.choices:
                editor = QComboBox()
                editor.setEditable(True)
                editor.addItems(list(spec.choices))
                editor.setCurrentText(value if value else spec.choices[0])
            else:
                editor = QLineEdit(value)
                editor.setPlaceholderText(spec.name)
            editor.installEventFilter(self)
            if isinstance(editor, QComboBox):
                editor.currentTextChanged.connect(self._update_preview)
            else:
                editor.textChanged.connect(self._update_preview)
            self._form.addRow(spec.name, editor)
            self._editors[spec.name] = editor
        self._update_preview()
        if fields:
            first = self._editors[fields[0].name]
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()

    def _update_preview(self) -> None:
        self.preview.setPlainText(self._render(self.values()))

    def values(self) -> dict[str, str]:
        return {
            name: editor.currentText() if isinstance(editor, QComboBox) else editor.text()
            for name, editor in self._editors.items()
        }

    def editor(self, name: str) -> QLineEdit | QComboBox:
        return self._editors[name]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if isinstance(watched, QComboBox) and watched.view().isVisible():
                    return False  # Enter picks in an open drop-down
                self.accepted.emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
        return super().eventFilter(watched, event)
