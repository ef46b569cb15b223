"""Numbered schema migrations. The database records which ones ran, and ``PRAGMA user_version`` says the latest.

Add a migration by appending a function to ``MIGRATIONS``; never edit one that has shipped.

Only a QuickReply library is migrated: ``PRAGMA application_id`` says whose a SQLite file is, and a library made
before it was set is known by its tables. Another program's database copied over ``library.db`` is refused as it is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Final

from sqlite_utils import Database

from ..errors import LibraryDamaged
from .transactions import write


def _script(db: Database, script: str) -> None:
    # executescript() would commit half-way; statements run one by one inside the caller's transaction instead.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _m1_initial(db: Database) -> None:
    _script(
        db,
        """
        CREATE TABLE categories (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES categories(id) ON DELETE RESTRICT,
            name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            search_initials TEXT NOT NULL DEFAULT '',
            search_pinyin TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE UNIQUE INDEX categories_name ON categories(ifnull(parent_id, 0), name);

        CREATE TABLE templates (
            id INTEGER PRIMARY KEY,
            category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE RESTRICT,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            shortcut TEXT,
            shortcut_key TEXT,
            tags TEXT NOT NULL DEFAULT '[]',
            favorite INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            use_count INTEGER NOT NULL DEFAULT 0,
            last_used TEXT,
            frecency REAL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted_at TEXT,
            pack_id TEXT,
            pack_item_id TEXT,
            pack_version TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            signature BLOB
        );
        CREATE UNIQUE INDEX templates_shortcut ON templates(shortcut_key)
            WHERE shortcut_key IS NOT NULL AND deleted_at IS NULL;
        CREATE INDEX templates_category ON templates(category_id, position);
        CREATE INDEX templates_pack ON templates(pack_id, pack_item_id);

        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE variable_values (name TEXT PRIMARY KEY, value TEXT NOT NULL, updated TEXT NOT NULL);
        """,
    )


def _m2_deleted_categories(db: Database) -> None:
    # A deleted category keeps its row (hidden) while templates in the trash still belong to it, so that restoring
    # one, or undoing the delete, brings the category back with its name and place. Names stay unique among the
    # live ones only. The trash index keeps listing and purging the trash cheap in a large library.
    _script(
        db,
        """
        ALTER TABLE categories ADD COLUMN deleted_at TEXT;
        DROP INDEX categories_name;
        CREATE UNIQUE INDEX categories_name ON categories(ifnull(parent_id, 0), name) WHERE deleted_at IS NULL;
        CREATE INDEX templates_trash ON templates(deleted_at) WHERE deleted_at IS NOT NULL;
        """,
    )


def _m3_fee_tables(db: Database) -> None:
    # Money and weights are TEXT holding Decimal strings, so "0.5" comes back as exactly 0.5 (REAL would not).
    # A zone is a JSON list of canonical provinces, or ["其他"]. The shop policy lives in settings (key shop_policy).
    _script(
        db,
        """
        CREATE TABLE couriers (
            name TEXT PRIMARY KEY,
            code TEXT NOT NULL,
            hotline TEXT NOT NULL DEFAULT '',
            tracking_patterns TEXT NOT NULL DEFAULT '[]',
            vol_divisor INTEGER,
            note TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE rate_rows (
            id INTEGER PRIMARY KEY,
            courier TEXT NOT NULL REFERENCES couriers(name) ON DELETE CASCADE ON UPDATE CASCADE,
            zone TEXT NOT NULL,
            first_kg TEXT,
            first_fee TEXT,
            step_kg TEXT,
            step_fee TEXT,
            eta_lo INTEGER,
            eta_hi INTEGER,
            reachable INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX rate_rows_courier ON rate_rows(courier, position);
        """,
    )


def _m4_packs(db: Database) -> None:
    # Installed template packs. A pack template remembers the hash of the content its pack delivered (pack_hash): when
    # its content no longer matches, the agent edited it, and an update keeps the agent's wording.
    _script(
        db,
        """
        CREATE TABLE packs (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            version TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL DEFAULT '',
            installed TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            lint_rules TEXT NOT NULL DEFAULT '[]'
        );
        ALTER TABLE templates ADD COLUMN pack_hash TEXT;
        """,
    )


def _m5_uses(db: Database) -> None:
    # One row per copy of a template (popup, tray, CLI): which one and when, nothing of the chat. A template deleted
    # for good takes its uses with it.
    _script(
        db,
        """
        CREATE TABLE uses (
            id INTEGER PRIMARY KEY,
            template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
            used_at TEXT NOT NULL
        );
        CREATE INDEX uses_template ON uses(template_id, used_at);
        CREATE INDEX uses_time ON uses(used_at);
        """,
    )


def _m6_flags_as_1_0(db: Database) -> None:
    # auto_paste and autostart were stored as "on"/"off"; every yes/no setting is now "1"/"0", as library_seeded and
    # told_no_tray always were, so there is one spelling to read. Anything but "on" meant off, and still does. The
    # version this adds makes an older QuickReply refuse the library instead of reading "1" as off.
    db.execute(
        "UPDATE settings SET value = CASE value WHEN 'on' THEN '1' ELSE '0' END "
        "WHERE key IN ('auto_paste', 'autostart')"
    )


def _m7_buyer_words(db: Database) -> None:
    # Buyer phrasings (买家问法) are part of a template's words, carried by packs and sheets; ``meaning`` holds the
    # weighted grams the meaning search reads (computed on write, recomputed on open when the format changes).
    # What the library learns from the agent lives apart, never in a pack unless the lead exports it: the messages
    # after which a reply was copied (learned phrasings) and those after which none was (buyer questions), both
    # cleaned of numbers, names and addresses before they are stored.
    _script(
        db,
        """
        ALTER TABLE templates ADD COLUMN phrasings TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE templates ADD COLUMN meaning BLOB NOT NULL DEFAULT x'';
        CREATE TABLE learned_phrasings (
            id INTEGER PRIMARY KEY,
            template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            key TEXT NOT NULL,
            times INTEGER NOT NULL DEFAULT 1,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            UNIQUE (template_id, key)
        );
        CREATE TABLE buyer_questions (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,
            times INTEGER NOT NULL DEFAULT 1,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL
        );
        CREATE INDEX buyer_questions_last ON buyer_questions(last_seen);
        """,
    )


def _m8_sample_couriers(db: Database) -> None:
    # A courier whose rates are the bundled sample prices (示例价格), not the shop's own: its quotes say so until the
    # lead imports or edits that courier's rates, or removes the samples. Every courier already stored is the shop's
    # own (0): this migration never marks, nor adds, anything in a home that has a table.
    db.execute("ALTER TABLE couriers ADD COLUMN sample INTEGER NOT NULL DEFAULT 0")


def _m9_adopted_templates(db: Database) -> None:
    # A template the agent had before a pack took it in (the same words as a pack item, or overwritten by the pack at
    # the agent's choice) is marked 1: uninstalling the pack, or the lead dropping the item, leaves it the agent's
    # own. Templates already in a pack cannot be told apart any more and stay unmarked (NULL), as before.
    db.execute("ALTER TABLE templates ADD COLUMN pack_adopted INTEGER")


MIGRATIONS: list[Callable[[Database], None]] = [
    _m1_initial,
    _m2_deleted_categories,
    _m3_fee_tables,
    _m4_packs,
    _m5_uses,
    _m6_flags_as_1_0,
    _m7_buyer_words,
    _m8_sample_couriers,
    _m9_adopted_templates,
]
LATEST = len(MIGRATIONS)


APPLICATION_ID: Final = 0x51524C42
"""``PRAGMA application_id`` of every QuickReply library (``QRLB``); a backup made with SQLite's API keeps it."""
OUR_TABLES: Final = ("schema_migrations", "categories", "templates", "settings")
"""Tables every QuickReply library has had since its first version."""


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def blank(conn: sqlite3.Connection) -> bool:
    """A database with nothing in it: no table, no schema version (a file SQLite has only just made)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return version == 0 and conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is None


def not_ours(conn: sqlite3.Connection) -> str | None:
    """Why the database is not a QuickReply library, in an agent's words; None when it is one, or is still empty.

    Reads only: a database that is not ours is left exactly as it was.

    Raises:
        sqlite3.DatabaseError: the file is not a database at all (garbage, a damaged first page).
    """
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if app_id == APPLICATION_ID:
        return None
    if app_id != 0:
        return f"它是另一个程序的数据库（application_id 为 {app_id:#x}，不是快捷回复的 {APPLICATION_ID:#x}）"
    tables = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if blank(conn):
        return None  # a new, empty file: the library is being made
    missing = [table for table in OUR_TABLES if table not in tables]
    if missing:
        found = "、".join(sorted(tables)[:5]) or "没有任何表"
        return f"里面没有快捷回复的数据表（缺 {'、'.join(missing)}；里面是：{found}）"
    return None


def migrate(db: Database) -> int:
    """Bring the schema up to date, each migration in its own transaction. Returns the version now in force.

    The caller has checked that the database is ours (``not_ours``) before anything was written to it.
    """
    version = schema_version(db)
    if version > LATEST:
        raise LibraryDamaged(
            f"这个资料库由更新版本的快捷回复创建（结构版本 {version}，本程序支持到 {LATEST}），请先升级快捷回复。"
        )
    for number in range(version + 1, LATEST + 1):
        step = MIGRATIONS[number - 1]
        with write(db):
            if schema_version(db) >= number:  # another process starting at the same time got here first
                continue
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                "applied TEXT NOT NULL)"
            )
            step(db)
            db.execute(
                "INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)",
                (number, step.__name__.lstrip("_"), datetime.now(UTC).isoformat(timespec="seconds")),
            )
            db.execute(f"PRAGMA user_version = {number}")
    if int(db.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        # Not a schema change, a mark in the file's header: libraries made before it get it on their next open.
        with write(db):
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return LATEST
