"""Counting uses: each copy adds one use (use count, last used, frecency, and a row in the usage log for the
statistics) and remembers the values the agent filled in.

A copy never waits long for another process's write (a big import holds the library for seconds): after
``USE_WAIT_MS`` the use is kept in memory and written with the next copy, or when the library is closed.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING

from ..errors import LibraryBusy
from ..models import Template
from ..search.buyer_text import reads_like_message
from ..search.frecency import frecency_after_use
from . import learned, transactions
from .settings import LEARN_FROM_BUYERS

if TYPE_CHECKING:
    from .store import Library

#: How long a copy waits for another process's write before keeping its use for later.
USE_WAIT_MS = 200
CLOSE_WAIT_MS = 5000


class PendingUses:
    """Uses not written yet: ``(template id, when, values filled in, buyer message asked, body the values were
    filled in for)``, oldest first."""

    def __init__(self) -> None:
        self.waiting: list[tuple[int, float, dict[str, str], str, str]] = []


def record_use(
    lib: Library,
    ref: str | int,
    when: float | None = None,
    values: dict[str, str] | None = None,
    asked: str = "",
) -> Template:
    """Count one use (a copy), and remember the ``values`` the agent filled in (not the per-buyer ones:
    ``core.library.remembered``); never waits long for another process's write (see ``core.library.uses``).

    ``asked`` is what the agent searched with. When it reads like a buyer's message and learning is on, the reply
    learns it as a phrasing (cleaned of numbers, names and addresses: ``core.library.learned``).
    """
    template = lib.get(ref)
    moment = time.time() if when is None else when
    lib.pending_uses.waiting.append((template.id, moment, dict(values or {}), asked, template.body))
    write_pending(lib, USE_WAIT_MS)
    return lib.get(template.id)


def write_pending(lib: Library, wait_ms: int) -> bool:
    """Write the uses kept so far, in one change; False when another process's write is still going on."""
    pending = lib.pending_uses.waiting[:]
    if not pending:
        return True
    frecency: dict[int, float] = {}
    try:
        with transactions.waiting_at_most(lib.db, wait_ms), lib.change() as change:
            learning = lib.settings.get(LEARN_FROM_BUYERS)
            for template_id, moment, values, asked, body in pending:
                lib.values.remember(body, values)
                if template_id not in lib:  # deleted in the meantime, by another process
                    continue
                if learning and asked and reads_like_message(asked) and learned.learn(change.db, template_id, asked):
                    change.learned_changed(template_id)
                before = frecency.get(template_id, lib.frecency(template_id))
                frecency[template_id] = frecency_after_use(before, moment)
                stamp = datetime.fromtimestamp(moment).astimezone().isoformat(timespec="seconds")
                change.db.execute(
                    "UPDATE templates SET use_count = use_count + 1, "
                    "last_used = max(ifnull(last_used, ''), ?), frecency = ? WHERE id = ?",
                    (stamp, frecency[template_id], template_id),
                )
                change.db.execute("INSERT INTO uses (template_id, used_at) VALUES (?, ?)", (template_id, stamp))
                change.touch([template_id])
    except LibraryBusy:
        return False
    del lib.pending_uses.waiting[: len(pending)]
    return True
