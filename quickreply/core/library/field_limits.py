"""What a template's fields may hold: limits, and tags and buyer phrasings as an agent types them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..errors import InvalidInput
from ..folding import FORMAT_CHARACTERS, format_characters, shortcut_key

MAX_TITLE = 200
MAX_BODY = 100_000
MAX_SHORTCUT = 32
MAX_TAGS = 20
MAX_PHRASINGS = 50
MAX_PHRASING = 300

_FORMAT = re.compile(f"[{FORMAT_CHARACTERS}]")
_TAG_SPLIT = re.compile(r"[,，、;；\s]+")


def split_tags(tags: str | Iterable[str] | None) -> tuple[str, ...]:
    """Tags from a list or from text an agent typed (``退款,到账`` or ``退款、到账``), trimmed and de-duplicated."""
    if tags is None:
        return ()
    raw = _TAG_SPLIT.split(tags) if isinstance(tags, str) else [t.strip() for t in tags]
    return tuple(dict.fromkeys(filter(None, raw)))


def split_phrasings(phrasings: str | Iterable[str] | None) -> tuple[str, ...]:
    """Buyer phrasings from a list or from text with one per line, trimmed, empty lines dropped, each once."""
    if phrasings is None:
        return ()
    lines = phrasings.splitlines() if isinstance(phrasings, str) else phrasings
    return tuple(dict.fromkeys(filter(None, (" ".join(str(p).split()) for p in lines))))


def check_phrasings(title: str, phrasings: Sequence[str]) -> None:
    """``InvalidInput`` naming the template when its buyer phrasings are too many or one is too long."""
    if len(phrasings) > MAX_PHRASINGS:
        raise InvalidInput(f"模板「{title}」有 {len(phrasings)} 条买家问法，最多 {MAX_PHRASINGS} 条。")
    for phrasing in phrasings:
        if len(phrasing) > MAX_PHRASING:
            raise InvalidInput(
                f"模板「{title}」的买家问法「{phrasing[:20]}…」有 {len(phrasing)} 个字，每条最多 {MAX_PHRASING} 个字。"
            )


def check_shortcut_text(shortcut: str) -> None:
    """``InvalidInput`` when a shortcut code is too long or holds invisible format characters.

    A code with a zero-width space, word joiner, soft hyphen or bidi override in it looks like another code (``tk``
    and ``tk\u2060`` show the same) but is typed differently: refused, with what to do, rather than kept as a code
    nobody can type.
    """
    hidden = format_characters(shortcut)
    if hidden:
        shown = _FORMAT.sub("", shortcut)[:40]
        raise InvalidInput(
            f"快捷码「{shown}」里有看不见的字符（{'、'.join(hidden)}），多半是复制时带进来的：请删掉这个快捷码重新输入。"
        )
    if len(shortcut_key(shortcut)) > MAX_SHORTCUT:
        raise InvalidInput(f"快捷码「{shortcut[:40]}」太长，最多 {MAX_SHORTCUT} 个字符。")


def check_fields(title: str, body: str, shortcut: str | None, tags: Sequence[str]) -> None:
    """``InvalidInput`` naming the template and the field, if one is empty or too long."""
    if not title.strip():
        raise InvalidInput("标题不能为空：请给模板起一个便于查找的标题。")
    if len(title) > MAX_TITLE:
        raise InvalidInput(f"标题有 {len(title)} 个字，最多 {MAX_TITLE} 个字。")
    if not body.strip():
        raise InvalidInput(f"模板「{title}」的内容是空的：请填写要发给买家的话。")
    if len(body) > MAX_BODY:
        raise InvalidInput(f"模板「{title}」的内容有 {len(body)} 个字，最多 {MAX_BODY} 个字。")
    if shortcut is not None:
        check_shortcut_text(shortcut)
    if len(tags) > MAX_TAGS:
        raise InvalidInput(f"模板「{title}」有 {len(tags)} 个标签，最多 {MAX_TAGS} 个。")
