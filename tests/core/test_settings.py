"""Settings as the agent and the program use them: typed values, what an older version stored, what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from quickreply.core import InvalidInput, Library, open_library
from quickreply.core.library import migrations, settings
from quickreply.core.library.setting_kinds import Flag, Text
from quickreply.core.library.settings import (
    AGENT_NAME,
    AUTO_PASTE,
    AUTOSTART,
    FIRST_START_ASKED,
    LANGUAGE,
    POPUP_POSITION,
    POPUP_SIZE,
    SHOP_NAME,
    TOLD_NO_TRAY,
    USER_SETTINGS,
    Setting,
)
from tests.conftest import SMALL_LIBRARY, write_library
from tests.old_library import make_old_library


def stored(lib: Library, key: str) -> str | None:
    row = lib.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def test_a_flag_switched_on_by_an_older_version_is_on(tmp_path: Path) -> None:
    home = tmp_path / "h"
    make_old_library(
        home,
        5,  # the last version that wrote "on"/"off"
        "INSERT INTO settings (key, value) VALUES ('auto_paste', 'on'), ('autostart', 'off'), ('shop_name', 'on')",
    )
    lib = open_library(home, bundled=write_library(tmp_path / "b", SMALL_LIBRARY))
    assert lib.settings.get(AUTO_PASTE) is True and lib.settings.get(AUTOSTART) is False
    assert lib.settings.get(SHOP_NAME) == "on"  # a shop may be called that: only the flags were rewritten
    assert (stored(lib, "auto_paste"), stored(lib, "autostart"), stored(lib, "shop_name")) == ("1", "0", "on")
    assert lib.db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    lib.close()


def test_a_flag_holding_anything_but_on_was_off_and_stays_off(tmp_path: Path) -> None:
    home = tmp_path / "h"
    make_old_library(home, 5, "INSERT INTO settings (key, value) VALUES ('auto_paste', 'yes')")
    lib = open_library(home, bundled=write_library(tmp_path / "b", SMALL_LIBRARY))
    assert lib.settings.get(AUTO_PASTE) is False and stored(lib, "auto_paste") == "0"
    lib.close()


def test_flags_are_stored_and_read_as_booleans(small: Library) -> None:
    assert small.settings.get(AUTO_PASTE) is False  # the default, nothing stored
    small.settings.save({AUTO_PASTE: True, LANGUAGE: "en"})
    reopened = open_library(small.home)
    assert reopened.settings.get(AUTO_PASTE) is True and reopened.settings.get(LANGUAGE) == "en"
    assert reopened.settings.all()["auto_paste"] is True
    assert stored(reopened, "auto_paste") == "1"
    reopened.close()


def test_a_string_is_not_a_flag(small: Library) -> None:
    with pytest.raises(TypeError, match="'on'"):
        small.settings.save({AUTO_PASTE: "on"})
    with small.db.atomic(), pytest.raises(TypeError):
        small.settings.put(TOLD_NO_TRAY, "1")
    assert stored(small, "auto_paste") is None and stored(small, "told_no_tray") is None


def test_a_damaged_value_reads_as_the_default(small: Library) -> None:
    with small.db.atomic():
        small.db.execute("INSERT INTO settings VALUES ('auto_paste', 'maybe'), ('popup_position', 'top')")
    small.settings.forget()
    assert small.settings.get(AUTO_PASTE) is False and small.settings.get(POPUP_POSITION) == "window"


def test_saving_is_all_or_nothing(small: Library) -> None:
    with pytest.raises(InvalidInput, match="最多 60 个字"):
        small.settings.save({AUTO_PASTE: True, SHOP_NAME: "店" * 61})
    assert small.settings.get(AUTO_PASTE) is False and stored(small, "auto_paste") is None


def test_the_agents_words_for_a_setting(small: Library) -> None:
    for words, value in (("开", True), ("关", False), ("on", True), ("OFF", False), ("true", True), ("0", False)):
        small.settings.set("auto_paste", words)
        assert small.settings.get(AUTO_PASTE) is value
    small.settings.set("popup_position", "屏幕中央")  # an option by the name the help gives it
    assert small.settings.get(POPUP_POSITION) == "center"
    small.settings.set("shop_name", "  小满家居 ")
    assert small.settings.get(SHOP_NAME) == "小满家居"
    with pytest.raises(InvalidInput, match="请写 开 或 关"):
        small.settings.set("autostart", "maybe")
    with pytest.raises(InvalidInput, match="可选：window（聊天窗口上方）、mouse（鼠标旁）、center（屏幕中央）"):
        small.settings.set("popup_position", "top")


def test_an_unknown_key_is_refused_with_the_known_ones(small: Library) -> None:
    with pytest.raises(InvalidInput) as refused:
        small.settings.set("colour", "red")
    message = str(refused.value)
    assert message.startswith("没有设置项「colour」。")
    assert all(f"{key} = " in message for key in USER_SETTINGS)
    assert "auto_paste = 复制后自动粘贴到原窗口（开/关）" in message


def test_the_programs_own_settings_are_not_the_agents_to_change(small: Library) -> None:
    with pytest.raises(InvalidInput, match="没有设置项「popup_size」"):
        small.settings.set("popup_size", "100x100")
    with pytest.raises(ValueError, match="kept by the program"):
        small.settings.save({POPUP_SIZE: "100x100"})
    assert "popup_size" not in small.settings.all()


def test_a_setting_declared_elsewhere_is_refused(small: Library) -> None:
    stray = Setting("colour", Text(), "", "颜色", user=True, title="Colour")
    with pytest.raises(KeyError, match="not declared"):
        small.settings.get(stray)
    twin = Setting("auto_paste", Flag(), False, "复制后自动粘贴", user=True, title="Paste")  # same key, not the one
    with small.db.atomic(), pytest.raises(KeyError, match="not declared"):
        small.settings.put(twin, True)


def test_the_first_start_asks_for_the_names_once(small: Library) -> None:
    assert small.settings.first_start_due()
    small.settings.first_start_done("小满家居", "阿青")
    assert (small.settings.get(SHOP_NAME), small.settings.get(AGENT_NAME)) == ("小满家居", "阿青")
    assert small.settings.get(FIRST_START_ASKED) is True and not small.settings.first_start_due()


def test_skipping_the_first_start_keeps_the_names_and_asks_no_more(small: Library) -> None:
    small.settings.set("shop_name", "小满家居")
    assert small.settings.first_start_due()  # the nickname is still missing
    small.settings.first_start_done()
    assert small.settings.get(SHOP_NAME) == "小满家居" and not small.settings.first_start_due()


def test_both_names_set_already_leave_nothing_to_ask(small: Library) -> None:
    small.settings.set("shop_name", "小满家居")
    small.settings.set("agent_name", "阿青")
    assert not small.settings.first_start_due()


def test_a_first_start_name_too_long_stores_nothing(small: Library) -> None:
    with pytest.raises(InvalidInput, match="60"):
        small.settings.first_start_done("小" * 61, "阿青")
    assert small.settings.get(AGENT_NAME) == "" and small.settings.first_start_due()


def test_each_key_is_declared_once() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        settings._index(AUTO_PASTE, Setting("auto_paste", Flag(), False, "又一个", user=False))


def test_a_default_must_be_a_value_of_its_kind() -> None:
    with pytest.raises(ValueError, match="default of 'shop_name'"):
        settings._index(Setting("shop_name", Text(5), "太长的默认店名", "店铺名称", user=True, title="Shop name"))
