"""The tray app's first start: the shop's name and the agent's nickname, asked once, and what to know on day one."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core import Library, QuickReplyError
from ..core.library.settings import AGENT_NAME, SHOP_NAME
from .plain_text import plain_label
from .wording import fill

log = logging.getLogger(__name__)


def _plain(text: str) -> QLabel:
    # The hotkey and the names are the agent's text: never read as markup.
    label = plain_label(text)
    label.setWordWrap(True)
    return label


class FirstStartDialog(QDialog):
    """Asks for the names replies fill ``{店铺}`` and ``{客服}`` with, says which hotkey opens the popup and that the
    fee tables are samples. Saving, skipping and closing all note that it was shown: it never asks again.
    """

    def __init__(self, library: Library, hotkey_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("Welcome to QuickReply"))
        self.shop = QLineEdit(library.settings.get(SHOP_NAME))
        self.agent = QLineEdit(library.settings.get(AGENT_NAME))
        form = QFormLayout()
        for setting, line in ((SHOP_NAME, self.shop), (AGENT_NAME, self.agent)):
            # The settings dialog's own texts, declared with the settings in core: the same words in both places.
            line.setPlaceholderText(QCoreApplication.translate("SettingsDialog", setting.hint))
            form.addRow(QCoreApplication.translate("SettingsDialog", setting.title), line)
        self.error = _plain("")
        self.error.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        self.skip_button = buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain(
                self.tr(
                    "Greetings name your shop and you: {店铺} and {客服} in a reply. Enter them once here and "
                    "replies are filled in with them, without asking. You can change them later under Settings… "
                    "in the tray menu."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(_plain(fill(self.tr("Press %1 anywhere to open the search box."), hotkey_text)))
        layout.addWidget(
            _plain(
                self.tr(
                    "The fee tables you start with are samples, marked 示例价格: import your shop's contract prices "
                    "(Manage… → Fee tables) before quoting fees to buyers."
                )
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Save both names (a name too long stays a message here, the dialog open) and close."""
        try:
            self.library.settings.first_start_done(self.shop.text(), self.agent.text())
        except QuickReplyError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    def reject(self) -> None:
        """Skip (also Esc and closing the window): nothing is saved but that it was shown."""
        try:
            self.library.settings.first_start_done()
        except QuickReplyError:  # the library is busy: it asks again at the next start, which is no harm
            log.exception("noting the first start failed")
        super().reject()
