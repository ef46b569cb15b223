"""QuickReply's core: plain Python (no Qt), used by the CLI and the GUI alike.

from quickreply.core import open_library
lib = open_library(home)
for hit in lib.search("tk"):
    print(hit.template.title, hit.score)
"""

from __future__ import annotations

import os
from contextlib import suppress
from functools import partial
from pathlib import Path

from .errors import InvalidInput, LibraryDamaged, MissingVariable, NotFound, QuickReplyError, ShortcutClash
from .library.store import Library
from .models import Category, Hit, Template

__all__ = [
    "Category",
    "Hit",
    "InvalidInput",
    "Library",
    "LibraryDamaged",
    "MissingVariable",
    "NotFound",
    "QuickReplyError",
    "ShortcutClash",
    "Template",
    "new_library",
    "open_library",
]


def open_library(home: str | os.PathLike[str] | None = None, *, bundled: Path | None = None) -> Library:
    """Open the library in ``home`` (see ``quickreply.paths.data_home``), creating it on first use.

    A new library is filled with the bundled default library and put in place whole (``core.home``). A library
    without a fee table gets the bundled sample rates, marked 示例价格, once (``fee_store.seed_samples``): the first
    fee question is answered. The first open of each day keeps a copy of the library in the home's ``backups`` folder.

    A home that had a library and lost it (backups there, no ``library.db``), an empty ``library.db`` and another
    program's database are refused (``LibraryDamaged``, saying how to restore), never replaced by a new library.

    Args:
        home: the data home; None means ``$QUICKREPLY_HOME`` or the platform's user data folder.
        bundled: folder of the default library's JSON files (tests point it elsewhere).
    """
    from ..paths import data_home
    from .home import create
    from .library import opening
    from .library.backups import take_daily
    from .library.store import DB_NAME

    where = data_home(home)
    if not (where / DB_NAME).exists():
        opening.refuse_lost(where)
        create(where, partial(fill_new, bundled=bundled))
    library = Library(where)
    fill_new(library, bundled)  # a library made by ``Library(home)`` alone (an older version, a test)
    take_daily(library)
    return library


def new_library(home: str | os.PathLike[str] | None = None, *, bundled: Path | None = None) -> Path | None:
    """Start over in ``home``: a new library (the default replies) in place of a missing, empty, damaged or foreign
    one; never in place of a sound one. The old file is kept aside, the backups stay. Returns where the old file was
    kept, or None (see ``core.home.new_library``).

    Raises:
        AppRunning: the tray app runs on this home.
        LibraryDamaged: a sound library is there, or the home cannot be written.
    """
    from ..paths import data_home
    from .home import new_library as start_over

    return start_over(data_home(home), partial(fill_new, bundled=bundled))


def fill_new(library: Library, bundled: Path | None = None) -> None:
    """What a new library gets, once each: the bundled default replies, and the sample fee tables (示例价格).

    Args:
        bundled: folder of the default library's JSON files; None: the bundled ones.
    """
    from ..paths import resources  # paths is plain Python too; kept out of core's import time
    from .library.bundled import read_bundled
    from .library.settings import LIBRARY_SEEDED, SAMPLE_FEES_SEEDED
    from .search import meaning, pinyin
    from .shipping import fee_store
    from .shipping.rate_sheets import RateSheetError

    if not library.settings.get(LIBRARY_SEEDED):
        if bundled is None:
            pinyin.preload(resources() / "pinyin" / "library.json")
            meaning.preload(resources() / "search" / "library-weights.json")
        items = read_bundled(bundled or resources() / "library")
        with library.change():  # the templates and the flag that says they are there: all or nothing
            library.add_many(items)
            library.settings.put(LIBRARY_SEEDED, True)
    if not library.settings.get(SAMPLE_FEES_SEEDED):
        with suppress(RateSheetError):  # an incomplete installation: the library opens, the fee mode says to import
            fee_store.seed_samples(library)
