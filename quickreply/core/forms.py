"""What is computed from a template when it is written: folded keys, pinyin forms and the bit signature."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

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


def search_columns(
    items: Sequence[tuple[str, str, str | None, Sequence[str]]],
) -> list[SearchColumns]:
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
