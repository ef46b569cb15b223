"""Pinyin forms of a text, computed once when a template is written (never per keystroke).

A text gets two kinds of forms, each a list of variants (polyphonic characters give several):

- initials: one letter per character (``退款时效`` → ``tksx``);
- full: syllables separated by a space (``tui kuan shi xiao``), so a search can insist that a full-pinyin term
  starts at a syllable.

Every variant has exactly one letter or syllable per character of the text, which lets mixed terms (``sf时效``) be
matched character by character later.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from ..folding import is_cjk

#: Past this many combinations we stop enumerating and vary one polyphonic character at a time.
MAX_VARIANTS = 8

#: Everyday polyphonic characters (多音字) whose other readings agents actually type. pypinyin also knows archaic
#: readings (已 → si, 款 → xin); offering those would make short pinyin queries match unrelated replies, so every
#: character not listed here gets its one common reading.
POLYPHONES = frozenset(
    "行长重还发得地的了着都为和便差调传藏朝乐量数正只中种处少好空分更几假间将角觉卷看累落没难强切曲散色省似相"
    "兴应载扎折奇模露率薄背参曾称冲当倒度恶供合华划会济结解禁可论蒙宁片铺任识提系吓血要与晕炸占涨区单尽干"
    "给还号喝横哄红画还伙几计夹价教节解尽劲据卡壳肯拉蓝乐了凉燎淋笼露绿率埋脉蔓冒没闷秘泌模磨哪娜那呢宁弄疟"
    "拍炮跑喷漂屏迫曝栖期其强抢悄翘亲区圈雀任仍撒塞厦扇上稍舍什甚盛石识似属刷说宿踏叶沓调帖通吐拓瓦委尾"
    "鲜相削校斜行省宿吁旋压哑燕应佣熨晕咋扎粘择着症殖转赚琢仔综钻作"
)


@cache
def readings(char: str) -> tuple[str, ...]:
    """Toneless readings of one character, common first (``行`` → ``('xing', 'hang')``, ``款`` → ``('kuan',)``)."""
    if not is_cjk(char):
        return (char,)
    # Imported here: pypinyin takes 0.4 s to load its dictionaries, and only writing a template needs it.
    from pypinyin import Style, pinyin

    common = pinyin(char, style=Style.NORMAL, errors="default")[0][0].casefold()
    if char not in POLYPHONES:
        return (common,)
    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="default")[0]
    return tuple(dict.fromkeys([common, *(r.casefold() for r in found if r)]))[:2]


@cache
def initials(char: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(r[0] for r in readings(char)))


def _variants(choices: list[tuple[str, ...]], sep: str) -> list[str]:
    total = 1
    for options in choices:
        total *= len(options)
        if total > MAX_VARIANTS:
            break
    if total == 1:
        return [sep.join([options[0] for options in choices])]
    if total <= MAX_VARIANTS:
        return [sep.join(combo) for combo in itertools.product(*choices)]
    # Too many combinations: the common reading, plus each other reading of one character at a time.
    base = [options[0] for options in choices]
    out = [sep.join(base)]
    for i, options in enumerate(choices):
        for other in options[1:]:
            out.append(sep.join([*base[:i], other, *base[i + 1 :]]))
    return list(dict.fromkeys(out))


#: Forms computed ahead of time (see ``preload``), by folded text.
_known: dict[str, tuple[list[str], list[str]]] = {}


def preload(path: Path) -> int:
    """Take the forms in a file written by ``write_forms``; returns how many. A missing or broken file is skipped:
    the forms are then computed as usual, only slower (pypinyin takes a few tenths of a second to load).

    The bundled library ships one, so a new data home is created without loading pypinyin at all.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        found = {str(k): ([str(i) for i in v[0]], [str(f) for f in v[1]]) for k, v in data.items()}
    except (OSError, ValueError, TypeError, AttributeError, IndexError, KeyError):
        return 0
    _known.update(found)
    return len(found)


def write_forms(texts: Iterable[str], path: Path) -> int:
    """Write the forms of ``texts`` (folded) for ``preload``; returns how many."""
    lines = [json.dumps({text: forms(text)}, ensure_ascii=False)[1:-1] for text in sorted(set(texts)) if text]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")  # a line per text: readable diffs
    return len(lines)


def forms(text: str) -> tuple[list[str], list[str]]:
    """``(initials_forms(text), full_forms(text))``, from one pass over the readings when there are few variants."""
    known = _known.get(text)
    if known is not None:
        return known
    choices = list(map(readings, text))
    total = 1
    for options in choices:
        total *= len(options)
        if total > MAX_VARIANTS:
            return initials_forms(text), full_forms(text)
    if not choices:
        return [], []
    if total == 1:
        syllables = [options[0] for options in choices]
        return ["".join([s[0] for s in syllables])], [" ".join(syllables)]
    # The initials of every full combination, in the same order as their own product (each character's initials
    # are its readings' first letters, in order of first appearance).
    combos = list(itertools.product(*choices))
    return list(dict.fromkeys("".join([s[0] for s in combo]) for combo in combos)), [" ".join(c) for c in combos]


def initials_forms(text: str) -> list[str]:
    """Initial-letter variants of a folded text."""
    return _variants(list(map(initials, text)), "") if text else []


def full_forms(text: str) -> list[str]:
    """Full-pinyin variants of a folded text, syllables separated by one space."""
    return _variants(list(map(readings, text)), " ") if text else []


def write_sounds(chars: Iterable[str], path: Path) -> int:
    """Write the readings of ``chars`` (one line each: the character, then its readings) for ``sounds``."""
    lines = [f"{c} {' '.join(readings(c))}\n" for c in sorted(set(chars))]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")
    return len(lines)


@cache
def sounds() -> dict[str, tuple[str, ...]]:
    """Readings of the characters buyers write, read from ``resources/pinyin/chars.txt`` (no pypinyin): what the
    meaning search hears a homophone typo (包油) or typed pinyin (bao you) by. A missing or damaged table gives none."""
    from quickreply.paths import resources  # paths is plain Python; imported late like everywhere in core

    try:
        text = (resources() / "pinyin" / "chars.txt").read_text(encoding="utf-8")
    except OSError:
        return {}
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        char, _, rest = line.partition(" ")
        if len(char) == 1 and rest:
            table[char] = tuple(rest.split())
    return table
