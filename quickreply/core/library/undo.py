"""Undo of the last deletes and moves, and putting templates back where they were (undo, restore from the trash).

Each undoable change records what it needs to be put back — where each template was, which categories it deleted,
the category order before — as a ``Step`` on the library's in-memory stack. Edits of a template's text are not
undone here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..search.search_columns import search_columns
from . import categories
from .template_rows import next_position

if TYPE_CHECKING:
    from ..models import Template
    from .change import Change
    from .store import Library

#: How many changes an agent can step back through.
DEPTH = 20


@dataclass(frozen=True)
class Place:
    """Where a template was: its category (with the path, in case the category must be made again) and position."""

    template_id: int
    category_id: int
    category: str
    position: int


@dataclass(frozen=True)
class Step:
    """One change that can be undone.

    Args:
        label: what was done, in the agent's words (``删除 3 条回复``); the menu shows it.
        places: templates to put back where they were.
        from_trash: the change put ``places`` in the trash; undoing takes them out again.
        categories: deleted categories to bring back, as ``(id, path)``, parents first.
        positions: category positions to restore, as ``(id, position)``.
    """

    label: str
    places: tuple[Place, ...] = ()
    from_trash: bool = False
    categories: tuple[tuple[int, str], ...] = ()
    positions: tuple[tuple[int, int], ...] = ()


class History:
    """The steps an agent can undo, newest last, at most ``DEPTH``."""

    def __init__(self) -> None:
        self._steps: list[Step] = []

    def push(self, step: Step) -> None:
        self._steps.append(step)
        del self._steps[:-DEPTH]

    def last(self) -> Step | None:
        return self._steps[-1] if self._steps else None

    def drop_last(self) -> None:
        self._steps.pop()

    def label(self) -> str | None:
        """What undo would undo (``删除 3 条回复``), for a menu label."""
        return self._steps[-1].label if self._steps else None


def place_of(template: Template) -> Place:
    """Where a live template is now."""
    return Place(template.id, template.category_id, template.category, template.position)


def put_back(change: Change, places: Sequence[Place], *, from_trash: bool) -> list[str]:
    """Return templates to their places (out of the trash too, with ``from_trash``).

    A category deleted since comes back (``categories.revive``). A template whose category could not come back
    in its old place goes to the end of the one that took its path. One whose shortcut code another template has
    taken since comes back without it; the returned notes say so, one per template. Templates deleted for good
    since, or (``from_trash``) already out of the trash, are left alone.
    """
    db = change.db
    notes = []
    for place in places:
        row = db.execute(
            "SELECT deleted_at, title, body, shortcut_key, tags, phrasings FROM templates WHERE id = ?",
            (place.template_id,),
        ).fetchone()
        if row is None or (from_trash and row[0] is None):
            continue
        title, body, code, tags, phrasings = row[1:]
        category_id = categories.revive(db, place.category_id, place.category)
        values: dict[str, object] = {
            "category_id": category_id,
            "position": place.position if category_id == place.category_id else next_position(db, category_id),
        }
        if from_trash:
            values["deleted_at"] = None
            holder = (
                code
                and db.execute(
                    "SELECT title FROM templates WHERE shortcut_key = ? AND deleted_at IS NULL AND id != ?",
                    (code, place.template_id),
                ).fetchone()
            )
            if holder:
                columns = search_columns([(title, body, None, json.loads(tags), json.loads(phrasings))])[0]
                values.update(shortcut=None, **columns.as_row())
                notes.append(
                    f"快捷码「{code}」已被模板「{holder[0]}」使用，恢复的「{title}」没有快捷码了，可在编辑时另设一个。"
                )
        change.update_template(place.template_id, values)
    change.categories_changed()  # a category may have come back
    return notes


def undo(lib: Library) -> str | None:
    """Undo the last delete or move made through this library; what was undone, or None when nothing is left."""
    step = lib.history.last()
    if step is None:
        return None
    with lib.change() as change:
        for category_id, path in step.categories:
            categories.revive(change.db, category_id, path)
        notes = put_back(change, step.places, from_trash=step.from_trash)
        categories.set_positions(change.db, step.positions)
        if step.positions:
            change.library_order_changed()  # every template's place in library order may have changed
    lib.history.drop_last()
    return "；".join([f"已撤销：{step.label}", *notes])
