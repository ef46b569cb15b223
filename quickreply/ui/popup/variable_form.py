"""The compact form an agent fills before a template with variables is copied."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from quickreply.core.variables import Field

from ..plain_text import plain_label
from ..wording import fill


class VariableForm(QWidget):
    """One row per variable: a text box, or an editable drop-down for choices. Enter copies, Esc goes back.

    A field without a default is not copied empty: Enter then goes to it instead (a quick second Enter must not send
    the buyer a reply with a blank 单号).

    Signals:
        accepted: the agent pressed Enter with every field without a default filled in; read ``values()``.
        cancelled: the agent pressed Esc.
    """

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = plain_label()
        self._title.setObjectName("formTitle")
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._hint = plain_label()
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
        self._required: list[str] = []
        self._render: Callable[[dict[str, str]], str] = lambda values: ""

    def ask(
        self,
        title: str,
        fields: Sequence[Field],
        remembered: Mapping[str, str],
        render: Callable[[dict[str, str]], str],
    ) -> None:
        """Show one row per field, prefilled with its value in ``remembered``, else its default; the first field
        still empty has the focus (else the first), so typing fills what this buyer needs.

        Args:
            remembered: the values typed last time that carry over to this buyer (none for a per-buyer field), and
                any found in the buyer's message.
            render: the text as it would be copied with the given values; shown live under the fields.
        """
        self._render = render
        while self._form.rowCount():
            self._form.removeRow(0)
        self._editors.clear()
        self._required = [spec.name for spec in fields if spec.default is None and not spec.choices]
        self._hint.setText(self.tr("Tab: next field · Enter: copy · Esc: back"))
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
            label = plain_label(spec.name)
            self._form.addRow(label, editor)
            self._editors[spec.name] = editor
        self._update_preview()
        if fields:
            empty = [name for name, value in self.values().items() if not value]
            first = self._editors[empty[0] if empty else fields[0].name]
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

    def hint(self) -> str:
        """The line under the preview: the keys, or what to fill in before Enter copies."""
        return self._hint.text()

    def _missing(self) -> str | None:
        """The first field without a default that is still empty."""
        values = self.values()
        return next((name for name in self._required if not values[name].strip()), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if isinstance(watched, QComboBox) and watched.view().isVisible():
                    return False  # Enter picks in an open drop-down
                missing = self._missing()
                if missing is not None:
                    self._editors[missing].setFocus()
                    self._hint.setText(fill(self.tr("Fill in %1 first · Esc: back"), missing))
                    return True
                self.accepted.emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
        return super().eventFilter(watched, event)
