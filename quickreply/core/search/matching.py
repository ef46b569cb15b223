"""Matching query terms against a template's texts, and how well: the tier and the quality of a match.

The search index only narrows the field; whatever it keeps is judged here. A template's rank is
``quality * 10 + tier`` (lower is better): the tier says where the terms were found (see ``index``), the quality how:

0. as typed: the text itself, its initials, or its full pinyin (``yinhang`` for 银行, ``tuik`` for 退款), each
   character read the way its word reads it;
1. initials mixed with syllables (``tkuan`` for 退款: ``shuo`` finds 说明 before it finds 收货 as s + huo);
2. through another everyday reading of one of its characters (``yinxing`` for 银行);
3. through a fuzzy sound the agent switched on (``sunfeng`` for 顺丰 with s/sh);
4. with one typo forgiven (``tuikaun`` for 退款), or a shortcut code with two letters swapped, one too many or
   one left out (``tkbh`` for tkhb).

So a template a term meets as typed always ranks above one it meets only by a mix, another reading, a fuzzy sound or
a typo. Fuzzy sounds meet titles and tags, typos titles and shortcut codes; neither meets bodies (they hold no
pinyin). Chinese mixed with letters (``退k``) counts as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property, lru_cache, partial

from ..folding import has_cjk, is_cjk
from . import alternatives
from .records import FORM_SEP, TEXT_SEP, CategoryForms, Record
from .spelling import aligned, columns_of, walk

#: Qualities of a match, best first (see above).
AS_TYPED, MIXED, OTHER_READING, FUZZY, TYPO = 0, 1, 2, 3, 4


def kind_of(term: str) -> str:
    """ "ascii" (pinyin, initials, codes), "mixed" (pinyin and Chinese in one term) or "text"."""
    if term.isascii():
        return "ascii"
    if has_cjk(term) and any("a" <= c <= "z" for c in term):
        return "mixed"
    return "text"


def _as_typed(term: str, kind: str, key: str, initials: str, pinyin: str) -> bool:
    """Whether ``term`` meets one text as typed: the text itself, or the initials or full pinyin of its words' reading
    (cheap: no walk, except for a term of Chinese and letters)."""
    if term in key:
        return True
    if kind == "text" or not key:
        return False
    if kind == "ascii":
        return term in initials.partition(FORM_SEP)[0] or aligned(term, (pinyin.partition(FORM_SEP)[0],))
    return walk(term, key, columns_of(key, pinyin), level=0) is not None


@lru_cache(maxsize=65536)
def _one_quality(term: str, kind: str, key: str, initials: str, pinyin: str) -> int | None:
    """How well ``term`` meets one text (at most ``OTHER_READING``), or None. Kept: each quality is looked for in a
    pass of its own (see ``index``), and tags and category names repeat across templates."""
    if _as_typed(term, kind, key, initials, pinyin):
        return AS_TYPED
    if kind == "text" or not key or (kind == "mixed" and not has_cjk(key)):
        return None
    columns = columns_of(key, pinyin)
    if len(columns) == 1:
        return MIXED if kind == "ascii" and walk(term, key, columns, level=0) is not None else None
    # Most texts checked do not match at all: one walk with every reading says so; only a match needs the second.
    other_initials = initials.partition(FORM_SEP)[2]
    other_full = pinyin.partition(FORM_SEP)[2]
    if kind == "ascii" and (term in other_initials or aligned(term, other_full.split(FORM_SEP))):
        found: int | None = OTHER_READING
    else:
        found = OTHER_READING if walk(term, key, columns, level=1) is not None else None
    if found is not None and kind == "ascii" and walk(term, key, columns, level=0) is not None:
        return MIXED
    return found


def text_quality(term: str, kind: str, key: str, initials: str, pinyin: str, worst: int = OTHER_READING) -> int | None:
    """How well ``term`` meets one text field (the title, or all tags joined by ``TEXT_SEP``): ``AS_TYPED``,
    ``MIXED`` or ``OTHER_READING`` (no worse than ``worst``), or None when it does not (by text, initials, full
    pinyin or a mix)."""
    texts = zip(key.split(TEXT_SEP), initials.split(TEXT_SEP), pinyin.split(TEXT_SEP), strict=False)
    if worst == AS_TYPED:
        return AS_TYPED if any(_as_typed(term, kind, k, i, p) for k, i, p in texts) else None
    best: int | None = None
    for k, i, p in texts:
        found = _one_quality(term, kind, k, i, p)
        if found is not None and found <= worst and (best is None or found < best):
            best = found
            if best == AS_TYPED:
                break
    return best


def heard_in(term: str, key: str, pinyin: str, rules: frozenset[str], at_start: bool = False) -> tuple[int, int] | None:
    """Where ``term`` meets a text (or one of its tags) with the fuzzy sounds in ``rules``, or None."""
    heard = partial(alternatives.heard_forms, rules=rules)
    for k, p in zip(key.split(TEXT_SEP), pinyin.split(TEXT_SEP), strict=False):
        found = walk(term, k, columns_of(k, p), 1, at_start, heard)
        if found is not None:
            return found
    return None


def typo_in(term: str, pinyin: str, at_start: bool = False) -> tuple[int, int, str] | None:
    """Where ``term`` meets full pinyin from the start of a syllable with one typo forgiven (``alternatives``), as
    (first syllable, letters met, variant), or None."""
    allowed = alternatives.forgiven(term)
    for variant in pinyin.split(FORM_SEP):
        syllables = variant.split(" ")
        joined = "".join(syllables)
        pos = 0
        for index, syllable in enumerate(syllables):
            letters = alternatives.typo_meets(term, joined[pos:])
            if letters >= 0 and (allowed is None or joined[pos : pos + letters] in allowed):
                return index, letters, variant
            if at_start:
                break
            pos += len(syllable)
    return None


def _starts(term: str, kind: str, record: Record, worst: int) -> bool:
    """Whether ``term`` starts the title (text, initials, pinyin or a mix) or the shortcut, no worse than ``worst``."""
    title_key, title_initials, title_pinyin = record.fields[:3]
    if title_key.startswith(term) or record.shortcut_key.startswith(term):
        return True
    if kind == "text":
        return False
    initials = title_initials.split(FORM_SEP)
    full = title_pinyin.split(FORM_SEP)
    if worst < OTHER_READING:
        initials, full = initials[:1], full[:1]
    if kind == "ascii" and (any(v.startswith(term) for v in initials) or aligned(term, full, at_start=True)):
        return True
    if kind == "ascii" and worst < MIXED:
        return False
    level = 0 if worst < OTHER_READING else 1
    return walk(term, title_key, columns_of(title_key, title_pinyin), level, at_start=True) is not None


def own_name_matches(term: str, forms: CategoryForms) -> bool:
    """``term`` starts the category's own name (not its parent's), by text, initials or pinyin."""
    key, initials, pinyin = forms.keys[0], forms.initials[0], forms.pinyin[0]
    if key.startswith(term) or any(v.startswith(term) for v in initials.split(FORM_SEP)):
        return True
    return aligned(term, pinyin.split(FORM_SEP), at_start=True)


def category_quality(term: str, forms: CategoryForms, kind: str | None = None) -> int | None:
    """How well ``term`` meets a category's name or its parent's (up to ``OTHER_READING``), or None."""
    kind = kind or kind_of(term)
    for key, initials in zip(forms.keys, forms.initials, strict=True):
        if term in key or (kind == "ascii" and term in initials.partition(FORM_SEP)[0]):
            return AS_TYPED  # the usual case, and a cheap one: a query names hundreds of categories by one letter
    names = zip(forms.keys, forms.initials, forms.pinyin, strict=True)
    return min((q for name in names if (q := _one_quality(term, kind, *name)) is not None), default=None)


class Query:
    """One query's terms, their kinds and bits, the categories each term names, and their other spellings.

    Args:
        query_terms: the folded terms (``folding.terms``).
        categories: every category's haystack and forms (``CategoryForms.haystack``).
        fuzzy: the fuzzy sounds switched on (``alternatives.FUZZY_RULES``); none by default.
    """

    def __init__(
        self,
        query_terms: list[str],
        categories: Sequence[tuple[str, CategoryForms]],
        fuzzy: frozenset[str] = frozenset(),
    ):
        self.terms = query_terms
        self.kinds = [kind_of(t) for t in query_terms]
        self.fuzzy = fuzzy
        self._heard: dict[tuple[int, int], int | None] = {}
        self.filter_text = [self._filter_text(t, k) for t, k in zip(query_terms, self.kinds, strict=True)]
        #: Per term, the categories it names: id → quality.
        self.category_hits = [
            self._categories_named(term, pieces, categories)
            for term, pieces in zip(query_terms, self.filter_text, strict=True)
        ]

    @staticmethod
    def _categories_named(
        term: str, pieces: list[str], categories: Sequence[tuple[str, CategoryForms]]
    ) -> dict[int, int]:
        """The categories whose names the term matches, with how well: a substring check first, the exact one after."""
        candidates = [forms for haystack, forms in categories if pieces[0] in haystack] if pieces else []
        named: dict[int, int] = {}
        kind = kind_of(term)
        for forms in candidates:
            if all(piece in forms.haystack for piece in pieces[1:]):
                quality = category_quality(term, forms, kind)
                if quality is not None:
                    named[forms.id] = quality
        return named

    @staticmethod
    def _filter_text(term: str, kind: str) -> list[str]:
        """Pieces of the term that must appear literally in any text the term matches (for the bit filter)."""
        if kind != "mixed":
            return [term]
        runs, run = [], ""
        for char in term:
            if is_cjk(char):
                run += char
            elif run:
                runs.append(run)
                run = ""
        return [*runs, run] if run else runs

    # --- other spellings -------------------------------------------------------------------------------------------

    @cached_property
    def fuzzy_spellings(self) -> list[tuple[str, ...]]:
        """Per term, spellings every text it meets by a fuzzy sound holds exactly (``alternatives.fuzzy_spellings``):
        what the index narrows those texts by. Empty when no fuzzy sound is switched on."""
        return [alternatives.fuzzy_spellings(t, self.fuzzy) if k == "ascii" else () for t, k in self._pairs]

    @cached_property
    def typo_spellings(self) -> list[tuple[str, ...]]:
        """Per term up to ``alternatives.LISTED_TYPOS_UP_TO`` letters, the full-pinyin spellings its typos are
        forgiven for; longer terms are filtered by their halves instead (``index``)."""
        short = alternatives.LISTED_TYPOS_UP_TO
        return [alternatives.corrections(t) if len(t) <= short else () for t, _ in self._pairs]

    @property
    def _pairs(self) -> list[tuple[str, str]]:
        return list(zip(self.terms, self.kinds, strict=True))

    def forgives_typos(self, index: int) -> bool:
        """Whether a typo is looked for in this term (letters with a vowel, or a shortcut code of three or more)."""
        return self.kinds[index] == "ascii" and len(self.terms[index]) >= alternatives.MIN_TYPO

    # --- ranking ---------------------------------------------------------------------------------------------------

    def tier_of(self, record: Record) -> int | None:
        """The rank (``quality * 10 + tier``, tier 1–4) of ``record`` for this query, or None when some term is
        missing: what the index returns it by."""
        return self.rank_of(record)

    def rank_of(self, record: Record, worst: int = TYPO) -> int | None:
        """``tier_of``, looking no further than matches of quality ``worst``."""
        quality, tier = AS_TYPED, 2
        for index in range(len(self.terms)):
            found = self._term_rank(index, record, worst)
            if found is None:
                return None
            quality, tier = max(quality, found[0]), max(tier, found[1])
        if tier == 2 and self._starts_title(record, quality):
            tier = 1
        return quality * 10 + tier

    def _term_rank(self, index: int, record: Record, worst: int) -> tuple[int, int] | None:
        """(quality, tier) of the best match of one term: the best quality, and where it was best."""
        term, kind = self.terms[index], self.kinds[index]
        title_key, title_initials, title_pinyin, tags_key, tags_initials, tags_pinyin, body_key, *more = record.fields
        exact = min(worst, OTHER_READING)  # the same checks as a stricter pass made: remembered by ``_one_quality``
        in_title = AS_TYPED if term in record.shortcut_key else None
        if in_title is None:
            in_title = text_quality(term, kind, title_key, title_initials, title_pinyin, exact)
        if in_title == AS_TYPED:
            return AS_TYPED, 2
        named = self.category_hits[index].get(record.category_id)
        if named is not None and named > exact:
            named = None
        in_tags = text_quality(term, kind, tags_key, tags_initials, tags_pinyin, exact)
        in_meta = min((q for q in (named, in_tags) if q is not None), default=None)
        if in_meta == AS_TYPED:
            return AS_TYPED, 3
        if term in body_key or (more and term in more[0]):
            return AS_TYPED, 4
        if in_title is not None:
            return in_title, 2
        if in_meta is not None:
            return in_meta, 3
        if worst >= FUZZY and self.fuzzy and kind == "ascii":
            heard = self._heard.get((index, record.id), 0)
            if heard == 0:  # looked for once per query: the typo pass after the fuzzy one asks again
                heard = self._heard[(index, record.id)] = self._heard_tier(term, record)
            if heard is not None:
                return FUZZY, heard
        if worst >= TYPO and self.forgives_typos(index):
            if alternatives.code_typo(term, record.shortcut_key) and len(record.shortcut_key) >= alternatives.MIN_TYPO:
                return TYPO, 2
            if alternatives.typo_checked(term) and typo_in(term, title_pinyin) is not None:
                return TYPO, 2
        return None

    def _heard_tier(self, term: str, record: Record) -> int | None:
        """The tier a term meets a record in by a fuzzy sound (2: the title, 3: its tags), or None."""
        title_key, _, title_pinyin, tags_key, _, tags_pinyin = record.fields[:6]
        if heard_in(term, title_key, title_pinyin, self.fuzzy):
            return 2
        return 3 if heard_in(term, tags_key, tags_pinyin, self.fuzzy) else None

    def _starts_title(self, record: Record, quality: int) -> bool:
        """Whether the first term starts the title at no worse than ``quality``."""
        term, kind = self.terms[0], self.kinds[0]
        if _starts(term, kind, record, quality):
            return True
        if quality >= FUZZY and self.fuzzy and kind == "ascii":
            title_key, _, title_pinyin = record.fields[:3]
            if heard_in(term, title_key, title_pinyin, self.fuzzy, at_start=True):
                return True
        if quality >= TYPO and self.forgives_typos(0):
            shortcut = record.shortcut_key
            if alternatives.code_typo(term, shortcut) and len(shortcut) >= alternatives.MIN_TYPO:
                return True
            return alternatives.typo_checked(term) and typo_in(term, record.fields[2], at_start=True) is not None
        return False
