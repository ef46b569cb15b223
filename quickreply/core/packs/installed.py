"""Installed template packs: listing them (with how many templates the agent edited), and removing one."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import NotFound
from ..library.template_rows import adopted_members, deletion_stamp, pack_members

if TYPE_CHECKING:
    from ..library.store import Library


@dataclass(frozen=True)
class InstalledPack:
    id: str
    name: str
    version: str
    author: str
    description: str
    created: str
    installed: str
    source: str
    templates: int
    edited: int  # templates of the pack the agent changed (kept as the agent wrote them)
    lint_rules: tuple[dict[str, Any], ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "version": self.version,
            "author": self.author,
            "description": self.description,
            "created": self.created,
            "installed": self.installed,
            "source": self.source,
            "templates": self.templates,
            "edited": self.edited,
        }


def _edited(lib: Library, template_id: int, delivered: str) -> bool:
    """Whether the agent changed a pack template since the pack delivered it."""
    from .import_source import Content  # the digest an import compares

    t = lib.get(template_id)
    return Content.of_template(t).digest() != delivered


def _edited_counts(lib: Library) -> dict[str, tuple[int, int]]:
    counts: dict[str, tuple[int, int]] = {}
    for template_id, pack_id, _, delivered, _ in pack_members(lib.db):
        if template_id not in lib:
            continue
        total, changed = counts.get(pack_id, (0, 0))
        counts[pack_id] = (total + 1, changed + int(_edited(lib, template_id, delivered)))
    return counts


def installed_packs(lib: Library) -> list[InstalledPack]:
    """The packs in this library, by name."""
    lib.sync()
    counts = _edited_counts(lib)
    rows = lib.db.execute(
        "SELECT id, name, version, author, description, created, installed, source, lint_rules FROM packs "
        "ORDER BY name, id"
    ).fetchall()
    found = []
    for pack_id, name, version, author, description, created, installed, source, rules in rows:
        templates, edited = counts.get(pack_id, (0, 0))
        found.append(
            InstalledPack(
                pack_id,
                name,
                version,
                author,
                description,
                created,
                installed,
                source,
                templates,
                edited,
                tuple(json.loads(rules or "[]")),
            )
        )
    return found


def find_pack(lib: Library, ref: str) -> InstalledPack:
    """An installed pack by id or by name."""
    for pack in installed_packs(lib):
        if ref in (pack.id, pack.name):
            return pack
    names = "、".join(f"{p.name}（{p.id}）" for p in installed_packs(lib)) or "没有"
    raise NotFound(f"没有安装模板包「{ref}」。已安装：{names}。")


def remove_pack(lib: Library, ref: str) -> tuple[InstalledPack, int, int]:
    """Uninstall a pack: the templates it delivered go to the trash, except the ones the agent edited; those and the
    agent's own templates the pack took in (``Change.join_pack``) stay, as the agent's own, untouched. Its fee tables
    stay (they are the shop's now). Returns (the pack, trashed, kept).
    """
    from .subscription import SUBSCRIPTION, subscribed_pack

    with lib.change() as change:  # read and written in one transaction: an import meanwhile cannot slip in between
        pack = find_pack(lib, ref)
        adopted = adopted_members(change.db, pack.id)
        trashed: list[int] = []
        kept: list[int] = []
        for template_id, _, _, delivered, in_trash in pack_members(change.db, pack.id):
            if not in_trash and template_id in lib:
                mine = template_id in adopted or _edited(lib, template_id, delivered)
                (kept if mine else trashed).append(template_id)
        followed = subscribed_pack(lib) == pack.id
        change.to_trash(trashed, deletion_stamp())
        # Every template of the pack, live or in the trash, becomes the agent's: a later install adds them afresh.
        change.leave_pack_entirely(pack.id)
        change.db.execute("DELETE FROM packs WHERE id = ?", (pack.id,))
        if followed:  # else the next start would install it again
            lib.settings.put(SUBSCRIPTION, "")
    return pack, len(trashed), len(kept)
