"""Reading text the way a buyer writes it: what a pasted message (or a reply's title, phrasings and body) is about,
as grams the meaning search compares.

A buyer writes "亲 包油吗？？顺风几天到帐呀😭". Reading it:

1. folding: full-width and case (NFKC), invisible characters out, traditional characters made simplified (運費險 →
   运费险; OpenCC, loaded only when a character is not simplified Chinese);
2. numbers recognised, not read as words: an order number, a tracking number, a phone number, an amount, a weight;
3. the shop's words made one (``resources/search/buyer_words.json``, ours): typos and variants (包油 → 包邮, 顺风 →
   顺丰, 到帐 → 到账), abbreviations and pinyin (kd, sf, bao you), and concepts several wordings share (多久, 几天,
   啥时候 → 时效);
4. what carries no meaning dropped: openers (亲, 请问, 老板), fillers at the end of a clause (吗, 呀, 呢), emoji;
5. the rest cut into clauses at punctuation and words like 另外, each read as Chinese characters and their pairs
   (bigrams), ASCII words, and the concepts and numbers found in it.

Character pairs rather than a word segmenter: buyers' typos and run-on sentences break a segmenter's words, pairs need
no dictionary to load, and the measurements in docs/answer-quality.md show them matching at least as well here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any, Final

from ..folding import is_cjk
from .pinyin import sounds

#: Characters read of a message: a 100,000-character paste is read from its start (a buyer's question is there).
MAX_CHARS: Final = 2000
#: Characters of a pasted message searched with: a buyer's question is in the first lines of a paste (the longest of
#: our 725 test messages has 94), and reading more would cost the agent a frame per keystroke.
MESSAGE_CHARS: Final = 500

# Prefixes that keep gram kinds apart (a concept never equals a character pair).
CONCEPT: Final = "§"
NUMBER: Final = "#"
SOUND: Final = "~"  # two syllables one after the other: ``~bao you`` is 包邮, 包油 and "bao you" alike

# Kinds of number a message holds; the tracking number itself is told apart by core.shipping (which courier).
ORDER, TRACKING, PHONE, AMOUNT, WEIGHT, SIZE, DATE = "订单号", "运单号", "手机号", "金额", "重量", "尺寸", "日期"
#: How long something took (一个礼拜, 半个月, 三个小时): the buyer's story, not the question. Days are left as they
#: are: 七天 and 15天 are the return rules a reply is about.
SPAN: Final = "时长"

_NUMBERS: Final = (
    (TRACKING, re.compile(r"(?<![a-z0-9])[a-z]{1,4}\d{8,18}(?![0-9])")),
    (PHONE, re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")),
    (ORDER, re.compile(r"(?<!\d)\d{15,20}(?!\d)")),
    (TRACKING, re.compile(r"(?<!\d)\d{10,14}(?!\d)")),
    (AMOUNT, re.compile(r"\d+(?:\.\d+)?\s*(?:元|块钱|块|rmb|¥)|[¥￥]\s*\d+(?:\.\d+)?")),
    (WEIGHT, re.compile(r"\d+(?:\.\d+)?\s*(?:公斤|千克|kg|斤|克|g)(?![a-z])")),
    (SIZE, re.compile(r"\d+(?:\.\d+)?\s*(?:cm|厘米|公分|码|mm|毫米)|\d+\s*[x*×]\s*\d+(?:\s*[x*×]\s*\d+)?")),
    (
        SPAN,
        re.compile(
            r"(?:\d+|好几|[一二两三四五六七八九十半]+)\s*个?\s*多?(?:礼拜|星期|月|小时|钟头)(?!内)|好几天|好多天|半天"
        ),
    ),
    (
        DATE,
        re.compile(
            r"(?<!\d)\d{1,2}月\d{1,2}[日号]?|(?<!\d)\d{1,2}[号日](?![码])|周[一二三四五六日天]|星期[一二三四五六日天]"
        ),
    ),
)
_DIGITS: Final = re.compile(r"\d+(?:\.\d+)?")
# Clause breaks: punctuation, spaces, emoji and symbols, and the words buyers use to start a second question.
_BREAK: Final = re.compile(r"[\s,，.。?？!！;；:：、~～…\-—_/\\|()（）\[\]【】{}「」『』\"'“”‘’<>《》+=*&^%$@]+")
# Split before them (zero-width), so the word stays at the start of its clause, where openers are dropped.
_SECOND: Final = re.compile(r"(?=另外|还有就是|还有个问题|顺便问|对了|再问一下|再问下|再就是)")
_INVISIBLE: Final = re.compile(r"[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                               r"\u2060-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb]")  # fmt: skip
_ASCII_WORD: Final = re.compile(r"[a-z][a-z0-9]*|[0-9]+[a-z]+[a-z0-9]*")
#: A question asked as "A not A" (包不包邮, 能不能退, 有没有货, 可不可以): read as the plain word, so that it meets
#: 包邮吗, 能退吗, 有货吗 — the same question — instead of sharing only half its pairs with them.
_A_NOT_A: Final = re.compile(r"([\u4e00-\u9fff])[不没]\1")
_PRODUCT: Final = re.compile(r"【[^】]{0,80}】|\[[^\]]{0,40}\]")
_ANGRY: Final = frozenset("😡🤬😠😤💢👎🖕")
# Emoji, pictographs and other symbols: clause breaks, never grams ([微笑]-style stickers fall to _BREAK's brackets).
_SYMBOLS: Final = re.compile(
    r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u2300-\u23FF\u25A0-\u25FF"
    r"\uFE0F\u200d\u3000-\u303F\uFF01-\uFF0F]"
)
#: Pinyin particles buyers type after a question (bao you ma).
_ASCII_FILLERS: Final = frozenset(
    {"ma", "ne", "a", "ba", "la", "ya", "o", "ah", "haha", "hhh", "hh", "emmm", "emm", "em"}
)


@dataclass(frozen=True)
class Number:
    """A number in a message: its kind (``ORDER``, ``TRACKING``, …) and the text as written."""

    kind: str
    text: str


@dataclass(frozen=True)
class Reading:
    """What a text says, as grams: each clause's, and every number found."""

    clauses: tuple[tuple[str, ...], ...]
    numbers: tuple[Number, ...] = ()
    #: The clauses that start after a word like 另外 or end in a question mark or particle: a second question.
    questions: tuple[tuple[str, ...], ...] = ()
    #: The text as read, folded and with numbers taken out (what a learned phrasing keeps).
    text: str = ""

    @property
    def grams(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for clause in self.clauses:
            counts.update(clause)
        return counts

    @property
    def meaningful(self) -> bool:
        """Whether anything is left to match: not only emoji, punctuation or digits."""
        return any(self.clauses)


@dataclass
class _Words:
    same: re.Pattern[str]
    same_map: dict[str, str]
    ascii_map: dict[str, str]
    longest_ascii: int
    concept_of: dict[str, tuple[str, ...]]
    concepts: re.Pattern[str]
    fillers: re.Pattern[str]
    openers: re.Pattern[str]
    stop: frozenset[str]
    raw: dict[str, Any] = field(repr=False)


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words``, longest first; a Latin word (``qq``) only as a whole word, never inside ``zzzzqqq``."""
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(_whole, ordered)) or r"(?!x)x")


def _whole(word: str) -> str:
    escaped = re.escape(word)
    if word.isascii() and word[:1].isalnum():
        escaped = r"(?<![a-z0-9])" + escaped
    if word.isascii() and word[-1:].isalnum():
        escaped += r"(?![a-z0-9])"
    return escaped


def words_file() -> Path:
    from quickreply.paths import resources  # paths is plain Python; imported late like everywhere in core

    return resources() / "search" / "buyer_words.json"


def load_words(data: dict[str, Any]) -> _Words:
    """The word table, ready to use. ``data`` is ``buyer_words.json`` as read."""
    same = {_fold(k): _fold(v) for k, v in data["same"].items()}
    ascii_map = {_fold(k): _fold(v) for k, v in data["ascii"].items()}
    concept_of: dict[str, list[str]] = {}
    for concept, members in data["concepts"].items():
        for word in members:
            concept_of.setdefault(_plain_question(_fold(str(word))), []).append(str(concept))
    fillers = [_fold(str(w)) for w in data["fillers"]]
    openers = [_fold(str(w)) for w in data["openers"]]
    return _Words(
        same=_alternation(same),
        same_map=same,
        ascii_map=ascii_map,
        longest_ascii=max((k.count(" ") + 1 for k in ascii_map), default=1),
        concept_of={k: tuple(v) for k, v in concept_of.items()},
        concepts=_alternation(concept_of),
        fillers=re.compile("(?:" + _alternation(fillers).pattern + ")+$"),
        openers=re.compile("^(?:" + _alternation(openers).pattern + ")+"),
        stop=frozenset(str(data["stop"])) | {c for w in fillers for c in w if len(w) == 1},
        raw=data,
    )


@cache
def _words() -> _Words:
    return load_words(json.loads(words_file().read_text(encoding="utf-8")))


# --- folding ---------------------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold()
    return _simplified(text)


def _plain_question(text: str) -> str:
    """包不包邮 → 包邮, 有没有货 → 有货: an "A not A" question as its plain word (see ``_A_NOT_A``)."""
    return _A_NOT_A.sub(r"\1", text)


def _simplified(text: str) -> str:
    """Traditional characters as simplified ones; the converter is loaded only for text that needs it."""
    for char in text:
        if is_cjk(char) and not _is_simplified(char):
            return str(_converter()(text))
    return text


@lru_cache(maxsize=8192)
def _is_simplified(char: str) -> bool:
    # GB2312 holds the simplified characters in everyday use and no traditional ones.
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _converter() -> Any:
    try:
        import opencc
    except ImportError:  # a build without it still matches simplified text
        return lambda text: text
    return opencc.OpenCC("t2s").convert


# --- reading ---------------------------------------------------------------------------------------------------


def read(text: str) -> Reading:
    """Read a buyer's message (or any text of a reply) into grams by clause, and the numbers in it."""
    return _read(text[:MAX_CHARS])


@lru_cache(maxsize=4096)
def _read(text: str) -> Reading:
    words = _words()
    text = _fold(text)
    angry = any(c in _ANGRY for c in text)
    numbers: list[Number] = []
    for kind, pattern in _NUMBERS:
        text = pattern.sub(lambda m, k=kind: _keep(numbers, k, m.group()), text)  # type: ignore[misc]
    # A pasted product title says which item, not what the buyer asks: left out, unless it is all there is. Before
    # the symbols go: 【 and 】 are among them.
    unnamed = _PRODUCT.sub(" ", text)
    if _SYMBOLS.sub("", _DIGITS.sub("", unnamed)).strip():
        text = unnamed
    text = _DIGITS.sub(" ", text)
    text = _SYMBOLS.sub(" ", text)
    text = words.same.sub(lambda m: words.same_map[m.group()], text)
    text = _plain_question(text)
    clauses: list[tuple[str, ...]] = []
    questions: list[list[str]] = []
    for part in _SECOND.split(text):
        asked: list[str] = []
        for piece, end in _pieces(part):
            clause = _clause(words, piece)
            if clause:
                clauses.append(clause)
                asked.extend(clause)
            if asked and (end or _QUESTION_END.search(piece)):
                questions.append(asked)
                asked = []
        if asked:
            questions.append(asked)
        heard = _sound_grams(part)
        if heard:
            clauses.append(heard)
    if angry:
        clauses.append((CONCEPT + "不满",))
    for number in numbers:
        clauses.append((NUMBER + number.kind,))
    shown = _BREAK.sub(" ", text).strip()
    return Reading(tuple(clauses), tuple(numbers), questions=tuple(tuple(q) for q in questions), text=shown)


# --- sounds ----------------------------------------------------------------------------------------------------

#: Syllables that only carry the tone of a sentence (吗, 了, 的, "ma"): never half of a sound pair.
_LIGHT_SOUNDS: Final = frozenset({"a", "ma", "ne", "ba", "la", "ya", "o", "ha", "le", "de", "me", "e", "ou", "ai"})
_SOUND_TOKEN: Final = re.compile(r"[a-z]+|\S")


def _sound_grams(part: str) -> tuple[str, ...]:
    """Pairs of syllables that follow each other in ``part``, whether written in characters or typed as pinyin:
    包邮, 包油 (a homophone typo), ``bao you`` and ``baoyou`` all give ``~bao you``. Spaces do not break a run;
    punctuation, digits, emoji and words that are not pinyin do."""
    table = sounds()
    if not table:
        return ()
    grams: list[str] = []
    run: list[tuple[str, ...]] = []
    for found in _SOUND_TOKEN.finditer(part):
        token = found.group()
        heard = _syllables(token) if token.isascii() and token.isalpha() else None
        if heard is not None:
            run.extend((s,) for s in heard)
            continue
        reading = table.get(token) if len(token) == 1 else None
        if reading is not None:
            run.append(reading)
            continue
        grams.extend(_sound_pairs(run))
        run = []
    grams.extend(_sound_pairs(run))
    return tuple(grams)


def _sound_pairs(run: list[tuple[str, ...]]) -> Iterator[str]:
    for first, second in pairwise(run):
        if first[0] in _LIGHT_SOUNDS or second[0] in _LIGHT_SOUNDS:
            continue
        for a in first[:2]:
            for b in second[:2]:
                yield f"{SOUND}{a} {b}"


@cache
def _syllable_set() -> frozenset[str]:
    return frozenset(r for readings in sounds().values() for r in readings if any(v in r for v in "aeiouv"))


@lru_cache(maxsize=8192)
def _syllables(word: str) -> tuple[str, ...] | None:
    """``baoyou`` → ``('bao', 'you')``: the fewest syllables that spell the word exactly; None when none do."""
    known = _syllable_set()
    if not known or len(word) > 40:
        return None
    best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
    best[0] = ()
    for start in range(len(word)):
        before = best[start]
        if before is None:
            continue
        for end in range(start + 1, min(start + 6, len(word)) + 1):
            if word[start:end] in known:
                found = best[end]
                if found is None or len(before) + 1 < len(found):
                    best[end] = (*before, word[start:end])
    return best[-1]


def pinyin_words(text: str) -> int:
    """How many words of ``text`` are pinyin (``bao you ma`` → 3; ``tk sf`` → 0)."""
    return sum(1 for w in text.split() if w.isascii() and w.isalpha() and _syllables(w.casefold()) is not None)


def _pieces(part: str) -> Iterator[tuple[str, bool]]:
    """The pieces of a part between breaks, each with whether a question mark ends it."""
    start = 0
    for found in _BREAK.finditer(part):
        yield part[start : found.start()], "?" in found.group() or "？" in found.group()
        start = found.end()
    yield part[start:], False


def _keep(numbers: list[Number], kind: str, found: str) -> str:
    numbers.append(Number(kind, found))
    return " "


def _clause(words: _Words, piece: str) -> tuple[str, ...]:
    """The grams of one clause: its concepts, its ASCII words (abbreviations and pinyin made Chinese), and the
    characters and character pairs of what is left once openers and trailing fillers are dropped."""
    if not piece:
        return ()
    grams: list[str] = []
    piece = _ascii_words(words, piece)
    for found in words.concepts.findall(piece):
        grams.extend(CONCEPT + c for c in words.concept_of[found])
    core = words.openers.sub("", piece)
    core = words.fillers.sub("", core) if core else core
    run: list[str] = []
    for char in core:
        if is_cjk(char):
            run.append(char)
            continue
        grams.extend(_pairs(run, words.stop))
        run = []
    grams.extend(_pairs(run, words.stop))
    grams.extend(w for w in _ASCII_WORD.findall(core) if len(w) >= 2 and w not in _ASCII_FILLERS)
    return tuple(grams)


def _ascii_words(words: _Words, piece: str) -> str:
    """Abbreviations and pinyin buyers type (kd, sf, baoyou, bao you) replaced by the Chinese they stand for."""
    if piece.isascii() and " " not in piece:
        return words.ascii_map.get(piece, piece) if piece.isalnum() else piece

    def swap(match: re.Match[str]) -> str:
        return words.ascii_map.get(match.group(), match.group())

    return _ASCII_WORD.sub(swap, piece)


def _pairs(run: list[str], stop: frozenset[str]) -> Iterator[str]:
    yield from (c for c in run if c not in stop)
    for first, second in pairwise(run):
        yield first + second


def join_pinyin(text: str) -> str:
    """``bao you`` → ``baoyou`` where the joined word is one the table knows, before the text is read."""
    words = _words()
    parts = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(parts):
        for size in range(min(3, len(parts) - i), 1, -1):
            joined = "".join(parts[i : i + size]).casefold()
            if joined.isascii() and joined in words.ascii_map:
                out.append(joined)
                i += size
                break
        else:
            out.append(parts[i])
            i += 1
    return " ".join(out)


def message_grams(text: str) -> Reading:
    """``read`` for a message as an agent pastes it (pinyin split by spaces joined first)."""
    text = text[:MESSAGE_CHARS]
    return read(join_pinyin(text) if " " in text else text)


_QUESTION_END: Final = re.compile(r"[吗呢啊呀吧么嘛啦哈哦?？!！~～]+\s*$")


def reads_like_message(query: str) -> bool:
    """Whether a query reads like a buyer's message rather than what an agent types to find a reply (``tk``,
    ``退款``, ``sf 时效``): five Chinese characters or more, a question particle or mark at its end, punctuation or
    emoji inside, traditional characters, or a long number."""
    text = query.strip()
    if not text:
        return False
    chinese = [c for c in text if is_cjk(c)]
    if len(chinese) >= 5 or (chinese and _QUESTION_END.search(text)):
        return True
    if any(not _is_simplified(c) for c in chinese):
        return True
    if _SYMBOLS.search(text) or re.search(r"[,，。?？!！;；、]", text) or re.search(r"\d{6,}", text):
        return True
    # "bao you ma", "shou dao le 3q": a sentence typed in pinyin (agents' codes are one or two words).
    return len(text) > 24 or pinyin_words(text) >= 3


# --- learning -------------------------------------------------------------------------------------------------

# Bounded repeats only: a hostile 2,000-character paste must not make the engine backtrack for seconds.
_ADDRESS: Final = re.compile(
    r"[\u4e00-\u9fff]{2,6}(?:省|自治区)?[\u4e00-\u9fff]{0,6}(?:市|州|盟)[\u4e00-\u9fff0-9]{0,12}(?:区|县|镇|乡|街道|路|街|村)"
    r"[\u4e00-\u9fff0-9a-z\-]{0,24}(?:号|栋|幢|单元|室|楼|座|弄|巷|组)?|"
    r"[\u4e00-\u9fff0-9]{1,12}(?:路|街|大道|巷|弄)[0-9]+号[\u4e00-\u9fff0-9\-]{0,20}|"
    r"[\u4e00-\u9fff0-9]{1,10}(?:小区|花园|公寓|大厦)[0-9\-栋幢单元室号楼]*"
)
_NAMED: Final = re.compile(r"(我叫|我是|收件人是?|收货人是?|名字是|姓名是?|联系人是?)[:：]?\s*[\u4e00-\u9fff]{2,4}")
_AT: Final = re.compile(r"@\S+")
_LONG_DIGITS: Final = re.compile(r"[a-z]{0,4}\d{5,}", re.IGNORECASE)
#: Full-width digits, letters and @ as ASCII, for the patterns; the buyer's full-width punctuation (，？) stays.
_NARROW: Final = {c: c - 0xFEE0 for c in (*range(0xFF10, 0xFF1A), *range(0xFF20, 0xFF3B), *range(0xFF41, 0xFF5B))}


def clean_message(text: str) -> str:
    """A buyer's message as it may be kept (a learned phrasing, an unanswered question): order, tracking and phone
    numbers, addresses, names and @mentions replaced by what they were (〔订单号〕, 〔地址〕 …), nothing else changed.
    """
    text = _INVISIBLE.sub("", text[:MAX_CHARS]).translate(_NARROW).strip()
    for kind, pattern in _NUMBERS[:4]:
        text = pattern.sub(f"〔{kind}〕", text) if kind != TRACKING else _tracking(pattern, text)
    text = _ADDRESS.sub("〔地址〕", text)
    text = _NAMED.sub(lambda m: m.group(1) + "〔姓名〕", text)
    text = _AT.sub("〔昵称〕", text)
    text = _LONG_DIGITS.sub("〔号码〕", text)
    return re.sub(r"\s+", " ", text).strip()


def _tracking(pattern: re.Pattern[str], text: str) -> str:
    # The patterns are written for folded (lower-case) text; a buyer pastes SF1234567890123 in capitals.
    return re.compile(pattern.pattern, re.IGNORECASE).sub(f"〔{TRACKING}〕", text)


def key_of(text: str) -> str:
    """What makes two messages the same for learning: their grams, in order, without numbers."""
    reading = read(text)
    return " ".join(g for clause in reading.clauses for g in clause if not g.startswith(NUMBER))
