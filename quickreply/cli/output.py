"""What the commands share: the clipboard, printing templates and JSON, the values given with --var."""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Sequence
from typing import Any

from ..core import Library, Template
from ..core.errors import InvalidInput
from ..core.library.settings import AGENT_NAME, SHOP_NAME
from ..core.variables import Context, expand
from .clipboard import Clipboard


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
    """``value``, or the text on standard input when it is ``-``.

    Raises:
        InvalidInput: standard input is not text in its encoding (UTF-8, or the system's on Windows).
    """
    if value != "-":
        return value
    stream = sys.stdin
    # Python reads the bytes that are not UTF-8 as lone surrogates when the locale is C or POSIX; they would fail
    # later, writing to the library. Strict decoding refuses them here, with a message.
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="strict")
    encoding = codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name.upper()
    try:
        text = stream.read()
    except UnicodeDecodeError as exc:
        raise InvalidInput(_not_text(f"第 {exc.start + 1} 个字节起", encoding)) from None
    bad = next((n for n, char in enumerate(text) if "\ud800" <= char <= "\udfff"), None)
    if bad is not None:
        raise InvalidInput(_not_text(f"第 {bad + 1} 个字", encoding))
    return text


def _not_text(where: str, encoding: str) -> str:
    return f"标准输入不是 {encoding} 编码的文字（{where}看不懂）：请把内容存成 {encoding} 编码再传进来。"


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
