"""Checking the shape of JSON a pack holds, with messages that name the file, the item and the field.

``Where`` is the place a value came from (模板包 FILE 的 templates.json 第 N 条) with the limits in force;
``check_record`` and ``check_items`` check an object's fields and a list's length; the kinds (``TEXT``,
``MONEY``, …) say what a field may hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final, TypeGuard

from ..errors import QuickReplyError
from ..files import printable

ASK_LEAD: Final = "请让组长重新导出模板包。"
DECIMAL = re.compile(r"-?[0-9]{1,15}(\.[0-9]{1,15})?")
_SURROGATE = re.compile("[\ud800-\udfff]")


class PackError(QuickReplyError):
    """A pack file that cannot be read or written; the message names the file and what is wrong."""


@dataclass(frozen=True)
class Where:
    """Where a problem is, so every message can say 模板包 FILE 的 templates.json 第 N 条.

    It carries the limits on items per list and characters per text too: they are ``pack_file``'s constants, read
    when a pack is read or written, and every check below needs them alongside the place it names.
    """

    text: str
    max_items: int
    max_field: int

    def item(self, number: int) -> Where:
        """Item ``number`` (from 1) of the list here."""
        return replace(self, text=f"{self.text} 第 {number} 条")

    def part(self, name: str) -> Where:
        """The member or field ``name`` within this place."""
        return replace(self, text=f"{self.text} 的 {name}")

    def fail(self, message: str) -> PackError:
        """The error to raise: this place, then ``message``."""
        return PackError(f"{self.text}：{message}")


def is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def is_decimal(value: object) -> bool:
    return isinstance(value, str) and DECIMAL.fullmatch(value) is not None


def is_texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


Kind = tuple[str, Callable[[object], bool]]
TEXT: Kind = ("文字", lambda v: isinstance(v, str))
TEXT_OR_NULL: Kind = ("文字或 null", lambda v: v is None or isinstance(v, str))
TEXTS: Kind = ("文字的列表", is_texts)
LIST: Kind = ("列表 [...]", lambda v: isinstance(v, list))
INT: Kind = ("整数", is_int)
INT_OR_NULL: Kind = ("整数或 null", lambda v: v is None or is_int(v))
BOOL: Kind = ("true 或 false", lambda v: isinstance(v, bool))
OBJECT_OR_NULL: Kind = ("对象 {...} 或 null", lambda v: v is None or isinstance(v, dict))
MONEY: Kind = ('数字文字（如 "12.5"）', is_decimal)
MONEY_OR_NULL: Kind = ('数字文字（如 "12.5"）或 null', lambda v: v is None or is_decimal(v))
ETA: Kind = (
    "两个整数的列表（如 [2, 4]）或 null",
    lambda v: v is None or (isinstance(v, list) and len(v) == 2 and all(map(is_int, v))),
)
SURCHARGE: Kind = ('"difference" 或数字文字（如 "5"）', lambda v: v == "difference" or is_decimal(v))


def type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    names = {str: "文字", int: "数字", float: "数字", list: "列表", dict: "对象"}
    return names.get(type(value), type(value).__name__)


def check_record(value: object, where: Where, kinds: Mapping[str, Kind], optional: frozenset[str] = frozenset()) -> Any:
    """``value`` if it is an object with exactly these keys of these kinds and no text over ``where.max_field``."""
    if not isinstance(value, dict):
        raise where.fail(f"应是一个对象 {{...}}，现在是{type_name(value)}。{ASK_LEAD}")
    missing = [key for key in kinds if key not in value and key not in optional]
    if missing:
        raise where.fail(f"缺少字段「{missing[0]}」。{ASK_LEAD}")
    for key, item in value.items():
        if key not in kinds:
            raise where.fail(f"有不认识的字段「{printable(str(key)[:40])}」。{ASK_LEAD}")
        shown, test = kinds[key]
        if not test(item):
            now = f"是{type_name(item)}"
            if kinds[key] is TEXTS and isinstance(item, list):  # "a list of texts, now a list" would say nothing
                number, wrong = next((n, v) for n, v in enumerate(item, 1) if not isinstance(v, str))
                now = f"第 {number} 项是{type_name(wrong)}"
            raise where.fail(f"「{key}」应是{shown}，现在{now}。{ASK_LEAD}")
        for text in item if isinstance(item, list) else [item]:
            if isinstance(text, str) and len(text) > where.max_field:
                raise where.fail(f"「{key}」有 {len(text):,} 个字，最多 {where.max_field:,} 个字。")
            lone = _SURROGATE.search(text) if isinstance(text, str) else None
            if lone:  # "\ud800" in the JSON: no UTF-8 can hold it, so the library could not store it
                code = f"\\u{ord(lone[0]):04x}"
                raise where.fail(f"「{key}」里有无效的字符 {code}（单独的 UTF-16 代理码）。{ASK_LEAD}")
    return value


def check_items(value: object, where: Where, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise where.fail(f"应是{what}的列表 [...]，现在是{type_name(value)}。{ASK_LEAD}")
    if len(value) > where.max_items:
        raise where.fail(f"有 {len(value):,} 条{what}，一个模板包最多 {where.max_items:,} 条：请拆成几个模板包。")
    return value
