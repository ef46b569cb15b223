"""Other spellings of what the agent typed: fuzzy sounds (a setting) and one typo, each ranked below exact hits.

Both work on the letters alone, with the table of Mandarin syllables below, so nothing here needs pypinyin:

- ``heard_forms("shun", {"s/sh"})`` → how a reading may be typed (``sun``), which ``spelling.walk`` meets it by;
  ``fuzzy_spellings("sunfen", {"s/sh", "en/eng"})`` → the spellings the agent may have meant (``shunfeng``, …), read
  piece by piece as syllables, initials or a half-typed last syllable, for the bit filter;
- ``corrections("tuikaun")`` → full-pinyin spellings one edit away (``tuikuan``: a letter substituted, missing,
  extra, or two neighbours swapped), found by walking the syllable table with one edit to spend;
- ``code_neighbours("tkbh")`` → the codes a mistyped shortcut code may have been, to look them up by.

A search then matches each spelling exactly, so the bit filter that narrows exact matches narrows these too.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import product
from typing import Final

from .spelling import DOUBLE_INITIALS

#: Mandarin syllables as pypinyin spells them without tones (ü as v), interjections such as hm and ng left out.
SYLLABLES: Final = frozenset(
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng "
    "cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu "
    "cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo "
    "e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai "
    "guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia "
    "jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai "
    "kuan kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian liang liao lie lin ling liu lo long lou "
    "lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan "
    "nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou pa pai pan "
    "pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan "
    "que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai "
    "shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui "
    "sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei "
    "wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo "
    "yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi "
    "zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo".split()
)
#: Every start of a syllable (``z``, ``zh``, ``zho``, …): what a half-typed last syllable may be.
PREFIXES: Final = frozenset(s[:n] for s in SYLLABLES for n in range(1, len(s) + 1))
_LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"
_CODE_LETTERS: Final = _LETTERS + "0123456789"
_VOWELS: Final = frozenset("aeiouv")

#: Fuzzy sounds (模糊音) an agent may switch on, each a pair of sounds heard as one.
FUZZY_RULES: Final = ("z/zh", "c/ch", "s/sh", "n/l", "f/h", "an/ang", "en/eng", "in/ing")
#: Terms shorter than this are not corrected: two letters are an initial or two, not a misspelt word.
MIN_TYPO: Final = 3
#: At most this many spellings per term and kind: a long term of fuzzy sounds could have hundreds.
MAX_SPELLINGS: Final = 32
#: Up to this many letters the typos forgiven are the listed ``corrections``; a longer term is specific enough for
#: any typo of the kinds forgiven, which the search looks for by the term's two halves instead (``index``).
LISTED_TYPOS_UP_TO: Final = 8

_INITIAL_SWAPS: Final = {
    "z/zh": (("zh", "z"), ("z", "zh")),
    "c/ch": (("ch", "c"), ("c", "ch")),
    "s/sh": (("sh", "s"), ("s", "sh")),
    "n/l": (("n", "l"), ("l", "n")),
    "f/h": (("f", "h"), ("h", "f")),
}
_FINAL_SWAPS: Final = {
    "an/ang": (("ang", "an"), ("an", "ang")),
    "en/eng": (("eng", "en"), ("en", "eng")),
    "in/ing": (("ing", "in"), ("in", "ing")),
}


def _initial_forms(spelled: str, rules: frozenset[str]) -> set[str]:
    """``spelled`` and what its initial may be heard as (``shun`` → ``sun`` with s/sh)."""
    out = {spelled}
    for rule in rules:
        for heard, meant in _INITIAL_SWAPS.get(rule, ()):
            rest = spelled[len(heard) :]
            if spelled.startswith(heard) and not (heard in "zcs" and rest.startswith("h")):
                out.add(meant + rest)
    return out


def _final_forms(spelled: str, rules: frozenset[str]) -> set[str]:
    out = {spelled}
    for rule in rules:
        for heard, meant in _FINAL_SWAPS.get(rule, ()):
            if spelled.endswith(heard) and not (heard.endswith("n") and spelled.endswith(heard + "g")):
                out.add(spelled[: len(spelled) - len(heard)] + meant)
    return out


def _sound_forms(spelled: str, rules: frozenset[str]) -> set[str]:
    return {f for i in _initial_forms(spelled, rules) for f in _final_forms(i, rules)}


@lru_cache(maxsize=8192)
def heard_forms(reading: str, rules: frozenset[str]) -> tuple[str, ...]:
    """How a reading may be typed when the sounds in ``rules`` are heard as one, itself first (``shun`` with s/sh →
    ``('shun', 'sun')``): what ``spelling.walk`` meets a character by when fuzzy sounds are on."""
    if not rules or not reading.isascii():
        return (reading,)
    return (reading, *sorted(_sound_forms(reading, rules) - {reading}))


@lru_cache(maxsize=16)
def _heard_as(rules: frozenset[str]) -> dict[str, frozenset[str]]:
    """For every way a syllable may be typed under ``rules``, the syllables it may mean (``sun`` → shun, sun)."""
    table: dict[str, set[str]] = {}
    for syllable in SYLLABLES:
        for typed in _sound_forms(syllable, rules):
            table.setdefault(typed, set()).add(syllable)
    return {typed: frozenset(meant) for typed, meant in table.items()}


def _meant(term: str, rules: frozenset[str]) -> set[str] | None:
    """Every spelling ``term`` may stand for under ``rules`` (itself included), or None past ``MAX_SPELLINGS``."""
    heard = _heard_as(rules)
    memo: dict[int, set[str] | None] = {}

    def rest_of(j: int) -> set[str] | None:
        if j == len(term):
            return {""}
        if j in memo:
            return memo[j]
        # the last syllable, half typed: its sounds swapped as far as a start of some syllable allows
        out = _sound_forms(term[j:], rules) & PREFIXES
        pieces: list[tuple[int, Iterable[str]]] = [(n, heard.get(term[j : j + n], ())) for n in range(1, 7)]
        if term[j : j + 2] in DOUBLE_INITIALS:
            pieces.append((2, _initial_forms(term[j : j + 2], rules)))
        pieces.append((1, _initial_forms(term[j], rules) & PREFIXES))
        for size, meant in pieces:
            if not meant or j + size > len(term):
                continue
            follow = rest_of(j + size)
            if follow is None:
                memo[j] = None
                return None
            out.update(a + b for a, b in product(meant, follow))
            if len(out) > MAX_SPELLINGS:
                memo[j] = None
                return None
        memo[j] = out
        return out

    return rest_of(0)


@lru_cache(maxsize=512)
def fuzzy_spellings(term: str, rules: frozenset[str]) -> tuple[str, ...]:
    """Spellings that any text ``term`` meets with the fuzzy sounds in ``rules`` holds exactly (``sunfen`` →
    ``shunfeng``, …), for the bit filter: every spelling of the term, or of its longest start that has no more than
    ``MAX_SPELLINGS`` (a start of a match is a match of the start, its last syllable half typed). The term itself is
    left out; none for a term that is not all letters."""
    if not rules or not term.isascii() or not term.isalpha():
        return ()
    for size in range(len(term), 0, -1):
        found = _meant(term[:size], rules)
        if found is not None:
            return tuple(sorted(found - {term}))
    return ()


def typo_checked(term: str) -> bool:
    """Whether ``term`` is one a typo is forgiven in: letters only, at least ``MIN_TYPO``, and a vowel (``tkdz`` is
    initials: each letter there is a character of its own, not a misspelling)."""
    return len(term) >= MIN_TYPO and term.isascii() and term.isalpha() and not _VOWELS.isdisjoint(term)


#: Neighbouring keys on a QWERTY keyboard: a substituted letter is one of these, or another vowel.
_NEAR: Final = {
    row[i]: row[max(0, i - 1) : i] + row[i + 1 : i + 2] + "".join(o[max(0, i - 1) : i + 2] for o in others)
    for row, others in (
        ("qwertyuiop", ("asdfghjkl",)),
        ("asdfghjkl", ("qwertyuiop", "zxcvbnm")),
        ("zxcvbnm", ("asdfghjkl",)),
    )
    for i in range(len(row))
}


def _moves(part: str, letter: str) -> list[str]:
    """Where the walk through the syllable table goes with one more letter: on in this syllable, or a new one."""
    out = [part + letter] if part + letter in PREFIXES else []
    if part in SYLLABLES and letter in PREFIXES:
        out.append(letter)
    return out


def _substitutes(letter: str) -> str:
    near = _NEAR.get(letter, "")
    return near + ("aeiouv".replace(letter, "") if letter in _VOWELS else "")


def is_pinyin(spelled: str) -> bool:
    """Whether ``spelled`` reads as syllables, the last maybe half typed (``tuik``, not ``tiuk``)."""
    return _syllables(spelled) < 99


@lru_cache(maxsize=512)
def corrections(term: str) -> tuple[str, ...]:
    """The full-pinyin spellings one typo away from ``term`` that are forgiven, likeliest first: three letters at
    least, read as syllables with the last maybe half typed; two neighbouring letters swapped, a letter too many or
    left out, or one substituted by a neighbouring key or another vowel (``tuikaun`` → ``tuikuan``); never the first
    letter (``uikuan`` starts inside a syllable of tuikuan, and stays unmatched). The ``MAX_SPELLINGS`` that read in
    the fewest syllables, the likelier kind of typo first, are kept. Empty when ``typo_checked`` is false.

    Each spelling is ``term`` with a few letters changed at one place, so the walk through the syllable table is done
    once for the starts of the term (which syllable parts each can end in) and once for its ends (from which parts
    each can be read to the end), and every edit only joins the two.
    """
    if not typo_checked(term):
        return ()
    size = len(term)
    before: list[set[str]] = [{""}]  # the syllable parts term[:i] can end in
    for letter in term:
        before.append({n for part in before[-1] for n in _moves(part, letter)})
    reads_on: dict[tuple[int, str], bool] = {}

    def after(j: int, part: str) -> bool:  # whether term[j:] reads on from ``part`` to the end
        if j == size:
            return part != ""
        key = (j, part)
        if key not in reads_on:
            reads_on[key] = any(after(j + 1, n) for n in _moves(part, term[j]))
        return reads_on[key]

    def joins(i: int, letters: str, j: int) -> bool:  # term[:i] + letters + term[j:] reads as pinyin
        parts = before[i]
        for letter in letters:
            parts = {n for part in parts for n in _moves(part, letter)}
        return any(after(j, part) for part in parts)

    found: dict[str, tuple[int, int]] = {}  # spelling → (kind of typo, how many syllables it reads as)

    def keep(spelled: str, kind: int) -> None:
        if len(spelled) >= MIN_TYPO and spelled != term and kind < found.get(spelled, (9, 0))[0]:
            found[spelled] = (kind, _syllables(spelled))

    for i, here in enumerate(term):
        if i == 0:  # the first letter is taken as typed: ``uikuan`` is no typo of tuikuan
            continue
        if i + 1 < size and term[i + 1] != here and joins(i, term[i + 1] + here, i + 2):
            keep(term[:i] + term[i + 1] + here + term[i + 2 :], 0)  # two swapped
        if joins(i, "", i + 1):
            keep(term[:i] + term[i + 1 :], 1 if here == term[i - 1] else 2)  # a letter too many (a doubled one first)
        for letter in _LETTERS:  # a letter left out (not after the last one: there the term is half typed)
            if joins(i, letter, i):
                keep(term[:i] + letter + term[i:], 3)
        for letter in _substitutes(here):
            if joins(i, letter, i + 1):
                keep(term[:i] + letter + term[i + 1 :], 4 if letter in _NEAR.get(here, "") else 5)
    # The likeliest first, in the fewest syllables (``tuikuan`` before ``tuikabun``); the rest are not forgiven.
    ordered = sorted(found, key=lambda s: (found[s][1], found[s][0], s))
    return tuple(ordered[:MAX_SPELLINGS])


@lru_cache(maxsize=8192)
def _syllables(spelled: str) -> int:
    """The fewest syllables ``spelled`` reads as, the last maybe half typed (99: it does not read as pinyin)."""
    best = [0] + [99] * len(spelled)
    for end in range(1, len(spelled) + 1):
        for start in range(max(0, end - 6), end):
            piece = spelled[start:end]
            if piece in SYLLABLES or (end == len(spelled) and piece in PREFIXES):
                best[end] = min(best[end], best[start] + 1)
    return best[-1]


@lru_cache(maxsize=512)
def forgiven(term: str) -> frozenset[str] | None:
    """The spellings a typo in ``term`` may stand for; None when any of the kinds forgiven counts (a long term)."""
    return frozenset(corrections(term)) if len(term) <= LISTED_TYPOS_UP_TO else None


def typo_meets(term: str, text: str) -> int:
    """How many letters of ``text``'s start ``term`` meets with one typo of the kinds ``corrections`` forgives
    (``tuikaun`` meets 7 of ``tuikuandaozhang``), or -1: also when the term meets the start without any typo, and when
    its first letter is not the text's."""
    size = len(term)
    i = 0
    while i < size and i < len(text) and term[i] == text[i]:
        i += 1
    if i == size or i == 0:
        return -1
    found = -1
    if i + 1 < size and i + 1 < len(text) and term[i] == text[i + 1] and term[i + 1] == text[i]:
        found = size if text.startswith(term[i + 2 :], i + 2) else -1
    if found < 0 and text.startswith(term[i + 1 :], i):
        found = size - 1
    if found < 0 and i < len(text) and text.startswith(term[i:], i + 1):
        found = size + 1
    if found < 0 and i < len(text) and text[i] in _substitutes(term[i]) and text.startswith(term[i + 1 :], i + 1):
        found = size
    if found < MIN_TYPO or not is_pinyin(text[:found]):
        return -1
    return found


def code_neighbours(code: str) -> set[str]:
    """Every code a mistyped shortcut code may have been: two neighbouring letters swapped, one too many or one left
    out (``tkbh`` for tkhb, ``tkk`` for tk). Not a substituted one: ``pl4`` and ``pl0`` are two codes, not a typo."""
    out: set[str] = set()
    for i in range(len(code) + 1):
        out.update(code[:i] + c + code[i:] for c in _CODE_LETTERS)
        if i < len(code):
            out.add(code[:i] + code[i + 1 :])
        if i + 1 < len(code):
            out.add(code[:i] + code[i + 1] + code[i] + code[i + 2 :])
    out.discard(code)
    return out


def code_typo(typed: str, code: str) -> bool:
    """Whether ``typed`` is shortcut ``code`` with one of the typos ``code_neighbours`` forgives."""
    if typed == code or abs(len(typed) - len(code)) > 1:
        return False
    i = 0
    while i < min(len(typed), len(code)) and typed[i] == code[i]:
        i += 1
    a, b = typed[i:], code[i:]
    return a == b[1:] or a[1:] == b or (len(a) == len(b) and a[:2] == b[1::-1] and a[2:] == b[2:])
