"""Pinyin forms of a text, computed once when a template is written (never per keystroke).

A text gets two kinds of forms, each a list of variants (polyphonic characters give several):

- initials: one letter per character (``退款时效`` → ``tksx``);
- full: syllables separated by a space (``tui kuan shi xiao``), so a search can insist that a full-pinyin term
  starts at a syllable.

The first variant is how the text is read as words (``银行`` → ``yin hang``, ``重量`` → ``zhong liang``, ``重新`` →
``chong xin``): pypinyin's phrase dictionary, corrected by ``SHOP_WORDS``. The others give each character its other
everyday readings (``yin xing``), which a search still finds but ranks below the first.

Every variant has exactly one letter or syllable per character of the text, which lets mixed terms (``sf时效``) be
matched character by character later.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Final

from ..folding import is_cjk

#: Past this many combinations we stop enumerating and vary one polyphonic character at a time.
MAX_VARIANTS = 8
#: Readings a character offers at most: how the word reads it, then its most used other readings.
MAX_READINGS = 3
#: A reading other than a character's own counts as everyday when pypinyin's phrase dictionary reads the character so
#: in at least this many words: 行 hang (银行, 行业 …) does, 单 shan (a surname) and 款 xin (archaic) do not.
EVERYDAY_WORDS = 2

#: Shop words that pypinyin's phrase dictionary reads otherwise (重开 as zhong kai, 还款 as hai kuan) or not at all:
#: how agents say them. A word here wins over the dictionary wherever it occurs in a text.
SHOP_WORDS: Final = {
    "还款": "huan kuan",
    "重开": "chong kai",
    "重发": "chong fa",
    "重寄": "chong ji",
    "重做": "chong zuo",
    "重下": "chong xia",
    "重买": "chong mai",
    "重填": "chong tian",
    "重拍": "chong pai",
    "重装": "chong zhuang",
    "重来": "chong lai",
    "重置": "chong zhi",
    "重写": "chong xie",
    "重补": "chong bu",
    "重订": "chong ding",
    "重改": "chong gai",
    "重打": "chong da",
    "重签": "chong qian",
    "重贴": "chong tie",
    "重换": "chong huan",
    "重办": "chong ban",
    "重提": "chong ti",
    "重交": "chong jiao",
    "重付": "chong fu",
    "重算": "chong suan",
    "重录": "chong lu",
    "重传": "chong chuan",
    "重排": "chong pai",
    "重配": "chong pei",
    "加长": "jia chang",
    "长宽": "chang kuan",
    "没收到": "mei shou dao",
    "都会": "dou hui",
    "补给": "bu gei",
    "查查": "cha cha",
    "褪色": "tui se",
    "暴晒": "bao shai",
}
_SHOP_WORDS_LONGEST_FIRST: Final = sorted(SHOP_WORDS.items(), key=lambda item: -len(item[0]))
_SHOP_WORD_STARTS: Final = frozenset(word[0] for word in SHOP_WORDS)

#: The polyphonic characters whose second reading the meaning search hears (``sounds``, ``resources/pinyin/chars.txt``);
#: every other character gets its one common reading there. The search forms ask pypinyin's phrase dictionary
#: instead (``everyday_readings``).
POLYPHONES = frozenset(
    "行长重还发得地的了着都为和便差调传藏朝乐量数正只中种处少好空分更几假间将角觉卷看累落没难强切曲散色省似相"
    "兴应载扎折奇模露率薄背参曾称冲当倒度恶供合华划会济结解禁可论蒙宁片铺任识提系吓血要与晕炸占涨区单尽干"
    "给还号喝横哄红画还伙几计夹价教节解尽劲据卡壳肯拉蓝乐了凉燎淋笼露绿率埋脉蔓冒没闷秘泌模磨哪娜那呢宁弄疟"
    "拍炮跑喷漂屏迫曝栖期其强抢悄翘亲区圈雀任仍撒塞厦扇上稍舍什甚盛石识似属刷说宿踏叶沓调帖通吐拓瓦委尾"
    "鲜相削校斜行省宿吁旋压哑燕应佣熨晕咋扎粘择着症殖转赚琢仔综钻作"
)


@cache
def readings(char: str) -> tuple[str, ...]:
    """Toneless readings of one character as the meaning search hears it, common first (``行`` → ``('xing', 'hang')``,
    ``款`` → ``('kuan',)``): at most two, and two only for ``POLYPHONES``."""
    if not is_cjk(char):
        return (char,)
    common = _own_reading(char)
    if char not in POLYPHONES:
        return (common,)
    # Imported here: pypinyin takes 0.4 s to load its dictionaries, and only writing a template needs it.
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="default")[0]
    return tuple(dict.fromkeys([common, *(r.casefold() for r in found if r)]))[:2]


def _toneless(reading: str) -> str:
    """``lǜ`` → ``lv``, ``zhòng`` → ``zhong``: pypinyin's NORMAL style, for readings taken from its dictionaries."""
    decomposed = unicodedata.normalize("NFD", reading.casefold()).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _words_reading() -> dict[str, Counter[str]]:
    """For each polyphonic character, how many words of pypinyin's phrase dictionary read it each way (0.2 s, once)."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    several = {chr(code) for code, found in PINYIN_DICT.items() if "," in found}
    toned: dict[str, Counter[str]] = {}
    for phrase, found in PHRASES_DICT.items():
        for char, options in zip(phrase, found, strict=False):
            if char in several and options:
                toned.setdefault(char, Counter())[options[0]] += 1
    plain: dict[str, Counter[str]] = {}
    for char, counts in toned.items():
        merged: Counter[str] = Counter()
        for reading, times in counts.items():
            merged[_toneless(reading)] += times
        plain[char] = merged
    return plain


@cache
def _own_reading(char: str) -> str:
    """What pypinyin reads a character as on its own (the reading of ``readings`` and of ``everyday_readings``)."""
    from pypinyin import Style, pinyin

    return str(pinyin(char, style=Style.NORMAL, errors="default")[0][0]).casefold()


@cache
def everyday_readings(char: str) -> tuple[str, ...]:
    """A character's readings that agents type, its own first (``长`` → ``('zhang', 'chang')``, ``款`` → ``('kuan',)``).

    Besides the second reading of the curated ``POLYPHONES``, a reading counts when pypinyin's phrase dictionary
    reads the character so in at least ``EVERYDAY_WORDS`` words and one word in twenty (着 zhuo: 着装, 着落 …); its
    archaic readings (说 yue, 款 xin) do not. The most used come first, ``MAX_READINGS`` at most.
    """
    if not is_cjk(char):
        return (char,)
    own = _own_reading(char)
    used = _words_reading().get(char, Counter())
    total = sum(used.values())
    curated = readings(char)[1:]
    others = [
        r
        for r, times in used.most_common()
        if r != own and r.isascii() and r.isalpha() and (r in curated or times >= max(EVERYDAY_WORDS, total / 20))
    ]
    return tuple(dict.fromkeys([own, *others, *curated]))[:MAX_READINGS]


@cache
def _word_syllables(word: str) -> tuple[str, ...] | None:
    from pypinyin.constants import PHRASES_DICT

    found = PHRASES_DICT.get(word)
    if not found or len(found) != len(word) or not all(found):
        return None
    return tuple(_toneless(options[0]) for options in found)


def _run_reading(run: str) -> list[str]:
    """How a run of Chinese characters reads as words, one syllable per character: cut into the words of pypinyin's
    phrase dictionary the way its own ``pinyin()`` does (longest match first), each word read as the dictionary has
    it and every other character on its own; then ``SHOP_WORDS`` over that. Four times faster than calling
    ``pinyin()``, which matters when a pack of 100,000 templates is imported."""
    from pypinyin.seg.mmseg import seg

    syllables: list[str] = []
    for word in seg.cut(run):
        spelled = _word_syllables(word) if len(word) > 1 else None
        syllables += spelled if spelled is not None else [_own_reading(c) for c in word]
    if not _SHOP_WORD_STARTS.isdisjoint(run):
        for word, said in _SHOP_WORDS_LONGEST_FIRST:
            at = run.find(word)
            while at != -1:
                syllables[at : at + len(word)] = said.split(" ")
                at = run.find(word, at + len(word))
    return syllables


@cache
def _options(char: str, word_reading: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys([word_reading, *everyday_readings(char)]))[:MAX_READINGS]


#: Runs of the characters ``folding.is_cjk`` calls Chinese.
_CHINESE_RUN: Final = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]+")


def choices(text: str) -> list[tuple[str, ...]]:
    """Per character of a folded text, its readings: how the text reads it as words first, then its other everyday
    readings (``重新`` → ``[('chong', 'zhong'), ('xin',)]``). A character that is not Chinese reads as itself."""
    out: list[tuple[str, ...]] = []
    done = 0
    for found in _CHINESE_RUN.finditer(text):
        out += [(c,) for c in text[done : found.start()]]
        run = found.group()
        out += map(_options, run, _run_reading(run))
        done = found.end()
    out += [(c,) for c in text[done:]]
    return out


def _variants(per_char: list[tuple[str, ...]], sep: str) -> list[str]:
    total = 1
    for options in per_char:
        total *= len(options)
        if total > MAX_VARIANTS:
            break
    if total == 1:
        return [sep.join([options[0] for options in per_char])]
    if total <= MAX_VARIANTS:
        return [sep.join(combo) for combo in itertools.product(*per_char)]
    # Too many combinations: the word's reading, plus each other reading of one character at a time.
    base = [options[0] for options in per_char]
    out = [sep.join(base)]
    for i, options in enumerate(per_char):
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
    options = choices(text)
    total = 1
    for per_char in options:
        total *= len(per_char)
        if total > MAX_VARIANTS:
            return _variants(_initials_of(options), ""), _variants(options, " ")
    if not options:
        return [], []
    if total == 1:
        syllables = [per_char[0] for per_char in options]
        return ["".join([s[0] for s in syllables])], [" ".join(syllables)]
    # The initials of every full combination, in the same order as their own product (each character's initials
    # are its readings' first letters, in order of first appearance).
    combos = list(itertools.product(*options))
    return list(dict.fromkeys("".join([s[0] for s in combo]) for combo in combos)), [" ".join(c) for c in combos]


def _initials_of(options: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return [tuple(dict.fromkeys(r[0] for r in per_char)) for per_char in options]


def initials_forms(text: str) -> list[str]:
    """Initial-letter variants of a folded text."""
    return _variants(_initials_of(choices(text)), "") if text else []


def full_forms(text: str) -> list[str]:
    """Full-pinyin variants of a folded text, syllables separated by one space."""
    return _variants(choices(text), " ") if text else []


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
