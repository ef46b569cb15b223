"""Importing a template pack or a spreadsheet: the plan (``import_plan``) applied in one transaction after a
backup, and the last import undone from that backup. The rules an import follows are in ``import_plan``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from . import backups, categories, fee_store
from .forms import columns_in_chunks
from .import_plan import (
    ACTIONS,
    LABELS,
    STRATEGIES,
    Change,
    FeeChange,
    ImportPlan,
    describe,
    plan_import,
    sort_for_preview,
)
from .incoming import Content, ImportRefused, Incoming, Progress, fingerprint, installed_version, read_incoming
from .rows import deletion_stamp, next_position, now_iso

if TYPE_CHECKING:
    from .library import Library

__all__ = [
    "ACTIONS",
    "LABELS",
    "STRATEGIES",
    "Change",
    "FeeChange",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "Incoming",
    "Progress",
    "apply_import",
    "describe",
    "fingerprint",
    "import_file",
    "installed_version",
    "last_import",
    "plan_import",
    "read_incoming",
    "sort_for_preview",
    "undo_import",
]

LAST_IMPORT: Final = "last_import"


# --- applying ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    backup: Path

    def message(self) -> str:
        return f"已导入{self.plan.what()}：{self.plan.summary()}。"


def _pack_columns(plan: ImportPlan, change: Change, content: Content) -> dict[str, object]:
    manifest = plan.manifest
    if manifest is None or not change.item_id:
        return {}
    return {
        "pack_id": manifest.pack_id,
        "pack_item_id": change.item_id,
        "pack_version": manifest.version,
        "pack_hash": content.digest(),
    }


def _flush(lib: Library, inserts: dict[str, list[tuple[object, ...]]]) -> None:
    for statement, rows in inserts.items():
        lib.db.conn.executemany(statement, rows)
    inserts.clear()


def apply_import(lib: Library, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Carry out ``plan`` in one transaction, after a backup of the library (kept for ``undo_import``).

    Raises:
        ImportRefused: the library changed since the plan was made (preview again).
        LibraryDamaged: the backup or the write failed; the library is as it was.
    """
    lib.sync()
    if fingerprint(lib) != plan.fingerprint:
        raise ImportRefused("资料库在预览之后有了改动（可能是另一个窗口改的）：请重新预览后再导入。")
    writes = [c for c in plan.changes if c.content is not None and c.action in ("added", "updated")]
    total = len(writes) * 2 + 1
    columns = []
    items = [(c.content.title, c.content.body, c.content.shortcut, c.content.tags) for c in writes if c.content]
    for part in columns_in_chunks(items):
        columns += part
        if progress is not None:
            progress(len(columns), total)
    backup = backups.take(lib, "before-import")
    stamp = now_iso()
    manifest = plan.manifest
    with lib._write():
        for path in plan.incoming.categories:
            categories.ensure(lib.db, path)
        gone = [c.template_id for c in plan.changes if c.action == "removed" and c.template_id is not None]
        deleted = deletion_stamp()
        lib.db.conn.executemany("UPDATE templates SET deleted_at = ? WHERE id = ?", [(deleted, i) for i in gone])
        detached = [c.template_id for c in plan.changes if c.detach and c.template_id is not None]
        lib.db.conn.executemany(
            "UPDATE templates SET pack_id = NULL, pack_item_id = NULL, pack_version = NULL, pack_hash = NULL "
            "WHERE id = ?",
            [(i,) for i in detached],
        )
        updated = [c for c in writes if c.action == "updated"]
        # Codes move between templates within one import: free them first, so the unique index never sees two.
        lib.db.conn.executemany(
            "UPDATE templates SET shortcut = NULL, shortcut_key = NULL WHERE id = ?",
            [(c.template_id,) for c in updated],
        )
        category_ids: dict[str, int] = {}
        positions: dict[int, int] = {}  # the next free position of each category written to
        inserts: dict[str, list[tuple[object, ...]]] = {}  # rows to insert, by statement, a thousand at a time
        for number, (change, cols) in enumerate(zip(writes, columns, strict=True)):
            content = change.content
            assert content is not None
            if content.category not in category_ids:
                category_ids[content.category] = categories.ensure(lib.db, content.category)[0]
            category_id = category_ids[content.category]
            values: dict[str, object] = {
                "title": content.title,
                "body": content.body,
                "shortcut": content.shortcut,
                "tags": json.dumps(list(content.tags), ensure_ascii=False),
                "category_id": category_id,
                "updated": stamp,
                **cols.as_row(),
                **_pack_columns(plan, change, content),
            }
            if change.action == "updated":
                assert change.template_id is not None
                old = lib._rows.get(change.template_id)
                if old is not None and lib.get(change.template_id).category_id != category_id:
                    values["position"] = next_position(lib.db, category_id)
                lib.db.execute(
                    f"UPDATE templates SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                    [*values.values(), change.template_id],
                )
            else:
                if category_id not in positions:
                    positions[category_id] = next_position(lib.db, category_id)
                values.update(position=positions[category_id], created=stamp)
                positions[category_id] += 1
                insert = f"INSERT INTO templates ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})"
                inserts.setdefault(insert, []).append(tuple(values.values()))
            if number % 1000 == 999:
                _flush(lib, inserts)
                if progress is not None:
                    progress(len(writes) + number + 1, total)
        _flush(lib, inserts)
        for change in plan.changes:
            if change.adopt and change.action == "unchanged" and change.content is not None:
                pack_columns = _pack_columns(plan, change, change.content)
                lib.db.execute(
                    f"UPDATE templates SET {', '.join(f'{k} = ?' for k in pack_columns)} WHERE id = ?",
                    [*pack_columns.values(), change.template_id],
                )
        if manifest is not None:
            lib.db.execute(
                "UPDATE templates SET pack_version = ? WHERE pack_id = ? AND deleted_at IS NULL",
                (manifest.version, manifest.pack_id),
            )
            pack = plan.incoming.pack
            assert pack is not None
            if pack.fees is not None:
                fee_store.replace_couriers(lib, pack.fees)
            if pack.policy is not None:
                lib.settings.put(
                    fee_store.POLICY_KEY, json.dumps(fee_store.policy_data(pack.policy), ensure_ascii=False)
                )
            lib.db.execute(
                "INSERT OR REPLACE INTO packs (id, name, version, author, description, created, installed, source, "
                "lint_rules) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    manifest.pack_id,
                    manifest.name,
                    manifest.version,
                    manifest.author,
                    manifest.description,
                    manifest.created,
                    stamp,
                    str(plan.incoming.source),
                    json.dumps(list(pack.lint_rules), ensure_ascii=False),
                ),
            )
        record = {
            "backup": backup.name,
            "when": stamp,
            "what": plan.what(),
            "summary": plan.summary(),
            "fingerprint": fingerprint(lib),
        }
        lib.settings.put(LAST_IMPORT, json.dumps(record, ensure_ascii=False))
    lib._categories_changed = False
    lib._load()
    if progress is not None:
        progress(total, total)
    return ImportResult(plan, backup)


def import_file(
    lib: Library, path: Path, strategy: str = "skip", *, dry_run: bool = False, progress: Progress | None = None
) -> ImportPlan | ImportResult:
    """Read, plan and (unless ``dry_run``) apply: what the CLI's ``import`` does."""
    plan = plan_import(lib, read_incoming(path), strategy, progress)
    return plan if dry_run else apply_import(lib, plan, progress)


# --- undo --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LastImport:
    backup: str
    when: str
    what: str
    summary: str
    fingerprint: str


def last_import(lib: Library) -> LastImport | None:
    lib.settings.forget()
    stored = lib.settings.get(LAST_IMPORT)
    if not stored:
        return None
    try:
        data = json.loads(stored)
        return LastImport(*(str(data[k]) for k in ("backup", "when", "what", "summary", "fingerprint")))
    except (ValueError, KeyError, TypeError):
        return None


def changed_since_import(lib: Library) -> bool:
    record = last_import(lib)
    return record is not None and fingerprint(lib) != record.fingerprint


def undo_import(lib: Library, *, force: bool = False) -> str:
    """Put the library back exactly as it was before the last import; returns what was undone.

    Raises:
        ImportRefused: there is no import to undo, its backup is gone, or the library changed after the import
            and ``force`` is not given (those later changes would be lost too).
    """
    lib.sync()
    record = last_import(lib)
    if record is None:
        raise ImportRefused("没有可以撤销的导入。")
    source = backups.folder(lib.home) / record.backup
    if not source.is_file():
        raise ImportRefused(f"找不到这次导入前的备份 {source.name}（可能已被删除），无法撤销导入。")
    if not force and fingerprint(lib) != record.fingerprint:
        raise ImportRefused(
            f"{record.when} 导入{record.what}之后，资料库又有了改动；撤销导入会把这些改动一起撤掉。"
            "确定要撤销，请加 --force（在程序里再点一次确认）。"
        )
    backups.restore(lib, source)
    return f"已撤销 {record.when} 导入的{record.what}（{record.summary}），资料库已恢复到导入之前。"
