"""Variables in template bodies: what the agent fills in before pasting.

Syntax:
    ``{名称}``               asks for a value
    ``{名称:默认值}``        asks, with a default (``：`` works too)
    ``{名称|选项一|选项二}`` offers choices; the first is the default
    ``{店铺}`` ``{客服}``     from settings; ``{日期}`` ``{时间}`` ``{日期+N}`` ``{剪贴板}`` filled in automatically
    ``{{`` and ``}}``        literal braces; a brace that does not close is shown as it is

Expansion is plain text: nothing in a template or a value is ever interpreted as markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .errors import MissingVariable

SHOP = "店铺"
AGENT = "客服"
DATE = "日期"
TIME = "时间"
CLIPBOARD = "剪贴板"
_DATE_OFFSET = re.compile(r"日期\s*([+-])\s*(\d{1,4})")
#: What every built-in means, for the variable form and the docs.
BUILTINS = {
    SHOP: "店铺名称（设置里的 shop_name）",
    AGENT: "客服昵称（设置里的 agent_name）",
    DATE: "今天的日期，如 11月22日",
    TIME: "现在的时间，如 21:50",
    "日期+N": "N 天后的日期，如 {日期+3}",
    CLIPBOARD: "剪贴板里的文字",
}


@dataclass(frozen=True)
class Field:
    """One ``{…}`` in a body."""

    name: str
    default: str | None = None
    choices: tuple[str, ...] = ()
    source: str = "{}"

    @property
    def automatic(self) -> bool:
        """Filled by the program (date, time, clipboard, shop and agent names) rather than typed."""
        return self.name in (SHOP, AGENT, DATE, TIME, CLIPBOARD) or bool(_DATE_OFFSET.fullmatch(self.name))


Part = str | Field


def parse(body: str) -> list[Part]:
    """Split a body into literal text and fields."""
    parts: list[Part] = []
    text: list[str] = []
    i = 0
    while i < len(body):
        char = body[i]
        if body.startswith("{{", i) or body.startswith("}}", i):
            text.append(char)
            i += 2
            continue
        if char == "{":
            end = body.find("}", i + 1)
            inner = body[i + 1 : end] if end != -1 else ""
            spec = _field(inner, body[i : end + 1]) if end != -1 and "{" not in inner and "\n" not in inner else None
            if spec is not None:
                if text:
                    parts.append("".join(text))
                    text = []
                parts.append(spec)
                i = end + 1
                continue
        text.append(char)
        i += 1
    if text:
        parts.append("".join(text))
    return parts


def _field(inner: str, source: str) -> Field | None:
    if "|" in inner:
        name, *choices = (p.strip() for p in inner.split("|"))
        options = tuple(c for c in choices if c)
        return Field(name, options[0] if options else None, options, source) if name else None
    for sep in (":", "："):
        if sep in inner:
            name, default = inner.split(sep, 1)
            return Field(name.strip(), default.strip(), (), source) if name.strip() else None
    return Field(inner.strip(), None, (), source) if inner.strip() else None


def fields(body: str) -> list[Field]:
    """The distinct fields of a body in order of first appearance (the first occurrence's default and choices)."""
    seen: dict[str, Field] = {}
    for part in parse(body):
        if isinstance(part, Field) and part.name not in seen:
            seen[part.name] = part
    return list(seen.values())


@dataclass
class Context:
    """What automatic fields are filled from."""

    shop: str = ""
    agent: str = ""
    now: datetime = field(default_factory=datetime.now)
    clipboard: Callable[[], str | None] | None = None


def to_ask(body: str, context: Context) -> list[Field]:
    """Fields the agent must see in the form: everything not automatic, plus a shop or agent name not set yet."""
    out = []
    for spec in fields(body):
        if not spec.automatic or (spec.name == SHOP and not context.shop) or (spec.name == AGENT and not context.agent):
            out.append(spec)
    return out


def _automatic(spec: Field, context: Context) -> str | None:
    name = spec.name
    if name == SHOP:
        return context.shop or None
    if name == AGENT:
        return context.agent or None
    if name == DATE:
        return f"{context.now.month}月{context.now.day}日"
    if name == TIME:
        return context.now.strftime("%H:%M")
    if name == CLIPBOARD:
        return context.clipboard() if context.clipboard else None
    offset = _DATE_OFFSET.fullmatch(name)
    if offset:
        days = int(offset.group(2)) * (1 if offset.group(1) == "+" else -1)
        when = context.now + timedelta(days=days)
        return f"{when.month}月{when.day}日"
    return None


def _value(part: Field, values: Mapping[str, str], context: Context) -> str | None:
    """A field's value: the one given, else the automatic one, else its default; None when it has none."""
    value = values.get(part.name)
    if value is None and part.automatic:
        value = _automatic(part, context)
    return part.default if value is None else value


def expand(body: str, values: Mapping[str, str] | None = None, context: Context | None = None) -> str:
    """The text to paste: fields replaced by the given values, automatic values, or defaults.

    Raises:
        MissingVariable: naming every field that has no value and no default.
    """
    values = values or {}
    context = context or Context()
    out: list[str] = []
    missing: list[str] = []
    for part in parse(body):
        if isinstance(part, str):
            out.append(part)
            continue
        value = _value(part, values, context)
        if value is not None:
            out.append(value)
        elif part.name not in missing:
            missing.append(part.name)
    if missing:
        names = "、".join(f"「{m}」" for m in missing)
        hint = "；店铺和客服名可用 quickreply settings 设置" if SHOP in missing or AGENT in missing else ""
        raise MissingVariable(f"变量{names}还没有值：请填写（命令行用 --var 名称=值）{hint}。")
    return "".join(out)


def preview(body: str, remembered: Mapping[str, str], context: Context) -> str:
    """The text as it would be pasted now: remembered values, automatic values and defaults filled in, and
    every field still without a value shown as 【名称】 so the agent sees what the form will ask."""
    out: list[str] = []
    for part in parse(body):
        if isinstance(part, str):
            out.append(part)
            continue
        value = _value(part, remembered, context)
        out.append(f"【{part.name}】" if value is None else value)
    return "".join(out)


def placeholders(body: str, context: Context | None = None) -> str:
    """The body as a result row shows it: each field the agent fills in as 【名称】 (a choice too, not its first
    option), the shop and agent names and dates filled in when ``context`` knows them; never the raw
    ``{快递|顺丰|中通}``. The clipboard is not read: a row is painted often."""
    out: list[str] = []
    for part in parse(body):
        if isinstance(part, str):
            out.append(part)
            continue
        value = _automatic(part, context) if context is not None and part.automatic and part.name != CLIPBOARD else None
        out.append(f"【{part.name}】" if value is None else value)
    return "".join(out)
