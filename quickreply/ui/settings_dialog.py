"""Settings: the hotkey (pressed, not typed), auto-paste, start with the system, popup position, names, language."""

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
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core import Library, QuickReplyError
from ..core.library.settings import (
    AGENT_NAME,
    AUTO_PASTE,
    AUTOSTART,
    HOTKEY,
    LANGUAGE,
    POPUP_POSITION,
    SHOP_NAME,
    Setting,
)

#: The settings the dialog shows now, typed (``{AUTO_PASTE: True, …}``).
Chosen = Mapping[Setting[Any], Any]
#: Called with the new settings before they are saved; raises QuickReplyError (e.g. the hotkey is taken) to refuse.
Applier = Callable[[Chosen], None]


class SettingsDialog(QDialog):
    """Edits the user settings of the library; nothing is saved unless every change could be applied."""

    def __init__(self, library: Library, apply: Applier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._apply = apply
        self.setWindowTitle(self.tr("QuickReply settings"))
        current = library.settings
        self.hotkey = QKeySequenceEdit(QKeySequence(current.get(HOTKEY)))
        self.hotkey.setMaximumSequenceLength(1)
        self.auto_paste = QCheckBox(self.tr("Also paste into the previous window (sends Ctrl+V)"))
        self.auto_paste.setChecked(current.get(AUTO_PASTE))
        self.autostart = QCheckBox(self.tr("Start QuickReply when I log in"))
        self.autostart.setChecked(current.get(AUTOSTART))
        self.position = QComboBox()
        self.position.addItem(self.tr("Over the chat window"), "window")
        self.position.addItem(self.tr("Next to the mouse"), "mouse")
        self.position.addItem(self.tr("Centre of the screen"), "center")
        self.position.setCurrentIndex(max(0, self.position.findData(current.get(POPUP_POSITION))))
        self.shop = QLineEdit(current.get(SHOP_NAME))
        self.shop.setPlaceholderText(self.tr("Used for {店铺} in replies"))
        self.agent = QLineEdit(current.get(AGENT_NAME))
        self.agent.setPlaceholderText(self.tr("Used for {客服} in replies"))
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current.get(LANGUAGE))))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Hotkey (press the keys)"), self.hotkey)
        form.addRow("", self.auto_paste)
        form.addRow("", self.autostart)
        form.addRow(self.tr("Popup position"), self.position)
        form.addRow(self.tr("Shop name"), self.shop)
        form.addRow(self.tr("Agent nickname"), self.agent)
        form.addRow(self.tr("Language (after restart)"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen(self) -> dict[Setting[Any], Any]:
        """The settings as the dialog shows them now, typed."""
        return {
            HOTKEY: self.hotkey.keySequence().toString(QKeySequence.SequenceFormat.PortableText),
            AUTO_PASTE: self.auto_paste.isChecked(),
            AUTOSTART: self.autostart.isChecked(),
            POPUP_POSITION: str(self.position.currentData()),
            SHOP_NAME: self.shop.text(),
            AGENT_NAME: self.agent.text(),
            LANGUAGE: str(self.language.currentData()),
        }

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
