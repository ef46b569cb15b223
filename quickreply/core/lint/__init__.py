"""The reply-quality check (话术检查): what a shop's training says and the platform's rules forbid, found in a reply.

Error level (breaks platform rules): absolute advertising terms, off-platform contact, abusive words.
Warning level: negative or cold phrasing, runs of ! or ！, no polite form at all, a body longer than the limit,
unbalanced braces, unknown variables and a variable's per-buyer mark (``{单号!}`` ``{快递~}``) written wrong.

Word rules live in ``resources/lint/rules.json``; only the lead's ``lint-rules.json`` in the data home changes or
turns them off, and an installed template pack may only add rules (``rules``). Words are found however they are
disguised: full-width, with zero-width characters, soft hyphens or bidi controls inside, spaced out between Chinese
characters (``words``). The cost is linear in the reply, and one reply gives at most ``MAX_FINDINGS`` findings.
Each finding gives its level, rule, field and exact span, a message and a suggestion (and a replacement when there is
an obvious one, for a quick fix).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from ..variables import BUILTINS, KEPT_MARK, MARKS, PER_BUYER_MARK, Field, parse
from .rules import (
    ERROR,
    LEVELS,
    MAX_PACK_RULES,
    MAX_RULE_WORDS,
    MAX_WORD_LENGTH,
    USER_RULES,
    WARNING,
    LintRulesError,
    Rule,
    Rules,
    load_rules,
    pack_rule_id,
    pack_rules_problem,
)
from .words import Exceptions, Hit, MatchText, match_text

if TYPE_CHECKING:
    from ..library.store import Library

__all__ = [
    "ERROR",
    "LEVELS",
    "MAX_FINDINGS",
    "MAX_PACK_RULES",
    "MAX_RULE_WORDS",
    "MAX_WORD_LENGTH",
    "USER_RULES",
    "WARNING",
    "Finding",
    "LintRulesError",
    "Rule",
    "Rules",
    "breaks",
    "check",
    "check_many",
    "library_variables",
    "load_rules",
    "pack_rule_id",
    "pack_rules_problem",
    "summary",
]

#: Findings one check gives at most; the rest are counted in one more finding (「还有 N 处」). 20,000 findings in
#: one body are no use to an agent, and listing them made the check quadratic.
MAX_FINDINGS: Final = 100
MORE: Final = "more-findings"

_DATE_OFFSET = re.compile(r"日期[+-]\d{1,4}")
_PHONE = re.compile(r"(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")
_QQ_NUMBER = re.compile(r"(?:q\s*q|扣扣|企鹅)\s*(?:号|群)?\s*[:：]?\s*\d{5,11}", re.IGNORECASE)
_LINK = re.compile(r"(?:https?://|www\.)[^\s，。！？、]+|\b[a-z0-9-]+\.(?:com|cn|net|top|cc|vip)\b", re.IGNORECASE)
_PLATFORM_LINK = re.compile(r"(?:taobao|tmall|alipay|alibaba|aliyun|tb\.cn)", re.IGNORECASE)
_BANGS = re.compile(r"[!！]{2,}")
#: Bidi embeddings, overrides and isolates: 「\u202e信微」 shows as 微信. No reply needs them; the check reads the
#: characters in their stored order, so they are an error of their own.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]+")
_POLITE = ("您", "亲", "请")


@dataclass(frozen=True)
class Finding:
    """One problem in one field of a reply. ``start``/``end`` index that field's text; ``fix`` replaces the span."""

    level: str
    rule: str
    field: str  # "title" or "body"
    start: int
    end: int
    text: str
    message: str
    suggestion: str = ""
    fix: str | None = None
    more: int = 0  # on the one 「还有 N 处」 finding: how many findings it stands for

    @property
    def is_error(self) -> bool:
        return self.level == ERROR

    def as_json(self) -> dict[str, object]:
        return {
            "level": self.level,
            "rule": self.rule,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
            "fix": self.fix,
        } | ({"more": self.more} if self.more else {})


# --- checking ----------------------------------------------------------------------------------------------------


def _word_findings(rules: Rules, field: str, text: str, folded: MatchText) -> Iterable[Finding]:
    """Each rule's words where they are, longest first and one finding per spot, none inside the rule's exceptions.

    Every word of every rule is found in one pass (``Rules.table``); what follows is per rule, over its hits only.
    """
    hits: dict[int, list[Hit]] = {}
    excepted: dict[int, list[tuple[int, int]]] = {}
    for hit in rules.table.hits(folded.text):
        if hit.word < 0:
            excepted.setdefault(hit.rule, []).append((hit.start, hit.end))
        else:
            hits.setdefault(hit.rule, []).append(hit)
    for index in sorted(hits):
        rule = rules.rules[index]
        rank = {n: place for place, n in enumerate(sorted(range(len(rule.words)), key=lambda n: -len(rule.words[n])))}
        cover = Exceptions(excepted.get(index, []))
        taken: set[int] = set()
        fixes = rule.fixes or {}
        for hit in sorted(hits[index], key=lambda h: (rank[h.word], h.start)):  # 最低价 before 最低
            start, end = hit.start, hit.end
            if cover.cover(start, end) or any(at in taken for at in range(start, end)):
                continue
            key = folded.text[start:end]
            if key.isascii() and key.isalpha() and _in_latin_word(folded.text, start, end):
                continue
            taken.update(range(start, end))
            begin, stop = folded.span(start, end)
            found = text[begin:stop]
            word = rule.words[hit.word]
            yield Finding(
                rule.level,
                rule.id,
                field,
                begin,
                stop,
                found,
                rule.message.replace("{word}", found),
                rule.suggestion,
                fixes.get(word),
            )


def _in_latin_word(text: str, start: int, end: int) -> bool:
    """``vx`` inside ``vxlan``: a latin word is matched whole only."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum())


_STAY = "请买家在旺旺里继续沟通。"
#: Patterns checked besides the word rules: (pattern, rule, level, message, suggestion).
_PATTERNS: Final = (
    (_PHONE, "off-platform", ERROR, "回复里有电话号码，会把买家引到淘宝以外。", _STAY),
    (_QQ_NUMBER, "off-platform", ERROR, "回复里有 QQ 号，会把买家引到淘宝以外。", _STAY),
    (_LINK, "off-platform", ERROR, "回复里有淘宝以外网站的链接，违反平台规则。", "只发淘宝、天猫的商品或店铺链接。"),
    (_BANGS, "exclamation", WARNING, "连续的感叹号显得激动或不耐烦。", "一个感叹号就够了，或者用「哦」「呢」收尾。"),
)


def _pattern_findings(field: str, text: str, folded: MatchText) -> Iterable[Finding]:
    """Phone and QQ numbers, links and runs of !, found in the folded text (「138\u200b1234\u200b5678」 is a phone
    number too) and reported where they are in ``text``."""
    for pattern, rule, level, message, suggestion in _PATTERNS:
        for match in pattern.finditer(folded.text):
            if pattern is _LINK and _PLATFORM_LINK.search(match.group()):
                continue
            start, end = folded.span(match.start(), match.end())
            found = text[start:end]
            fix = found[0] if pattern is _BANGS else None
            yield Finding(level, rule, field, start, end, found, message, suggestion, fix)


def _mark_problem(part: Field, marked: dict[str, str]) -> tuple[str, str] | None:
    """(message, suggestion) when the field's per-buyer mark is written wrong; ``marked`` holds the marks seen."""
    stray = next((char for char in part.name if char in MARKS), None)
    if stray is not None:
        bare = "".join(char for char in part.name if char not in MARKS).strip() or "名称"
        return f"「{part.source}」里的「{stray}」放错了地方：标记只能写一个，紧跟在名称后面。", (
            f"每位买家重新填写成 {{{bare}{PER_BUYER_MARK}}}，沿用上次的值写成 {{{bare}{KEPT_MARK}}}。"
        )
    if part.mark and part.automatic:
        return f"「{part.name}」由程序自动填写，标记「{part.mark}」没有用处。", f"去掉标记，写成 {{{part.name}}}。"
    other = marked.setdefault(part.name, part.mark) if part.mark else part.mark
    if other != part.mark:
        message = f"「{part.name}」在这条回复里一处标了「{other}」，一处标了「{part.mark}」，表单只能按一种来。"
        return message, "只在第一处写标记，或两处写同一个。"
    return None


def _variable_findings(body: str, rules: Rules, known: frozenset[str]) -> Iterable[Finding]:
    position = 0
    marked: dict[str, str] = {}
    for part in parse(body):
        if isinstance(part, Field):
            start = body.find(part.source, position)
            end = start + len(part.source)
            position = end
            problem = _mark_problem(part, marked)
            if problem is not None:
                yield Finding(WARNING, "variable-mark", "body", start, end, part.source, *problem)
                continue
            name = part.name
            if not (name in BUILTINS or name in known or name in rules.variables or _DATE_OFFSET.fullmatch(name)):
                yield Finding(WARNING, "unknown-variable", "body", start, end, part.source,
                              f"变量「{name}」别的模板都没用过，是不是写错了？",
                              "常用的有：" + "、".join(sorted(rules.variables)[:8]) + "……")  # fmt: skip
            continue
        position += len(part)
    # What parse() left as text but looks like a field: a brace that never closes or closes nothing.
    depth_start = None
    index = 0
    while index < len(body):
        if body.startswith(("{{", "}}"), index):
            index += 2
            continue
        char = body[index]
        if char == "{":
            if depth_start is not None:
                yield _brace(body, depth_start)
            depth_start = index
        elif char == "}":
            if depth_start is None:
                yield _brace(body, index)
            depth_start = None
        elif char == "\n" and depth_start is not None:
            yield _brace(body, depth_start)
            depth_start = None
        index += 1
    if depth_start is not None:
        yield _brace(body, depth_start)


def _brace(body: str, at: int) -> Finding:
    return Finding(WARNING, "unbalanced-braces", "body", at, at + 1, body[at : at + 1],
                   "这个括号没有配对，买家会看到它。", "变量写成 {名称}；要显示括号本身请写 {{ 或 }}。")  # fmt: skip


def check(title: str, body: str, rules: Rules, known_variables: Iterable[str] = ()) -> list[Finding]:
    """Every finding in a reply, errors first, then by field and position; past ``MAX_FINDINGS``, the rest are
    counted in one last finding (rule ``more-findings``)."""
    found = _words_and_patterns(title, body, rules)
    if body.strip() and not any(p in body for p in _POLITE):
        cold = "回复里没有「您」「亲」或「请」，读起来有点冷淡。"
        found.append(Finding(WARNING, "no-polite-form", "body", 0, 0, "", cold, "开头加「亲，」，或用「您」称呼买家。"))
    if len(body) > rules.max_length:
        found.append(Finding(WARNING, "too-long", "body", rules.max_length, len(body), "",
                             f"回复有 {len(body)} 个字，超过 {rules.max_length} 个字，买家不容易读完。",
                             "拆成两条，或删去重复的客套话。"))  # fmt: skip
    if "{" in body or "}" in body:
        found += _variable_findings(body, rules, frozenset(known_variables))
    return _in_order(found)


def breaks(title: str, body: str, rules: Rules) -> list[Finding]:
    """Only the ways a reply breaks platform rules (error-level findings), as ``check`` finds them: what the popup
    marks and warns of before copying. It skips the wording advice, variables and length, so one row costs one
    pass over its text with the error rules' words (well under a millisecond for a reply of 300 characters)."""
    return _in_order([f for f in _words_and_patterns(title, body, rules.error_rules) if f.is_error])


def _words_and_patterns(title: str, body: str, rules: Rules) -> list[Finding]:
    found: list[Finding] = []
    for field, text in (("title", title), ("body", body)):
        folded = match_text(text)
        found += _word_findings(rules, field, text, folded)
        found += _pattern_findings(field, text, folded)
        found += _bidi_findings(field, text)
    return found


def _bidi_findings(field: str, text: str) -> Iterable[Finding]:
    for match in _BIDI.finditer(text):
        names = "、".join(dict.fromkeys(f"U+{ord(c):04X}" for c in match.group()))
        message = f"回复里有看不见的文字方向控制符（{names}）：买家看到的字序和这里不同，会藏住违规词。"
        yield Finding(ERROR, "bidi-control", field, match.start(), match.end(), match.group(), message,
                      "删掉这个看不见的字符。", "")  # fmt: skip


def _in_order(found: list[Finding]) -> list[Finding]:
    kept = sorted(_widest(found), key=lambda f: (f.level != ERROR, f.field != "title", f.start, f.end))
    return _capped(kept)


def _widest(found: list[Finding]) -> list[Finding]:
    """One finding per spot: one inside another of the same field (an error beats a warning) is dropped.

    「你自己」 is one finding, not also 「你」; 「qq: 123456」 not also 「qq」. In one sweep by position: a finding is
    inside another when one before it (starting earlier, or as early and ending later) reaches as far; an error is
    only ever inside another error.
    """
    kept = [f for f in found if f.start >= f.end]  # 「整条」 findings mark no span
    spans = sorted((f for f in found if f.start < f.end), key=lambda f: (f.field, f.start, -f.end, f.level != ERROR))
    field, errors_reach, reach = "", -1, -1
    for finding in spans:
        if finding.field != field:
            field, errors_reach, reach = finding.field, -1, -1
        if (errors_reach if finding.is_error else reach) < finding.end:
            kept.append(finding)
        reach = max(reach, finding.end)
        if finding.is_error:
            errors_reach = max(errors_reach, finding.end)
    return kept


def _capped(found: list[Finding]) -> list[Finding]:
    if len(found) <= MAX_FINDINGS:
        return found
    rest = found[MAX_FINDINGS:]
    errors = sum(f.is_error for f in rest)
    among = f"（其中 {errors:,} 个错误）" if errors else ""
    more = Finding(WARNING, MORE, "body", 0, 0, "", f"还有 {len(rest):,} 处没有列出{among}。",
                   "先改好列出的这些，再检查一次。", more=len(rest))  # fmt: skip
    return [*found[:MAX_FINDINGS], more]


def library_variables(lib: Library) -> frozenset[str]:
    """Variable names the library uses in two or more templates: the shop's own vocabulary."""
    from collections import Counter

    from ..variables import fields

    counts: Counter[str] = Counter()
    for template in lib.templates():
        counts.update({f.name for f in fields(template.body)})
    return frozenset(name for name, n in counts.items() if n >= 2)


def check_many(
    items: Sequence[tuple[str, str]], rules: Rules, known_variables: Iterable[str] = ()
) -> list[list[Finding]]:
    """``check`` for many (title, body) pairs with one set of known variables."""
    known = frozenset(known_variables)
    return [check(title, body, rules, known) for title, body in items]


def summary(findings: Iterable[Finding]) -> str:
    """「2 个错误、1 条建议」 or 「没有问题」."""
    findings = list(findings)
    listed = [f for f in findings if not f.more]
    errors = sum(f.is_error for f in listed)
    warnings = len(listed) - errors
    hidden = sum(f.more for f in findings)
    parts = [f"{errors} 个错误"] * bool(errors) + [f"{warnings} 条建议"] * bool(warnings)
    parts += [f"另有 {hidden:,} 处没有列出"] * bool(hidden)
    return "、".join(parts) or "没有问题"
