"""Variables in template bodies: what the agent fills in before pasting.

Syntax:
    ``{名称}``               asks for a value
    ``{名称:默认值}``        asks, with a default (``：`` works too)
    ``{名称|选项一|选项二}`` offers choices; the first is the default
    ``{名称!}`` ``{名称~}``   a mark after the name: new for every buyer / keeps the last value (``！`` ``～`` too);
                             unmarked, the name decides (``per_buyer_name``); with a default: ``{金额!:10}``
    ``{店铺}`` ``{客服}``     from settings; ``{日期}`` ``{时间}`` ``{日期+N}`` ``{剪贴板}`` filled in automatically
    ``{{`` and ``}}``        literal braces; a brace that does not close is shown as it is

Expansion is plain text: nothing in a template or a value is ever interpreted as markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
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

#: The marks written right after a variable's name, half- or full-width (a Chinese input method types the latter).
PER_BUYER_MARK = "!"
KEPT_MARK = "~"
MARKS = {"!": PER_BUYER_MARK, "！": PER_BUYER_MARK, "~": KEPT_MARK, "～": KEPT_MARK}
#: How an unmarked name ends when its value belongs to one buyer: a form must never offer the last buyer's 单号,
#: phone or address to the next one. 快递单号, 退款金额 and 收货地址 end so too.
PER_BUYER_ENDINGS = (
    "单号", "订单编号", "金额", "差价", "运费", "买家", "昵称", "旺旺", "姓名", "收件人", "商品", "商品名",
    "商品名称", "宝贝", "型号", "手机", "手机号", "电话", "联系方式", "地址", "尺码", "颜色", "规格", "件数",
    "数量", "重量", "地区",
)  # fmt: skip
#: How a name begins when it is the shop's own, whatever its ending (退货地址, 客服电话, 店铺地址).
SHOP_SIDE_BEGINNINGS = ("店铺", "客服", "退货", "发货", "仓库", "公司")


def per_buyer_name(name: str) -> bool:
    """Whether an unmarked variable called ``name`` changes with every buyer (its form starts empty or at the
    default) rather than keeping the value typed last (快递, 活动)."""
    return name.endswith(PER_BUYER_ENDINGS) and not name.startswith(SHOP_SIDE_BEGINNINGS)


@dataclass(frozen=True)
class Field:
    """One ``{…}`` in a body. ``mark`` is ``PER_BUYER_MARK``, ``KEPT_MARK`` or "" as written after the name."""

    name: str
    default: str | None = None
    choices: tuple[str, ...] = ()
    source: str = "{}"
    mark: str = ""

    @property
    def automatic(self) -> bool:
        """Filled by the program (date, time, clipboard, shop and agent names) rather than typed."""
        return self.name in (SHOP, AGENT, DATE, TIME, CLIPBOARD) or bool(_DATE_OFFSET.fullmatch(self.name))

    @property
    def per_buyer(self) -> bool:
        """Its value belongs to one buyer: not remembered, not offered to the next one."""
        if self.mark:
            return self.mark == PER_BUYER_MARK
        return per_buyer_name(self.name)


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
        written, *choices = inner.split("|")
        options = tuple(c.strip() for c in choices if c.strip())
        return _named(written, options[0] if options else None, options, source)
    for sep in (":", "："):
        if sep in inner:
            written, default = inner.split(sep, 1)
            return _named(written, default.strip(), (), source)
    return _named(inner, None, (), source)


def _named(written: str, default: str | None, choices: tuple[str, ...], source: str) -> Field | None:
    """The field for a name as written, its mark taken off the end; None when no name is left (``{!}`` is text)."""
    name = written.strip()
    mark = MARKS.get(name[-1:], "")
    if mark:
        name = name[:-1].rstrip()
    return Field(name, default, choices, source, mark) if name else None


def fields(body: str) -> list[Field]:
    """The distinct fields of a body in order of first appearance (the first occurrence's default and choices; its
    mark, or the first mark written on another occurrence)."""
    seen: dict[str, Field] = {}
    for part in parse(body):
        if not isinstance(part, Field):
            continue
        first = seen.get(part.name)
        if first is None:
            seen[part.name] = part
        elif not first.mark and part.mark:
            seen[part.name] = replace(first, mark=part.mark)
    return list(seen.values())


def carried_over(body: str, values: Mapping[str, str]) -> dict[str, str]:
    """Of ``values`` (remembered, or just typed), those that carry over to the next buyer: all but the ones for
    ``body``'s per-buyer fields (as marked there; a name ``body`` does not use, by the name)."""
    per_buyer = {spec.name: spec.per_buyer for spec in fields(body)}
    return {name: value for name, value in values.items() if not per_buyer.get(name, per_buyer_name(name))}


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
