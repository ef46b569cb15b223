"""The wording rules a pack brings, as the import preview lists them before anything is installed.

A pack's rules only add checks (``core.lint.rules``): each is known under the pack's id, beside the built-in and the
lead's rules, and checks every reply of the library. The preview shows them so the agent sees what the pack will
start flagging.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from ..lint import LEVELS, pack_rule_id
from .pack_file import Pack

#: Words of one rule the preview shows; the rest are counted.
SHOWN_WORDS: Final = 8
RULES_NOTE: Final = "这些规则只会增加检查，不会改动或关掉内置规则和组长自己的规则；装好后检查资料库里的每一条回复。"


@dataclass(frozen=True)
class PackRule:
    """One rule of a pack, as installed: its id under the pack's, its level and words."""

    id: str
    level: str
    words: tuple[str, ...]
    message: str

    @property
    def level_label(self) -> str:
        return LEVELS.get(self.level, self.level)

    def shown_words(self) -> str:
        """「微信、加我」, or the first words and 「等 200 个词」."""
        shown = "、".join(self.words[:SHOWN_WORDS])
        return shown + (f" 等 {len(self.words)} 个词" if len(self.words) > SHOWN_WORDS else "")

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "level": self.level, "words": list(self.words), "message": self.message}


def pack_rules(pack: Pack | None) -> list[PackRule]:
    """The rules ``pack`` brings (none for a spreadsheet), in the pack's order."""
    if pack is None:
        return []
    return [
        PackRule(
            pack_rule_id(pack.manifest.pack_id, str(rule["id"])),
            str(rule["level"]),
            tuple(str(w) for w in rule["words"]),
            str(rule["message"]),
        )
        for rule in pack.lint_rules
    ]


def describe_rules(pack: Pack | None) -> list[str]:
    """The rules as lines for a terminal, a heading first; nothing when the pack brings none."""
    rules = pack_rules(pack)
    if not rules:
        return []
    lines = [f"检查规则 {len(rules)} 条（{RULES_NOTE}）："]
    lines += [f"  {r.level_label}\t{r.id}\t{r.shown_words()}\t{r.message}" for r in rules]
    return lines
