"""The reply library: categories and templates in SQLite, with an in-memory search index kept in step.

Reads are answered from memory (``core.library.memory``). Every write is one ``Library.change()``
(``core.library.change``); the modules beside this one (template and category edits, the trash, undo, uses) are
the writes, and ``Library`` offers them as methods.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..errors import LibraryBusy, LibraryDamaged, NotFound, QuickReplyError
from ..folding import is_cjk, shortcut_key, terms
from ..models import Category, Hit, Template
from ..search import signature
from ..search.buyer_text import MESSAGE_CHARS, reads_like_message
from ..search.highlight import title_spans
from ..search.index import SearchIndex
from . import category_edits, learned, opening, template_edits, transactions, uses
from . import trash as trashcan
from . import undo as undoing
from .buyer_search import literal_reason, meaning_reason
from .categories import CategoryTree
from .change import Change
from .field_limits import split_tags as split_tags  # the UI's editor splits typed tags the same way
from .memory import Memory
from .migrations import migrate
from .remembered import RememberedValues
from .settings import FUZZY_PINYIN, SIGNATURE_VERSION, Settings
from .template_rows import CATEGORY, FRECENCY, ID, POSITION, template_of

DB_NAME = "library.db"


def _damaged(path: Path, error: Exception) -> LibraryDamaged:
    return LibraryDamaged(
        f"资料库 {path} 已损坏，打不开（{error}）。请关闭快捷回复后运行 quickreply restore-backup "
        "恢复最近一次备份（损坏的文件会留在原处备查）；quickreply check 可以查看详情。"
    )


def _unwritable(error: sqlite3.DatabaseError) -> bool:
    """SQLite could not write beside the file (its -wal, -shm) or into it: a read-only folder, not damage."""
    return str(getattr(error, "sqlite_errorname", "")).startswith("SQLITE_READONLY")


def _read_only(home: Path, path: Path) -> LibraryDamaged:
    return LibraryDamaged(
        f"无法打开资料库 {path}：数据目录 {home} 是只读的（或没有写入权限）。资料库本身没有损坏，不要用备份恢复："
        "请让管理员开放这个文件夹的写入权限，或用 --home 指定一个可以写入的数据目录。"
    )


class Library:
    """One agent's library in one data home.

    Every write is one ``change()``; memory is updated right after it commits, so a search never sees half a change.
    """

    def __init__(self, home: Path, *, file: Path | None = None):
        """Open the library of ``home`` (``library.db``), or ``file`` there: a new library being made, whole, before
        it takes its place (``core.home``).

        Raises:
            LibraryDamaged: the library is damaged, empty, missing from a home that had one (``opening``), or
                another program's database (``NotOurLibrary``, left untouched); the message says the way back.
        """
        self.home = Path(home)
        self.path = file or self.home / DB_NAME
        existed = opening.refuse_lost(self.home) if file is None else False
        db: Database | None = None
        try:
            self.home.mkdir(parents=True, exist_ok=True)
            # No sqlite-utils plugins: QuickReply uses none, and looking them up scans every installed package (30 ms).
            db = Database(self.path, execute_plugins=False)
            opening.refuse_foreign(self.home, db.conn, existed=existed)  # before the first write (WAL mode is one)
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA busy_timeout = 5000")
            db.enable_wal()
            migrate(db)
        except (sqlite3.DatabaseError, OSError, LibraryDamaged) as exc:
            if db is not None:
                db.close()
            if isinstance(exc, sqlite3.DatabaseError):
                raise (_read_only(self.home, self.path) if _unwritable(exc) else _damaged(self.path, exc)) from exc
            if isinstance(exc, OSError):
                raise LibraryDamaged(f"无法创建数据目录 {self.home}：{exc.strerror or exc}") from exc
            raise
        self.db = db
        self._memory: Memory | None = None
        self._loaded_version = -1
        self._change: Change | None = None
        self.settings = Settings(self.db)
        self.settings.learning_forgotten = self._learned_forgotten
        self.values = RememberedValues(self.db)
        self.history = undoing.History()
        self.pending_uses = uses.PendingUses()
        try:
            self._prepare()
            self._load()
        except sqlite3.OperationalError as exc:
            self.db.close()
            if transactions.busy(exc):
                raise LibraryBusy() from exc
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
            with transactions.write(self.db):  # before the first load: nothing in memory to keep in step yet
                template_edits.recompute_search_columns(self.db)
                self.settings.put(SIGNATURE_VERSION, signature.VERSION)
        # Another process busy writing: the next start empties the old trash.
        with suppress(sqlite3.OperationalError), transactions.write(self.db):
            trashcan.purge(self.db, trashcan.KEEP_DAYS)

    # --- memory -------------------------------------------------------------------------------------------------

    def _data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def sync(self) -> bool:
        """Reload if another process (the CLI beside the GUI) committed a change since; True when it did.

        Cheap (one PRAGMA, no table read); the GUI calls it when the popup opens, never per keystroke.
        """
        if self._data_version() == self._loaded_version:
            return False
        self.reload()
        return True

    def reload(self) -> None:
        """Read everything again (after the file itself was replaced, e.g. by a restore from a backup)."""
        self.settings.forget()
        self.values.forget()
        self._load()

    def _load(self) -> None:
        self._memory = None
        self._loaded_version = self._data_version()
        self._memory = Memory(self.db)

    def _loaded(self) -> Memory:
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

    # --- writing ------------------------------------------------------------------------------------------------

    @contextmanager
    def change(self) -> Iterator[Change]:
        """One write: catch up with other processes, take the write lock, and on commit bring memory in line with
        what the change says it touched. Inside another change it is part of that one (a savepoint).

        Raises:
            LibraryBusy: another program held the library longer than the busy timeout.
            LibraryDamaged: SQLite could not write (a full disk, a damaged file).
        """
        outer = self._change
        if outer is not None:
            steps = len(outer.steps)
            try:
                with transactions.write(self.db):
                    yield outer
            except BaseException:
                del outer.steps[steps:]  # the savepoint's undo steps were rolled back with it
                raise
            return
        if not self.db.conn.in_transaction:
            self.sync()
        change = Change(self.db)
        self._change = change
        try:
            with transactions.write(self.db):
                yield change
        except sqlite3.OperationalError as exc:
            if transactions.busy(exc):
                raise LibraryBusy() from exc
            raise LibraryDamaged(f"写入资料库失败：{exc}") from exc
        finally:
            self._change = None
        self._after(change)

    def _after(self, change: Change) -> None:
        """Bring memory in line with a committed change (or with everything, if another process wrote too)."""
        for step in change.steps:
            self.history.push(step)
        if change.too_many:
            # The import's own library is often closed right after (the CLI, the GUI's worker): load on next read.
            self._memory = None
            return
        if self.sync():
            return
        if change.order_changed:
            self._load()
            return
        memory = self._loaded()
        if change.learned:
            memory.buyer.learned_changed()
        if change.tree_changed:
            memory.categories_changed(self.db)
        if not memory.refresh(self.db, change.touched):
            self._load()

    def _learned_forgotten(self) -> None:
        if self._memory is not None:
            self._memory.buyer.learned_changed()

    def close(self) -> None:
        with suppress(QuickReplyError, sqlite3.Error):
            uses.write_pending(self, uses.CLOSE_WAIT_MS)  # uses kept while another process was writing
        self.db.close()

    # --- reading ------------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._loaded().rows)

    def __contains__(self, template_id: object) -> bool:
        """Whether a live template (not in the trash) has this id."""
        return template_id in self._loaded().rows

    def categories(self) -> list[Category]:
        """All categories, each top-level one followed by its children, in the lead's order, with their counts."""
        return self.tree.ordered(self._loaded().counts)

    def category(self, ref: str | int) -> Category:
        """A category by id or by path (``售后/退款时效``, or just ``售后``), with its own template count."""
        found = self.tree.find(ref)
        return replace(found, count=self._loaded().counts[found.id])

    def _template(self, row: Sequence[Any]) -> Template:
        return template_of(row, self.tree.path(row[CATEGORY]))

    def templates(self, category: str | int | None = None) -> list[Template]:
        """Templates in library order (category order, then position), optionally of one category and its children."""
        ids = self.tree.ids_under(category) if category is not None else None
        rows = [r for r in self._loaded().rows.values() if ids is None or r[CATEGORY] in ids]
        rows.sort(key=lambda r: (self.tree.rank(r[CATEGORY]), r[POSITION], r[ID]))
        return [self._template(r) for r in rows]

    def get(self, ref: str | int) -> Template:
        """A template by id or by shortcut code; ``NotFound`` names the reference when there is none."""
        text = str(ref).strip()
        rows = self._loaded().rows
        if text.isdigit() and int(text) in rows:
            return self._template(rows[int(text)])
        template_id = self.index.shortcuts.get(shortcut_key(text)) if text else None
        if template_id is not None and template_id in rows:
            return self._template(rows[template_id])
        raise NotFound(f"找不到模板「{ref}」：请填写模板编号或快捷码，可用 quickreply search 查找。")

    def frecency(self, template_id: int) -> float | None:
        """How often and how recently a live template was used (None: never); see ``core.search.frecency``."""
        value = self._loaded().rows[template_id][FRECENCY]
        return None if value is None else float(value)

    def prepare_meaning(self) -> None:
        """Start building the meaning search's index in the background (the app does, after start-up), so that the
        first pasted buyer message finds it ready: about a second at 100,000 templates."""
        self._loaded().buyer.prepare(self.path)

    def get_many(self, ids: Iterable[int]) -> list[Template]:
        """Templates by id, each once, in the order given; ``NotFound`` names the first that is not in the library."""
        return [self.get(template_id) for template_id in dict.fromkeys(ids)]

    def search(self, query: str, limit: int = 50, category: str | int | None = None) -> list[Hit]:
        """Templates matching what the agent typed, best first (see ``core.search.index`` for the ranking).

        A first word ``@分类`` (``@售后``, ``@退款``, ``@sh``) limits the search to the categories it names.
        """
        # A paste of a whole chat says no more than its first lines, and must not cost the agent a frame per key.
        query = query[:MESSAGE_CHARS]
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
        rows = self._loaded().rows
        heard_as_one: tuple[str, ...] = self.settings.get(FUZZY_PINYIN)
        fuzzy = frozenset(heard_as_one)
        for record, rank in self.index.search(query, limit=limit, categories=ids, fuzzy=fuzzy):
            template = self._template(rows[record.id])
            _, initials, pinyin = record.fields[:3]
            spans = partial(title_spans, query_terms, template.title, initials, pinyin, fuzzy)
            quality, tier = divmod(rank, 10)
            # Every quality below the one before it, whatever its tier: 5–1 as typed, then each a fifth of that.
            score = (5 - tier) * 0.2**quality
            hits.append(Hit(template, score, tier, spans, reason=literal_reason(record, query_terms, rank)))
        message = reads_like_message(query)
        # Letters alone (``tk sf``, ``liuyi``) are an agent's codes: what they miss, they miss. Chinese that finds
        # nothing literally (``包油``, ``退款 顺丰``) is matched by meaning rather than answered with nothing.
        buyer = self._loaded().buyer
        cjk = any(is_cjk(c) for c in query)
        # Chinese found only inside buyer phrasings (退差价 in a long phrasing of another reply) says little: which
        # reply means it is for the meaning search to say, as when nothing matched, with those hits after it.
        chinese_only = all(is_cjk(c) or not c.isalnum() for c in query)
        asked_only = chinese_only and bool(hits) and all(hit.reason.startswith("买家问法") for hit in hits)
        fallback = (not hits or asked_only) and cjk and buyer.ready  # a short query never waits for it
        if limit <= 0 or not (message or fallback):
            return hits
        # A buyer's message: matched by what it means, ahead of the letters; a short query gets them after its own.
        found = buyer.search(query, limit, categories=ids)
        meaning = [
            Hit(self._template(rows[m.template_id]), m.score, 5, reason=meaning_reason(m), by_meaning=True)
            for m in found
        ]
        first = message or (asked_only and bool(meaning))
        shown = {hit.template.id for hit in (meaning if first else hits)}
        rest = [hit for hit in (hits if first else meaning) if hit.template.id not in shown]
        return ((meaning + rest) if first else (hits + rest))[:limit]

    # --- writing ------------------------------------------------------------------------------------------------
    # Each write is a function of its module, taking the library first, and is one ``change()``; here they become
    # the library's methods, so the CLI and the UI call ``lib.add(…)``. Their docstrings are in those modules.

    add = template_edits.add
    update = template_edits.update

    def set_favorite(self, ref: str | int, favorite: bool) -> Template:
        template = self.get(ref)
        self.favorite_many([template.id], favorite)
        return self.get(template.id)

    add_many = template_edits.add_many
    record_use = uses.record_use

    # --- what it learns from buyers (``learned``) ----------------------------------------------------------------
    learned_for = learned.learned_for
    remove_learned = learned.remove_learned
    edit_learned = learned.edit_learned
    promote_learned = learned.promote_learned
    questions = learned.questions
    note_question = learned.note_question
    attach_question = learned.attach_question
    remove_question = learned.remove_question
    forget_learned = learned.forget

    def remove(self, ref: str | int) -> Template:
        """Move a template to the trash (it keeps everything and can be restored). Undoable."""
        return self.remove_many([self.get(ref).id])[0]

    remove_many = trashcan.remove_many
    move_templates = template_edits.move_templates
    tag_many = template_edits.tag_many
    favorite_many = template_edits.favorite_many
    duplicate = template_edits.duplicate
    add_from_text = template_edits.add_from_text

    # --- categories (``category_edits``) ------------------------------------------------------------------------

    create_category = category_edits.create
    rename_category = category_edits.rename

    def category_contents(self, ref: str | int) -> tuple[int, int]:
        """(templates in the category, its children's included; number of child categories)."""
        ids = self.tree.ids_under(ref)
        counts = self._loaded().counts
        return sum(counts[i] for i in ids), len(ids) - 1

    delete_category = category_edits.delete
    reorder_categories = category_edits.reorder

    # --- the trash and undo (``trash``, ``undo``) ---------------------------------------------------------------

    trash = trashcan.trash
    restore = trashcan.restore
    delete_forever = trashcan.delete_forever
    purge_trash = trashcan.purge_trash
    undo = undoing.undo

    def can_undo(self) -> str | None:
        """What ``undo`` would undo (``删除 3 条回复``), for a menu label; None when nothing."""
        return self.history.label()
