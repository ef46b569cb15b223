"""The reply-quality check (话术检查): what a shop's training says and the platform's rules forbid, found in a reply.

Error level (breaks platform rules): absolute advertising terms, off-platform contact, abusive words.
Warning level: negative or cold phrasing, runs of ! or ！, no polite form at all, a body longer than the limit,
unbalanced braces, unknown variables and a variable's per-buyer mark (``{单号!}`` ``{快递~}``) written wrong.

Word rules live in ``resources/lint/rules.json``; a lead adds or overrides them (same id) and turns them off in the
data home's ``lint-rules.json``; an installed template pack may bring more. Everything else is checked here.
Each finding gives its level, rule, field and exact span, a message and a suggestion (and a replacement when there is
an obvious one, for a quick fix).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from .errors import QuickReplyError
from .variables import BUILTINS, KEPT_MARK, MARKS, PER_BUYER_MARK, Field, parse

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .library.store import Library

ERROR: Final = "error"
WARNING: Final = "warning"
LEVELS: Final = {ERROR: "错误", WARNING: "建议"}
USER_RULES: Final = "lint-rules.json"

_DATE_OFFSET = re.compile(r"日期[+-]\d{1,4}")
_PHONE = re.compile(r"(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")
_QQ_NUMBER = re.compile(r"(?:q\s*q|扣扣|企鹅)\s*(?:号|群)?\s*[:：]?\s*\d{5,11}", re.IGNORECASE)
_LINK = re.compile(r"(?:https?://|www\.)[^\s，。！？、]+|\b[a-z0-9-]+\.(?:com|cn|net|top|cc|vip)\b", re.IGNORECASE)
_PLATFORM_LINK = re.compile(r"(?:taobao|tmall|alipay|alibaba|aliyun|tb\.cn)", re.IGNORECASE)
_BANGS = re.compile(r"[!！]{2,}")
_POLITE = ("您", "亲", "请")


class LintRulesError(QuickReplyError):
    """A rules file that cannot be read; the message names the file and the rule."""


@dataclass(frozen=True)
class Rule:
    """A word rule: any of ``words`` found (outside the ``exceptions``) is a finding."""

    id: str
    level: str
    words: tuple[str, ...]
    message: str
    suggestion: str = ""
    exceptions: tuple[str, ...] = ()
    fixes: Mapping[str, str] | None = None
    origin: str = "内置"


@dataclass(frozen=True)
class Rules:
    rules: tuple[Rule, ...]
    max_length: int = 300
    variables: frozenset[str] = frozenset()


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
        }


# --- rules -------------------------------------------------------------------------------------------------------


def _texts(value: object, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise LintRulesError(f"{where}：「{key}」应是不为空的文字列表。")
    return tuple(value)


def _rule(data: object, where: str, origin: str) -> Rule:
    if not isinstance(data, dict):
        raise LintRulesError(f"{where}：每条规则应是 {{...}} 对象。")
    rule_id, level, message = data.get("id"), data.get("level"), data.get("message")
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise LintRulesError(f"{where}：规则缺少 id。")
    where = f"{where} 规则「{rule_id}」"
    if level not in LEVELS:
        raise LintRulesError(f"{where}：level 应是 error 或 warning。")
    if not isinstance(message, str) or not message.strip():
        raise LintRulesError(f"{where}：缺少 message（给客服看的说明）。")
    fixes = data.get("fixes") or {}
    if not isinstance(fixes, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in fixes.items()):
        raise LintRulesError(f'{where}：fixes 应是 {{"词": "换成的说法"}}。')
    suggestion = data.get("suggestion", "")
    return Rule(
        rule_id,
        str(level),
        _texts(data.get("words"), where, "words"),
        message,
        suggestion if isinstance(suggestion, str) else "",
        _texts(data.get("except", []), where, "except") if data.get("except") else (),
        fixes,
        origin,
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except OSError as error:
        raise LintRulesError(f"读不了规则文件 {path}：{error.strerror or error}。") from None
    except ValueError as error:
        raise LintRulesError(f"规则文件 {path.name} 不是有效的 JSON：{error}。") from None
    if not isinstance(data, dict):
        raise LintRulesError(f"规则文件 {path.name} 应是一个 {{...}} 对象。")
    return data


def _list(value: object, where: str) -> list[object]:
    if not isinstance(value, list):
        raise LintRulesError(f"{where}：「rules」应是规则的列表 [...]。")
    return value


def _limit(value: object, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise LintRulesError(f"{where}：max_length 应是正整数（回复最多多少个字），如 300。")
    return value


def _merge(base: list[Rule], extra: Iterable[Rule], disabled: Iterable[str] = ()) -> list[Rule]:
    by_id = {r.id: r for r in base}
    for rule in extra:
        by_id[rule.id] = rule
    for rule_id in disabled:
        by_id.pop(rule_id, None)
    return list(by_id.values())


def load_rules(lib: Library | None = None, bundled: Path | None = None) -> Rules:
    """The rules in force: the bundled ones, then the data home's ``lint-rules.json``, then installed packs' rules.

    Raises:
        LintRulesError: a rules file is broken; the message names the file and the rule.
    """
    from ..paths import resources

    path = bundled or resources() / "lint" / "rules.json"
    data = _read(path)
    rules = [_rule(r, path.name, "内置") for r in _list(data.get("rules", []), path.name)]
    max_length = _limit(data.get("max_length", 300), path.name)
    variables = set(_texts(data.get("variables", []), path.name, "variables") if data.get("variables") else ())
    if lib is not None:
        own = lib.home / USER_RULES
        if own.is_file():
            mine = _read(own)
            extra = [_rule(r, own.name, "本机") for r in _list(mine.get("rules", []), own.name)]
            rules = _merge(
                rules, extra, _texts(mine.get("disabled", []), own.name, "disabled") if mine.get("disabled") else ()
            )
            max_length = _limit(mine.get("max_length", max_length), own.name)
            variables |= set(_texts(mine["variables"], own.name, "variables") if mine.get("variables") else ())
        for name, pack_rules in _pack_rules(lib.db):
            extra = [_rule(r, f"模板包「{name}」", f"模板包「{name}」") for r in pack_rules]
            rules = _merge(rules, extra)
    return Rules(tuple(rules), max_length, frozenset(variables))


def _pack_rules(db: Database) -> list[tuple[str, tuple[Any, ...]]]:
    """``(pack name, its lint rules)`` of each installed pack, by name, as the import stored them. Read alone (not
    through ``core.packs.installed``), which would count the packs' edited templates: seconds at 100,000.
    """
    rows = db.execute("SELECT name, lint_rules FROM packs ORDER BY name, id").fetchall()
    return [(name, tuple(json.loads(rules or "[]"))) for name, rules in rows]


# --- checking ----------------------------------------------------------------------------------------------------


def _folded(text: str) -> str:
    """Lower case with full-width forms made half-width, one character for one (so spans stay exact)."""
    out = []
    for char in text:
        normal = unicodedata.normalize("NFKC", char)
        out.append(normal.lower() if len(normal) == 1 else char.lower())
    return "".join(out)


def _word_findings(rule: Rule, field: str, text: str, folded: str) -> Iterable[Finding]:
    covered: list[tuple[int, int]] = []
    for phrase in rule.exceptions:
        key = _folded(phrase)
        start = folded.find(key)
        while start != -1:
            covered.append((start, start + len(key)))
            start = folded.find(key, start + 1)
    taken: list[tuple[int, int]] = []
    for word in sorted(rule.words, key=len, reverse=True):  # 最低价 before 最低, one finding per spot
        key = _folded(word)
        start = folded.find(key)
        while start != -1:
            end = start + len(key)
            inside = any(a <= start and end <= b for a, b in covered) or any(a < end and start < b for a, b in taken)
            if not inside and not (key.isascii() and key.isalpha() and _in_latin_word(folded, start, end)):
                taken.append((start, end))
                found = text[start:end]
                fixes = rule.fixes or {}
                yield Finding(
                    rule.level,
                    rule.id,
                    field,
                    start,
                    end,
                    found,
                    rule.message.replace("{word}", found),
                    rule.suggestion,
                    fixes.get(word),
                )
            start = folded.find(key, start + 1)


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


def _pattern_findings(field: str, text: str) -> Iterable[Finding]:
    for pattern, rule, level, message, suggestion in _PATTERNS:
        for match in pattern.finditer(text):
            found = match.group()
            if pattern is _LINK and _PLATFORM_LINK.search(found):
                continue
            fix = found[0] if pattern is _BANGS else None
            yield Finding(level, rule, field, match.start(), match.end(), found, message, suggestion, fix)


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
                yield _brace(depth_start)
            depth_start = index
        elif char == "}":
            if depth_start is None:
                yield _brace(index)
            depth_start = None
        elif char == "\n" and depth_start is not None:
            yield _brace(depth_start)
            depth_start = None
        index += 1
    if depth_start is not None:
        yield _brace(depth_start)


def _brace(at: int) -> Finding:
    return Finding(WARNING, "unbalanced-braces", "body", at, at + 1, "{}"[0] if at >= 0 else "{",
                   "这个括号没有配对，买家会看到它。", "变量写成 {名称}；要显示括号本身请写 {{ 或 }}。")  # fmt: skip


def check(title: str, body: str, rules: Rules, known_variables: Iterable[str] = ()) -> list[Finding]:
    """Every finding in a reply, errors first, then by field and position."""
    found: list[Finding] = []
    for field, text in (("title", title), ("body", body)):
        folded = _folded(text)
        for rule in rules.rules:
            found += _word_findings(rule, field, text, folded)
        found += _pattern_findings(field, text)
    if body.strip() and not any(p in body for p in _POLITE):
        cold = "回复里没有「您」「亲」或「请」，读起来有点冷淡。"
        found.append(Finding(WARNING, "no-polite-form", "body", 0, 0, "", cold, "开头加「亲，」，或用「您」称呼买家。"))
    if len(body) > rules.max_length:
        found.append(Finding(WARNING, "too-long", "body", rules.max_length, len(body), "",
                             f"回复有 {len(body)} 个字，超过 {rules.max_length} 个字，买家不容易读完。",
                             "拆成两条，或删去重复的客套话。"))  # fmt: skip
    found += _variable_findings(body, rules, frozenset(known_variables))
    for finding in found:  # a brace finding shows the brace itself
        if finding.rule == "unbalanced-braces":
            found[found.index(finding)] = _with_text(finding, body)
    return sorted(_widest(found), key=lambda f: (f.level != ERROR, f.field != "title", f.start, f.end))


def _widest(found: list[Finding]) -> list[Finding]:
    """One finding per spot: one inside another of the same field (an error beats a warning) is dropped.

    「你自己」 is one finding, not also 「你」; 「qq: 123456」 not also 「qq」.
    """
    kept: list[Finding] = []
    for finding in sorted(found, key=lambda f: (f.level != ERROR, f.start - f.end)):
        inside = any(
            k.field == finding.field and k.start <= finding.start and finding.end <= k.end and k.start < k.end
            for k in kept
        )
        if finding.start == finding.end or not inside:
            kept.append(finding)
    return kept


def _with_text(finding: Finding, body: str) -> Finding:
    return Finding(**{**finding.__dict__, "text": body[finding.start : finding.end]})


def library_variables(lib: Library) -> frozenset[str]:
    """Variable names the library uses in two or more templates: the shop's own vocabulary."""
    from collections import Counter

    from .variables import fields

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
    errors = sum(f.is_error for f in findings)
    warnings = len(findings) - errors
    parts = [f"{errors} 个错误"] * bool(errors) + [f"{warnings} 条建议"] * bool(warnings)
    return "、".join(parts) or "没有问题"
