"""A pack's wording rules only add checks: a hostile lint.json can neither switch off nor slow down the platform
rules, and the import preview says which rules a pack brings."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from quickreply.core import Library, lint
from quickreply.core.packs import subscription
from quickreply.core.packs.import_apply import apply_import, plan_import, read_incoming
from quickreply.core.packs.json_checks import PackError
from quickreply.core.packs.pack_file import Manifest, Pack, PackTemplate, write_pack
from quickreply.core.packs.pack_rules import describe_rules, pack_rules

BAD = "亲，加我微信，全网最低价，你个笨蛋。"
#: Each built-in platform rule "redefined" by a pack: a harmless word, warning level, nothing else.
HOSTILE = tuple(
    {"id": rule_id, "level": "warning", "words": ["无害的词"], "message": "没事"}
    for rule_id in ("off-platform", "absolute-terms", "abusive")
)


def hostile_pack(path: Path, rules: tuple[dict[str, object], ...] = HOSTILE, version: str = "1") -> Path:
    item = PackTemplate("a", "售前", "问候", "亲，您好。")
    write_pack(path, Pack(Manifest("team-pack", "团队话术", version), ("售前",), (item,), lint_rules=rules))
    return path


def forged(path: Path, rules: tuple[dict[str, object], ...]) -> Path:
    """A pack whose lint.json holds ``rules`` as written by hand (our own writer refuses them), sealed right."""
    hostile_pack(path, HOSTILE[:1])
    with zipfile.ZipFile(path) as archive:
        files = {info.filename: archive.read(info) for info in archive.infolist()}
    files["lint.json"] = json.dumps({"rules": list(rules)}, ensure_ascii=False).encode("utf-8")
    manifest = json.loads(files["manifest.json"])
    manifest["files"]["lint.json"] = hashlib.sha256(files["lint.json"]).hexdigest()
    manifest["counts"]["lint_rules"] = len(rules)
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def errors(lib: Library, body: str = BAD) -> set[tuple[str, str]]:
    return {(f.rule, f.text) for f in lint.check("t", body, lint.load_rules(lib)) if f.is_error}


PLATFORM = {("off-platform", "加我"), ("off-platform", "微信"), ("absolute-terms", "最低价"), ("abusive", "笨蛋")}


def test_a_pack_that_redefines_the_platform_rules_switches_none_of_them_off(tmp_path: Path) -> None:
    lib = Library(tmp_path / "home")
    builtin = lint.load_rules(lib).rules
    apply_import(lib, plan_import(lib, read_incoming(hostile_pack(tmp_path / "p.qrpack"))))
    rules = lint.load_rules(lib)
    assert errors(lib) == PLATFORM
    assert rules.rules[: len(builtin)] == builtin  # the built-in rules unchanged, in their place
    added = {r.id: r.origin for r in rules.rules[len(builtin) :]}
    assert added == {
        f"team-pack/{name}": "模板包「团队话术」" for name in ("off-platform", "absolute-terms", "abusive")
    }
    # The pack's rules still add: their word is found, under the pack's name.
    got = {(f.rule, f.level) for f in lint.check("t", "亲，无害的词。", rules)}
    assert ("team-pack/off-platform", "warning") in got


def test_a_subscribed_hostile_pack_leaves_the_platform_rules_too(tmp_path: Path) -> None:
    lib = Library(tmp_path / "home")
    (tmp_path / "共享").mkdir()
    subscription.subscribe(lib, hostile_pack(tmp_path / "共享" / "话术.qrpack"))
    assert subscription.check_subscription(lib) is not None
    assert errors(lib) == PLATFORM


def test_the_leads_own_rules_file_stays_the_only_way_to_relax_a_rule(tmp_path: Path) -> None:
    lib = Library(tmp_path / "home")
    (lib.home / lint.USER_RULES).write_text(
        json.dumps(
            {
                "rules": [{"id": "team-pack/off-platform", "level": "error", "words": ["秒发"], "message": "不行"}],
                "disabled": ["abusive"],
            }
        ),
        "utf-8",
    )
    apply_import(lib, plan_import(lib, read_incoming(hostile_pack(tmp_path / "p.qrpack"))))
    rules = lint.load_rules(lib)
    assert errors(lib) == PLATFORM - {("abusive", "笨蛋")}  # the lead turned abusive off; the pack could not
    # Not even an id the lead wrote under the pack's name is replaced by the pack.
    (mine,) = [r for r in rules.rules if r.id == "team-pack/off-platform"]
    assert (mine.origin, mine.words) == ("本机", ("秒发",))


def test_the_import_preview_lists_the_rules_a_pack_brings(tmp_path: Path) -> None:
    lib = Library(tmp_path / "home")
    plan = plan_import(lib, read_incoming(hostile_pack(tmp_path / "p.qrpack")))
    assert [(r.id, r.level, r.words) for r in pack_rules(plan.incoming.pack)] == [
        ("team-pack/off-platform", "warning", ("无害的词",)),
        ("team-pack/absolute-terms", "warning", ("无害的词",)),
        ("team-pack/abusive", "warning", ("无害的词",)),
    ]
    lines = describe_rules(plan.incoming.pack)
    assert lines[0].startswith("检查规则 3 条（这些规则只会增加检查，不会改动或关掉内置规则")
    assert lines[1] == "  建议\tteam-pack/off-platform\t无害的词\t没事"


def many(words: int = 1, rules: int = 1, length: int = 2) -> tuple[dict[str, object], ...]:
    return tuple(
        {"id": f"r{n}", "level": "error", "words": [f"{w:0{length}d}"[-length:] for w in range(words)], "message": "m"}
        for n in range(rules)
    )


@pytest.mark.parametrize(
    ("rules", "says"),
    [
        (
            many(words=lint.MAX_RULE_WORDS + 1, length=4),
            f"规则「r0」有 201 个词，每条规则最多 {lint.MAX_RULE_WORDS} 个词",
        ),
        (many(rules=lint.MAX_PACK_RULES + 1), f"有 51 条规则，一个模板包最多带 {lint.MAX_PACK_RULES} 条"),
        (many(length=lint.MAX_WORD_LENGTH + 1), f"有 21 个字，每个词最多 {lint.MAX_WORD_LENGTH} 个字"),
        (({"id": "z", "level": "error", "words": ["\u200b\u2060"], "message": "m"},), "只有看不见的字符"),
    ],
)
def test_a_pack_over_the_rule_limits_is_refused_naming_the_limit(tmp_path: Path, rules, says: str) -> None:
    path = forged(tmp_path / "p.qrpack", rules)
    with pytest.raises(PackError, match=rf"p\.qrpack 的 lint\.json：.*{says}"):
        read_incoming(path)


def test_a_pack_at_the_limits_is_taken(tmp_path: Path) -> None:
    lib = Library(tmp_path / "home")
    rules = many(words=lint.MAX_RULE_WORDS, rules=lint.MAX_PACK_RULES, length=lint.MAX_WORD_LENGTH)
    apply_import(lib, plan_import(lib, read_incoming(hostile_pack(tmp_path / "p.qrpack", rules))))
    assert len(lint.load_rules(lib).rules) == len(lint.load_rules().rules) + lint.MAX_PACK_RULES


def test_rules_stored_before_the_limits_are_left_out_and_the_check_goes_on(tmp_path: Path) -> None:
    lib = Library(tmp_path / "home")
    apply_import(lib, plan_import(lib, read_incoming(hostile_pack(tmp_path / "p.qrpack"))))
    huge = [{"id": "off-platform", "level": "warning", "words": [str(n) for n in range(100_000)], "message": "m"}]
    with lib.db.conn:
        lib.db.execute("UPDATE packs SET lint_rules = ?", (json.dumps(huge),))
    rules = lint.load_rules(lib)
    assert errors(lib) == PLATFORM
    assert not any(r.id.startswith("team-pack/") for r in rules.rules)
    (note,) = rules.notes
    assert "模板包「团队话术」的检查规则没有使用" in note and "每条规则最多 200 个词" in note


def test_findings_are_capped_and_counted() -> None:
    rules = lint.load_rules()
    body = "亲，" + "最好" * 20_000
    found = lint.check("t", body, rules)
    assert len(found) == lint.MAX_FINDINGS + 1
    more = found[-1]
    # 20,000 errors and the body's length: the first 100 errors are listed.
    assert (more.rule, more.more) == ("more-findings", 20_001 - lint.MAX_FINDINGS)
    assert more.message == "还有 19,901 处没有列出（其中 19,900 个错误）。"
    assert lint.summary(found) == "100 个错误、另有 19,901 处没有列出"
    assert [(f.start, f.text) for f in found[:2]] == [(2, "最好"), (4, "最好")]


def test_one_finding_per_spot_holds_across_rules_and_levels() -> None:
    rules = lint.load_rules()
    # 你自己 (warning) holds 你 (warning): one. qq: 123456 (error) holds qq (error): one.
    got = [(f.rule, f.text) for f in lint.check("t", "亲，你自己看，qq: 123456", rules)]
    assert got == [("off-platform", "qq: 123456"), ("neg-yourself", "你自己")]
