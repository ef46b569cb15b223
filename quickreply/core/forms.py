"""What is computed from a template when it is written: folded keys, pinyin forms and the bit signature."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache
from pickle import PicklingError
from typing import Final

from . import signature
from .pinyin import full_forms, initials_forms
from .searchable import FIELD_SEP, FORM_SEP, TEXT_SEP
from .text import fold, shortcut_key


@dataclass(frozen=True)
class SearchColumns:
    """The stored search columns of one template: the search text (see ``searchable.Record.fields``) and signature."""

    shortcut_key: str | None
    search_text: str
    signature: bytes

    def as_row(self) -> dict[str, object]:
        return {"shortcut_key": self.shortcut_key, "search_text": self.search_text, "signature": self.signature}


@lru_cache(maxsize=4096)
def text_forms(text: str) -> tuple[str, str, str]:
    """(key, initials variants, full-pinyin variants) of one text, as stored."""
    key = fold(text)
    return key, FORM_SEP.join(initials_forms(key)), FORM_SEP.join(full_forms(key))


Item = tuple[str, str, str | None, Sequence[str]]

#: From this many templates on, their columns are computed in worker processes, one per core (up to MAX_WORKERS):
#: the work is pure Python, so threads would take turns; starting a worker costs about half a second.
PARALLEL_FROM: Final = 20_000
MAX_WORKERS: Final = 4
CHUNK: Final = 5_000


def columns_in_chunks(items: Sequence[Item]) -> Iterator[list[SearchColumns]]:
    """``search_columns`` for many templates, chunk by chunk in order (for a progress bar), in parallel when large.

    Falls back to this process when worker processes cannot be started (a locked-down machine).
    """
    chunks = [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]
    workers = min(os.cpu_count() or 1, MAX_WORKERS, len(chunks))
    if len(items) < PARALLEL_FROM or workers < 2:
        for chunk in chunks:
            yield search_columns(chunk)
        return
    done = 0
    try:
        context = multiprocessing.get_context("spawn")  # never fork: the GUI has threads
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            for part in pool.map(search_columns, chunks):
                done += 1
                yield part
    except (OSError, BrokenProcessPool, PicklingError):
        for chunk in chunks[done:]:
            yield search_columns(chunk)


def search_columns(items: Sequence[Item]) -> list[SearchColumns]:
    """Search columns for many templates at once (``title, body, shortcut, tags`` each)."""
    partial = []
    groups = []
    for title, body, shortcut, tags in items:
        title_key, title_ini, title_py = text_forms(title)
        code = shortcut_key(shortcut) if shortcut else ""
        tag_forms = [text_forms(t) for t in tags if fold(t)]
        body_key = fold(body)
        title_variants = [
            title_key,
            *title_ini.split(FORM_SEP),
            *(v.replace(" ", "") for v in title_py.split(FORM_SEP)),
        ]
        if code:
            title_variants.append(code)
        tag_texts = []
        for key, ini, py in tag_forms:
            tag_texts += [key, *ini.split(FORM_SEP), *(v.replace(" ", "") for v in py.split(FORM_SEP))]
        groups.append(([v[:2] for v in title_variants if v], title_variants, tag_texts, [body_key]))
        tag_fields = (TEXT_SEP.join(forms[i] for forms in tag_forms) for i in range(3))
        partial.append((code or None, FIELD_SEP.join((title_key, title_ini, title_py, *tag_fields, body_key))))
    signatures = signature.compute(groups)
    return [SearchColumns(*fields, signature=sig) for fields, sig in zip(partial, signatures, strict=True)]
