"""The meaning search over one library: its weighted grams (built at the first buyer message of a session, kept in
step after), the phrasings it learned, and the ranking that puts the fitting reply first.

How a message is ranked (``core.search.meaning`` has the pieces):

1. the weighted sum over every template's grams picks the ``RESCORE`` most likely replies;
2. each of those is compared with the message text by text — its phrasings, its title, what it learned — and the
   best one counts (a reply whose one phrasing says what the buyer said beats one that only has the words);
3. a learned phrasing close to the message ranks its reply first: the agent picked it for such a message before;
4. a message of two questions gets the best reply of each clause among its first results.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from sqlite_utils import Database

from ..heap import give_back
from ..search.buyer_text import CONCEPT, NUMBER, SOUND, Reading, message_grams, read
from ..search.meaning import RESCORE, Match, MeaningIndex, Unit, gram_weight, similarity, telling_words, weight_of
from ..search.records import Record
from .learned import all_learned
from .template_rows import CATEGORY, FRECENCY, PHRASINGS, TITLE

#: How far the comparison text by text weighs against the weighted sum.
_UNIT_SHARE: Final = 0.6
#: A learned phrasing this close to the message means "the agent picked this reply for this before".
_LEARNED_CLOSE: Final = 0.55
#: Below this a match is noise: not shown.
_FLOOR: Final = 0.12
#: A reply matched this well answers the message clearly: a question of a two-question message answered so gets its
#: reply among the first results, and such a reply stays ahead of the logistics reply a tracking number brings.
CLEAR: Final = 0.5
log = logging.getLogger(__name__)

#: Templates past which the index takes long enough to build (about a second at 100k) that a short query never waits
#: for it: only a pasted message does, and the app has it built in the background after start-up (``prepare``).
_BUILT_AT_ONCE: Final = 20_000
_LIVE: Final = "FROM templates WHERE deleted_at IS NULL"
#: Questions of one message answered one by one at most: a buyer asks two or three; a pasted chat is not forty.
_MOST_QUESTIONS: Final = 3
#: Concepts that open a chat rather than ask something: 在吗 before the question is not a question of its own.
_GREETINGS: Final = frozenset({CONCEPT + "在吗", CONCEPT + "问候"})
#: Meaning results shown at most.
MAX_RESULTS: Final = 20


@dataclass(frozen=True)
class _Learned:
    template_id: int
    unit: Unit


class BuyerSearch:
    """Meaning search over ``rows`` (the library's memory: template id → row), reading ``db`` for the rest."""

    def __init__(self, db: Database, rows: Mapping[int, Sequence[Any]]) -> None:
        self._db = db
        self._rows = rows
        self._index: MeaningIndex | None = None
        self._building: Future[MeaningIndex] | None = None
        self._since: set[int] = set()  # templates written while the index was being built
        self._learned: dict[int, tuple[Unit, ...]] | None = None
        self._learned_by_gram: dict[str, list[_Learned]] = {}
        self._units: dict[int, tuple[Unit, ...]] = {}
        self._idf: dict[str, float] = {}
        self._own: dict[Unit, float] = {}  # each text's weight (it follows the idf, so it goes with it)

    # --- keeping up -------------------------------------------------------------------------------------------

    @property
    def built(self) -> bool:
        return self._index is not None

    @property
    def ready(self) -> bool:
        """Whether a search now answers without first building the index (or waiting for its build)."""
        building = self._building
        return (
            self._index is not None or (building is not None and building.done()) or len(self._rows) <= _BUILT_AT_ONCE
        )

    def prepare(self, path: Path) -> None:
        """Build the index in a background thread, reading ``path`` through a connection of its own, so that the
        first pasted message of a session does not wait for it. Changes written meanwhile are read again when the
        index is taken up (``index``)."""
        if self._index is not None or self._building is not None:
            return
        future: Future[MeaningIndex] = Future()

        def build() -> None:
            try:
                connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                try:
                    future.set_result(_read_index(connection))
                finally:
                    connection.close()
            except Exception as exc:  # handed over: index() then builds it here
                future.set_exception(exc)

        self._since = set()
        self._building = future
        threading.Thread(target=build, name="meaning-index", daemon=True).start()

    def index(self) -> MeaningIndex:
        if self._index is None and self._building is not None:
            future, self._building = self._building, None
            try:
                self._index = future.result()
            except Exception:  # a busy or locked file: built here instead
                log.warning("building the meaning index in the background failed", exc_info=True)
            else:
                since, self._since = self._since, set()
                self.changed(sorted(since))
        if self._index is None:
            self._index = _read_index(self._db.conn)
        return self._index

    def changed(self, template_ids: Sequence[int]) -> None:
        """Templates were written: their weights are read again (when the index is built at all)."""
        for template_id in template_ids:
            self._units.pop(template_id, None)
        if self._index is None and self._building is not None:
            self._since.update(template_ids)
        if self._index is None or not template_ids:
            return
        self._idf.clear()
        self._own.clear()
        marks = ",".join("?" * len(template_ids))
        live = dict(
            self._db.execute(
                f"SELECT id, meaning FROM templates WHERE id IN ({marks}) AND deleted_at IS NULL", list(template_ids)
            ).fetchall()
        )
        for template_id in template_ids:
            if template_id in live:
                self._index.put(template_id, bytes(live[template_id]))
            else:
                self._index.drop(template_id)

    def learned_changed(self) -> None:
        """What the library learned changed: read it again at the next message."""
        self._learned = None
        self._units.clear()

    def _learned_units(self) -> dict[int, tuple[Unit, ...]]:
        if self._learned is None:
            self._learned = {}
            self._learned_by_gram = {}
            for template_id, texts in all_learned(self._db).items():
                units = tuple(_unit("学到的问法", text) for text in texts)
                self._learned[template_id] = units
                for unit in units:
                    for gram in unit.grams:
                        if len(gram) > 1:
                            self._learned_by_gram.setdefault(gram, []).append(_Learned(template_id, unit))
        return self._learned

    # --- searching ------------------------------------------------------------------------------------------

    def idf(self, gram: str) -> float:
        value = self._idf.get(gram)
        if value is None:
            value = self._idf[gram] = self.index().idf(gram)
        return value

    def _weight(self, unit: Unit) -> float:
        value = self._own.get(unit)
        if value is None:
            self._know_idf(unit.grams)
            value = self._own[unit] = weight_of(unit.grams, self.idf)
        return value

    def _know_idf(self, grams: Iterable[str]) -> None:
        """Look up the idf of every gram not known yet at once: one pass over the index, not one per gram."""
        unknown = [g for g in grams if g not in self._idf]
        if unknown:
            self._idf.update(zip(unknown, self.index().idfs(unknown), strict=True))

    def search(self, query: str, limit: int = MAX_RESULTS, categories: frozenset[int] | None = None) -> list[Match]:
        """Replies for a buyer's message, best first; [] when nothing in it can be matched.

        ``categories``: only templates of these category ids (an ``@分类`` search).
        """
        reading = message_grams(query)
        if not reading.meaningful:
            return []
        limit = min(limit, MAX_RESULTS)
        allowed = None
        if categories is not None:
            allowed = frozenset(i for i, row in self._rows.items() if row[CATEGORY] in categories)
        matches = self._ranked(reading.grams, allowed)
        asked = [q for q in reading.questions if _asks(q)][:_MOST_QUESTIONS]
        if len(asked) >= 2 and matches:
            matches = self._both_questions(matches, asked, allowed)
        weights = self._query(reading.grams)
        return [self._with_words(m, weights) for m in [m for m in matches if m.score >= _FLOOR][:limit]]

    def _query(self, grams: Iterable[str]) -> dict[str, float]:
        """The message's grams weighted: how telling each is (idf) times its kind."""
        self._know_idf(grams)
        return {g: self.idf(g) * gram_weight(g) for g in grams}

    @staticmethod
    def _with_words(match: Match, query: Mapping[str, float]) -> Match:
        """The match with the words it shares with the message, for its reason: found only for the rows shown,
        as finding them for every candidate took a sixth of a pasted message's time."""
        return replace(match, words=telling_words(query, match.unit.grams if match.unit else ()))

    def _ranked(self, grams: Mapping[str, int], allowed: frozenset[int] | None) -> list[Match]:
        query = self._query(grams)
        found = self.index().candidates(query, RESCORE, allowed)
        learned = self._learned_matches(query, allowed)
        best = max((score for _, score in found), default=0.0) or 1.0
        fresh = [u for t, _ in found if t in self._rows for u in self._template_units(t) if u not in self._own]
        self._know_idf({g for unit in fresh for g in unit.grams})
        scored: dict[int, Match] = {}
        for template_id, score in found:
            if template_id not in self._rows:
                continue
            unit, close = self._best_unit(template_id, query)
            total = (1 - _UNIT_SHARE) * score / best + _UNIT_SHARE * close
            scored[template_id] = Match(template_id, total, unit, ())
        for template_id, (unit, close) in learned.items():
            if close < _LEARNED_CLOSE or template_id not in self._rows:
                continue
            earlier = scored.get(template_id)
            base = earlier.score if earlier else _UNIT_SHARE * close
            scored[template_id] = Match(template_id, base + close, unit, (), True)
        ranked = sorted(scored.values(), key=lambda m: (-m.score, -self._frecency(m.template_id), m.template_id))
        return ranked

    def _frecency(self, template_id: int) -> float:
        value = self._rows[template_id][FRECENCY]
        return float(value) if value is not None else -1e9

    def _best_unit(self, template_id: int, query: Mapping[str, float]) -> tuple[Unit | None, float]:
        best: tuple[Unit | None, float] = (None, 0.0)
        total = sum(query.values())
        for unit in self._template_units(template_id):
            close = similarity(query, unit.grams, self._weight(unit), total)
            if close > best[1]:
                best = (unit, close)
        return best

    def _learned_matches(
        self, query: Mapping[str, float], allowed: frozenset[int] | None
    ) -> dict[int, tuple[Unit, float]]:
        self._learned_units()
        seen: dict[int, tuple[Unit, float]] = {}
        tried: set[int] = set()
        total = sum(query.values())
        for gram in query:
            for entry in self._learned_by_gram.get(gram, ()):
                if id(entry.unit) in tried or (allowed is not None and entry.template_id not in allowed):
                    continue
                tried.add(id(entry.unit))
                close = similarity(query, entry.unit.grams, self._weight(entry.unit), total)
                if close > seen.get(entry.template_id, (entry.unit, 0.0))[1]:
                    seen[entry.template_id] = (entry.unit, close)
        return seen

    def _template_units(self, template_id: int) -> tuple[Unit, ...]:
        units = self._units.get(template_id)
        if units is None:
            row = self._rows[template_id]
            units = (
                _unit("标题", row[TITLE]),
                *(_unit("问法", text) for text in json.loads(row[PHRASINGS])),
                *self._learned_units().get(template_id, ()),
            )
            self._units[template_id] = units
        return units

    def _both_questions(
        self, matches: list[Match], clauses: Sequence[tuple[str, ...]], allowed: frozenset[int] | None
    ) -> list[Match]:
        """The whole message's best reply first, then each clause's best reply, in the order the clauses came.

        The whole message stays first: a clause read alone loses what the other one says (可以分期吗 alone could be
        about 分开寄; with 花呗付不了 after it, it is about paying), so it only brings its reply up behind it.
        """
        firsts: list[Match] = []
        for clause in clauses:
            ranked = self._ranked(dict.fromkeys(clause, 1), allowed)
            if ranked and ranked[0].score >= CLEAR and all(m.template_id != ranked[0].template_id for m in firsts):
                firsts.append(ranked[0])
        if len(firsts) < 2:
            return matches
        top = matches[0]
        lead = [top, *(replace(m, score=top.score) for m in firsts if m.template_id != top.template_id)]
        chosen = {m.template_id for m in lead}
        return lead + [m for m in matches if m.template_id not in chosen]


def _read_index(connection: sqlite3.Connection) -> MeaningIndex:
    """The meaning index of every live template, its size counted first so that it is read into one array."""
    templates, size = connection.execute(f"SELECT count(*), coalesce(sum(length(meaning)), 0) {_LIVE}").fetchone()
    rows = connection.execute(f"SELECT id, meaning {_LIVE} ORDER BY id")
    index = MeaningIndex.read(((i, bytes(b)) for i, b in rows), templates, size)
    give_back()
    return index


def _asks(clause: Sequence[str]) -> bool:
    """Whether a clause of a message asks something of its own: a word (包邮吗 is a question), not only a greeting
    (在吗, 你好) or a number."""
    return any(len(g) > 1 and not g.startswith((NUMBER, SOUND)) and g not in _GREETINGS for g in clause)


#: Why a literal hit matched, by its tier (see ``core.search.index``).
LITERAL_REASONS: Final = ("快捷码", "标题开头", "标题", "标签或分类", "内容")
#: How a literal match was made when not as typed (``matching``'s qualities 1–4).
QUALITY_NOTES: Final = ("", "（首字母和全拼混打）", "（多音字的另一个读音）", "（模糊音）", "（拼写有一处不同）")


def literal_reason(record: Record, query_terms: Sequence[str], rank: int) -> str:
    """Why the letters typed found a reply, in the agent's words: ``标题``, ``买家问法``, ``标题（模糊音）``."""
    quality, tier = divmod(rank, 10)
    where = LITERAL_REASONS[tier]
    if tier == 4:
        body, asked = record.fields[6], (record.fields[7] if len(record.fields) > 7 else "")
        if any(t in asked and t not in body for t in query_terms):
            where = "买家问法" if not any(t in body for t in query_terms) else "内容和买家问法"
    return where + QUALITY_NOTES[quality]


def meaning_reason(match: Match) -> str:
    """Why the meaning search chose a reply, in the agent's words: 买家问法「退款多久到账」：退款、时效."""
    words = "、".join(match.words)
    if match.unit is None:
        return f"内容相近：{words}" if words else "内容相近"
    text = match.unit.text if len(match.unit.text) <= 24 else match.unit.text[:23] + "…"
    kind = "买家问法" if match.unit.kind == "问法" else match.unit.kind
    return f"{kind}「{text}」" + (f"：{words}" if words else "")


def _unit(kind: str, text: str) -> Unit:
    reading: Reading = read(text)
    return Unit(kind, text, frozenset(reading.grams))
