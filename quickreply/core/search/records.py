"""What the search knows of each template and category, in the form the store hands it over."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

FORM_SEP = "\x1f"  # between variants of one text
TEXT_SEP = "\x1e"  # between texts of one field (tags)


FIELD_SEP = "\x1d"  # between the fields of Record.search

#: Where a category stands in library order: (top position, top id, child position, child id); -1, 0 for a top-level
#: category itself. Made of stored positions, so adding a category never moves the others.
CategoryRank = tuple[int, int, int, int]


class Record:
    """What the search needs of one template (all text already folded, pinyin already computed).

    It wraps the row the store fetched, whose first eight columns are, in order: id, category id, favourite (0/1),
    frecency (None when never used), last used (ISO time or None), position, shortcut key, and ``search`` — the text
    fields joined by ``FIELD_SEP``, split on first use: most records are never looked at by a query, and opening
    100,000 of them must stay cheap.
    """

    __slots__ = ("_fields", "rank", "row")

    def __init__(self, row: Sequence[Any], category_rank: CategoryRank):
        self.row = row
        self.rank = category_rank
        self._fields: tuple[str, ...] | None = None

    @property
    def order(self) -> tuple[CategoryRank, int, int]:
        """Library order: category, position in it, id."""
        return (self.rank, self.row[5], self.row[0])

    @property
    def id(self) -> int:
        return int(self.row[0])

    @property
    def category_id(self) -> int:
        return int(self.row[1])

    @property
    def favorite(self) -> bool:
        return bool(self.row[2])

    @property
    def frecency(self) -> float:
        """Log-domain frecency; -inf when never used."""
        value = self.row[3]
        return -math.inf if value is None else float(value)

    @property
    def last_used(self) -> str:
        return str(self.row[4] or "")

    @property
    def shortcut_key(self) -> str:
        return str(self.row[6] or "")

    @property
    def fields(self) -> tuple[str, ...]:
        """(title key, title initials, title pinyin, tags key, tags initials, tags pinyin, body key, phrasings key).

        Initials and pinyin hold variants joined by ``FORM_SEP``, the reading of the text's words first; pinyin
        variants are spaced syllables; the tag fields join one entry per tag with ``TEXT_SEP``, and the phrasings one
        buyer phrasing each. (Columns stored by an older version have no phrasings field until recomputed on open.)
        """
        if self._fields is None:
            self._fields = tuple(self.row[7].split(FIELD_SEP))
        return self._fields

    @property
    def title_key(self) -> str:
        return self.fields[0]


def base_order_key(row: Sequence[Any], category_rank: CategoryRank) -> tuple[Any, ...]:
    """``rank_key`` computed straight from a row, to sort rows before any Record exists."""
    return (row[3] is None, -(row[3] or 0.0), -row[2], category_rank, row[5], row[0])


@dataclass(frozen=True, slots=True)
class CategoryForms:
    """A category's searchable names: its own and its parent's (text, initials, pinyin)."""

    id: int
    keys: tuple[str, ...]
    initials: tuple[str, ...]
    pinyin: tuple[str, ...]

    @property
    def haystack(self) -> str:
        """Everything a term could match in, in one string: a cheap first check before the exact one."""
        return FORM_SEP.join((*self.keys, *self.initials, *(p.replace(" ", "") for p in self.pinyin)))


def rank_key(record: Record) -> tuple[Any, ...]:
    """Order within a tier: frecency, then favourites, then library order."""
    return (-record.frecency, -int(record.favorite), *record.order)
