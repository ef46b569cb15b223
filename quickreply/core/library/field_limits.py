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
#: What no field may hold: C0 control characters but tab and line breaks (NUL ends text in C; Excel and our own CSV
#: reader refuse them) and lone surrogates (not text at all: SQLite and every file format refuse them).
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def check_text(field: str, text: str) -> None:
    """``InvalidInput`` naming ``field`` (「模板「退款」的内容」) and the character, when ``text`` holds a control
    character other than tab and line breaks, or a lone surrogate."""
    found = _NOT_TEXT.search(text)
    if found is None:
        return
    char = ord(found.group())
    what = "半个代理对（不是完整的字）" if 0xD800 <= char <= 0xDFFF else "控制字符"
    raise InvalidInput(
        f"{field}第 {found.start() + 1} 个字是{what} U+{char:04X}，不能保存：请删掉它（常见于从别的软件复制来的文字）。"
    )


def without_controls(text: str) -> str:
    """``text`` without what ``check_text`` refuses: for writing out a library that took such text before."""
    return _NOT_TEXT.sub("", text)


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
    for phrasing in phrasings:
        check_text(f"模板「{_shown(title)}」的买家问法", phrasing)
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
    """``InvalidInput`` naming the template and the field, if one is empty, too long or holds what is not text."""
    check_text("标题", title)
    shown = _shown(title)
    check_text(f"模板「{shown}」的内容", body)
    if shortcut is not None:
        check_text(f"模板「{shown}」的快捷码", shortcut)
    for tag in tags:
        check_text(f"模板「{shown}」的标签", tag)
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


def _shown(title: str) -> str:
    """A title as a message names it: what ``check_text`` refuses left out, at most 20 characters."""
    return without_controls(title)[:20]
