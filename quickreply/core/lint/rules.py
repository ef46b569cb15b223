"""The word rules in force: the bundled ones, the lead's own file, and what installed packs add.

Who may do what:

- ``resources/lint/rules.json`` (bundled) holds the platform rules (``off-platform``, ``absolute-terms``,
  ``abusive``) and the wording advice.
- The lead's ``lint-rules.json`` in the data home is the only way to change or relax them: a rule with the same id
  replaces it, ``disabled`` turns rules off, ``max_length`` and ``variables`` widen what is allowed.
- A pack's ``lint.json`` only adds. Its rules keep their own ids under the pack's (``<pack id>/<rule id>``), so one
  named ``off-platform`` is a new rule beside the built-in one, never a replacement; and they are capped
  (``MAX_PACK_RULES``, ``MAX_RULE_WORDS``, ``MAX_WORD_LENGTH``): a pack's rules can neither turn a check off nor make
  it slow. A pack's rules that break these limits are refused when the pack is read; rules stored by an older
  version that break them are left out, and ``Rules.notes`` says so.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..errors import QuickReplyError
from .words import WordTable, fold_word

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..library.store import Library

ERROR: Final = "error"
WARNING: Final = "warning"
LEVELS: Final = {ERROR: "错误", WARNING: "建议"}
USER_RULES: Final = "lint-rules.json"
BUILTIN: Final = "内置"
OWN: Final = "本机"

#: What one pack's ``lint.json`` may hold. Words beyond these are not a shop's wording rules but an attempt to slow
#: the check down (a million words made ``lint --all`` take minutes).
MAX_PACK_RULES: Final = 50
MAX_RULE_WORDS: Final = 200
MAX_WORD_LENGTH: Final = 20
MAX_RULE_ID: Final = 40
MAX_RULE_TEXT: Final = 200  # message and suggestion


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
    origin: str = BUILTIN


@dataclass(frozen=True)
class Rules:
    rules: tuple[Rule, ...]
    max_length: int = 300
    variables: frozenset[str] = frozenset()
    #: Why some rules are not in force (a pack's stored rules over the limits), for the lead to read.
    notes: tuple[str, ...] = field(default=(), compare=False)

    @cached_property
    def table(self) -> WordTable:
        """All words of all rules in one lookup table, built the first time a reply is checked."""
        return WordTable([(rule.words, rule.exceptions) for rule in self.rules])

    @cached_property
    def error_rules(self) -> Rules:
        """Only the rules of error level (what the popup's badge shows), with their own table."""
        return Rules(tuple(rule for rule in self.rules if rule.level == ERROR), self.max_length, self.variables)


# --- reading -----------------------------------------------------------------------------------------------------


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


def pack_rules_problem(rules: Sequence[Mapping[str, Any]]) -> str | None:
    """What in a pack's rules goes past the limits a pack's rules have, or None. Counts are checked before the words
    are looked at, so a rule with a million words is refused at once.

    The rules are the pack file's: each a mapping with ``id``, ``words``, ``message`` and maybe ``suggestion``,
    already checked to be texts.
    """
    if len(rules) > MAX_PACK_RULES:
        return f"有 {len(rules):,} 条规则，一个模板包最多带 {MAX_PACK_RULES} 条。"
    for rule in rules:
        rule_id = str(rule.get("id", ""))
        if len(rule_id) > MAX_RULE_ID:
            return f"规则编号「{rule_id[:20]}…」有 {len(rule_id)} 个字符，最多 {MAX_RULE_ID} 个。"
        words = rule.get("words") or ()
        if len(words) > MAX_RULE_WORDS:
            return f"规则「{rule_id}」有 {len(words):,} 个词，每条规则最多 {MAX_RULE_WORDS} 个词。"
        for key in ("message", "suggestion"):
            text = str(rule.get(key) or "")
            if len(text) > MAX_RULE_TEXT:
                return f"规则「{rule_id}」的 {key} 有 {len(text):,} 个字，最多 {MAX_RULE_TEXT} 个字。"
        for word in map(str, words):
            if len(word) > MAX_WORD_LENGTH:
                size = f"有 {len(word):,} 个字，每个词最多 {MAX_WORD_LENGTH} 个字"
                return f"规则「{rule_id}」的词「{word[:10]}…」{size}。"
            if not fold_word(word):
                return f"规则「{rule_id}」里有一个词只有看不见的字符或空格。"
    return None


def pack_rule_id(pack_id: str, rule_id: str) -> str:
    """The id a pack's rule is known by: under the pack's id, so it can never stand for a built-in or the lead's."""
    return f"{pack_id}/{rule_id}"


def _from_packs(db: Database) -> tuple[list[Rule], list[str]]:
    """The installed packs' rules, each under its pack's id, and notes on the packs whose rules are left out."""
    rules: list[Rule] = []
    notes: list[str] = []
    for pack_id, name, stored in _stored_pack_rules(db):
        origin = f"模板包「{name}」"
        problem = None
        try:
            data = json.loads(stored or "[]")
        except ValueError:
            data, problem = [], "规则记录已损坏"
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            data, problem = [], "规则记录已损坏"
        problem = problem or pack_rules_problem(data)
        if problem is None:
            try:
                found = [_rule(r, origin, origin) for r in data]
            except LintRulesError as error:
                problem = str(error)
            else:
                rules += [
                    Rule(pack_rule_id(pack_id, r.id), r.level, r.words, r.message, r.suggestion, origin=origin)
                    for r in found
                ]
        if problem is not None:
            notes.append(f"{origin}的检查规则没有使用：{problem} 请导入这个模板包的新版本，或删除它。")
    return rules, notes


def _stored_pack_rules(db: Database) -> list[tuple[str, str, str]]:
    """``(pack id, pack name, its lint rules as JSON)`` of each installed pack, by name, as the import stored them.
    Read alone (not through ``core.packs.installed``), which would count the packs' edited templates: seconds at
    100,000.
    """
    rows = db.execute("SELECT id, name, lint_rules FROM packs ORDER BY name, id").fetchall()
    return [(str(pack_id), str(name), str(rules or "[]")) for pack_id, name, rules in rows]


def load_rules(lib: Library | None = None, bundled: Path | None = None) -> Rules:
    """The rules in force: the bundled ones, changed only by the data home's ``lint-rules.json``, plus what installed
    packs add (see the module's docstring).

    Raises:
        LintRulesError: the bundled or the lead's rules file is broken; the message names the file and the rule.
    """
    from ...paths import resources

    path = bundled or resources() / "lint" / "rules.json"
    data = _read(path)
    rules = [_rule(r, path.name, BUILTIN) for r in _list(data.get("rules", []), path.name)]
    max_length = _limit(data.get("max_length", 300), path.name)
    variables = set(_texts(data.get("variables", []), path.name, "variables") if data.get("variables") else ())
    notes: list[str] = []
    if lib is not None:
        disabled: tuple[str, ...] = ()
        own = lib.home / USER_RULES
        if own.is_file():
            mine = _read(own)
            extra = [_rule(r, own.name, OWN) for r in _list(mine.get("rules", []), own.name)]
            rules = _merge(rules, extra)
            disabled = _texts(mine.get("disabled", []), own.name, "disabled") if mine.get("disabled") else ()
            max_length = _limit(mine.get("max_length", max_length), own.name)
            variables |= set(_texts(mine["variables"], own.name, "variables") if mine.get("variables") else ())
        added, notes = _from_packs(lib.db)
        # A pack's ids are under its own: added beside the others, never over one. The lead may turn them off.
        taken = {rule.id for rule in rules}
        rules = _merge(rules, [rule for rule in added if rule.id not in taken], disabled)
    return Rules(tuple(rules), max_length, frozenset(variables), tuple(notes))
