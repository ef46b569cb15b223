"""Every setting of the library, declared once: key, kind, default, label, and whether the agent sees it.

The agent's settings (the hotkey, auto-paste, the shop's name, …) are what ``quickreply settings`` lists and what the
settings dialog builds its rows from; the program's own (the popup's size, the last import, …) are declared the same
way, so nothing reads or writes a key nobody declared. Values are typed by their kind: a flag reads as a ``bool``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import KW_ONLY, dataclass
from typing import Any, Final, Generic, TypeVar

from sqlite_utils import Database

from ..errors import InvalidInput
from ..search.alternatives import FUZZY_RULES
from . import transactions
from .setting_kinds import Choice, Flag, Json, KeyCombination, Kind, Number, Option, Raw, SomeOf, Text

T = TypeVar("T")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for Qt's translation tool and return it unchanged.

    Core knows nothing of Qt: lupdate finds the texts by this function's name (this file is among its sources), and
    the settings dialog translates them when it shows them, in the context given here.
    """
    return text


@dataclass(frozen=True, eq=False)  # each setting is one object: compared and hashed by identity, cheaply
class Setting(Generic[T]):
    """One setting.

    Args:
        key: its name in the settings table and on the command line (``auto_paste``).
        kind: what values it takes and how they are stored.
        default: its value until one is stored.
        label: what it means, in Chinese: the command line's help and listing.
        user: True for the agent's settings (the command line, the dialog); False for what the program keeps.
        dialog: False for an agent's setting only the command line changes, until the dialog has a row for it.
        title: the dialog's English text for it (a row's label, a checkbox's text), which Qt translates.
        hint: the dialog's English placeholder for a text, which Qt translates.
    """

    key: str
    kind: Kind[T]
    default: T
    label: str
    _: KW_ONLY
    user: bool
    dialog: bool = True
    title: str = ""
    hint: str = ""

    def described(self) -> str:
        """The label with what the agent may write: ``复制后自动粘贴到原窗口（开/关）``."""
        hint = self.kind.hint()
        return f"{self.label}（{hint}）" if hint else self.label


# --- the agent's settings, in the order the dialog shows them ------------------------------------------------------

HOTKEY: Final = Setting(
    "hotkey",
    KeyCombination(),
    "Ctrl+Alt+Q",
    "打开搜索框的全局快捷键",
    user=True,
    title=QT_TRANSLATE_NOOP("SettingsDialog", "Hotkey (press the keys)"),
)
AUTO_PASTE: Final = Setting(
    "auto_paste",
    Flag(),
    False,
    "复制后自动粘贴到原窗口",
    user=True,
    title=QT_TRANSLATE_NOOP("SettingsDialog", "Also paste into the previous window (sends Ctrl+V)"),
)
AUTOSTART: Final = Setting(
    "autostart",
    Flag(),
    False,
    "开机自动启动",
    user=True,
    title=QT_TRANSLATE_NOOP("SettingsDialog", "Start QuickReply when I log in"),
)
POPUP_POSITION: Final = Setting(
    "popup_position",
    Choice(
        (
            Option("window", "聊天窗口上方", QT_TRANSLATE_NOOP("SettingsDialog", "Over the chat window")),
            Option("mouse", "鼠标旁", QT_TRANSLATE_NOOP("SettingsDialog", "Next to the mouse")),
            Option("center", "屏幕中央", QT_TRANSLATE_NOOP("SettingsDialog", "Centre of the screen")),
        )
    ),
    "window",
    "搜索框位置",
    user=True,
    title=QT_TRANSLATE_NOOP("SettingsDialog", "Popup position"),
)
SHOP_NAME: Final = Setting(
    "shop_name",
    Text(60),
    "",
    "店铺名称（模板里的 {店铺}）",
    user=True,
    title=QT_TRANSLATE_NOOP("SettingsDialog", "Shop name"),
    hint=QT_TRANSLATE_NOOP("SettingsDialog", "Used for {店铺} in replies"),
)
AGENT_NAME: Final = Setting(
    "agent_name",
    Text(60),
    "",
    "客服昵称（模板里的 {客服}）",
    user=True,
    title=QT_TRANSLATE_NOOP("SettingsDialog", "Agent nickname"),
    hint=QT_TRANSLATE_NOOP("SettingsDialog", "Used for {客服} in replies"),
)
BUYER_HOTKEY: Final = Setting(
    "buyer_hotkey",
    KeyCombination(),
    "Ctrl+Alt+E",
    "复制聊天窗口里选中的买家消息并按它推荐回复的快捷键",
    user=True,
    title=QT_TRANSLATE_NOOP("SettingsDialog", "Hotkey: answer the selected buyer message"),
)
SUGGEST_FROM_CLIPBOARD: Final = Setting(
    "suggest_from_clipboard",
    Flag(),
    True,
    "打开搜索框时按刚复制的买家消息推荐回复",
    user=True,
    title=QT_TRANSLATE_NOOP("SettingsDialog", "Suggest replies for a buyer message I just copied"),
)
TYPE_CHINESE_IN_POPUP: Final = Setting(
    "type_chinese_in_popup",
    Flag(),
    False,
    "搜索框里用输入法打汉字（关：字母直接搜索，一次回车就复制）",
    user=True,
    title=QT_TRANSLATE_NOOP(
        "SettingsDialog", "Search box: type Chinese through my input method (off: letters search at once)"
    ),
)
LEARN_FROM_BUYERS: Final = Setting(
    "learn_from_buyers",
    Flag(),
    True,
    "记住买家的问法和没答上的问题（关掉会删除已记下的）",
    user=True,
    title=QT_TRANSLATE_NOOP("SettingsDialog", "Learn from the buyer messages I answer (only on this computer)"),
)
LANGUAGE: Final = Setting(
    "language",
    Choice((Option("zh_CN", "中文"), Option("en", "English"))),
    "zh_CN",
    "界面语言",
    user=True,
    title=QT_TRANSLATE_NOOP("SettingsDialog", "Language (after restart)"),
)

FUZZY_PINYIN: Final[Setting[tuple[str, ...]]] = Setting(
    "fuzzy_pinyin",
    SomeOf(FUZZY_RULES),
    (),
    "模糊音：把这几组音当成一样（如 s/sh：sunfeng 也找到顺丰），结果排在拼对的之后",
    user=True,
    title=QT_TRANSLATE_NOOP("SettingsDialog", "Sounds I hear as one"),
    hint=QT_TRANSLATE_NOOP("SettingsDialog", "Either sound typed finds both; such hits come after exact ones"),
)

# --- what the program keeps for itself -----------------------------------------------------------------------------

POPUP_SIZE: Final = Setting("popup_size", Raw(), "", "搜索框上次关闭时的大小（宽x高）", user=False)
TOLD_NO_TRAY: Final = Setting("told_no_tray", Flag(), False, "已经说过这个桌面没有托盘（只说一次）", user=False)
LIBRARY_SEEDED: Final = Setting("library_seeded", Flag(), False, "默认回复已放进资料库（只放一次）", user=False)
SAMPLE_FEES_SEEDED: Final = Setting(
    "sample_fees_seeded", Flag(), False, "示例运费表已放进没有运费表的资料库（只放一次）", user=False
)
FIRST_START_ASKED: Final = Setting(
    "first_start_asked", Flag(), False, "第一次启动时问过店铺名称和客服昵称（只问一次）", user=False
)
SIGNATURE_VERSION: Final = Setting(
    "signature_version", Number(), 0, "存着的搜索签名是哪个格式版本算的（0：还没有记下）", user=False
)
DAILY_BACKUP: Final = Setting("daily_backup", Raw(), "", "最近一次每日备份的日期（如 2026-01-31）", user=False)
SHOP_POLICY: Final = Setting("shop_policy", Json(), "", "店铺的运费规则（包邮、偏远地区、升级快递）", user=False)
PACK_EXPORTS: Final = Setting("pack_exports", Json(), "", "每个导出过的模板包最后的版本号", user=False)
LAST_IMPORT: Final = Setting("last_import", Json(), "", "最近一次导入：之前的备份和导入了什么（撤销用）", user=False)
PACK_SUBSCRIPTION: Final = Setting("pack_subscription", Raw(), "", "订阅的模板包文件（路径）", user=False)


def _index(*declared: Setting[Any]) -> dict[str, Setting[Any]]:
    """The declarations by key, each checked once at import: a mistake here fails every test, not one agent's day."""
    index: dict[str, Setting[Any]] = {}
    for setting in declared:
        if setting.key in index:
            raise ValueError(f"setting {setting.key!r} is declared twice")
        try:
            allowed = setting.kind.check(setting.default) == setting.default
        except (InvalidInput, TypeError):
            allowed = False
        if not allowed:
            raise ValueError(f"the default of {setting.key!r} is not a value of its kind")
        if setting.user and setting.dialog and not setting.title:
            raise ValueError(f"{setting.key!r} is the agent's setting but has no title for the dialog")
        index[setting.key] = setting
    return index


#: Every setting, by key.
ALL_SETTINGS: Final = _index(
    HOTKEY,
    AUTO_PASTE,
    AUTOSTART,
    POPUP_POSITION,
    SHOP_NAME,
    AGENT_NAME,
    BUYER_HOTKEY,
    SUGGEST_FROM_CLIPBOARD,
    TYPE_CHINESE_IN_POPUP,
    LEARN_FROM_BUYERS,
    LANGUAGE,
    FUZZY_PINYIN,
    POPUP_SIZE,
    TOLD_NO_TRAY,
    LIBRARY_SEEDED,
    SAMPLE_FEES_SEEDED,
    FIRST_START_ASKED,
    SIGNATURE_VERSION,
    DAILY_BACKUP,
    SHOP_POLICY,
    PACK_EXPORTS,
    LAST_IMPORT,
    PACK_SUBSCRIPTION,
)
#: The agent's settings, by key, in the dialog's order.
USER_SETTINGS: Final = {key: s for key, s in ALL_SETTINGS.items() if s.user}
#: The agent's settings the settings dialog shows, by key, in its order.
DIALOG_SETTINGS: Final = {key: s for key, s in USER_SETTINGS.items() if s.dialog}


def describe_settings() -> str:
    """Every setting the agent can change, with what it means: ``shop_name = 店铺名称（模板里的 {店铺}）；…``."""
    return "；".join(f"{s.key} = {s.described()}" for s in USER_SETTINGS.values())


def user_setting(key: str) -> Setting[Any]:
    """The agent's setting called ``key``.

    Raises:
        InvalidInput: there is none (the program's own settings included); the message lists the known ones.
    """
    setting = USER_SETTINGS.get(key)
    if setting is None:
        raise InvalidInput(f"没有设置项「{key}」。可用的设置项：{describe_settings()}")
    return setting


def _declared(setting: Setting[T]) -> Setting[T]:
    if ALL_SETTINGS.get(setting.key) is not setting:
        raise KeyError(f"setting {setting.key!r} is not declared in quickreply/core/library/settings.py")
    return setting


class Settings:
    """The library's settings table, typed by the declarations above.

    Read once and kept in memory (the popup reads the shop name on every keystroke's preview); ``forget()`` after
    another process may have written.
    """

    def __init__(self, db: Database):
        self._db = db
        self._cache: dict[str, str] | None = None
        #: Called after switching learning off deleted what was learned (the library drops its learned index).
        self.learning_forgotten: Callable[[], None] = lambda: None

    def forget(self) -> None:
        self._cache = None

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when none is stored or the stored text is no value of the setting's kind
        (a damaged value must not keep the app from starting)."""
        if self._cache is None:
            self._cache = dict(self._db.execute("SELECT key, value FROM settings"))
        stored = self._cache.get(_declared(setting).key)
        value = None if stored is None else setting.kind.decode(stored)
        return setting.default if value is None else value

    def put(self, setting: Setting[T], value: T) -> None:
        """Store a value inside the caller's transaction (the program's own settings, with the change they belong to).

        Raises:
            InvalidInput: the value is not one the setting takes.
            TypeError: a value of another type (``"on"`` for a flag).
        """
        self._write(setting, _declared(setting).kind.check(value))

    def _write(self, setting: Setting[T], value: T) -> None:
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (setting.key, setting.kind.encode(value)),
        )
        self._cache = None  # a rollback must not leave a value here that the file does not have

    def put_unless_busy(self, setting: Setting[T], value: T, wait_ms: int = 200) -> bool:
        """Store a value that can as well be stored next time (the popup's size), in its own transaction, unless
        another process is writing (a big import): the agent is not kept waiting for it. True when stored.
        """
        try:
            with transactions.waiting_at_most(self._db, wait_ms), transactions.write(self._db):
                self.put(setting, value)
        except sqlite3.OperationalError as exc:
            if not transactions.busy(exc):
                raise
            return False
        return True

    def save(self, values: Mapping[Setting[Any], Any]) -> None:
        """Change the agent's settings (what the dialog shows), in one transaction: all of them or, when one value
        is refused, none.

        Raises:
            InvalidInput: a value the setting does not take (the message says why).
            ValueError: one of them is the program's own setting.
        """
        checked = []
        for setting, value in values.items():
            if not _declared(setting).user:
                raise ValueError(f"{setting.key!r} is kept by the program, not changed by the agent")
            checked.append((setting, setting.kind.check(value)))
        with transactions.write(self._db):
            for setting, value in checked:
                self._write(setting, value)
            forgetting = any(s is LEARN_FROM_BUYERS and v is False for s, v in checked)
            if forgetting:  # learning switched off: what was learned goes too, as the setting's text says
                self._db.execute("DELETE FROM learned_phrasings")
                self._db.execute("DELETE FROM buyer_questions")
        if forgetting:
            self.learning_forgotten()

    def first_start_due(self) -> bool:
        """Whether the tray app should ask for the shop and agent names at its start: until it has asked once,
        and only while one of them is missing (an agent who set both on the command line has nothing to answer)."""
        return not self.get(FIRST_START_ASKED) and not (self.get(SHOP_NAME) and self.get(AGENT_NAME))

    def first_start_done(self, shop: str | None = None, agent: str | None = None) -> None:
        """The first start's questions answered (the names given) or skipped (None: left as they are), stored with
        the note that they were asked, in one transaction: they are never asked again.

        Raises:
            InvalidInput: a name too long (the message says so); nothing is stored then.
        """
        names = [(s, s.kind.check(v)) for s, v in ((SHOP_NAME, shop), (AGENT_NAME, agent)) if v is not None]
        with transactions.write(self._db):
            for setting, value in names:
                self._write(setting, value)
            self._write(FIRST_START_ASKED, True)

    def set(self, key: str, words: str) -> None:
        """Change the agent's setting ``key`` to what they typed (``auto_paste 开``), as the command line does.

        Raises:
            InvalidInput: no such setting (the message lists the known ones), or no value it takes.
        """
        setting = user_setting(key)
        self.save({setting: setting.kind.parse(words)})

    def all(self) -> dict[str, Any]:
        """Every setting of the agent's with its current value, by key."""
        return {key: self.get(setting) for key, setting in USER_SETTINGS.items()}
