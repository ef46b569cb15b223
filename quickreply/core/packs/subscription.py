"""The pack file an agent subscribes to: a path to a ``.qrpack`` in a shared or synced folder.

``check_subscription`` applies a newer version of it with the same rules as an import (``core.packs.import_rules``);
the app calls it on start and when the file changes, the CLI with ``quickreply subscribe --check``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Final

from ..files import path_text, shown_name
from ..library.backups import DB_NAME
from ..library.settings import PACK_SUBSCRIPTION

if TYPE_CHECKING:
    from ..library.store import Library
    from .import_apply import ImportResult, Progress

# The import machinery (pack files, plans, spreadsheets) is imported where it is used: the tray app imports this module
# at start to follow a subscription, and must not pay for a whole import it may never do.

SUBSCRIPTION: Final = PACK_SUBSCRIPTION


def subscription(lib: Library) -> Path | None:
    """The pack file this library follows, if any."""
    lib.settings.forget()
    stored = lib.settings.get(SUBSCRIPTION)
    return Path(stored) if stored else None


def subscribed_pack(lib: Library) -> str | None:
    """The id of the installed pack the library follows, if any."""
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
            raise ImportRefused(f"{shown_name(path)}：只能订阅模板包（.qrpack）文件。")
        if path_text(path) != str(path):  # a GBK name on Linux: the setting could not hold it, nor find it again
            raise ImportRefused(
                f"{shown_name(path)}：这个文件或它所在文件夹的名字不是 UTF-8 编码，订阅后找不到它：请改个名字再订阅。"
            )
        read_incoming(path)
    with lib.change():
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
    version = installed_version(lib.db, manifest.pack_id)
    if version is not None and compare_versions(manifest.version, version) <= 0:
        return None
    return apply_import(lib, plan_import(lib, incoming, "skip", progress), progress)
