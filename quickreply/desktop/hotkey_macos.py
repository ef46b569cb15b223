"""The global hotkey on macOS: pynput's ``GlobalHotKeys``, an event tap on its own thread.

macOS has no "taken" answer for an event tap: another program holding the same combination is not detected, and
the keys still reach the focused app. The tap needs the agent's permission (Accessibility / Input Monitoring);
without it pynput hears nothing, which ``register`` reports as ``HotkeyUnavailable``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .hotkey import Hotkey, HotkeyError, HotkeyUnavailable, Registration, call_back

# Our key names -> pynput's ``Key`` names.
PYNPUT_KEYS = {
    "Space": "space",
    "Tab": "tab",
    "Enter": "enter",
    "Esc": "esc",
    "Backspace": "backspace",
    "Ins": "insert",
    "Del": "delete",
    "Home": "home",
    "End": "end",
    "PgUp": "page_up",
    "PgDown": "page_down",
    "Up": "up",
    "Down": "down",
    "Left": "left",
    "Right": "right",
}
PERMISSION_ADVICE = "请打开“系统设置 › 隐私与安全性”，在“辅助功能”和“输入监控”里勾选快捷回复，然后重新打开快捷回复。"


def pynput_hotkey(hotkey: Hotkey) -> str:
    """The combination in pynput's ``HotKey.parse`` format: ``<cmd>+<alt>+q`` for Ctrl+Alt+Q (⌘⌥Q), ``<f12>``."""
    # Qt's Ctrl is ⌘ on macOS and its Meta the Control key (see ``Hotkey``).
    held = (("cmd", hotkey.ctrl), ("ctrl", hotkey.meta), ("alt", hotkey.alt), ("shift", hotkey.shift))
    parts = [f"<{name}>" for name, on in held if on]
    key = hotkey.key
    if len(key) == 1:
        parts.append(key.lower())
    elif hotkey.is_function_key:
        parts.append(f"<{key.lower()}>")
    else:
        parts.append(f"<{PYNPUT_KEYS[key]}>")
    return "+".join(parts)


def _hotkeys_class(keyboard: Any) -> Any:
    """pynput's ``GlobalHotKeys``, made to know a key by its position when a modifier changed its character."""
    try:
        from pynput._util.darwin_vks import SYMBOLS as key_chars  # pynput's table: key code -> that key's character
    except ImportError:
        key_chars = {}

    class HotKeys(keyboard.GlobalHotKeys):
        def canonical(self, key: Any) -> Any:
            # With Option (or Shift on a digit) macOS reports the typed character — "œ" for Option+Q, "!" for
            # Shift+1 — which never equals the hotkey's "q" or "1"; the key code tells which key it was.
            char = getattr(key, "char", None)
            vk = getattr(key, "vk", None)
            if char and not (char.isascii() and char.isalnum()) and vk in key_chars:
                return keyboard.KeyCode.from_char(key_chars[vk])
            return super().canonical(key)

    return HotKeys


def register_macos(hotkey: Hotkey, callback: Callable[[], None]) -> MacRegistration:
    """Start an event tap that calls ``callback`` (on pynput's thread) for ``hotkey``; see ``hotkey.register``."""
    try:
        from pynput import keyboard
    except ImportError:
        raise HotkeyUnavailable(hotkey, "缺少 pynput 组件", advice="请重新安装快捷回复。") from None
    hotkeys = _hotkeys_class(keyboard)
    try:
        listener = hotkeys({pynput_hotkey(hotkey): lambda: call_back(callback, hotkey)})
    except ValueError:
        raise HotkeyError(f"macOS 上不能使用快捷键 {hotkey}：请在设置里换一个组合。") from None
    listener.start()
    listener.wait()  # the tap is installed, and pynput knows whether it is trusted
    if not getattr(listener, "IS_TRUSTED", True):
        listener.stop()
        raise HotkeyUnavailable(hotkey, "macOS 还没有允许快捷回复监听键盘", advice=PERMISSION_ADVICE)
    return MacRegistration(hotkey, listener)


class MacRegistration(Registration):
    """A running pynput hotkey listener."""

    def __init__(self, hotkey: Hotkey, listener: Any) -> None:
        super().__init__(hotkey)
        self._listener: Any | None = listener

    def unregister(self) -> None:
        """Stop the event tap and wait for its thread."""
        if self._listener is not None:
            listener, self._listener = self._listener, None
            listener.stop()
            listener.join(5)
