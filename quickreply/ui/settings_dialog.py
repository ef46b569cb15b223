"""Settings: the hotkey (pressed, not typed), auto-paste, start with the system, popup position, names, language."""

from __future__ import annotations

from collections.abc import Callable

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

#: Called with the new settings before they are saved; raises QuickReplyError (e.g. the hotkey is taken) to refuse.
Applier = Callable[[dict[str, str]], None]


class SettingsDialog(QDialog):
    """Edits the user settings of the library; nothing is saved unless every change could be applied."""

    def __init__(self, library: Library, apply: Applier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._apply = apply
        self.setWindowTitle(self.tr("QuickReply settings"))
        current = library.settings.all()
        self.hotkey = QKeySequenceEdit(QKeySequence(current["hotkey"]))
        self.hotkey.setMaximumSequenceLength(1)
        self.auto_paste = QCheckBox(self.tr("Also paste into the previous window (sends Ctrl+V)"))
        self.auto_paste.setChecked(current["auto_paste"] == "on")
        self.autostart = QCheckBox(self.tr("Start QuickReply when I log in"))
        self.autostart.setChecked(current["autostart"] == "on")
        self.position = QComboBox()
        self.position.addItem(self.tr("Over the chat window"), "window")
        self.position.addItem(self.tr("Next to the mouse"), "mouse")
        self.position.addItem(self.tr("Centre of the screen"), "center")
        self.position.setCurrentIndex(max(0, self.position.findData(current["popup_position"])))
        self.shop = QLineEdit(current["shop_name"])
        self.shop.setPlaceholderText(self.tr("Used for {店铺} in replies"))
        self.agent = QLineEdit(current["agent_name"])
        self.agent.setPlaceholderText(self.tr("Used for {客服} in replies"))
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current["language"])))
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

    def chosen(self) -> dict[str, str]:
        """The settings as the dialog shows them now."""
        return {
            "hotkey": self.hotkey.keySequence().toString(QKeySequence.SequenceFormat.PortableText),
            "auto_paste": "on" if self.auto_paste.isChecked() else "off",
            "autostart": "on" if self.autostart.isChecked() else "off",
            "popup_position": str(self.position.currentData()),
            "shop_name": self.shop.text(),
            "agent_name": self.agent.text(),
            "language": str(self.language.currentData()),
        }

    def accept(self) -> None:
        """Apply (a taken hotkey stays a message here, the dialog open), then save."""
        chosen = self.chosen()
        try:
            if not chosen["hotkey"]:
                raise QuickReplyError(self.tr("Press a key combination for the hotkey, e.g. Ctrl+Alt+Q."))
            self._apply(chosen)
            for key, value in chosen.items():
                self.library.settings.set(key, value)
        except QuickReplyError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
