"""What is computed from a template when it is written: folded keys, pinyin forms, the bit signature, and the
weighted grams the meaning search reads (``meaning``). The buyer phrasings go in as text, with the body: a query's
words are looked for there too."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pickle import PicklingError
from typing import Final, NamedTuple

from .. import gc_pause
from ..folding import fold, shortcut_key
from . import signature
from .meaning import meaning_of
from .pinyin import forms as pinyin_forms
from .records import FIELD_SEP, FORM_SEP, TEXT_SEP
from .spelling import joins, readings_of, starts


class SearchColumns(NamedTuple):
    """The stored search columns of one template: the search text (see ``searchable.Record.fields``) and signature.

    A tuple, so that worker processes send them back cheaply.
    """

    shortcut_key: str | None
    search_text: str
    signature: bytes
    meaning: bytes

    def as_row(self) -> dict[str, object]:
        return {
            "shortcut_key": self.shortcut_key,
            "search_text": self.search_text,
            "signature": self.signature,
            "meaning": self.meaning,
        }


@lru_cache(maxsize=4096)
def _forms(text: str) -> tuple[str, str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """``text_forms``, plus what the signature takes of it: every variant (key, initials, pinyin without spaces), the
    letter pairs a term may hold across two characters (``spelling.joins``), and how a term may begin the text."""
    key = fold(text)
    initials, full = pinyin_forms(key)
    if not key:
        return key, "", "", (), (), ()
    joined_full = FORM_SEP.join(full)
    readings = readings_of(key, joined_full)
    variants = (key, *initials, *(v.replace(" ", "") for v in full))
    return key, FORM_SEP.join(initials), joined_full, variants, tuple(joins(readings)), tuple(starts(readings))


def text_forms(text: str) -> tuple[str, str, str]:
    """(key, initials variants, full-pinyin variants) of one text, as stored."""
    key, initials, full, *_ = _forms(text)
    return key, initials, full


#: A template's words: title, body, shortcut, tags and, optionally, its buyer phrasings.
Item = tuple[str, str, str | None, Sequence[str]] | tuple[str, str, str | None, Sequence[str], Sequence[str]]

#: From this many templates on, their columns are computed in worker processes too, one per core beyond this one
#: (up to MAX_WORKERS): the work is pure Python, so threads would take turns; starting a worker costs about half a
#: second.
PARALLEL_FROM: Final = 20_000
MAX_WORKERS: Final = 4
CHUNK: Final = 5_000


def columns_in_chunks(items: Sequence[Item]) -> Iterator[list[SearchColumns]]:
    """``search_columns`` for many templates, chunk by chunk in order, in parallel when large.

    The caller works on each chunk as it comes (an import writes it). The workers take chunks from the front; while
    the next chunk is not ready, this process computes one from the back, so no core waits for another. Falls back
    to this process alone when worker processes cannot be started (a locked-down machine).
    """
    chunks = [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]
    workers = min((os.cpu_count() or 1) - 1, MAX_WORKERS, len(chunks) - 1)
    if len(items) < PARALLEL_FROM or workers < 1:
        for chunk in chunks:
            yield search_columns(chunk)
        return
    # Imported here: only a large import needs them, and they cost every start-up 15 ms.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))  # never fork: GUI threads
        try:
            futures = [pool.submit(search_columns, chunk) for chunk in chunks]
            here: dict[int, list[SearchColumns]] = {}  # chunks computed in this process
            back = len(chunks) - 1
            for n, chunk in enumerate(chunks):
                while n not in here and not futures[n].done() and back > n:
                    if futures[back].cancel():
                        here[back] = search_columns(chunks[back])
                    back -= 1
                if n in here:
                    yield here.pop(n)
                else:
                    yield search_columns(chunk) if futures[n].cancel() else futures[n].result()
                done += 1
        finally:  # also when the caller stops early (an error, a cancelled import): drop the chunks not started
            pool.shutdown(wait=True, cancel_futures=True)
    except (OSError, BrokenProcessPool, PicklingError):
        for chunk in chunks[done:]:
            yield search_columns(chunk)


@lru_cache(maxsize=4096)
def _tag_forms(tags: tuple[str, ...]) -> tuple[tuple[str, str, str], tuple[str, ...]]:
    """The three stored tag fields of a set of tags, and their variants for the signature (sets repeat a lot)."""
    forms = [f for f in map(_forms, tags) if f[0]]
    fields = (
        TEXT_SEP.join([f[0] for f in forms]),
        TEXT_SEP.join([f[1] for f in forms]),
        TEXT_SEP.join([f[2] for f in forms]),
    )
    return fields, tuple(v for f in forms for v in (*f[3], *f[4]))


def search_columns(items: Sequence[Item]) -> list[SearchColumns]:
    """Search columns for many templates at once (``title, body, shortcut, tags`` each)."""
    with gc_pause.paused():
        return _search_columns(items)


def _search_columns(items: Sequence[Item]) -> list[SearchColumns]:
    partial = []
    groups = []
    meanings = []
    for title, body, shortcut, tags, *more in items:
        asked = more[0] if more else ()
        meanings.append(meaning_of(title, tags, asked, body))
        title_key, title_ini, title_py, variants, title_joins, title_starts = _forms(title)
        code = shortcut_key(shortcut) if shortcut else ""
        if code:
            variants = (*variants, code)
        tag_fields, tag_variants = _tag_forms(tuple(tags))
        body_key = fold(body)
        asked_keys = [k for k in map(fold, asked) if k]
        prefix = [*(v[:2] for v in variants), *title_starts]
        groups.append((prefix, (*variants, *title_joins), tag_variants, (body_key, *asked_keys)))
        fields = (title_key, title_ini, title_py, *tag_fields, body_key, TEXT_SEP.join(asked_keys))
        partial.append((code or None, FIELD_SEP.join(fields)))
    signatures = signature.compute(groups)
    return [
        SearchColumns(code, text, sig, meaning)
        for (code, text), sig, meaning in zip(partial, signatures, meanings, strict=True)
    ]
