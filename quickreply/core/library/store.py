"""The reply library: categories and templates in SQLite, with an in-memory search index kept in step."""

from __future__ import annotations

import gc
import json
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .. import gc_pause
from ..errors import InvalidInput, LibraryDamaged, NotFound, QuickReplyError, ShortcutClash
from ..folding import shortcut_key, terms
from ..models import Category, Hit, Template, TrashedTemplate
from ..search import signature
from ..search.frecency import frecency_after_use
from ..search.highlight import title_spans
from ..search.index import SearchIndex
from ..search.records import Record, base_order_key
from ..search.search_columns import SearchColumns, search_columns
from . import categories, organize, transactions
from . import trash as trashcan
from . import undo as undoing
from .categories import CategoryTree
from .field_limits import check_fields
from .field_limits import split_tags as split_tags  # the UI's editor splits typed tags the same way
from .migrations import migrate
from .settings import SIGNATURE_VERSION, RememberedValues, Settings
from .template_rows import (
    CATEGORY,
    FAVORITE,
    FRECENCY,
    ID,
    POSITION,
    SELECT,
    SHORTCUT_KEY,
    SIGNATURE,
    next_position,
    now_iso,
    template_of,
)

DB_NAME = "library.db"
#: How long a copy waits for another process's write before keeping its use for later (see ``record_use``).
USE_WAIT_MS = 200
CLOSE_WAIT_MS = 5000


def _damaged(path: Path, error: Exception) -> LibraryDamaged:
    return LibraryDamaged(
        f"资料库 {path} 已损坏，打不开（{error}）。请关闭快捷回复后运行 quickreply restore-backup "
        "恢复最近一次备份（损坏的文件会留在原处备查）；quickreply check 可以查看详情。"
    )


@dataclass
class _Memory:
    """What a library keeps in memory: the category tree, the rows by id, counts per category, the search index."""

    tree: CategoryTree
    rows: dict[int, tuple[Any, ...]]
    counts: Counter[int]
    index: SearchIndex


class Library:
    """One agent's library in one data home.

    Every write is one transaction; the search index is updated right after it commits, so a search never sees
    half a change.
    """

    def __init__(self, home: Path):
        self.home = Path(home)
        self.path = self.home / DB_NAME
        try:
            self.home.mkdir(parents=True, exist_ok=True)
            # No sqlite-utils plugins: QuickReply uses none, and looking them up scans every installed package (30 ms).
            self.db = Database(self.path, execute_plugins=False)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 5000")
            self.db.enable_wal()
            migrate(self.db)
        except sqlite3.DatabaseError as exc:
            raise _damaged(self.path, exc) from exc
        except OSError as exc:
            raise LibraryDamaged(f"无法创建数据目录 {self.home}：{exc.strerror or exc}") from exc
        self._categories_changed = False
        self._memory: _Memory | None = None
        self.settings = Settings(self.db)
        self.values = RememberedValues(self.db)
        self._undo: list[undoing.Step] = []
        self._pending_uses: list[tuple[int, float, dict[str, str]]] = []
        try:
            self._prepare()
            self._load()
        except sqlite3.OperationalError as exc:
            self.db.close()
            if transactions.busy(exc):
                raise LibraryDamaged("资料库正被另一个程序占用，请稍后再试。") from exc
            raise _damaged(self.path, exc) from exc  # e.g. text that is no longer UTF-8: garbage in the file
        except sqlite3.DatabaseError as exc:  # a damaged page deep in the file shows only when it is read
            self.db.close()
            raise _damaged(self.path, exc) from exc

    def _prepare(self) -> None:
        """What each open does before loading: search columns of an older version recomputed, old trash emptied."""
        stored = self.settings.get(SIGNATURE_VERSION)
        if stored == SIGNATURE_VERSION.default:  # a new library: nothing to recompute
            with transactions.write(self.db):
                self.settings.put(SIGNATURE_VERSION, signature.VERSION)
        elif stored != signature.VERSION:
            self._recompute_search_columns()
        # Another process busy writing: the next start empties the old trash.
        with suppress(sqlite3.OperationalError), transactions.write(self.db):
            trashcan.purge(self.db, trashcan.KEEP_DAYS)

    # --- loading ------------------------------------------------------------------------------------------------

    def _data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def sync(self) -> bool:
        """Reload if another process (the CLI beside the GUI) committed a change since; True when it did.

        Cheap (one PRAGMA, no table read); the GUI calls it when the popup opens, never per keystroke.
        """
        if self._data_version() == self._loaded_version:
            return False
        self.settings.forget()
        self.values.forget()
        self._load()
        return True

    def _load(self) -> None:
        # Loading creates a million small objects; the cyclic GC would walk all of them again and again, and later
        # during keystrokes. None of them form cycles, so pause it and then move them out of its way (freeze).
        with gc_pause.paused():
            self._load_all()
        gc.freeze()

    def _load_all(self) -> None:
        self._memory = None
        self._loaded_version = self._data_version()
        tree = CategoryTree(self.db)
        rows = self._in_base_order(tree, self.db.execute(SELECT + "WHERE t.deleted_at IS NULL").fetchall())
        records = [Record(row, tree.rank(row[CATEGORY])) for row in rows]
        shortcuts = {row[SHORTCUT_KEY]: row[ID] for row in rows if row[SHORTCUT_KEY]}
        self._memory = _Memory(
            tree,
            {row[ID]: row for row in rows},
            Counter(row[CATEGORY] for row in rows),
            SearchIndex(records, [row[SIGNATURE] for row in rows], tree.search_forms(), shortcuts),
        )

    def _unload(self) -> None:
        """Forget what is in memory after a write too large to apply row by row (an import): the next read loads it
        again. The import's own library is often closed right after (the CLI, the GUI's worker), so this saves
        loading it for nothing.
        """
        self._memory = None

    def _loaded(self) -> _Memory:
        if self._memory is None:
            self._load()
        assert self._memory is not None
        return self._memory

    @property
    def tree(self) -> CategoryTree:
        return self._loaded().tree

    @property
    def index(self) -> SearchIndex:
        return self._loaded().index

    @property
    def _rows(self) -> dict[int, tuple[Any, ...]]:
        return self._loaded().rows

    @property
    def _counts(self) -> Counter[int]:
        return self._loaded().counts

    @staticmethod
    def _in_base_order(tree: CategoryTree, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Rows in the search index's base order (``core.searchable.base_order_key``).

        Used or favourite templates are few and sorted by the full key; all the others tie on frecency and favourite,
        so library order alone decides, packed into one integer that sorts at C speed.
        """
        rank = tree.ranks
        noted = [row for row in rows if row[FRECENCY] is not None or row[FAVORITE]]
        noted.sort(key=lambda row: base_order_key(row, tree.rank(row[CATEGORY])))
        place = {cat: n for n, cat in enumerate(sorted(rank, key=rank.__getitem__))}
        last = len(place)
        rest = [row for row in rows if row[FRECENCY] is None and not row[FAVORITE]]
        rest.sort(key=lambda row: (place.get(row[CATEGORY], last) << 80) | (row[POSITION] << 40) | row[ID])
        return noted + rest

    def _record(self, row: Sequence[Any]) -> Record:
        return Record(row, self.tree.rank(row[CATEGORY]))

    def _template(self, row: Sequence[Any]) -> Template:
        return template_of(row, self.tree.path(row[CATEGORY]))

    def _refresh(self, template_ids: Iterable[int]) -> None:
        """Re-read changed templates after a commit and hand them to the index."""
        ids = list(template_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(SELECT + f"WHERE t.id IN ({marks}) AND t.deleted_at IS NULL", chunk).fetchall()
            for row in rows:
                self._forget_shortcut(row[ID])
                old = self._rows.get(row[ID])
                if old is not None:
                    self._counts[old[CATEGORY]] -= 1
                self._counts[row[CATEGORY]] += 1
                self._rows[row[ID]] = row
                self.index.put(self._record(row))
                if row[SHORTCUT_KEY]:
                    self.index.shortcuts[row[SHORTCUT_KEY]] = row[ID]
            for gone in set(chunk) - {row[ID] for row in rows}:
                self._forget_shortcut(gone)
                old = self._rows.pop(gone, None)
                if old is not None:
                    self._counts[old[CATEGORY]] -= 1
                self.index.drop(gone)
        if self.index.stale:
            self._load()

    def _forget_shortcut(self, template_id: int) -> None:
        old = self._rows.get(template_id)
        if old is not None and old[SHORTCUT_KEY] and self.index.shortcuts.get(old[SHORTCUT_KEY]) == template_id:
            del self.index.shortcuts[old[SHORTCUT_KEY]]

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction; turns SQLite's complaints into messages an agent can act on."""
        if not self.db.conn.in_transaction:
            self.sync()
        try:
            with transactions.write(self.db):
                yield
        except sqlite3.OperationalError as exc:
            if transactions.busy(exc):
                raise LibraryDamaged("资料库正被另一个程序占用，请稍后再试。") from exc
            raise LibraryDamaged(f"写入资料库失败：{exc}") from exc

    def close(self) -> None:
        with suppress(QuickReplyError, sqlite3.Error):
            self._write_uses(CLOSE_WAIT_MS)  # uses kept while another process was writing
        self.db.close()

    # --- categories ---------------------------------------------------------------------------------------------

    def categories(self) -> list[Category]:
        """All categories, each top-level one followed by its children, in the lead's order, with their counts."""
        return self.tree.ordered(self._counts)

    def category(self, ref: str | int) -> Category:
        """A category by id or by path (``售后/退款时效``, or just ``售后``), with its own template count."""
        found = self.tree.find(ref)
        return replace(found, count=self._counts[found.id])

    def _ensure_category(self, path: str) -> int:
        category_id, created = categories.ensure(self.db, path)
        self._categories_changed = self._categories_changed or created
        return category_id

    def _after_write(self, template_ids: Iterable[int]) -> None:
        """Bring memory in line with a committed write (or with everything, if another process wrote too)."""
        changed, self._categories_changed = self._categories_changed, False
        if self.sync():
            return
        if changed:  # a new category: nothing else moves (see CategoryRank), so only names and counts change
            memory = self._loaded()
            memory.tree = CategoryTree(self.db)
            memory.index.categories = {c.id: c for c in memory.tree.search_forms()}
        self._refresh(template_ids)

    # --- templates: reading -------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._rows)

    def templates(self, category: str | int | None = None) -> list[Template]:
        """Templates in library order (category order, then position), optionally of one category and its children."""
        ids = self.tree.ids_under(category) if category is not None else None
        rows = [r for r in self._rows.values() if ids is None or r[CATEGORY] in ids]
        rows.sort(key=lambda r: (self.tree.rank(r[CATEGORY]), r[POSITION], r[ID]))
        return [self._template(r) for r in rows]

    def get(self, ref: str | int) -> Template:
        """A template by id or by shortcut code; ``NotFound`` names the reference when there is none."""
        text = str(ref).strip()
        if text.isdigit() and int(text) in self._rows:
            return self._template(self._rows[int(text)])
        template_id = self.index.shortcuts.get(shortcut_key(text)) if text else None
        if template_id is not None and template_id in self._rows:
            return self._template(self._rows[template_id])
        raise NotFound(f"找不到模板「{ref}」：请填写模板编号或快捷码，可用 quickreply search 查找。")

    def search(self, query: str, limit: int = 50, category: str | int | None = None) -> list[Hit]:
        """Templates matching what the agent typed, best first (see ``core.search`` for the ranking).

        A first word ``@分类`` (``@售后``, ``@退款``, ``@sh``) limits the search to the categories it names.
        """
        ids = self.tree.ids_under(category) if category is not None else None
        words = query.split(maxsplit=1)
        if words and words[0].startswith(("@", "＠")) and len(words[0]) > 1:
            named = self.tree.named(words[0][1:])
            ids = named if ids is None else ids & named
            if not ids:
                return []
            query = words[1] if len(words) > 1 else ""
        hits = []
        query_terms = terms(query)
        for record, tier in self.index.search(query, limit=limit, categories=ids):
            template = self._template(self._rows[record.id])
            _, initials, pinyin = record.fields[:3]
            spans = tuple(title_spans(query_terms, template.title, initials, pinyin))
            hits.append(Hit(template, float(5 - tier), tier, spans))
        return hits

    # --- templates: writing -------------------------------------------------------------------------------------

    def _many(self, ids: Iterable[int]) -> list[Template]:
        """Templates by id, each once, in the order given; ``NotFound`` names the first that is not in the library."""
        return [self.get(template_id) for template_id in dict.fromkeys(ids)]

    def _check_shortcut(self, code: str | None, own_id: int | None) -> None:
        if not code:
            return
        other = self.index.shortcuts.get(code)
        if other is not None and other != own_id and other in self._rows:
            taken = self._template(self._rows[other])
            raise ShortcutClash(
                f"快捷码「{code}」已被模板「{taken.title}」（{taken.category}，编号 {other}）使用，请换一个。"
            )

    def add(
        self,
        category: str,
        title: str,
        body: str,
        shortcut: str | None = None,
        tags: str | Iterable[str] | None = None,
        favorite: bool = False,
    ) -> Template:
        """Add a template (creating its category if needed) and return it."""
        tag_list = split_tags(tags)
        code = shortcut_key(shortcut) if shortcut else None
        check_fields(title, body, shortcut, tag_list)
        self._check_shortcut(code, None)
        columns = search_columns([(title, body, code, tag_list)])[0]
        with self._write():
            category_id = self._ensure_category(category)
            template_id = self._insert(category_id, title, body, code, tag_list, favorite, columns)
        self._after_write([template_id])
        return self.get(template_id)

    def _insert(
        self,
        category_id: int,
        title: str,
        body: str,
        code: str | None,
        tags: Sequence[str],
        favorite: bool,
        columns: SearchColumns,
        extra: dict[str, object] | None = None,
    ) -> int:
        stamp = now_iso()
        position = next_position(self.db, category_id)
        row: dict[str, object] = {
            "category_id": category_id,
            "title": title.strip(),
            "body": body,
            "shortcut": code,
            "tags": json.dumps(list(tags), ensure_ascii=False),
            "favorite": int(favorite),
            "position": position,
            "created": stamp,
            "updated": stamp,
            **columns.as_row(),
            **(extra or {}),
        }
        try:
            cursor = self.db.execute(
                f"INSERT INTO templates ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
            )
        except sqlite3.IntegrityError as exc:
            if "shortcut" in str(exc):
                raise ShortcutClash(f"快捷码「{code}」已被另一个模板使用，请换一个。") from exc
            raise
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def update(
        self,
        ref: str | int,
        *,
        title: str | None = None,
        body: str | None = None,
        shortcut: str | None = None,
        tags: str | Iterable[str] | None = None,
        category: str | None = None,
        favorite: bool | None = None,
    ) -> Template:
        """Change some fields of a template. An empty ``shortcut`` ("") removes the code."""
        current = self.get(ref)
        new_title = current.title if title is None else title
        new_body = current.body if body is None else body
        new_tags = current.tags if tags is None else split_tags(tags)
        code = current.shortcut if shortcut is None else shortcut_key(shortcut) or None
        check_fields(new_title, new_body, shortcut, new_tags)
        self._check_shortcut(code, current.id)
        columns = search_columns([(new_title, new_body, code, new_tags)])[0]
        with self._write():
            category_id = self._ensure_category(category) if category is not None else current.category_id
            values: dict[str, object] = {
                "title": new_title.strip(),
                "body": new_body,
                "shortcut": code,
                "tags": json.dumps(list(new_tags), ensure_ascii=False),
                "category_id": category_id,
                "updated": now_iso(),
                **columns.as_row(),
            }
            if favorite is not None:
                values["favorite"] = int(favorite)
            if category_id != current.category_id:
                values["position"] = next_position(self.db, category_id)
            self.db.execute(
                f"UPDATE templates SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                [*values.values(), current.id],
            )
        self._after_write([current.id])
        return self.get(current.id)

    def set_favorite(self, ref: str | int, favorite: bool) -> Template:
        template = self.get(ref)
        with self._write():
            self.db.execute("UPDATE templates SET favorite = ? WHERE id = ?", (int(favorite), template.id))
        self._after_write([template.id])
        return self.get(template.id)

    def remove(self, ref: str | int) -> Template:
        """Move a template to the trash (it keeps everything and can be restored). Undoable."""
        return self.remove_many([self.get(ref).id])[0]

    def record_use(self, ref: str | int, when: float | None = None, values: dict[str, str] | None = None) -> Template:
        """Count one use (a copy): use count, last used, frecency, and a row in the usage log (for statistics); and
        remember the ``values`` the agent filled in.

        A copy never waits long for another process's write (a big import holds the library for seconds): after
        ``USE_WAIT_MS`` the use is kept in memory and written with the next copy, or when the library is closed.
        """
        template = self.get(ref)
        moment = time.time() if when is None else when
        self._pending_uses.append((template.id, moment, dict(values or {})))
        self._write_uses(USE_WAIT_MS)
        return self.get(template.id)

    def _write_uses(self, wait_ms: int) -> bool:
        """Write the uses kept so far, in one transaction; False when another process's write is still going on."""
        pending = self._pending_uses[:]
        if not pending:
            return True
        frecency: dict[int, float] = {}
        try:
            with transactions.waiting_at_most(self.db, wait_ms):
                self.sync()
                with transactions.write(self.db):
                    for template_id, moment, values in pending:
                        self.values.remember(values)
                        row = self._rows.get(template_id)
                        if row is None:  # deleted in the meantime, by another process
                            continue
                        frecency[template_id] = frecency_after_use(frecency.get(template_id, row[FRECENCY]), moment)
                        stamp = datetime.fromtimestamp(moment).astimezone().isoformat(timespec="seconds")
                        self.db.execute(
                            "UPDATE templates SET use_count = use_count + 1, "
                            "last_used = max(ifnull(last_used, ''), ?), frecency = ? WHERE id = ?",
                            (stamp, frecency[template_id], template_id),
                        )
                        self.db.execute("INSERT INTO uses (template_id, used_at) VALUES (?, ?)", (template_id, stamp))
        except sqlite3.OperationalError as exc:
            if transactions.busy(exc):
                return False
            raise LibraryDamaged(f"写入资料库失败：{exc}") from exc
        del self._pending_uses[: len(pending)]
        self._after_write(frecency)
        return True

    def add_many(self, items: Sequence[dict[str, Any]]) -> list[int]:
        """Add many templates in one transaction (the bundled library, imports).

        Each item has ``category``, ``title``, ``body`` and optionally ``shortcut``, ``tags``, ``favorite``. Either
        all are added or, on the first bad item, none (the error names it).
        """
        prepared = []
        codes: dict[str, str] = {}
        for number, item in enumerate(items, start=1):
            tags = split_tags(item.get("tags"))
            code = shortcut_key(item["shortcut"]) if item.get("shortcut") else None
            try:
                check_fields(item["title"], item["body"], code, tags)
                self._check_shortcut(code, None)
            except (InvalidInput, ShortcutClash) as exc:
                raise type(exc)(f"第 {number} 条（{item['title'][:20]}）：{exc}") from exc
            if code and code in codes:
                raise ShortcutClash(
                    f"第 {number} 条（{item['title'][:20]}）：快捷码「{code}」与「{codes[code]}」重复。"
                )
            if code:
                codes[code] = item["title"]
            prepared.append((item, code, tags))
        columns = search_columns([(i["title"], i["body"], c, t) for i, c, t in prepared])
        ids = []
        with self._write():
            for (item, code, tags), cols in zip(prepared, columns, strict=True):
                category_id = self._ensure_category(item["category"])
                ids.append(
                    self._insert(category_id, item["title"], item["body"], code, tags, bool(item.get("favorite")), cols)
                )
        self._categories_changed = False
        if len(ids) >= 1000 and not self.db.conn.in_transaction:
            # Fold a big write back into the main file now, so the next start does not read it from the WAL.
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._load()
        return ids

    # --- organising: categories, many templates at once, the trash, undo --------------------------------------
    # The work is done in organize.py, trash.py and undo.py; each call is one transaction, the index kept in step.

    def create_category(self, path: str) -> Category:
        """Create a category at ``path`` (and its parent if needed); an existing path is refused."""
        return organize.create_category(self, path)

    def rename_category(self, ref: str | int, new_name: str) -> Category:
        """Rename a category; search finds its templates by the new name at once. A sibling's name is refused."""
        return organize.rename_category(self, ref, new_name)

    def category_contents(self, ref: str | int) -> tuple[int, int]:
        """(templates in the category, its children's included; number of child categories)."""
        return organize.category_contents(self, ref)

    def delete_category(self, ref: str | int, move_to: str | int | None = None) -> int:
        """Delete a category and its children; their templates go to ``move_to`` (created if needed) or the trash.

        Returns how many templates were moved or trashed. Undoable.
        """
        return organize.delete_category(self, ref, move_to)

    def reorder_categories(self, parent: str | int | None, ordered_ids: Sequence[int]) -> None:
        """Put the children of ``parent`` (None: the top level) in the order of ``ordered_ids``. Undoable."""
        organize.reorder_categories(self, parent, ordered_ids)

    def move_templates(self, ids: Sequence[int], category: str | int) -> list[Template]:
        """Move templates to the end of a category (a path, created if needed, or a live category id). Undoable."""
        return organize.move_templates(self, ids, category)

    def remove_many(self, ids: Sequence[int]) -> list[Template]:
        """Move templates to the trash, all or none. Undoable."""
        return trashcan.remove_many(self, ids)

    def tag_many(self, ids: Sequence[int], add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
        """Add and remove tags on many templates at once."""
        organize.tag_many(self, ids, add, remove)

    def favorite_many(self, ids: Sequence[int], favorite: bool) -> None:
        """Favourite or un-favourite many templates at once."""
        organize.favorite_many(self, ids, favorite)

    def duplicate(self, ref: str | int) -> Template:
        """A copy right after the original: title + "（副本）", no shortcut, not a favourite, never used."""
        return organize.duplicate(self, ref)

    def add_from_text(self, text: str, category: str) -> Template:
        """A new template from copied text (新建自剪贴板): its first line, up to 20 characters, is the title."""
        return organize.add_from_text(self, text, category)

    def trash(self) -> list[TrashedTemplate]:
        """What the trash holds, most recently deleted first."""
        return trashcan.trash(self)

    def restore(self, ref: str | int) -> tuple[Template, str | None]:
        """Take a template out of the trash into its category; a note when its shortcut code was taken meanwhile."""
        return trashcan.restore(self, ref)

    def delete_forever(self, ids: Sequence[int]) -> int:
        """Delete templates that are in the trash for good; any other id is refused and nothing is deleted."""
        return trashcan.delete_forever(self, ids)

    def purge_trash(self, days: int = trashcan.KEEP_DAYS) -> int:
        """Delete for good what has been in the trash longer than ``days`` (done on every open, with 30)."""
        return trashcan.purge_trash(self, days)

    def undo(self) -> str | None:
        """Undo the last delete or move made here; what was undone (``已撤销：删除 3 条回复``), or None."""
        return undoing.undo(self)

    def can_undo(self) -> str | None:
        """What ``undo`` would undo (``删除 3 条回复``), for a menu label; None when nothing."""
        return self._undo[-1].label if self._undo else None

    def _recompute_search_columns(self) -> None:
        """Signatures or pinyin rules changed in this version: recompute the stored search columns once."""
        rows = self.db.execute("SELECT id, title, body, shortcut, tags FROM templates").fetchall()
        columns = search_columns([(r[1], r[2], r[3], json.loads(r[4])) for r in rows])
        with transactions.write(self.db):  # before the first load: nothing in memory to keep in step yet
            for row, cols in zip(rows, columns, strict=True):
                values = cols.as_row()
                self.db.execute(
                    f"UPDATE templates SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                    [*values.values(), row[0]],
                )
            self.settings.put(SIGNATURE_VERSION, signature.VERSION)
