"""Importing a template pack or a spreadsheet: the plan (``import_plan``) applied in one transaction after a
backup, and the last import undone from that backup. The rules an import follows are in ``import_plan``.
"""

from __future__ import annotations

import json
from collections.abc import Generator
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Final

from .. import gc_pause
from ..library import backups, categories, transactions
from ..library.settings import LAST_IMPORT
from ..library.template_rows import deletion_stamp, next_position, now_iso
from ..search.search_columns import columns_in_chunks
from ..shipping import fee_store
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
from .import_source import Content, ImportRefused, Incoming, Progress, fingerprint, installed_version, read_incoming

if TYPE_CHECKING:
    from ..library.store import Library

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


# --- applying ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    backup: Path

    def message(self) -> str:
        return f"已导入{self.plan.what()}：{self.plan.summary()}。"


_WRITTEN: Final = ("title", "body", "shortcut", "tags", "updated", "shortcut_key", "search_text", "signature")
_PACK: Final = ("pack_id", "pack_item_id", "pack_version", "pack_hash")
_INSERT: Final = (
    f"INSERT INTO templates (category_id, position, created, {', '.join(_WRITTEN + _PACK)}) "
    f"VALUES ({', '.join('?' * (3 + len(_WRITTEN) + len(_PACK)))})"
)


@lru_cache(maxsize=4096)
def _tags_json(tags: tuple[str, ...]) -> str:
    return json.dumps(list(tags), ensure_ascii=False)


def _pack_values(plan: ImportPlan, change: Change, content: Content) -> tuple[str, str, str, str] | None:
    manifest = plan.manifest
    if manifest is None or not change.item_id:
        return None
    return (manifest.pack_id, change.item_id, manifest.version, content.digest())


@dataclass
class _Row:
    """One template an import writes, ready for SQL but for its category id (and position), known only inside the
    transaction that creates the categories.
    """

    change: Change
    category: str
    values: tuple[object, ...]  # the _WRITTEN columns
    pack: tuple[str, str, str, str] | None


def _prepared(plan: ImportPlan, writes: list[Change], stamp: str) -> Generator[list[_Row], None, None]:
    """The rows to write, chunk by chunk in order, their search columns computed in worker processes too when many:
    this process writes each chunk while the workers compute the next ones.
    """
    done = 0
    items = [(c.content.title, c.content.body, c.content.shortcut, c.content.tags) for c in writes if c.content]
    for part in columns_in_chunks(items):
        rows = []
        for change, cols in zip(writes[done : done + len(part)], part, strict=True):
            c = change.content
            assert c is not None
            values = (c.title, c.body, c.shortcut, _tags_json(c.tags), stamp, *cols)
            rows.append(_Row(change, c.category, values, _pack_values(plan, change, c)))
        done += len(part)
        yield rows


_NO_PACK: Final = (None, None, None, None)


def _update(lib: Library, row: _Row, category_id: int) -> None:
    assert row.change.template_id is not None
    values: dict[str, object] = {"category_id": category_id, **dict(zip(_WRITTEN, row.values, strict=True))}
    if row.pack is not None:
        values.update(zip(_PACK, row.pack, strict=True))
    old = lib._rows.get(row.change.template_id)
    if old is not None and lib.get(row.change.template_id).category_id != category_id:
        values["position"] = next_position(lib.db, category_id)
    lib.db.execute(
        f"UPDATE templates SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
        [*values.values(), row.change.template_id],
    )


@gc_pause.paused()
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
    total = len(writes) + 1
    stamp = now_iso()
    backup = backups.take(lib, "before-import")
    manifest = plan.manifest
    # One transaction, held while the search columns are computed: a copy in the GUI meanwhile does not wait for it
    # (see Library.record_use), and a crash or an error anywhere leaves the library as it was.
    with lib._write(), transactions.roomy_cache(lib.db):
        paths = categories.Paths(lib.db)
        for path in plan.incoming.categories:
            paths.ensure(path)
        gone = [c.template_id for c in plan.changes if c.action == "removed" and c.template_id is not None]
        deleted = deletion_stamp()
        lib.db.conn.executemany("UPDATE templates SET deleted_at = ? WHERE id = ?", [(deleted, i) for i in gone])
        detached = [c.template_id for c in plan.changes if c.detach and c.template_id is not None]
        lib.db.conn.executemany(
            "UPDATE templates SET pack_id = NULL, pack_item_id = NULL, pack_version = NULL, pack_hash = NULL "
            "WHERE id = ?",
            [(i,) for i in detached],
        )
        # Codes move between templates within one import: free them first, so the unique index never sees two.
        lib.db.conn.executemany(
            "UPDATE templates SET shortcut = NULL, shortcut_key = NULL WHERE id = ?",
            [(c.template_id,) for c in writes if c.action == "updated"],
        )
        positions: dict[int, int] = {}  # the next free position of each category written to
        written = 0
        with closing(_prepared(plan, writes, stamp)) as chunks:
            for rows in chunks:
                inserts: list[tuple[object, ...]] = []
                for row in rows:
                    category_id = paths.ensure(row.category)
                    if row.change.action == "updated":
                        _update(lib, row, category_id)
                        continue
                    if category_id not in positions:
                        positions[category_id] = next_position(lib.db, category_id)
                    inserts.append((category_id, positions[category_id], stamp, *row.values, *(row.pack or _NO_PACK)))
                    positions[category_id] += 1
                lib.db.conn.executemany(_INSERT, inserts)
                written += len(rows)
                if progress is not None:
                    progress(written, total)
        for change in plan.changes:
            if change.adopt and change.action == "unchanged" and change.content is not None:
                values = _pack_values(plan, change, change.content)
                if values is not None:
                    lib.db.execute(
                        f"UPDATE templates SET {', '.join(f'{k} = ?' for k in _PACK)} WHERE id = ?",
                        [*values, change.template_id],
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
    lib._unload()
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
