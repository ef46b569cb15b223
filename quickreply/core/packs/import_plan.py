"""The plan of an import: what it will do to each item, as the preview lists it, before anything is written.

The rules that make the plan are in ``import_rules``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from ..errors import InvalidInput
from ..files import path_text, shown_name
from ..library.field_limits import check_text, without_controls
from .import_source import Content, ImportRefused, Incoming
from .pack_file import Manifest

STRATEGIES: Final = ("skip", "overwrite", "keep-both")


class Action(StrEnum):
    """What an import does to one item (the value is what ``--json`` prints)."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    KEPT = "kept"  # the agent's edited version stays theirs
    SKIPPED = "skipped"
    REMOVED = "removed"


ACTIONS: Final = tuple(Action)
LABELS: Final = {
    Action.ADDED: "新增",
    Action.UPDATED: "更新",
    Action.UNCHANGED: "不变",
    Action.KEPT: "保留您的版本",
    Action.SKIPPED: "跳过",
    Action.REMOVED: "删除",
}
KEEP_BOTH_MARK: Final = "（导入）"


# --- the plan ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemChange:
    """What an import does to one template, as the preview lists it.

    ``action`` says what; ``detail`` says why, in Chinese, when it is not obvious. ``template_id`` is
    the library template it touches or matched. The remaining fields are how ``apply_import`` carries it out.
    """

    action: Action
    category: str
    title: str
    detail: str = ""
    item_id: str | None = None
    template_id: int | None = None
    content: Content | None = None  # what is written (added, updated)
    detach: bool = False  # the template becomes the agent's own (leaves the pack)
    adopt: bool = False  # the template joins the pack (overwrite)

    @property
    def label(self) -> str:
        return LABELS[self.action]

    def as_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "category": self.category,
            "title": self.title,
            "detail": self.detail,
            "item_id": self.item_id,
            "template_id": self.template_id,
        }


@dataclass(frozen=True)
class FeeChange:
    """What an import does to one courier's fee table (``added``, ``updated`` or ``unchanged``)."""

    courier: str
    action: Action  # added, updated or unchanged
    rows: int

    @property
    def label(self) -> str:
        return LABELS[self.action]


@dataclass(frozen=True)
class ImportPlan:
    """Everything an import will do, before it does it."""

    incoming: Incoming
    strategy: str
    changes: tuple[ItemChange, ...]
    new_categories: tuple[str, ...] = ()
    fee_changes: tuple[FeeChange, ...] = ()
    policy_change: Action | None = None  # added / updated / unchanged, when the pack has a shop policy
    installed_version: str | None = None
    fingerprint: str = field(default="", repr=False)

    @property
    def manifest(self) -> Manifest | None:
        return self.incoming.pack.manifest if self.incoming.pack else None

    def counts(self) -> Counter[str]:
        return Counter(c.action for c in self.changes)

    @property
    def changes_anything(self) -> bool:
        counts = self.counts()
        return (
            any(counts[a] for a in (Action.ADDED, Action.UPDATED, Action.REMOVED))
            or any(c.detach or c.adopt for c in self.changes)
            or bool(self.new_categories)
            or any(f.action != Action.UNCHANGED for f in self.fee_changes)
            or self.policy_change in (Action.ADDED, Action.UPDATED)
            or (self.manifest is not None and self.installed_version != self.manifest.version)
        )

    def what(self) -> str:
        """The file as the agent knows it: 「店铺话术」v1.3 (模板包) or the spreadsheet's name."""
        if self.manifest is not None:
            return f"模板包「{self.manifest.name}」{self.manifest.version} 版"
        return f"表格 {shown_name(self.incoming.source)}"

    def summary(self) -> str:
        """One line: 新增 12 条，更新 3 条，不变 230 条，跳过 1 条."""
        counts = self.counts()
        parts = [f"{LABELS[a]} {counts[a]} 条" for a in ACTIONS if counts[a]]
        fees = [f for f in self.fee_changes if f.action != Action.UNCHANGED]
        if fees:
            parts.append("运费表 " + "、".join(f"{f.courier}（{f.label}）" for f in fees))
        if self.policy_change in (Action.ADDED, Action.UPDATED):
            parts.append("运费模板已更新")
        return "，".join(parts) or "没有模板"

    def as_json(self) -> dict[str, Any]:
        manifest = self.manifest
        return {
            "source": path_text(self.incoming.source),
            "kind": self.incoming.kind,
            "strategy": self.strategy,
            "pack": None
            if manifest is None
            else {
                "id": manifest.pack_id,
                "name": manifest.name,
                "version": manifest.version,
                "author": manifest.author,
                "installed_version": self.installed_version,
            },
            "counts": {a: self.counts()[a] for a in ACTIONS},
            "new_categories": list(self.new_categories),
            "changes": [c.as_json() for c in self.changes],
            "fees": [{"courier": f.courier, "action": f.action, "rows": f.rows} for f in self.fee_changes],
            "policy": self.policy_change,
        }


def describe(changes: Iterable[ItemChange]) -> list[str]:
    """The changes as lines for a terminal: ``新增  售后/退款  退款到账时间  （说明）``."""
    return [f"{c.label}\t{c.category}\t{c.title}" + (f"\t{c.detail}" if c.detail else "") for c in changes]


def sort_for_preview(changes: Sequence[ItemChange]) -> list[ItemChange]:
    """What changes first (added, updated, removed, kept), then what does not."""
    first = (Action.REMOVED, Action.KEPT, Action.UPDATED, Action.ADDED, Action.SKIPPED, Action.UNCHANGED)
    order = {a: n for n, a in enumerate(first)}
    return sorted(changes, key=lambda c: order[c.action])


def check_text_fields(incoming: Incoming) -> None:
    """Refuse a file whose text holds what no field of the library may (a control character such as NUL, half a
    surrogate pair): before the plan, so nothing is planned, backed up or written from it.

    Raises:
        ImportRefused: naming the file, the template (by number and title) and the field.
    """
    name = shown_name(incoming.source)
    pack = incoming.pack
    try:
        if pack is not None:
            m = pack.manifest
            for label, text in (("名称", m.name), ("版本", m.version), ("作者", m.author), ("说明", m.description)):
                check_text(f"模板包的{label}", text)
        for path in incoming.categories:
            check_text("分类", path)
    except InvalidInput as exc:
        raise ImportRefused(f"{name}：{exc}") from exc
    for number, item in enumerate(incoming.templates, start=1):
        shown = without_controls(item.title.strip())[:20]
        fields = [("分类", item.category), ("标题", item.title), ("内容", item.body)]
        fields += [("快捷码", item.shortcut or ""), *(("标签", t) for t in item.tags)]
        fields += [("买家问法", p) for p in item.phrasings]
        try:
            for label, text in fields:
                check_text(label, text)
        except InvalidInput as exc:
            raise ImportRefused(f"{name} 第 {number} 条模板（{shown}）的{exc}") from exc
