"""The values the agent typed into the variables form, kept by name to prefill the next form: the ones that stay
the same from buyer to buyer (快递, 活动). A per-buyer value (单号, 手机, 地址) is neither kept nor offered again:
the next buyer must never be sent the last one's (``core.variables.carried_over``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlite_utils import Database

from ..variables import carried_over
from . import transactions


class RememberedValues:
    """The last value the agent gave for each variable name."""

    def __init__(self, db: Database):
        self._db = db
        self._cache: dict[str, str] | None = None

    def forget(self) -> None:
        self._cache = None

    def last(self) -> dict[str, str]:
        """Every value stored, by name."""
        if self._cache is None:
            self._cache = dict(self._db.execute("SELECT name, value FROM variable_values"))
        return dict(self._cache)

    def for_body(self, body: str) -> dict[str, str]:
        """The values to prefill a form for ``body`` with: the last ones, but none for its per-buyer fields (a value
        stored before those were told apart stays unused)."""
        return carried_over(body, self.last())

    def remember(self, body: str, values: Mapping[str, str]) -> None:
        """Keep the ``values`` typed for ``body`` that carry over to the next buyer, in one transaction."""
        kept = carried_over(body, values)
        if not kept:
            return
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        with transactions.write(self._db):
            for name, value in kept.items():
                self._db.execute(
                    "INSERT INTO variable_values (name, value, updated) VALUES (?, ?, ?) "
                    "ON CONFLICT(name) DO UPDATE SET value = excluded.value, updated = excluded.updated",
                    (name, value, stamp),
                )
        self._cache = None
