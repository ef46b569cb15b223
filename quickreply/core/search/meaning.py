"""Matching a buyer's message to replies by what it means: the grams of ``buyer_text`` weighed like BM25 over the
fields of a reply, then the best candidates compared phrase by phrase.

When a template is written its grams get a weight each (``meaning_of``): a buyer phrasing counts most, then the title,
the tags, the body — once per phrasing, with the body's length evened out and repeats saturating. The weights are
stored with the template (``meaning`` column, a few hundred bytes), so opening a library computes nothing. The first
message query of a session turns every template's weights into one sorted array of (gram hash, template, weight),
about 6 bytes a gram; a query then looks up each of its grams with a binary search and adds ``idf × weight`` for the
templates holding it (numpy), and the best ``RESCORE`` templates are compared with the message unit by unit (each
phrasing, the title, each learned phrasing): the reply whose one phrasing says what the buyer said beats one that has
the words scattered over its body.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

from .buyer_text import CONCEPT, NUMBER, SOUND, Reading, read, words_file

#: Field weights: how much a gram found there says about the reply.
PHRASING, TITLE, TAGS, BODY = 3.0, 2.5, 1.5, 1.0
_K1: Final = 1.4  # saturation: the fifth 退款 in a body adds little
_BODY_B: Final = 0.5  # how much a long body is evened out
_BODY_AVERAGE: Final = 60.0  # grams in a typical body
_QUANTUM: Final = 50.0  # stored weights are bytes: weight × _QUANTUM
#: A pair of syllables says less than the characters (同音 is not 同义), more than one character.
SOUND_WEIGHT: Final = 0.25
#: Candidates compared unit by unit after the weighted sum.
RESCORE: Final = 48

_RECORD: Final = np.dtype([("hash", "<u4"), ("weight", "u1")])


def gram_weight(gram: str) -> float:
    """How much a kind of gram says: a character pair more than a lone character, a concept as much as a pair."""
    if gram.startswith(CONCEPT):
        return 1.0
    if gram.startswith(NUMBER):
        return 0.8
    if gram.startswith(SOUND):
        return SOUND_WEIGHT
    if len(gram) == 1:
        return 0.3
    if gram.isascii():
        return 0.8
    return 1.0


def hash_of(gram: str) -> int:
    # crc32, not hash(): the same in every process, so weights computed at write time find the index built at read.
    return zlib.crc32(gram.encode("utf-8"))


#: Weights computed ahead of time (see ``preload``), by ``key_of`` their template's texts.
_known: dict[str, bytes] = {}


def key_of(title: str, tags: Sequence[str], phrasings: Sequence[str], body: str) -> str:
    """What a template's weights are computed from, in a few bytes (with the word table's, see ``preload``)."""
    text = json.dumps([title, list(tags), list(phrasings), body], ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _table_key() -> str:
    """The word table's own fingerprint: weights computed with another table are not the same."""
    return hashlib.blake2b(words_file().read_bytes(), digest_size=12).hexdigest()


def preload(path: Path) -> int:
    """Take the weights in a file written by ``write_known``; returns how many. A missing or broken file, or one
    written with another word table, is skipped: the weights are then computed, only slower (about half a second
    for the bundled library's 1,600 phrasings).

    The bundled library ships one, so a new data home is created without reading every phrasing.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["words"] != _table_key():
            return 0
        found = {str(k): base64.b64decode(v, validate=True) for k, v in data["weights"].items()}
    except (OSError, ValueError, TypeError, AttributeError, KeyError, binascii.Error):
        return 0
    _known.update(found)
    return len(found)


def write_known(templates: Iterable[tuple[str, Sequence[str], Sequence[str], str]], path: Path) -> int:
    """Write the weights of ``templates`` (title, tags, phrasings, body each) for ``preload``; returns how many."""
    weights = {key_of(*t): base64.b64encode(_computed(*t)).decode("ascii") for t in templates}
    lines = [json.dumps({k: weights[k]})[1:-1] for k in sorted(weights)]
    head = json.dumps({"words": _table_key()})[1:-1]
    path.write_text("{\n" + head + ',\n"weights": {\n' + ",\n".join(lines) + "\n}}\n", encoding="utf-8")
    return len(lines)


def meaning_of(title: str, tags: Sequence[str], phrasings: Sequence[str], body: str) -> bytes:
    """A template's grams with their weights, as stored (``meaning`` column)."""
    if _known:
        known = _known.get(key_of(title, tags, phrasings, body))
        if known is not None:
            return known
    return _computed(title, tags, phrasings, body)


def _computed(title: str, tags: Sequence[str], phrasings: Sequence[str], body: str) -> bytes:
    weights: dict[str, float] = {}

    def add(grams: Iterable[str], weight: float) -> None:
        for gram in grams:
            weights[gram] = weights.get(gram, 0.0) + weight

    add(sorted(set(read(title).grams)), TITLE)
    for tag in tags:
        add(sorted(set(read(tag).grams)), TAGS)
    for phrasing in phrasings:
        add(sorted(set(read(phrasing).grams)), PHRASING)
    body_grams = read(body).grams
    length = sum(body_grams.values())
    norm = 1 - _BODY_B + _BODY_B * length / _BODY_AVERAGE
    for gram, count in body_grams.items():
        weights[gram] = weights.get(gram, 0.0) + BODY * count / norm
    records = np.zeros(len(weights), dtype=_RECORD)
    for n, (gram, w) in enumerate(weights.items()):
        saturated = w * (_K1 + 1) / (w + _K1)
        records[n] = (hash_of(gram), min(255, round(saturated * _QUANTUM)))
    # Sorted by hash: the same bytes in every process (set order follows each process's string hashing).
    return np.sort(records, order="hash").tobytes()


def _weights_of(blob: bytes) -> dict[int, float]:
    records = np.frombuffer(blob, dtype=_RECORD)
    return dict(zip(records["hash"].tolist(), (records["weight"] / _QUANTUM).tolist(), strict=True))


#: Templates an index holds at most: a posting keeps its template's slot in 24 bits.
MOST_TEMPLATES: Final = 1 << 24


def _sorted_postings(rows: Iterable[tuple[int, bytes]], templates: int, size: int) -> tuple[np.ndarray, np.ndarray]:
    """The template ids, and every posting as one sorted 64-bit key (gram hash · template slot · weight).

    The keys are written into one array as the rows come, so that building at 100k templates holds the keys
    (8 bytes a posting) and the finished index, not also every template's bytes and an argsort's copies.
    """
    keys = np.empty(size // _RECORD.itemsize, dtype=np.uint64)
    ids = np.empty(templates, dtype=np.int64)
    at = slot = 0
    for template_id, blob in rows:
        records = np.frombuffer(blob, dtype=_RECORD)
        if at + len(records) > len(keys) or slot >= len(ids):  # written to since it was counted
            keys = np.resize(keys, max(2 * len(keys), at + len(records)))
            ids = np.resize(ids, max(2 * len(ids), slot + 1))
        if slot >= MOST_TEMPLATES:
            raise ValueError(f"a meaning index holds at most {MOST_TEMPLATES - 1} templates")
        part = keys[at : at + len(records)]
        part[:] = records["hash"]
        part <<= np.uint64(24)
        part |= np.uint64(slot)
        part <<= np.uint64(8)
        part |= records["weight"]
        ids[slot] = template_id
        at += len(records)
        slot += 1
    keys = keys[:at]
    keys.sort()
    return ids[:slot], keys


@dataclass(frozen=True)
class Unit:
    """One text of a reply compared with the message: a phrasing, the title, a learned phrasing."""

    kind: str  # "问法", "标题", "学到的问法"
    text: str
    grams: frozenset[str]


@dataclass(frozen=True)
class Match:
    """A template the meaning search found, how well, and why."""

    template_id: int
    score: float
    unit: Unit | None  # the text that said most what the buyer said
    words: tuple[str, ...]  # the grams of the message it shares, most telling first
    learned: bool = False


class MeaningIndex:
    """Every template's weighted grams, sorted by gram, plus an overlay of templates changed since it was built."""

    def __init__(self, ids: Sequence[int], blobs: Sequence[bytes]) -> None:
        rows = sorted(zip(ids, blobs, strict=True))
        self._take(*_sorted_postings(rows, len(rows), sum(len(b) for b in blobs)))

    @classmethod
    def read(cls, rows: Iterable[tuple[int, bytes]], templates: int, size: int) -> MeaningIndex:
        """The index of ``rows`` (template id, stored weights) in the order of their ids, as they come from the
        library file: ``templates`` of them holding ``size`` bytes of weights (more or fewer only cost a copy), read
        one by one into one array, never all at once."""
        index = cls.__new__(cls)
        index._take(*_sorted_postings(rows, templates, size))
        return index

    def _take(self, ids: np.ndarray, keys: np.ndarray) -> None:
        self._ids = ids  # ascending: a template's slot is found by bisection, no dict of 100k entries
        # A key is hash·slot·weight in 64 bits, little-endian: read back through views, without 64-bit temporaries.
        words = keys.view(np.uint32).reshape(-1, 2)
        hashes = words[:, 1]
        self._docs = (words[:, 0] >> np.uint32(8)).view(np.int32)
        self._weights = np.ascontiguousarray(keys.view(np.uint8).reshape(-1, 8)[:, 0])
        # Each gram once, with where its postings start: 5 bytes a posting instead of 12 (78 MB at 100k templates).
        starts = np.flatnonzero(hashes[1:] != hashes[:-1]) + 1 if len(hashes) else np.zeros(0, dtype=np.int64)
        starts = np.concatenate(([0], starts)) if len(hashes) else starts
        self._grams = np.ascontiguousarray(hashes[starts])
        self._starts = np.append(starts, len(hashes)).astype(np.int64)
        del hashes, words, keys
        # A gram in more than half of all templates (亲, 您, a category word they all share) tells none of them
        # apart: it keeps its count, for its idf, but not its postings (a fifth of them at 100k templates).
        self._df = np.diff(self._starts)
        common = self._df * 2 > len(ids)
        if common.any():
            keep = np.repeat(~common, self._df)
            self._docs, self._weights = self._docs[keep], self._weights[keep]
            self._starts = np.concatenate(([0], np.cumsum(np.where(common, 0, self._df))))
        self._common = common
        self._alive = np.ones(len(ids), dtype=bool)
        self._dead = 0  # templates of the build dropped since
        self._overlay: dict[int, dict[int, float]] = {}

    def put(self, template_id: int, blob: bytes) -> None:
        """A template was added or changed: score it from its new weights from now on."""
        self.drop(template_id)
        self._overlay[template_id] = _weights_of(blob)

    def drop(self, template_id: int) -> None:
        self._overlay.pop(template_id, None)
        slot = int(np.searchsorted(self._ids, template_id))
        if slot < len(self._ids) and self._ids[slot] == template_id and self._alive[slot]:
            self._alive[slot] = False
            self._dead += 1

    def __len__(self) -> int:
        return int(self._alive.sum()) + len(self._overlay)

    def idf(self, gram: str) -> float:
        return self.idfs([gram])[0]

    def _spans(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where each hash's postings start and end (both 0 when none). ``hashes`` must be uint32 like the index: a
        Python int or an int64 array would make numpy convert all the index's hashes on every call (50 ms at 100k)."""
        if not len(self._grams):
            nothing = np.zeros(len(hashes), dtype=np.int64)
            return nothing, nothing
        at = np.minimum(np.searchsorted(self._grams, hashes), len(self._grams) - 1)
        found = self._grams[at] == hashes
        lo = np.where(found, self._starts[at], 0)
        hi = np.where(found, self._starts[at + 1], 0)
        return lo, hi

    def idfs(self, grams: Sequence[str]) -> list[float]:
        """``idf`` of many grams in one pass over the index (a reply's texts have dozens)."""
        if not grams:
            return []
        hashes = np.array([hash_of(g) for g in grams], dtype=np.uint32)
        lo, hi = self._spans(hashes)
        at = np.minimum(np.searchsorted(self._grams, hashes), max(len(self._grams) - 1, 0))
        found = self._grams[at] == hashes if len(self._grams) else np.zeros(len(hashes), dtype=bool)
        df = np.where(found, self._df[at] if len(self._grams) else 0, 0)
        if self._dead:  # counted again without the dropped templates (a common gram keeps its count: about half)
            spans = zip(lo.tolist(), hi.tolist(), strict=True)
            alive = np.array([int(self._alive[self._docs[a:b]].sum()) for a, b in spans])
            df = np.where(found & ~self._common[at], alive, df) if len(self._grams) else df
        if self._overlay:
            df = df + np.array([sum(1 for weights in self._overlay.values() if h in weights) for h in hashes.tolist()])
        count = len(self)
        return np.log(1 + (count - df + 0.5) / (df + 0.5)).tolist()  # type: ignore[no-any-return]

    def candidates(
        self, query: Mapping[str, float], limit: int, allowed: frozenset[int] | None = None
    ) -> list[tuple[int, float]]:
        """``(template id, weighted score)`` of the ``limit`` templates sharing the most telling grams with
        ``query`` (gram → its weight in the message, idf included), best first."""
        scores = np.zeros(len(self._ids), dtype=np.float32)
        hashes = {hash_of(g): w for g, w in query.items()}
        starts, ends = self._spans(np.array(list(hashes), dtype=np.uint32))
        for weight, lo, hi in zip(hashes.values(), starts.tolist(), ends.tolist(), strict=True):
            if hi > lo:
                scores[self._docs[lo:hi]] += np.float32(weight / _QUANTUM) * self._weights[lo:hi]
        scores[~self._alive] = 0
        found: list[tuple[int, float]] = []
        if len(scores):
            take = min(limit, len(scores))
            best = np.argpartition(-scores, take - 1)[:take]
            found = [(int(self._ids[s]), float(scores[s])) for s in best.tolist() if scores[s] > 0]
        for template_id, weights in self._overlay.items():
            score = sum(weights.get(h, 0.0) * w for h, w in hashes.items())
            if score > 0:
                found.append((template_id, score))
        if allowed is not None:
            found = [f for f in found if f[0] in allowed]
        found.sort(key=lambda f: -f[1])
        return found[:limit]


def query_weights(reading: Reading, idf: Mapping[str, float]) -> dict[str, float]:
    """Each gram of the message with its weight: how telling it is (idf) times its kind, once per message."""
    return {g: idf[g] * gram_weight(g) for g in reading.grams}


def similarity(query: Mapping[str, float], unit: frozenset[str], own: float, total: float | None = None) -> float:
    """How much one text of a reply says what the message says: the weight they share over the geometric mean of
    their weights (a cosine of sets). A long phrasing that merely contains the words scores below one that says
    just that; a long message lowers every reply alike, so the ranking among them holds.

    ``own`` is the text's weight (``weight_of``), ``total`` the message's (the sum of ``query``); both are the same
    for every comparison of a search, so the caller computes them once.
    """
    if total is None:
        total = sum(query.values())
    if not total or not own:
        return 0.0
    small, large = (unit, query) if len(unit) < len(query) else (query.keys(), unit)
    shared = sum(query[g] for g in small if g in large)
    return shared / math.sqrt(total * own) if shared else 0.0


def weight_of(grams: Iterable[str], idf: Callable[[str], float]) -> float:
    """A text's weight as ``similarity`` counts it: each gram's idf times its kind, as in a message."""
    return sum(idf(g) * gram_weight(g) for g in grams)


def telling_words(query: Mapping[str, float], unit_grams: Iterable[str], most: int = 4) -> tuple[str, ...]:
    """The message's grams a reply shares, most telling first, as words an agent reads: concepts by name, and
    character pairs that follow each other joined into the word they come from (多少 + 少钱 → 多少钱)."""
    shared = {g: query[g] for g in set(unit_grams) if g in query and len(g) > 1 and not g.startswith(SOUND)}
    pairs = {g for g in shared if len(g) == 2 and not g.startswith((CONCEPT, NUMBER))}
    weight: dict[str, float] = {g: w for g, w in shared.items() if g not in pairs}
    after = {g: [h for h in pairs if h[0] == g[1] and h != g] for g in pairs}
    starts = [g for g in pairs if not any(h[1] == g[0] and h != g for h in pairs)] or sorted(pairs)
    seen: set[str] = set()
    for start in sorted(starts):
        word, gram, score = start, start, shared[start]
        seen.add(start)
        while len(after[gram]) == 1 and after[gram][0] not in seen and len(word) < 8:
            gram = after[gram][0]
            seen.add(gram)
            word += gram[1]
            score = max(score, shared[gram])
        weight[word] = max(weight.get(word, 0.0), score)
    words: list[str] = []
    for gram in sorted(weight, key=lambda g: (-weight[g], g)):
        word = gram.lstrip(CONCEPT + NUMBER)
        if not any(word in w for w in words):
            words.append(word)
        if len(words) >= most:
            break
    return tuple(words)
