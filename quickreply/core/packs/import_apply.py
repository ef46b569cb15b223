"""Importing a template pack or a spreadsheet: the plan (``import_plan``) applied in one transaction after a
backup, and the last import undone from that backup. The rules an import follows are in ``import_rules``.
"""

from __future__ import annotations

import json
from collections.abc import Generator
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .. import gc_pause
from ..files import path_text
from ..library import backups, categories, transactions
from ..library.change import ADOPTED, PACK, WRITTEN, Change, PackFields, TemplateRow, list_json
from ..library.settings import LAST_IMPORT
from ..library.template_rows import deletion_stamp, now_iso
from ..search.search_columns import columns_in_chunks
from ..shipping import fee_store
from . import import_guard
from .import_plan import (
    ACTIONS,
    LABELS,
    STRATEGIES,
    Action,
    FeeChange,
    ImportPlan,
    ItemChange,
    check_text_fields,
    describe,
    sort_for_preview,
)
from .import_rules import plan_import
from .import_source import Content, ImportRefused, Incoming, Progress, fingerprint, installed_version, read_incoming

if TYPE_CHECKING:
    from ..library.store import Library

__all__ = [
    "ACTIONS",
    "LABELS",
    "STRATEGIES",
    "Action",
    "FeeChange",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "Incoming",
    "ItemChange",
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


_tags_json = lru_cache(maxsize=4096)(list_json)  # a big import repeats the same few tag sets


def _pack_values(plan: ImportPlan, change: ItemChange, content: Content) -> PackFields | None:
    manifest = plan.manifest
    if manifest is None or not change.item_id:
        return None
    return (manifest.pack_id, change.item_id, manifest.version, content.digest())


@dataclass
class _Row:
    """One template an import writes, ready for SQL but for its category id (and position), known only inside the
    transaction that creates the categories.
    """

    change: ItemChange
    category: str
    values: tuple[object, ...]  # the WRITTEN columns
    pack: PackFields | None


def _prepared(plan: ImportPlan, writes: list[ItemChange], stamp: str) -> Generator[list[_Row], None, None]:
    """The rows to write, chunk by chunk in order, their search columns computed in worker processes too when many:
    this process writes each chunk while the workers compute the next ones.
    """
    done = 0
    items = [
        (c.content.title, c.content.body, c.content.shortcut, c.content.tags, c.content.phrasings)
        for c in writes
        if c.content
    ]
    for part in columns_in_chunks(items):
        rows = []
        for change, cols in zip(writes[done : done + len(part)], part, strict=True):
            c = change.content
            assert c is not None
            values = (c.title, c.body, c.shortcut, _tags_json(c.tags), _tags_json(c.phrasings), stamp, *cols)
            rows.append(_Row(change, c.category, values, _pack_values(plan, change, c)))
        done += len(part)
        yield rows


def _update(lib: Library, change: Change, row: _Row, category_id: int) -> None:
    template_id = row.change.template_id
    assert template_id is not None
    values: dict[str, object] = {"category_id": category_id, **dict(zip(WRITTEN, row.values, strict=True))}
    if row.pack is not None:
        values.update(zip(PACK, row.pack, strict=True))
        if row.change.adopt:  # the agent's template, overwritten by the pack at the agent's choice
            values[ADOPTED] = 1
    # A template in the trash keeps its place; a live one moved to another category goes to its end.
    now_in = lib.get(template_id).category_id if template_id in lib else category_id
    change.update_template(template_id, values, now_in=now_in)


def apply_import(lib: Library, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Carry out ``plan`` in one transaction, after a backup of the library (kept for ``undo_import``).

    One import at a time per home (``import_guard``): another one running makes this wait a moment, then refuse.

    Raises:
        ImportRefused: another import is running, or the library changed since the plan was made (preview again).
        LibraryDamaged: the backup or the write failed; the library is as it was, and so are the backups.
    """
    with import_guard.one_at_a_time(lib.home, import_guard.APPLY_WAIT):
        return _apply(lib, plan, progress)


@gc_pause.paused()
def _apply(lib: Library, plan: ImportPlan, progress: Progress | None) -> ImportResult:
    """``apply_import``, the import lock held."""
    check_text_fields(plan.incoming)  # as plan_import does: whatever made the plan, no NUL reaches the library
    writes = [c for c in plan.changes if c.content is not None and c.action in (Action.ADDED, Action.UPDATED)]
    total = len(writes) + 1
    stamp = now_iso()
    backup: Path | None = None
    new_backup = False
    try:
        # One transaction, held while the search columns are computed: a copy in the GUI meanwhile does not wait for
        # it (see core.library.uses), and a crash or an error anywhere leaves the library as it was.
        with lib.change() as change, transactions.roomy_cache(lib.db):
            # Checked under the write lock, and the backup taken there too: no other write can come between the
            # library the plan was made on, the copy an undo puts back, and this import.
            if fingerprint(change.db) != plan.fingerprint:
                raise ImportRefused("资料库在预览之后有了改动（可能是另一个窗口改的）：请重新预览后再导入。")
            backup, new_backup = import_guard.backup_before_import(lib)
            _write(lib, change, plan, writes, stamp, progress)
            record = {
                "backup": backup.name,
                "when": stamp,
                "what": plan.what(),
                "summary": plan.summary(),
                "fingerprint": fingerprint(lib.db),
            }
            lib.settings.put(LAST_IMPORT, json.dumps(record, ensure_ascii=False))
    except BaseException:
        if new_backup and backup is not None:  # a failed import takes no slot among the copies kept
            backup.unlink(missing_ok=True)
        raise
    backups.prune(lib.home)
    if progress is not None:
        progress(total, total)
    return ImportResult(plan, backup)


def _write(
    lib: Library, change: Change, plan: ImportPlan, writes: list[ItemChange], stamp: str, progress: Progress | None
) -> None:
    """Everything ``plan`` writes, inside ``change``."""
    total = len(writes) + 1
    manifest = plan.manifest
    change.many_changed()
    paths = categories.Paths(change.db)
    for path in plan.incoming.categories:
        paths.ensure(path)
    change.to_trash(
        [c.template_id for c in plan.changes if c.action == Action.REMOVED and c.template_id], deletion_stamp()
    )
    change.leave_pack([c.template_id for c in plan.changes if c.detach and c.template_id is not None])
    # Codes move between templates within one import: free them first, so the unique index never sees two.
    change.free_shortcuts([c.template_id for c in writes if c.action == Action.UPDATED and c.template_id])
    written = 0
    with closing(_prepared(plan, writes, stamp)) as chunks:
        for rows in chunks:
            inserts = []
            for row in rows:
                category_id = paths.ensure(row.category)
                if row.change.action == Action.UPDATED:
                    _update(lib, change, row, category_id)
                else:
                    inserts.append(TemplateRow(category_id, row.values, row.pack))
            change.insert_templates(inserts, stamp)
            written += len(rows)
            if progress is not None:
                progress(written, total)
    for item in plan.changes:
        if item.adopt and item.action == Action.UNCHANGED and item.content is not None:
            values = _pack_values(plan, item, item.content)
            if values is not None and item.template_id is not None:
                change.join_pack(item.template_id, values)
    if manifest is not None:
        change.set_pack_version(manifest.pack_id, manifest.version)
        pack = plan.incoming.pack
        assert pack is not None
        if pack.fees is not None:
            fee_store.replace_couriers(lib, pack.fees)
        if pack.policy is not None:
            lib.settings.put(fee_store.POLICY_KEY, json.dumps(fee_store.policy_data(pack.policy), ensure_ascii=False))
        change.db.execute(
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
                path_text(plan.incoming.source),
                json.dumps(list(pack.lint_rules), ensure_ascii=False),
            ),
        )


def import_file(
    lib: Library,
    path: Path,
    strategy: str = "skip",
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    wait: float = import_guard.CLI_WAIT,
) -> ImportPlan | ImportResult:
    """Read, plan and (unless ``dry_run``) apply: what the CLI's ``import`` does.

    Another import running meanwhile is waited for, up to ``wait`` seconds, and this one planned only after it
    committed: two imports started at once are made one after the other, each undone on its own.
    """
    incoming = read_incoming(path)
    if dry_run:
        return plan_import(lib, incoming, strategy, progress)
    with import_guard.one_at_a_time(lib.home, wait):
        return _apply(lib, plan_import(lib, incoming, strategy, progress), progress)


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
    return record is not None and fingerprint(lib.db) != record.fingerprint


def undo_import(
    lib: Library, *, force: bool = False, wait: float = import_guard.APPLY_WAIT, expected: LastImport | None = None
) -> str:
    """Put the library back exactly as it was before the last import; returns what was undone.

    Only the last import is undone: the copy it restores was taken just before that import, under the import lock,
    so an import before it stays. Undone, the library is what it was then, its own last import included: a second
    undo undoes that one. Another import or undo running meanwhile is waited for, up to ``wait`` seconds.

    ``expected`` is the import the agent confirmed undoing (``last_import`` when the question was asked): if another
    import came after it meanwhile, the undo is refused rather than undoing that other one.

    Raises:
        ImportRefused: another import is running, there is no import to undo, it is not the ``expected`` one, its
            backup is gone, or the library changed after the import and ``force`` is not given (those later changes
            would be lost too).
    """
    with import_guard.one_at_a_time(lib.home, wait):
        lib.sync()
        record = last_import(lib)
        if record is None:
            raise ImportRefused("没有可以撤销的导入。")
        if expected is not None and record != expected:
            raise ImportRefused(
                f"{record.when} 又导入了{record.what}（可能在另一个窗口或命令行里）；现在撤销的会是那一次，"
                f"而不是您要撤销的 {expected.when} 导入的{expected.what}。没有撤销：请重新选择撤销导入。"
            )
        source = backups.folder(lib.home) / record.backup
        if not source.is_file():
            raise ImportRefused(f"找不到这次导入前的备份 {source.name}（可能已被删除），无法撤销导入。")
        if not force and fingerprint(lib.db) != record.fingerprint:
            raise ImportRefused(
                f"{record.when} 导入{record.what}之后，资料库又有了改动；撤销导入会把这些改动一起撤掉。"
                "确定要撤销，请加 --force（在程序里再点一次确认）。"
            )
        backups.restore(lib, source)
    return f"已撤销 {record.when} 导入的{record.what}（{record.summary}），资料库已恢复到导入之前。"
