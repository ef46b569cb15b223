"""Settings: one row per setting the agent can change, built from the declarations in core (the hotkey pressed, not
typed; a checkbox for each flag; a list for each choice; a line for each text; a row of checkboxes for a set)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QKeySequenceEdit,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core import Library, QuickReplyError
from ..core.library.setting_kinds import Choice, Flag, KeyCombination, SomeOf, Text
from ..core.library.settings import DIALOG_SETTINGS, HOTKEY, Setting
from .plain_text import plain_label

#: The settings the dialog shows now, typed (``{AUTO_PASTE: True, …}``).
Chosen = Mapping[Setting[Any], Any]
#: Called with the new settings before they are saved; raises QuickReplyError (e.g. the hotkey is taken) to refuse.
Applier = Callable[[Chosen], None]


class SettingsDialog(QDialog):
    """Edits the agent's settings of the library; nothing is saved unless every change could be applied."""

    def __init__(self, library: Library, apply: Applier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._apply = apply
        self.setWindowTitle(self.tr("QuickReply settings"))
        form = QFormLayout()
        self._editors: dict[Setting[Any], QWidget] = {}
        for setting in DIALOG_SETTINGS.values():
            editor = self._editor_for(setting, library.settings.get(setting))
            self._editors[setting] = editor
            # A checkbox says what it does itself; its row has no label, as Qt's own dialogs do.
            form.addRow("" if isinstance(editor, QCheckBox) else self.tr(setting.title), editor)
        self.error = plain_label()  # quotes what was typed: a name too long, a hotkey taken
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _editor_for(self, setting: Setting[Any], value: Any) -> QWidget:
        """The widget for one setting, by its kind, showing ``value``. The texts are declared in core, marked for
        lupdate in this dialog's context, and translated here."""
        kind = setting.kind
        if isinstance(kind, Flag):
            box = QCheckBox(self.tr(setting.title))
            box.setChecked(value)
            return box
        if isinstance(kind, Choice):
            combo = QComboBox()
            for option in kind.options:
                combo.addItem(option.label if option.title is None else self.tr(option.title), option.value)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if isinstance(kind, KeyCombination):
            keys = QKeySequenceEdit(QKeySequence(value))
            keys.setMaximumSequenceLength(1)
            return keys
        if isinstance(kind, Text):
            line = QLineEdit(value)
            if setting.hint:
                line.setPlaceholderText(self.tr(setting.hint))
            return line
        if isinstance(kind, SomeOf):
            return OptionBoxes(kind.options, value, self.tr(setting.hint) if setting.hint else "")
        raise TypeError(f"the settings dialog has no editor for {setting.key!r} ({type(kind).__name__})")

    def editor(self, setting: Setting[Any]) -> QWidget:
        """The widget that edits ``setting``."""
        return self._editors[setting]

    def chosen(self) -> dict[Setting[Any], Any]:
        """The settings as the dialog shows them now, typed."""
        out: dict[Setting[Any], Any] = {}
        for setting, editor in self._editors.items():
            if isinstance(editor, QCheckBox):
                out[setting] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                out[setting] = str(editor.currentData())
            elif isinstance(editor, OptionBoxes):
                out[setting] = editor.chosen()
            elif isinstance(editor, QKeySequenceEdit):
                out[setting] = editor.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
            else:
                assert isinstance(editor, QLineEdit)
                out[setting] = editor.text()
        return out

    def accept(self) -> None:
        """Check, apply (a taken hotkey stays a message here, the dialog open), then save all settings at once."""
        try:
            # Checked before anything is applied: a name too long must not leave a new hotkey held but unsaved.
            chosen = {setting: setting.kind.check(value) for setting, value in self.chosen().items()}
            if not chosen[HOTKEY]:
                raise QuickReplyError(self.tr("Press a key combination for the hotkey, e.g. Ctrl+Alt+Q."))
            self._apply(chosen)
            self.library.settings.save(chosen)
        except QuickReplyError as exc:
            self.error.setText(str(exc))
            return
        super().accept()


class OptionBoxes(QWidget):
    """A set of options as a grid of checkboxes, one per option, labelled as the option is written (``s/sh``)."""

    COLUMNS = 4

    def __init__(self, options: tuple[str, ...], chosen: tuple[str, ...], tip: str = "") -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for n, option in enumerate(options):
            box = QCheckBox(option)
            box.setChecked(option in chosen)
            box.setToolTip(tip)
            grid.addWidget(box, n // self.COLUMNS, n % self.COLUMNS)
            self.boxes[option] = box

    def chosen(self) -> tuple[str, ...]:
        return tuple(option for option, box in self.boxes.items() if box.isChecked())
