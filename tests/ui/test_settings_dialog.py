"""The settings dialog as the agent sees it: a row per setting, the current values, typed values saved, in Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QKeySequenceEdit, QLabel, QLineEdit

from quickreply.core import open_library
from quickreply.core.library.settings import (
    AGENT_NAME,
    AUTO_PASTE,
    AUTOSTART,
    DIALOG_SETTINGS,
    FUZZY_PINYIN,
    HOTKEY,
    LANGUAGE,
    POPUP_POSITION,
    SHOP_NAME,
    TYPE_CHINESE_IN_POPUP,
)
from quickreply.paths import resources
from quickreply.ui.settings_dialog import OptionBoxes, SettingsDialog
from tests.conftest import SMALL_LIBRARY, write_library
from tests.old_library import make_old_library


@pytest.fixture
def applied() -> list[dict]:
    return []


@pytest.fixture
def dialog(qtbot, small, applied):
    small.settings.save({AUTO_PASTE: True, POPUP_POSITION: "center", SHOP_NAME: "小满家居", LANGUAGE: "en"})
    widget = SettingsDialog(small, lambda chosen: applied.append(dict(chosen)))
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def chinese(qapp):
    translator = QTranslator()
    assert translator.load("quickreply_zh_CN", str(resources() / "translations"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def rows(dialog: SettingsDialog) -> list[tuple[str, object]]:
    """Each row of the form: its label's text and its field."""
    form = dialog.findChild(QFormLayout)
    out = []
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        out.append((label.widget().text() if label is not None and isinstance(label.widget(), QLabel) else "", field))
    return out


def test_the_dialog_shows_the_current_values(dialog) -> None:
    assert dialog.editor(HOTKEY).keySequence() == QKeySequence("Ctrl+Alt+Q")
    assert dialog.editor(AUTO_PASTE).isChecked() and not dialog.editor(AUTOSTART).isChecked()
    assert dialog.editor(POPUP_POSITION).currentData() == "center"
    assert dialog.editor(SHOP_NAME).text() == "小满家居" and dialog.editor(AGENT_NAME).text() == ""
    assert dialog.editor(LANGUAGE).currentData() == "en"


def test_each_setting_is_one_row_of_its_kind(dialog) -> None:
    fields = [type(field) for _, field in rows(dialog)]
    assert fields == [
        QKeySequenceEdit, QCheckBox, QCheckBox, QComboBox, QLineEdit, QLineEdit, QKeySequenceEdit, QCheckBox, QCheckBox,
        QCheckBox, QComboBox, OptionBoxes,
    ]  # fmt: skip
    assert [dialog.editor(s) for s in DIALOG_SETTINGS.values()] == [field for _, field in rows(dialog)]


def test_saving_stores_typed_values(dialog, small, applied) -> None:
    dialog.editor(AUTO_PASTE).setChecked(False)
    dialog.editor(AUTOSTART).setChecked(True)
    position = dialog.editor(POPUP_POSITION)
    position.setCurrentIndex(position.findData("mouse"))
    dialog.editor(AGENT_NAME).setText("  阿青 ")
    sounds = dialog.editor(FUZZY_PINYIN)
    sounds.boxes["s/sh"].setChecked(True)
    sounds.boxes["an/ang"].setChecked(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert small.settings.get(AUTO_PASTE) is False and small.settings.get(AUTOSTART) is True
    assert small.settings.get(POPUP_POSITION) == "mouse" and small.settings.get(AGENT_NAME) == "阿青"
    assert applied[0][AUTOSTART] is True and applied[0][AGENT_NAME] == "阿青"  # applied as saved
    reopened = open_library(small.home)
    assert reopened.settings.all() == {
        "hotkey": "Ctrl+Alt+Q",
        "auto_paste": False,
        "autostart": True,
        "popup_position": "mouse",
        "shop_name": "小满家居",
        "agent_name": "阿青",
        "buyer_hotkey": "Ctrl+Alt+E",
        "suggest_from_clipboard": True,
        "type_chinese_in_popup": False,
        "learn_from_buyers": True,
        "language": "en",
        "fuzzy_pinyin": ("s/sh", "an/ang"),
    }
    assert reopened.search("sunfeng")[0].template.title.startswith("顺丰")  # the sounds saved are the ones searched
    reopened.close()


def test_a_name_too_long_is_a_message_and_nothing_is_applied_or_saved(dialog, small, applied) -> None:
    dialog.show()
    dialog.editor(AUTOSTART).setChecked(True)
    dialog.editor(SHOP_NAME).setText("店" * 61)
    dialog.accept()
    assert "最多 60 个字" in dialog.error.text() and dialog.isVisible()
    assert applied == [] and small.settings.get(AUTOSTART) is False and small.settings.get(SHOP_NAME) == "小满家居"


def test_the_rows_speak_chinese(chinese, qtbot, small) -> None:
    dialog = SettingsDialog(small, lambda chosen: None)
    qtbot.addWidget(dialog)
    assert [label for label, _ in rows(dialog)] == [
        "快捷键（直接按下组合键）",
        "",
        "",
        "搜索框位置",
        "店铺名称",
        "客服昵称",
        "按买家消息推荐的快捷键（先选中消息）",
        "",
        "",
        "",
        "界面语言（重启后生效）",
        "模糊音（当成一样的音）",
    ]
    sounds = dialog.editor(FUZZY_PINYIN)
    assert list(sounds.boxes) == ["z/zh", "c/ch", "s/sh", "n/l", "f/h", "an/ang", "en/eng", "in/ing"]
    assert not any(box.isChecked() for box in sounds.boxes.values())  # off until the agent asks for them
    assert dialog.editor(AUTO_PASTE).text() == "复制后自动粘贴到原来的窗口（发送 Ctrl+V）"
    assert dialog.editor(TYPE_CHINESE_IN_POPUP).text() == "搜索框里用输入法打汉字（关：字母直接搜索，不用先上屏）"
    position = dialog.editor(POPUP_POSITION)
    assert [position.itemText(i) for i in range(position.count())] == ["聊天窗口上方", "鼠标旁边", "屏幕中央"]
    language = dialog.editor(LANGUAGE)
    assert [language.itemText(i) for i in range(language.count())] == ["中文", "English"]  # each in its own words
    assert dialog.editor(SHOP_NAME).placeholderText() == "用于回复中的 {店铺}"


def test_auto_paste_switched_on_in_an_older_version_shows_checked(qtbot, tmp_path: Path) -> None:
    home = tmp_path / "h"
    make_old_library(home, 5, "INSERT INTO settings (key, value) VALUES ('auto_paste', 'on'), ('autostart', 'off')")
    lib = open_library(home, bundled=write_library(tmp_path / "b", SMALL_LIBRARY))
    dialog = SettingsDialog(lib, lambda chosen: None)
    qtbot.addWidget(dialog)
    assert dialog.editor(AUTO_PASTE).isChecked() and not dialog.editor(AUTOSTART).isChecked()
    lib.close()
