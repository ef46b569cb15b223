"""What the team lead does to categories: create, rename, delete (its replies to the trash or elsewhere), reorder.

These are ``Library`` methods (it calls them); each is one ``change()``, and deletes and reorders can be undone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..errors import InvalidInput
from ..folding import fold
from ..models import Category
from . import categories
from .template_edits import target_path
from .template_rows import deletion_stamp
from .undo import Step, place_of

if TYPE_CHECKING:
    from .store import Library


def create(lib: Library, path: str) -> Category:
    """Create a category at ``path`` (and its parent if needed); an existing path is refused."""
    wanted = "/".join(categories.parse_path(path))
    with lib.change() as change:
        existing = lib.tree.at(wanted)
        if existing is not None:
            raise InvalidInput(f"分类「{existing.path}」已经存在。")
        category_id = change.ensure_category(wanted)
    return lib.category(category_id)


def rename(lib: Library, ref: str | int, new_name: str) -> Category:
    """Rename a category; search finds its templates by the new name at once. A sibling's name is refused."""
    name = categories.check_name(new_name)
    with lib.change() as change:
        category = lib.tree.find(ref)
        for sibling in lib.tree.children(category.parent_id):
            if sibling.id != category.id and fold(sibling.name) == fold(name):
                where = f"「{lib.tree.path(category.parent_id)}」下" if category.parent_id else "一级分类里"
                raise InvalidInput(f"{where}已经有分类「{sibling.name}」：请换一个名字。")
        categories.rename(change.db, category.id, name)
        change.categories_changed()
    return lib.category(category.id)


def delete(lib: Library, ref: str | int, move_to: str | int | None = None) -> int:
    """Delete a category and its children; their templates go to ``move_to`` (created if needed) or the trash.

    Returns how many templates were moved or trashed. Undoable.
    """
    with lib.change() as change:
        category = lib.tree.find(ref)
        doomed = lib.tree.ids_under(category.id)
        gone = tuple((c.id, c.path) for c in lib.tree.ordered() if c.id in doomed)
        members = lib.templates(category.id)
        stamp = deletion_stamp()
        if move_to is None:
            change.to_trash([t.id for t in members], stamp)
        else:
            target = target_path(lib, move_to)
            if fold(target) == fold(category.path) or fold(target).startswith(fold(category.path) + "/"):
                raise InvalidInput(
                    f"不能把回复移到「{target}」：它在要删除的分类「{category.path}」里面。请选一个别的分类。"
                )
            change.append_to(change.ensure_category(target), [t.id for t in members])
        categories.mark_deleted(change.db, doomed, stamp)
        change.categories_changed()
        places = tuple(place_of(t) for t in members)
        change.undoable(Step(f"删除分类「{category.path}」", places, from_trash=move_to is None, categories=gone))
    return len(members)


def reorder(lib: Library, parent: str | int | None, ordered_ids: Sequence[int]) -> None:
    """Put the children of ``parent`` (None: the top level) in the order of ``ordered_ids``. Undoable."""
    with lib.change() as change:
        parent_id = None if parent is None else lib.tree.find(parent).id
        current = lib.tree.children(parent_id)
        if sorted(ordered_ids) != sorted(c.id for c in current):
            where = "一级分类" if parent_id is None else f"「{lib.tree.path(parent_id)}」的子分类"
            raise InvalidInput(f"{where}的新顺序和现有的分类对不上（可能刚被改过）：请刷新后再调整。")
        if list(ordered_ids) == [c.id for c in current]:
            return
        categories.set_positions(change.db, [(category_id, n) for n, category_id in enumerate(ordered_ids)])
        # Library order, and so every template's place in the search's ties, follows category positions.
        change.library_order_changed()
        change.undoable(Step("调整分类顺序", positions=tuple((c.id, c.position) for c in current)))
