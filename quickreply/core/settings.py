"""User settings, each declared once with its default and what it means to the agent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import InvalidInput


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


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("shop_name", "店铺名称（模板里的 {店铺}）"),
        Setting("agent_name", "客服昵称（模板里的 {客服}）"),
    )
}


def describe_settings() -> str:
    return "；".join(f"{s.key} = {s.label}" for s in SETTINGS.values())
