"""QuickReply's core: plain Python (no Qt), used by the CLI and the GUI alike.

from quickreply.core import open_library
lib = open_library(home)
for hit in lib.search("tk"):
    print(hit.template.title, hit.score)
"""

from __future__ import annotations

import os
from contextlib import suppress
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
    "open_library",
]


def open_library(home: str | os.PathLike[str] | None = None, *, bundled: Path | None = None) -> Library:
    """Open the library in ``home`` (see ``quickreply.paths.data_home``), creating it on first use.

    A new library is filled with the bundled default library, in one transaction. A library without a fee table gets
    the bundled sample rates, marked 示例价格, once (``fee_store.seed_samples``): the first fee question is answered.
    The first open of each day keeps a copy of the library in the home's ``backups`` folder.

    Args:
        home: the data home; None means ``$QUICKREPLY_HOME`` or the platform's user data folder.
        bundled: folder of the default library's JSON files (tests point it elsewhere).
    """
    from ..paths import data_home, resources  # paths is plain Python too; kept out of core's import time
    from .library.backups import take_daily
    from .library.bundled import read_bundled
    from .library.settings import LIBRARY_SEEDED, SAMPLE_FEES_SEEDED
    from .search import meaning, pinyin
    from .shipping import fee_store
    from .shipping.rate_sheets import RateSheetError

    library = Library(data_home(home))
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
    take_daily(library)
    return library
