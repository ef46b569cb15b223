"""The global hotkey that opens the popup from any window: what the agent typed, and holding it while the app runs.

    registration = register(parse_hotkey("Ctrl+Alt+Q"), show_popup)
    ...
    registration.unregister()

The backend follows the platform: an X11 key grab on Linux (``hotkey_x11``), ``RegisterHotKey`` on Windows
(``hotkey_windows``), pynput on macOS (``hotkey_macos``).
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from quickreply.core import QuickReplyError

log = logging.getLogger(__name__)

EXAMPLE = "请按下修饰键加一个字母、数字或功能键，例如 Ctrl+Alt+Q。"
SHOW_COMMAND = "quickreply --show"

# Words for the modifiers, lower case, in Qt's sense: "ctrl" is Qt's Ctrl and "meta" Qt's Meta. Qt swaps the two
# on macOS (Ctrl is ⌘ Command there, Meta the Control key), so the words for the Command and Control keys
# themselves depend on the system: see ``_modifier``.
MODIFIER_WORDS = {
    "ctrl": "ctrl",
    "control": "ctrl",
    "ctl": "ctrl",
    "alt": "alt",
    "option": "alt",
    "opt": "alt",
    "⌥": "alt",
    "shift": "shift",
    "⇧": "shift",
    "meta": "meta",
    "super": "meta",
    "win": "meta",
    "windows": "meta",
}
COMMAND_WORDS = {"cmd", "command", "⌘"}
# macOS writes modifiers as symbols without "+" (QKeySequence's NativeText: "⌥⌘Q").
MAC_SYMBOLS = "⌃⌥⇧⌘"

# Named keys, lower case -> the name Qt's QKeySequence.toString() writes (so str(hotkey) reads back in Qt).
NAMED_KEYS = {
    "space": "Space",
    "tab": "Tab",
    "enter": "Enter",
    "return": "Enter",
    "esc": "Esc",
    "escape": "Esc",
    "backspace": "Backspace",
    "ins": "Ins",
    "insert": "Ins",
    "del": "Del",
    "delete": "Del",
    "home": "Home",
    "end": "End",
    "pgup": "PgUp",
    "pageup": "PgUp",
    "pgdown": "PgDown",
    "pgdn": "PgDown",
    "pagedown": "PgDown",
    "up": "Up",
    "down": "Down",
    "left": "Left",
    "right": "Right",
}
# A key recorder holding Shift writes the shifted character ("Ctrl+Shift+!"); the key is the digit.
SHIFTED_DIGITS = dict(zip("!@#$%^&*()", "1234567890", strict=True))
FUNCTION_KEY = re.compile(r"f([1-9]|1[0-9]|2[0-4])")


class HotkeyError(QuickReplyError):
    """The hotkey text is not a usable combination, or the combination cannot be held."""


class HotkeyTaken(HotkeyError):
    """Another program already holds the combination."""

    def __init__(self, hotkey: Hotkey) -> None:
        super().__init__(f"快捷键 {hotkey} 已被其他程序占用，请在设置里换一个组合。")
        self.hotkey = hotkey


class HotkeyUnavailable(HotkeyError):
    """This desktop lets no program hold a global hotkey (Wayland, no X display, no permission)."""

    def __init__(self, hotkey: Hotkey, reason: str, advice: str | None = None) -> None:
        if advice is None:
            advice = f"请在系统设置的“键盘快捷键”里添加一个自定义快捷键，按 {hotkey}，命令填 {SHOW_COMMAND}。"
        super().__init__(f"{reason}，快捷回复无法自己注册全局快捷键 {hotkey}：{advice}")
        self.hotkey = hotkey


@dataclass(frozen=True)
class Hotkey:
    """A key combination: modifiers plus one key.

    Attributes:
        key: "A"–"Z", "0"–"9", "F1"–"F24", or a name as Qt writes it: Space, Tab, Enter, Esc, Backspace, Ins, Del,
            Home, End, PgUp, PgDown, Up, Down, Left, Right.
        ctrl, alt, shift: the modifiers of those names (Alt is ⌥ Option on macOS).
        meta: the logo key — Win on Windows, Super on Linux.

    As in Qt, on macOS ``ctrl`` is the ⌘ Command key and ``meta`` the Control key, so ``Ctrl+Alt+Q`` — the text
    ``QKeySequence.toString()`` gives for ⌘⌥Q — is ⌘⌥Q there.
    """

    key: str
    ctrl: bool = False
    alt: bool = False
    shift: bool = False
    meta: bool = False

    @property
    def is_function_key(self) -> bool:
        """F1–F24: keys that type nothing, so they may stand alone."""
        return FUNCTION_KEY.fullmatch(self.key.lower()) is not None

    def __str__(self) -> str:
        """``Ctrl+Alt+Q``, the way Qt's QKeySequence writes it; ``parse_hotkey`` reads it back."""
        names = [name for name, on in (("Ctrl", self.ctrl), ("Alt", self.alt), ("Shift", self.shift)) if on]
        if self.meta:
            names.append("Meta")
        return "+".join([*names, self.key])


def parse_hotkey(text: str) -> Hotkey:
    """Read a combination such as ``Ctrl+Alt+Q``, ``ctrl+shift+f12``, ``Meta+Space`` or Qt's ``Ctrl+Alt+1``.

    Case does not matter; spaces and a full-width ``＋`` are allowed; macOS symbols (``⌥⌘Q``) are read too. The
    words Win, Super and Meta name the logo key; Cmd (or ⌘) names ⌘, which on macOS is Qt's Ctrl (see ``Hotkey``).
    A combination needs Ctrl, Alt or Meta (Win) — a lone key, or Shift with a letter, would take that key away
    from normal typing — except F1–F24, which may stand alone.

    Raises:
        HotkeyError: with a message naming the text and showing an example.
    """
    cleaned = text.strip().replace("＋", "+")
    if not cleaned:
        raise HotkeyError(f"快捷键是空的：{EXAMPLE}")
    for symbol in MAC_SYMBOLS:
        cleaned = cleaned.replace(symbol, symbol + "+")
    cleaned = re.sub(r"\+\s*\+", "+", cleaned)  # "⌘+Q" became "⌘++Q"
    modifiers: set[str] = set()
    keys: list[str] = []
    for part in (token.strip().lower() for token in cleaned.split("+")):
        modifier = _modifier(part)
        if modifier:
            modifiers.add(modifier)
        else:
            keys.append(part)
    if len(keys) != 1:
        raise HotkeyError(f"快捷键「{text}」无效：{EXAMPLE}")
    key = _key_name(keys[0], shifted="shift" in modifiers)
    if key is None:
        raise HotkeyError(f"快捷键「{text}」无效：{EXAMPLE}")
    hotkey = Hotkey(key, **dict.fromkeys(modifiers, True))
    if not hotkey.is_function_key and not (hotkey.ctrl or hotkey.alt or hotkey.meta):
        if hotkey.shift:
            raise HotkeyError(
                f"快捷键「{text}」只用了 Shift，会挡住打大写字母和符号：请再加上 Ctrl、Alt 或 Win，例如 Ctrl+Alt+Q。"
            )
        raise HotkeyError(f"快捷键「{text}」缺少修饰键，会挡住正常打字：请加上 Ctrl、Alt 或 Win，例如 Ctrl+Alt+Q。")
    return hotkey


def _modifier(word: str) -> str | None:
    """Which ``Hotkey`` modifier a word (lower case) names, or None if it is not a modifier.

    ⌘ Command is the logo key, so Qt's Meta — except on macOS, where Qt calls ⌘ "Ctrl" and the Control key ⌃
    "Meta". Following Qt there keeps what the agent recorded in the settings (``Ctrl+Alt+Q`` for ⌘⌥Q) and what
    the hotkey listens to the same.
    """
    if word in COMMAND_WORDS:
        return "ctrl" if sys.platform == "darwin" else "meta"
    if word == "⌃":
        return "meta" if sys.platform == "darwin" else "ctrl"
    return MODIFIER_WORDS.get(word)


def _key_name(word: str, *, shifted: bool) -> str | None:
    """The canonical name of one key word (lower case), or None if it is not a key we can hold."""
    if shifted and word in SHIFTED_DIGITS:
        return SHIFTED_DIGITS[word]
    if len(word) == 1 and ("a" <= word <= "z" or "0" <= word <= "9"):
        return word.upper()
    if FUNCTION_KEY.fullmatch(word):
        return word.upper()
    return NAMED_KEYS.get(word.replace(" ", "").replace("_", ""))


def call_back(callback: Callable[[], None], hotkey: Hotkey) -> None:
    """Run the app's callback for a press; an error in it is logged so the desktop's event loop goes on."""
    try:
        callback()
    except Exception:
        log.exception("the callback of hotkey %s failed", hotkey)


class Registration:
    """A hotkey this program holds until ``unregister()`` (also on leaving a ``with`` block).

    Attributes:
        hotkey: the combination held.
    """

    def __init__(self, hotkey: Hotkey) -> None:
        self.hotkey = hotkey

    def unregister(self) -> None:
        """Give the combination back to the system. Calling it twice is harmless."""

    def handle_native_message(self, message_type: bytes, message_ptr: int) -> bool:
        """Windows only: look at a message from the GUI thread's queue; True if it was our hotkey (callback done).

        The app calls this from a ``QAbstractNativeEventFilter.nativeEventFilter(event_type, message)`` with
        ``bytes(event_type)`` and ``int(message)``. Other platforms deliver the hotkey by themselves: False.
        """
        return False

    def __enter__(self) -> Registration:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.unregister()


def register(hotkey: Hotkey, callback: Callable[[], None]) -> Registration:
    """Hold ``hotkey`` for the whole desktop and call ``callback`` each time the agent presses it.

    ``callback`` may run on a background thread (X11 and macOS): it must not touch widgets. The app re-emits it
    through a queued Qt signal. On Windows call ``register`` from the GUI thread, which then receives the hotkey as
    a message: forward native events to ``Registration.handle_native_message``, which calls ``callback`` there.
    An exception from ``callback`` is logged, never raised into the desktop's event loop.

    Raises:
        HotkeyTaken: another program holds the combination.
        HotkeyUnavailable: this desktop allows no global hotkey (Wayland without X, no display, no permission).
        HotkeyError: any other reason the system refused it.
    """
    if sys.platform == "win32":
        from .hotkey_windows import register_windows

        return register_windows(hotkey, callback)
    if sys.platform == "darwin":
        from .hotkey_macos import register_macos

        return register_macos(hotkey, callback)
    from .hotkey_x11 import register_x11

    return register_x11(hotkey, callback)
