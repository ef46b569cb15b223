"""The trash: deleted templates keep everything (``deleted_at`` set) until restored, deleted for good, or purged."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlite_utils import Database

from ..errors import InvalidInput, NotFound
from ..folding import shortcut_key
from ..models import Template, TrashedTemplate
from . import categories
from .template_rows import CATEGORY, COLUMNS, ID, POSITION, deletion_stamp, template_of
from .undo import Place, Step, place_of, put_back

if TYPE_CHECKING:
    from .store import Library

#: Days a template stays in the trash before it is deleted for good (when a library is opened).
KEEP_DAYS = 30

_TRASH = f"SELECT {COLUMNS}, t.deleted_at FROM templates t WHERE t.deleted_at IS NOT NULL "
_DELETED_AT = 18


def remove_many(lib: Library, ids: Sequence[int]) -> list[Template]:
    """Move templates to the trash, all or none; ``NotFound`` names the first unknown one. Undoable."""
    with lib.change() as change:
        templates = lib.get_many(ids)
        change.to_trash([t.id for t in templates], deletion_stamp())
        if templates:
            what = f"「{templates[0].title}」" if len(templates) == 1 else f" {len(templates)} 条回复"
            change.undoable(Step(f"删除{what}", tuple(place_of(t) for t in templates), from_trash=True))
    return templates


def trash(lib: Library) -> list[TrashedTemplate]:
    """What the trash holds, most recently deleted first."""
    lib.sync()  # the category of a template another process deleted may be new to this one
    rows = lib.db.execute(_TRASH + "ORDER BY t.deleted_at DESC, t.id DESC").fetchall()
    return [TrashedTemplate(template_of(row, lib.tree.path(row[CATEGORY])), row[_DELETED_AT]) for row in rows]


def restore(lib: Library, ref: str | int) -> tuple[Template, str | None]:
    """Take a template out of the trash, by id or shortcut code (the most recently deleted with it).

    It goes back into its category, which comes back too if it was deleted. Returns the template and, when another
    template has taken its shortcut code meanwhile, a note saying it came back without one.
    """
    with lib.change() as change:
        text = str(ref).strip()
        if text.isdigit():
            row = lib.db.execute(_TRASH + "AND t.id = ?", (int(text),)).fetchone()
        else:
            row = lib.db.execute(
                _TRASH + "AND t.shortcut_key = ? ORDER BY t.deleted_at DESC, t.id DESC", (shortcut_key(text),)
            ).fetchone()
        if row is None:
            raise NotFound(f"回收站里没有模板「{ref}」：可用 quickreply trash 查看回收站里的模板和编号。")
        place = Place(row[ID], row[CATEGORY], lib.tree.path(row[CATEGORY]), row[POSITION])
        notes = put_back(change, [place], from_trash=True)
    return lib.get(row[ID]), (notes[0] if notes else None)


def delete_forever(lib: Library, ids: Sequence[int]) -> int:
    """Delete templates in the trash for good, all or none; a template not in the trash is refused by name."""
    wanted = list(dict.fromkeys(ids))
    with lib.change() as change:
        for template_id in wanted:
            row = lib.db.execute("SELECT title, deleted_at FROM templates WHERE id = ?", (template_id,)).fetchone()
            if row is None:
                raise NotFound(f"回收站里没有编号 {template_id} 的模板：可能已经彻底删除了。")
            if row[1] is None:
                raise InvalidInput(f"模板「{row[0]}」（编号 {template_id}）不在回收站里：只能彻底删除回收站里的模板。")
        change.delete_forever(wanted)
    return len(wanted)


def purge_trash(lib: Library, days: int = KEEP_DAYS) -> int:
    """Delete for good what has been in the trash longer than ``days``; how many templates that was."""
    if days < 0:
        raise InvalidInput(f"天数不能是负数（{days}）：回收站保留最近几天删除的模板。")
    with lib.change() as change:
        purged = purge(change.db, days)
    return purged


def purge(db: Database, days: int) -> int:
    """Delete trash older than ``days``, and deleted categories nothing refers to any more. Call inside a write."""
    before = datetime.now().astimezone() - timedelta(days=days)
    trashed = db.execute("SELECT id, deleted_at FROM templates WHERE deleted_at IS NOT NULL").fetchall()
    old = [i for i, when in trashed if categories.is_before(when, before)]
    db.conn.executemany("DELETE FROM templates WHERE id = ?", [(i,) for i in old])
    categories.forget_deleted(db, before)
    return len(old)
