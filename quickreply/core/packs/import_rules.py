"""The rules of an import: how the plan (``import_plan``) is worked out, item by item, before anything is written.

The rules (also in ``docs/pack-format.md``):

- A pack template remembers its pack, its id inside the pack and the hash of the content the pack delivered. A
  newer version of the same pack updates its templates in place, adds new ones and removes (to the trash) the ones
  the lead removed.
- The agent's own templates are never changed by a pack update. A pack template the agent edited is the agent's:
  if the lead did not change it, it stays as the agent wrote it; if the lead changed or removed it, the agent's
  version becomes a personal template (keeping its shortcut code) and the lead's new version is added beside it.
- An incoming template that clashes with one already there (same category and title; for a spreadsheet row, which
  has no id, also the same shortcut code) is handled by the strategy: ``skip`` it (the default), ``overwrite`` the
  existing one, or ``keep-both``.
- A shortcut code held by a template that stays is never taken away: the incoming template comes without it, and
  the plan says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .. import gc_pause
from ..library import categories
from ..library.template_rows import adopted_members, pack_members
from ..shipping import fee_store
from .import_plan import KEEP_BOTH_MARK, STRATEGIES, Action, FeeChange, ImportPlan, ItemChange, check_text_fields
from .import_source import Content, ImportRefused, Incoming, Progress, fingerprint, installed_version
from .pack_file import Pack, PackTemplate, compare_versions

if TYPE_CHECKING:
    from ..library.store import Library


@dataclass(frozen=True)
class _Own:
    """A live template of the pack being imported."""

    template_id: int
    content: Content
    delivered: str  # pack_hash: the digest of what the pack wrote

    @property
    def edited(self) -> bool:
        return self.content.digest() != self.delivered


def _content_of(lib: Library, template_id: int) -> Content:
    t = lib.get(template_id)
    return Content.of_template(t)


class _Planner:
    def __init__(self, lib: Library, incoming: Incoming, strategy: str) -> None:
        self.lib = lib
        self.incoming = incoming
        self.strategy = strategy
        self.pack = incoming.pack
        self.changes: list[ItemChange] = []
        self.codes: dict[str, int] = dict(lib.index.shortcuts)  # shortcut → holder, as it will be after the import
        self.own: dict[str, _Own] = {}
        self.trashed: set[str] = set()
        self.matched: set[int] = set()
        self.new_ids = -1  # placeholder holders for codes claimed by added templates
        self.adopted: set[int] = set()  # the agent's own templates the pack took in
        if self.pack is not None:
            self.adopted = adopted_members(lib.db, self.pack.manifest.pack_id)
            for template_id, _, item_id, delivered, in_trash in pack_members(lib.db, self.pack.manifest.pack_id):
                if in_trash:
                    self.trashed.add(item_id)
                elif template_id in lib:
                    self.own[item_id] = _Own(template_id, _content_of(lib, template_id), delivered)
        own_ids = {o.template_id for o in self.own.values()}
        self.by_title: dict[tuple[str, str], int] = {}
        self.by_body: dict[tuple[str, str], int] = {}
        for template in lib.templates():
            if template.id not in own_ids:
                self.by_title.setdefault((template.category, template.title), template.id)
                self.by_body.setdefault((template.category, template.body), template.id)

    def holder(self, code: str | None) -> int | None:
        return self.codes.get(code) if code else None

    def title_of(self, template_id: int) -> str:
        t = self.lib.get(template_id)
        return f"「{t.title}」（{t.category}）"

    def claim(self, content: Content, template_id: int | None) -> tuple[Content, str]:
        """The content with its shortcut code if free (or held by ``template_id`` itself), else without it."""
        code = content.shortcut
        holder = self.holder(code)
        if code is None or holder is None or holder == template_id:
            if code is not None:
                if template_id is None:
                    template_id = self.new_ids
                    self.new_ids -= 1
                self.codes[code] = template_id
            return content, ""
        if holder < 0:
            note = f"快捷码「{code}」与这次导入的另一条重复，这条不设快捷码。"
        else:
            note = f"快捷码「{code}」已被{self.title_of(holder)}使用，这条不设快捷码。"
        return replace(content, shortcut=None), note

    def release(self, template_id: int, code: str | None) -> None:
        if code and self.codes.get(code) == template_id:
            del self.codes[code]

    def plan(self, progress: Progress | None) -> list[ItemChange]:
        items = self.incoming.templates
        incoming_ids = {t.item_id for t in items} if self.pack else set()
        # Codes of pack templates that will change or go are free for others in this import.
        contents = [Content.of(t) for t in items]
        for item, content in zip(items, contents, strict=True):
            own = self.own.get(item.item_id) if self.pack else None
            if own is not None and not own.edited and own.content != content:
                self.release(own.template_id, own.content.shortcut)
        for item_id, own in self.own.items():
            if item_id not in incoming_ids and not own.edited and own.template_id not in self.adopted:
                self.release(own.template_id, own.content.shortcut)
        for number, (item, content) in enumerate(zip(items, contents, strict=True)):
            if progress is not None and number % 2000 == 0:
                progress(number, len(items))
            if self.pack is not None:
                self.pack_item(item, content)
            else:
                self.new_item(item, content)
        for item_id, own in self.own.items():
            if item_id in incoming_ids:
                continue
            c = own.content
            if own.edited or own.template_id in self.adopted:
                detail = (
                    "团队已删除这条；您改过它，保留为您自己的模板。"
                    if own.edited
                    else "团队已删除这条；它原是您自己的模板，留下。"
                )
                self.changes.append(
                    ItemChange(Action.KEPT, c.category, c.title, detail, item_id, own.template_id, detach=True)
                )
            else:
                self.changes.append(
                    ItemChange(
                        Action.REMOVED, c.category, c.title, "团队已删除这条（移到回收站）。", item_id, own.template_id
                    )
                )
        if progress is not None:
            progress(len(items), len(items))
        return self.changes

    def pack_item(self, item: PackTemplate, content: Content) -> None:
        own = self.own.get(item.item_id)
        if own is None:
            if item.item_id in self.trashed:
                detail = "您已删除这条（在回收站里），不再加回。"
                self.changes.append(ItemChange(Action.SKIPPED, content.category, content.title, detail, item.item_id))
                return
            self.new_item(item, content)
            return
        if not own.edited:
            written, note = self.claim(content, own.template_id)
            action = Action.UNCHANGED if written == own.content else Action.UPDATED
            self.changes.append(
                ItemChange(action, written.category, written.title, note, item.item_id, own.template_id, written)
            )
            return
        raw = content.digest()
        if own.delivered in (raw, replace(content, shortcut=None).digest()):
            detail = "您改过这条，团队没有改：保留您的版本。"
            self.changes.append(
                ItemChange(
                    Action.UNCHANGED, own.content.category, own.content.title, detail, item.item_id, own.template_id
                )
            )
            return
        # Both changed it: the agent's version leaves the pack, keeping its code; the lead's is added beside it.
        c = own.content
        self.changes.append(
            ItemChange(
                Action.KEPT,
                c.category,
                c.title,
                "您改过这条，团队也更新了它：您的版本保留为您自己的模板。",
                item.item_id,
                own.template_id,
                detach=True,
            )
        )
        written, note = self.claim(content, None)
        self.changes.append(
            ItemChange(
                Action.ADDED,
                written.category,
                written.title,
                ("团队的新版本。" + note).strip(),
                item.item_id,
                None,
                written,
            )
        )

    def new_item(self, item: PackTemplate, content: Content) -> None:
        # A spreadsheet row has no id: its shortcut code says which template it is. A pack item has its id; another
        # template holding its code is only a clash of codes, settled in claim().
        match = self.holder(content.shortcut) if self.pack is None else None
        if match is not None and match < 0:
            match = None
        if match is None and not self.incoming.titled:
            match = self.by_body.get((content.category, content.body))
        if match is None:
            match = self.by_title.get((content.category, content.title))
        if match is not None and match in self.matched:
            match = None
        item_id = item.item_id or None
        if match is None:
            written, note = self.claim(content, None)
            self.changes.append(ItemChange(Action.ADDED, written.category, written.title, note, item_id, None, written))
            return
        self.matched.add(match)
        existing = _content_of(self.lib, match)
        if not self.incoming.titled:  # a Qianniu phrase says nothing about the title and tags: keep them
            content = replace(content, title=existing.title, tags=existing.tags, phrasings=existing.phrasings)
        if existing == content:
            if self.pack is None:
                detail = "已有一模一样的模板。"
                self.changes.append(
                    ItemChange(Action.UNCHANGED, content.category, content.title, detail, item_id, match)
                )
                return
            # The same words (the bundled library the lead started from, most often): it joins the pack, so the
            # lead's later versions reach it. Should the agent edit it one day, their wording is kept like any other.
            detail = "已有一模一样的模板：以后随模板包更新。"
            self.changes.append(
                ItemChange(
                    Action.UNCHANGED, content.category, content.title, detail, item_id, match, content, adopt=True
                )
            )
            return
        clash = f"与已有的{self.title_of(match)}" + ("快捷码相同" if existing.shortcut == content.shortcut else "同名")
        if self.strategy == "skip":
            detail = f"{clash}：跳过，已有的不动。要导入它请选「覆盖」或「都保留」。"
            self.changes.append(ItemChange(Action.SKIPPED, content.category, content.title, detail, item_id, match))
        elif self.strategy == "overwrite":
            self.release(match, existing.shortcut)
            written, note = self.claim(content, match)
            detail = (f"{clash}：用导入的内容覆盖。" + note).strip()
            self.changes.append(
                ItemChange(
                    Action.UPDATED,
                    written.category,
                    written.title,
                    detail,
                    item_id,
                    match,
                    written,
                    adopt=self.pack is not None,
                )
            )
        else:
            title = content.title
            if self.pack is None and (content.category, title) in self.by_title:
                title += KEEP_BOTH_MARK
            written, note = self.claim(replace(content, title=title), None)
            detail = (f"{clash}：两条都保留。" + note).strip()
            self.changes.append(
                ItemChange(Action.ADDED, written.category, written.title, detail, item_id, None, written)
            )


def _fee_changes(lib: Library, pack: Pack) -> tuple[tuple[FeeChange, ...], Action | None]:
    changes: list[FeeChange] = []
    if pack.fees is not None:
        current = fee_store.rate_table(lib.db)
        names = {c.name: c for c in current.couriers}
        for courier in pack.fees.couriers:
            rows = [r for r in pack.fees.rows if r.courier == courier.name]
            if courier.name not in names:
                action = Action.ADDED
            else:
                same = names[courier.name] == courier and [r for r in current.rows if r.courier == courier.name] == rows
                action = Action.UNCHANGED if same else Action.UPDATED
            changes.append(FeeChange(courier.name, action, len(rows)))
    policy = None
    if pack.policy is not None:
        stored = lib.settings.get(fee_store.POLICY_KEY)
        if not stored:
            policy = Action.ADDED
        else:
            policy = Action.UNCHANGED if json.loads(stored) == fee_store.policy_data(pack.policy) else Action.UPDATED
    return tuple(changes), policy


@gc_pause.paused()
def plan_import(
    lib: Library, incoming: Incoming, strategy: str = "skip", progress: Progress | None = None
) -> ImportPlan:
    """Work out what importing ``incoming`` would do, changing nothing.

    Raises:
        ImportRefused: an unknown strategy, text no field may hold (NUL, half a surrogate pair), or a pack older
            than the installed version of it.
    """
    if strategy not in STRATEGIES:
        raise ImportRefused(f"导入方式「{strategy}」无效，可选：skip（跳过）、overwrite（覆盖）、keep-both（都保留）。")
    check_text_fields(incoming)
    lib.sync()
    lib.settings.forget()
    pack = incoming.pack
    version = None
    if pack is not None:
        version = installed_version(lib.db, pack.manifest.pack_id)
        if version is not None and compare_versions(pack.manifest.version, version) < 0:
            raise ImportRefused(
                f"{incoming.source.name}：已安装模板包「{pack.manifest.name}」{version} 版，这个文件是更旧的 "
                f"{pack.manifest.version} 版，没有导入。"
            )
    changes = _Planner(lib, incoming, strategy).plan(progress)
    wanted = list(incoming.categories) + [c.content.category for c in changes if c.content is not None]
    existing = {c.path for c in lib.categories()}
    paths = []
    for path in wanted:
        parts = categories.parse_path(path)
        paths += ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]
    new_categories = tuple(p for p in dict.fromkeys(paths) if p not in existing)
    fee_changes, policy = _fee_changes(lib, pack) if pack is not None else ((), None)
    return ImportPlan(
        incoming, strategy, tuple(changes), new_categories, fee_changes, policy, version, fingerprint(lib.db)
    )
