"""Libraries as an older QuickReply left them, to test that opening one upgrades it without losing anything."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from quickreply.core.library import migrations


def make_old_library(home: Path, version: int, *statements: str) -> None:
    """Create ``home/library.db`` with only the first ``version`` migrations applied, then run ``statements``."""
    home.mkdir(parents=True, exist_ok=True)
    db = Database(home / "library.db")
    latest, known = migrations.LATEST, migrations.MIGRATIONS
    migrations.MIGRATIONS, migrations.LATEST = known[:version], version
    try:
        migrations.migrate(db)
    finally:
        migrations.MIGRATIONS, migrations.LATEST = known, latest
    with db.atomic():
        for statement in statements:
            db.execute(statement)
    db.close()
