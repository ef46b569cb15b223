"""Paste into the agent's chat window: press Ctrl+V (⌘V on macOS) as if on the keyboard.

The app first puts the reply on the clipboard and gives focus back to the chat window (``focus.activate``), then
calls ``send_paste()``. How the keys are sent on each system: ``keys``.
"""

from __future__ import annotations

import ctypes
import sys

from quickreply.core import QuickReplyError

from .keys import INPUT, KeysRefused, command_inputs, press_command

__all__ = ["INPUT", "PasteError", "paste_inputs", "paste_keys_name", "send_paste"]


class PasteError(QuickReplyError):
    """The keys could not be sent; the reply is still on the clipboard for the agent to paste by hand."""


def paste_keys_name() -> str:
    """What the agent presses to paste on this system: ⌘V on macOS, Ctrl+V elsewhere."""
    return "⌘V" if sys.platform == "darwin" else "Ctrl+V"


def paste_inputs() -> ctypes.Array[INPUT]:
    """The four ``SendInput`` events of Ctrl+V: Ctrl down, V down, V up, Ctrl up."""
    return command_inputs("v")


def send_paste() -> None:
    """Press and release Ctrl+V (⌘V on macOS) in the window that has the keyboard focus.

    Raises:
        PasteError: no desktop to send keys to, or the system refused them.
    """
    try:
        press_command("v")
    except KeysRefused as exc:
        raise PasteError(f"{exc}，无法自动粘贴：回复已经复制好了，请直接按 {paste_keys_name()} 粘贴。") from None
