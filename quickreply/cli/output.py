"""What the commands share: the clipboard, printing templates and JSON, the values given with --var."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from ..core import Library, QuickReplyError, Template
from ..core.errors import InvalidInput
from ..core.library.settings import AGENT_NAME, SHOP_NAME
from ..core.variables import Context, expand


class Clipboard:
    """The system clipboard through pyperclip, with messages an agent can act on."""

    @staticmethod
    def copy(text: str) -> None:
        import pyperclip

        try:
            pyperclip.copy(text)
        except pyperclip.PyperclipException as exc:
            raise QuickReplyError(
                "无法使用剪贴板：系统没有可用的剪贴板程序。Linux 上请安装 xclip 或 xsel（Wayland 用 wl-clipboard）；"
                f"也可以用 quickreply show 把内容打印出来。（{exc}）"
            ) from exc

    @staticmethod
    def paste() -> str | None:
        import pyperclip

        try:
            return str(pyperclip.paste())
        except pyperclip.PyperclipException:
            return None


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def one_line(text: str, width: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def print_templates(templates: Sequence[Template], reasons: Sequence[str] = ()) -> None:
    """One reply per two lines (and a third saying why it matched, when ``reasons`` gives one)."""
    for n, t in enumerate(templates):
        print(f"{t.id:>5}  {(t.shortcut or '-'):<8} {t.title}  〔{t.category}〕")
        print(f"       {one_line(t.body)}")
        if n < len(reasons) and reasons[n]:
            print(f"       ↳ {reasons[n]}")


def read_body(value: str | None) -> str | None:
    return sys.stdin.read() if value == "-" else value


def parse_values(pairs: Sequence[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(f"变量写法不对：「{pair}」。请写成 --var 名称=值，例如 --var 买家昵称=小王。")
        out[name.strip()] = value
    return out


def expand_body(lib: Library, template: Template, pairs: Sequence[str]) -> str:
    values = parse_values(pairs)
    context = Context(lib.settings.get(SHOP_NAME), lib.settings.get(AGENT_NAME), clipboard=Clipboard.paste)
    text = expand(template.body, values, context)
    lib.values.remember(template.body, values)
    return text
