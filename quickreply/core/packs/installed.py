"""Installed template packs: listing them, removing one, and the pack file an agent subscribes to.

A subscription is a path to a ``.qrpack`` in a shared or synced folder. ``check_subscription`` applies a newer
version of it with the same rules as an import (``core.imports``); the app calls it on start and when the file
changes, the CLI with ``quickreply subscribe --check``.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..errors import NotFound
from ..library.backups import DB_NAME
from ..library.settings import PACK_SUBSCRIPTION
from ..library.template_rows import deletion_stamp

if TYPE_CHECKING:
    from ..library.store import Library
    from .import_apply import ImportResult, Progress

# The import machinery (pack files, plans, spreadsheets) is imported where it is used: the tray app imports this module
# at start to follow a subscription, and must not pay for a whole import it may never do.

SUBSCRIPTION: Final = PACK_SUBSCRIPTION


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


def _edited_counts(lib: Library) -> dict[str, tuple[int, int]]:
    from .import_source import Content  # the digest an import compares

    counts: dict[str, tuple[int, int]] = {}
    rows = lib.db.execute(
        "SELECT id, pack_id, pack_hash FROM templates WHERE pack_id IS NOT NULL AND deleted_at IS NULL"
    ).fetchall()
    for template_id, pack_id, delivered in rows:
        if template_id not in lib._rows:
            continue
        t = lib.get(template_id)
        edited = Content(t.category, t.title, t.body, t.shortcut, t.tags).digest() != delivered
        total, changed = counts.get(pack_id, (0, 0))
        counts[pack_id] = (total + 1, changed + int(edited))
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


def pack_lint_rules(lib: Library) -> list[tuple[str, tuple[Any, ...]]]:
    """``(pack name, its lint rules)`` of each installed pack, by name: what the reply check needs, without counting
    the packs' edited templates (which reads every pack template: seconds at 100,000).
    """
    rows = lib.db.execute("SELECT name, lint_rules FROM packs ORDER BY name, id").fetchall()
    return [(name, tuple(json.loads(rules or "[]"))) for name, rules in rows]


def find_pack(lib: Library, ref: str) -> InstalledPack:
    """An installed pack by id or by name."""
    for pack in installed_packs(lib):
        if ref in (pack.id, pack.name):
            return pack
    names = "、".join(f"{p.name}（{p.id}）" for p in installed_packs(lib)) or "没有"
    raise NotFound(f"没有安装模板包「{ref}」。已安装：{names}。")


def remove_pack(lib: Library, ref: str) -> tuple[InstalledPack, int, int]:
    """Uninstall a pack: its templates go to the trash, except the ones the agent edited, which stay as the agent's
    own. Its fee tables stay (they are the shop's now). Returns (the pack, trashed, kept).
    """
    from .import_source import Content

    pack = find_pack(lib, ref)
    rows = lib.db.execute(
        "SELECT id, pack_hash FROM templates WHERE pack_id = ? AND deleted_at IS NULL", (pack.id,)
    ).fetchall()
    trashed: list[int] = []
    kept: list[int] = []
    for template_id, delivered in rows:
        t = lib.get(template_id)
        edited = Content(t.category, t.title, t.body, t.shortcut, t.tags).digest() != delivered
        (kept if edited else trashed).append(template_id)
    followed = _subscribed_id(lib) == pack.id
    with lib._write():
        stamp = deletion_stamp()
        lib.db.conn.executemany("UPDATE templates SET deleted_at = ? WHERE id = ?", [(stamp, i) for i in trashed])
        # Every template of the pack, live or in the trash, becomes the agent's: a later install adds them afresh.
        lib.db.execute(
            "UPDATE templates SET pack_id = NULL, pack_item_id = NULL, pack_version = NULL, pack_hash = NULL "
            "WHERE pack_id = ?",
            (pack.id,),
        )
        lib.db.execute("DELETE FROM packs WHERE id = ?", (pack.id,))
        if followed:  # else the next start would install it again
            lib.settings.put(SUBSCRIPTION, "")
    lib._after_write([*trashed, *kept])
    return pack, len(trashed), len(kept)


# --- subscription ------------------------------------------------------------------------------------------------


def subscription(lib: Library) -> Path | None:
    """The pack file this library follows, if any."""
    lib.settings.forget()
    stored = lib.settings.get(SUBSCRIPTION)
    return Path(stored) if stored else None


def _subscribed_id(lib: Library) -> str | None:
    path = subscription(lib)
    if path is None:
        return None
    row = lib.db.execute("SELECT id FROM packs WHERE source = ?", (str(path),)).fetchone()
    return str(row[0]) if row else None


def subscribe(lib: Library, path: Path | None) -> None:
    """Follow the pack at ``path`` (checked to be a readable pack first), or stop following with None.

    Raises:
        PackError: the file is not a readable pack; nothing is changed.
    """
    if path is not None:
        path = path.expanduser().absolute()
        from .import_apply import ImportRefused, read_incoming
        from .pack_file import SUFFIX

        if path.suffix.lower() != SUFFIX:
            raise ImportRefused(f"{path.name}：只能订阅模板包（.qrpack）文件。")
        read_incoming(path)
    with lib._write():
        lib.settings.put(SUBSCRIPTION, "" if path is None else str(path))


def update_waiting(home: Path) -> bool:
    """Whether the pack this home subscribes to is newer than the version installed, without opening the library
    (one read of the settings and the packs table, and the pack's manifest only): what the app asks whenever the
    file changes, before it does the real work with ``check_subscription``.

    Raises:
        PackError: the subscribed file is missing or broken (the message names it).
    """
    from .pack_file import compare_versions, read_manifest

    path = Path(home) / DB_NAME
    if not path.is_file():
        return False
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = db.execute("SELECT value FROM settings WHERE key = ?", (SUBSCRIPTION.key,)).fetchone()
        if not row or not row[0]:
            return False
        manifest = read_manifest(Path(row[0]))
        installed = db.execute("SELECT version FROM packs WHERE id = ?", (manifest.pack_id,)).fetchone()
    except sqlite3.Error:
        return True  # let check_subscription open the library and say what is wrong
    finally:
        db.close()
    return installed is None or compare_versions(manifest.version, str(installed[0])) > 0


def check_subscription(lib: Library, progress: Progress | None = None) -> ImportResult | None:
    """Apply the subscribed pack if it is newer than the installed version; None when there is nothing new.

    Uses the default strategy (skip): the agent's own templates are never touched.

    Raises:
        PackError: the file is missing, broken or hostile (the library is unchanged).
        ImportRefused: the import cannot go ahead.
    """
    from .import_apply import apply_import, installed_version, plan_import, read_incoming
    from .pack_file import compare_versions

    path = subscription(lib)
    if path is None:
        return None
    incoming = read_incoming(path)
    assert incoming.pack is not None
    manifest = incoming.pack.manifest
    version = installed_version(lib, manifest.pack_id)
    if version is not None and compare_versions(manifest.version, version) <= 0:
        return None
    return apply_import(lib, plan_import(lib, incoming, "skip", progress), progress)
