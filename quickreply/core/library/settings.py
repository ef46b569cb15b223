"""User settings, each declared once with its default and what it means to the agent."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database

from ..errors import InvalidInput
from . import transactions


def _text(limit: int) -> Callable[[str], str]:
    def clean(value: str) -> str:
        value = value.strip()
        if len(value) > limit:
            raise InvalidInput(f"设置值太长（{len(value)} 个字），最多 {limit} 个字。")
        return value

    return clean


@dataclass(frozen=True)
class Setting:
    key: str
    label: str
    default: str = ""
    clean: Callable[[str], str] = field(default=_text(60))


def _choice(*allowed: str) -> Callable[[str], str]:
    def clean(value: str) -> str:
        value = value.strip()
        if value not in allowed:
            raise InvalidInput(f"设置值「{value}」无效，可选：{'、'.join(allowed)}。")
        return value

    return clean


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("shop_name", "店铺名称（模板里的 {店铺}）"),
        Setting("agent_name", "客服昵称（模板里的 {客服}）"),
        Setting("hotkey", "打开搜索框的全局快捷键", "Ctrl+Alt+Q", _text(40)),
        Setting("auto_paste", "复制后自动粘贴到原窗口（on/off）", "off", _choice("on", "off")),
        Setting("autostart", "开机自动启动（on/off）", "off", _choice("on", "off")),
        Setting(
            "popup_position",
            "搜索框位置（window 聊天窗口上方 / mouse 鼠标旁 / center 屏幕中央）",
            "window",
            _choice("window", "mouse", "center"),
        ),
        Setting("language", "界面语言（zh_CN 中文 / en English）", "zh_CN", _choice("zh_CN", "en")),
    )
}


def describe_settings() -> str:
    return "；".join(f"{s.key} = {s.label}" for s in SETTINGS.values())


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class Settings:
    """The library's settings table: the user settings above, and a few the program keeps for itself.

    Read once and kept in memory (the popup reads the shop name on every keystroke's preview); ``forget()`` after
    another process may have written.
    """

    def __init__(self, db: Database):
        self._db = db
        self._cache: dict[str, str] | None = None

    def forget(self) -> None:
        self._cache = None

    def get(self, key: str) -> str:
        if self._cache is None:
            self._cache = dict(self._db.execute("SELECT key, value FROM settings"))
        if key in self._cache:
            return self._cache[key]
        return SETTINGS[key].default if key in SETTINGS else ""

    def put(self, key: str, value: str) -> None:
        """Store any key, unchecked, inside the caller's transaction (for the program's own keys)."""
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        self._cache = None  # a rollback must not leave a value here that the file does not have

    def put_unless_busy(self, key: str, value: str, wait_ms: int = 200) -> bool:
        """Store a key that can as well be stored next time (the popup's size), in its own transaction, unless another
        process is writing (a big import): the agent is not kept waiting for it. True when stored.
        """
        try:
            with transactions.waiting_at_most(self._db, wait_ms), transactions.write(self._db):
                self.put(key, value)
        except sqlite3.OperationalError as exc:
            if not transactions.busy(exc):
                raise
            return False
        return True

    def set(self, key: str, value: str) -> None:
        """Change a user setting (``shop_name``, ``agent_name``, …); unknown keys are refused with the known ones."""
        if key not in SETTINGS:
            raise InvalidInput(f"没有设置项「{key}」。可用的设置项：{describe_settings()}")
        with transactions.write(self._db):
            self.put(key, SETTINGS[key].clean(value))

    def all(self) -> dict[str, str]:
        """Every user setting with its current value."""
        return {key: self.get(key) for key in SETTINGS}


class RememberedValues:
    """The last value the agent gave for each variable name, to prefill the next form."""

    def __init__(self, db: Database):
        self._db = db
        self._cache: dict[str, str] | None = None

    def forget(self) -> None:
        self._cache = None

    def last(self) -> dict[str, str]:
        if self._cache is None:
            self._cache = dict(self._db.execute("SELECT name, value FROM variable_values"))
        return dict(self._cache)

    def remember(self, values: dict[str, str]) -> None:
        if not values:
            return
        stamp = _now()
        with transactions.write(self._db):
            for name, value in values.items():
                self._db.execute(
                    "INSERT INTO variable_values (name, value, updated) VALUES (?, ?, ?) "
                    "ON CONFLICT(name) DO UPDATE SET value = excluded.value, updated = excluded.updated",
                    (name, value, stamp),
                )
        self._cache = None
