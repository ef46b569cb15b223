"""User and pack text shown as text, never as Qt rich text.

Titles, bodies, categories, pack names and notes, courier notes, buyers' words and the messages that quote them come
from agents, leads, buyers and pack files. Qt reads a label, a tooltip or a message box in its automatic format as
HTML when the text merely looks like markup: ``<img src="/dev/zero">`` then makes Qt load the file (std::bad_alloc, a
FIFO hangs the GUI, ``\\\\host\\share`` connects out on Windows) and ``<b>✔ 已通过平台话术审核</b>`` passes for our own
words. Menus and buttons read ``&`` as a mnemonic. Every place in ``ui`` that shows such text goes through here.
"""

from __future__ import annotations

import html
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` (and whatever is set later) exactly as written."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def make_plain(widget: QWidget) -> None:
    """Every label in ``widget`` (and ``widget`` itself, if a label) shows its text as written. For Qt's own dialogs,
    whose labels are made inside: a message box's informative text, an input dialog's question."""
    labels = widget.findChildren(QLabel)
    if isinstance(widget, QLabel):
        labels.append(widget)
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it character for character, its lines kept ("" stays "": no tooltip).

    A tooltip has no text format of its own: Qt renders it as HTML when it looks like markup. So it is always given
    as HTML here, the text escaped, which also wraps long lines instead of running off the screen.
    """
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def menu_text(text: str) -> str:
    """``text`` for a menu entry, a button or a tab: an ``&`` in it shows as itself, not as a keyboard mnemonic."""
    return text.replace("&", "&&")


def notification_text(text: str) -> str:
    """``text`` for a tray notification. On Linux the desktop's notification server reads the body as markup (the
    freedesktop spec allows ``<b>``, ``<a>``, ``<img>``), so it goes escaped; the Windows and macOS balloons are
    plain text and get it as it is."""
    return html.escape(text, quote=False) if sys.platform.startswith("linux") else text


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
) -> QMessageBox:
    """A message box whose text and informative text are shown as written."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    make_plain(box)
    return box


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question whose text may quote a pack's or a reply's words; True for yes."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def text_dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    """An input dialog whose question (``label``, which may quote a category or a buyer's words) is shown as written;
    the caller sets the mode and the value and runs it."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    make_plain(dialog)
    return dialog
