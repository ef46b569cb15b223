"""The JSON content of a pack: what ``manifest.json`` and the content files hold, checked and built.

Every shape is checked (``pack_shapes``) with a message naming the member, the item number and the field (模板包 FILE
的 templates.json 第 N 条：…). The manifest, categories, templates and lint rules are turned into JSON data and back
here, fee tables and the shop policy in ``pack_fees``; ``pack_file`` puts that data in a zip and takes it out again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from ..errors import InvalidInput
from ..files import printable
from ..folding import fold, shortcut_key
from ..library.categories import parse_path
from ..library.field_limits import check_fields, check_phrasings, split_phrasings
from ..lint import pack_rules_problem
from ..shipping.quotes import ShopPolicy
from ..shipping.rates import RateTable
from .json_checks import (
    ASK_LEAD,
    INT,
    LIST,
    TEXT,
    TEXT_OR_NULL,
    TEXTS,
    Kind,
    PackError,
    Where,
    check_items,
    check_record,
    is_int,
)
from .pack_fees import fees_data, parse_fees

FORMAT: Final = "quickreply-pack"
#: 2: templates may carry buyer phrasings (``phrasings``). Version 1 packs still import.
FORMAT_VERSION: Final = 2
MAX_NAME: Final = 100
MAX_VERSION: Final = 40
MAX_ID: Final = 64

CATEGORIES: Final = "categories.json"
TEMPLATES: Final = "templates.json"
FEES: Final = "fees.json"
LINT: Final = "lint.json"
CONTENT_FILES: Final = (CATEGORIES, TEMPLATES, FEES, LINT)
COUNT_KEYS: Final = ("categories", "templates", "couriers", "rate_rows", "lint_rules")

_TOKEN = re.compile(r"[A-Za-z0-9._-]+")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CREATED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2}|Z)")


@dataclass(frozen=True)
class PackTemplate:
    """One template as a pack carries it. ``item_id`` is stable across the pack's versions."""

    item_id: str
    category: str  # path, e.g. 售后/退款
    title: str
    body: str
    shortcut: str | None = None
    tags: tuple[str, ...] = ()
    phrasings: tuple[str, ...] = ()  # buyer phrasings (买家问法), one text each


@dataclass(frozen=True)
class Manifest:
    """What a pack says about itself (``manifest.json``)."""

    pack_id: str
    name: str
    version: str
    author: str = ""
    created: str = ""  # ISO time with offset
    description: str = ""
    format_version: int = FORMAT_VERSION
    counts: dict[str, int] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # content file name → sha256 hex


@dataclass(frozen=True)
class Pack:
    """A pack's whole content, checked."""

    manifest: Manifest
    categories: tuple[str, ...]  # paths in the lead's order, each parent before its children
    templates: tuple[PackTemplate, ...]
    fees: RateTable | None = None
    policy: ShopPolicy | None = None
    lint_rules: tuple[dict[str, Any], ...] = ()


# --- pack ids and versions --------------------------------------------------------------------------------------


def check_version(text: str) -> str:
    """Return ``text`` if it is a pack version: 1 to 40 letters, digits, ``.``, ``-`` or ``_`` (``1.2``, ``v2026.11``).

    Raises:
        PackError: empty, too long or with other characters (spaces included).
    """
    if not text:
        raise PackError("模板包的版本号是空的：请写版本号，如 1.0 或 2026.11.23。")
    if len(text) > MAX_VERSION:
        raise PackError(f"模板包的版本号「{text[:20]}…」太长：最多 {MAX_VERSION} 个字符。")
    if not _TOKEN.fullmatch(text):
        raise PackError(f"模板包的版本号「{text}」只能有字母、数字和 . - _，如 1.2 或 2026.11.23。")
    return text


def check_pack_id(text: str) -> str:
    """Return ``text`` if it is a pack id: 1 to 64 letters, digits, ``.``, ``-`` or ``_``.

    Raises:
        PackError: empty, too long or with other characters.
    """
    if not text or len(text) > MAX_ID or not _TOKEN.fullmatch(text):
        raise PackError(
            f"模板包编号「{text[:MAX_ID]}」无效：请用 1 到 {MAX_ID} 个字母、数字或 . - _，如 shop-replies。"
        )
    return text


_COUNTS: Kind = (
    "各项数量（" + "、".join(COUNT_KEYS) + "）",
    lambda v: isinstance(v, dict) and sorted(v) == sorted(COUNT_KEYS) and all(is_int(n) and n >= 0 for n in v.values()),
)
_FILES: Kind = (
    "文件名到 sha256 的对象",
    lambda v: isinstance(v, dict) and all(isinstance(s, str) for s in v.values()),
)


# --- the manifest and the content files ------------------------------------------------------------------------


def parse_manifest(data: object, where: Where) -> Manifest:
    """The manifest ``data`` (decoded ``manifest.json``) describes, checked; ``where`` names the member.

    Raises:
        PackError: not a pack's manifest, made by a newer QuickReply, or a field breaks a rule.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise where.fail(f"不是快捷回复模板包：format 应是 {FORMAT}。")
    version = data.get("format_version")
    if not is_int(version) or version < 1:
        raise where.fail(f"「format_version」应是正整数，现在是 {json.dumps(version, ensure_ascii=False)[:40]}。")
    if version > FORMAT_VERSION:
        raise where.fail(
            f"这个模板包是更新版本的快捷回复制作的（格式版本 {version}），本程序只认识到 {FORMAT_VERSION}："
            "请先升级快捷回复。"
        )
    kinds = {"format": TEXT, "format_version": INT, "id": TEXT, "name": TEXT, "version": TEXT, "author": TEXT}
    kinds |= {"created": TEXT, "description": TEXT, "counts": _COUNTS, "files": _FILES}
    check_record(data, where, kinds)
    try:
        pack_id = check_pack_id(data["id"])
        pack_version = check_version(data["version"])
    except PackError as error:
        raise where.fail(str(error)) from None
    name = data["name"]
    if not name.strip() or len(name) > MAX_NAME:
        raise where.fail(f"模板包名称「{name[:20]}」无效：不能为空，最多 {MAX_NAME} 个字。")
    created = data["created"]
    if created and not (_CREATED.fullmatch(created) and _valid_time(created)):
        raise where.fail(f"制作时间「{created[:40]}」应写成 2026-11-23T10:30:00+08:00 这样。{ASK_LEAD}")
    files: dict[str, str] = data["files"]
    for member, digest in files.items():
        if member not in CONTENT_FILES:
            known = "、".join(CONTENT_FILES)
            raise where.fail(f"列出了本程序不认识的文件「{printable(member[:40])}」（只认识 {known}）。")
        if not _SHA256.fullmatch(digest):
            raise where.fail(f"{member} 的 sha256「{digest[:70]}」应是 64 个小写十六进制字符。{ASK_LEAD}")
    for member in (CATEGORIES, TEMPLATES):
        if member not in files:
            raise where.fail(f"没有列出 {member}：每个模板包都有它。{ASK_LEAD}")
    return Manifest(
        pack_id=pack_id,
        name=name,
        version=pack_version,
        author=data["author"],
        created=created,
        description=data["description"],
        format_version=version,
        counts=dict(data["counts"]),
        files=dict(files),
    )


def _valid_time(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def manifest_data(manifest: Manifest) -> dict[str, Any]:
    """``manifest`` as the JSON data of ``manifest.json``."""
    return {
        "format": FORMAT,
        "format_version": manifest.format_version,
        "id": manifest.pack_id,
        "name": manifest.name,
        "version": manifest.version,
        "author": manifest.author,
        "created": manifest.created,
        "description": manifest.description,
        "counts": manifest.counts,
        "files": manifest.files,
    }


def _parse_categories(data: object, where: Where) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    paths: list[str] = []
    for number, item in enumerate(check_items(data, where, "分类"), 1):
        at = where.item(number)
        path = check_record(item, at, {"path": TEXT})["path"]
        try:
            parts = parse_path(path)
        except InvalidInput as error:
            raise at.fail(str(error)) from None
        canonical = "/".join(parts)
        if path != canonical:
            raise at.fail(f"分类「{path[:40]}」应写成「{canonical}」（前后不留空格和 /）。")
        key = fold(canonical)
        if key in seen:
            raise at.fail(f"分类「{canonical}」重复了：第 {seen[key]} 条已有它。")
        if len(parts) == 2 and fold(parts[0]) not in seen:
            raise at.fail(f"分类「{canonical}」的上级分类「{parts[0]}」要先列出（写在它前面）。")
        seen[key] = number
        paths.append(canonical)
    return tuple(paths)


#: Fields a template may leave out: buyer phrasings came with format version 2.
_OPTIONAL: Final = frozenset({"phrasings"})


def _parse_templates(data: object, where: Where, categories: tuple[str, ...]) -> tuple[PackTemplate, ...]:
    known = {fold(path): path for path in categories}
    ids: dict[str, int] = {}
    shortcuts: dict[str, int] = {}
    templates: list[PackTemplate] = []
    kinds = {
        "id": TEXT,
        "category": TEXT,
        "title": TEXT,
        "body": TEXT,
        "shortcut": TEXT_OR_NULL,
        "tags": TEXTS,
        "phrasings": TEXTS,
    }
    for number, item in enumerate(check_items(data, where, "模板"), 1):
        at = where.item(number)
        record = check_record(item, at, kinds, optional=_OPTIONAL)
        item_id, shortcut, tags = record["id"], record["shortcut"], tuple(record["tags"])
        phrasings = split_phrasings(record.get("phrasings", ()))
        if not item_id.strip():
            raise at.fail(f"模板编号「id」是空的。{ASK_LEAD}")
        if item_id in ids:
            raise at.fail(f"模板编号「{item_id[:40]}」重复了：第 {ids[item_id]} 条也用它。{ASK_LEAD}")
        ids[item_id] = number
        try:
            check_fields(record["title"], record["body"], shortcut, tags)
            check_phrasings(record["title"], phrasings)
            category = known.get(fold("/".join(parse_path(record["category"]))))
        except InvalidInput as error:
            raise at.fail(str(error)) from None
        if category is None:
            raise at.fail(f"分类「{record['category'][:40]}」没有列在 {CATEGORIES} 里。{ASK_LEAD}")
        if any(not tag.strip() for tag in tags):
            raise at.fail("有一个空白的标签：请删掉它。")
        if any(not text.strip() for text in record.get("phrasings", ())):
            raise at.fail("「phrasings」里有一条空白的买家问法：请删掉它。")
        if shortcut is not None:
            key = shortcut_key(shortcut)
            if not key:
                raise at.fail("快捷码是空白的：没有快捷码请写 null。")
            if key in shortcuts:
                raise at.fail(f"快捷码「{shortcut}」重复了：第 {shortcuts[key]} 条也用它，请改掉一个。")
            shortcuts[key] = number
        templates.append(PackTemplate(item_id, category, record["title"], record["body"], shortcut, tags, phrasings))
    return tuple(templates)


_RULE: Final[dict[str, Kind]] = {"id": TEXT, "level": TEXT, "words": TEXTS, "message": TEXT, "suggestion": TEXT}


def _parse_lint(data: object, where: Where) -> tuple[dict[str, Any], ...]:
    rules: list[dict[str, Any]] = []
    ids: dict[str, int] = {}
    for number, item in enumerate(check_items(check_record(data, where, {"rules": LIST})["rules"], where, "规则"), 1):
        at = where.item(number)
        rule = check_record(item, at, _RULE, optional=frozenset({"suggestion"}))
        if not rule["id"].strip():
            raise at.fail(f"规则编号「id」是空的。{ASK_LEAD}")
        if rule["id"] in ids:
            raise at.fail(f"规则编号「{rule['id'][:40]}」重复了：第 {ids[rule['id']]} 条也用它。")
        ids[rule["id"]] = number
        if rule["level"] not in ("error", "warning"):
            raise at.fail(f"「level」应是 error 或 warning，现在是「{rule['level'][:20]}」。")
        if not rule["words"] or any(not w.strip() for w in rule["words"]):
            raise at.fail("「words」要列出至少一个词，且不能有空白的词。")
        if not rule["message"].strip():
            raise at.fail("「message」是空的：请写给客服看的提示。")
        rules.append(dict(rule))
    problem = pack_rules_problem(rules)  # a pack's rules only add, within limits (core.lint.rules)
    if problem is not None:
        raise where.fail(f"{problem}请组长精简检查规则后重新导出模板包。")
    return tuple(rules)


def content_data(pack: Pack) -> dict[str, Any]:
    """``pack``'s content as JSON data, by content file name; fees and lint files only when the pack has them."""
    contents: dict[str, Any] = {
        CATEGORIES: [{"path": path} for path in pack.categories],
        TEMPLATES: [
            {"id": t.item_id, "category": t.category, "title": t.title, "body": t.body}
            | {"shortcut": t.shortcut, "tags": list(t.tags)}
            | ({"phrasings": list(t.phrasings)} if t.phrasings else {})
            for t in pack.templates
        ],
    }
    if (pack.fees is not None and pack.fees.couriers) or pack.policy is not None:
        contents[FEES] = fees_data(pack.fees, pack.policy)
    if pack.lint_rules:
        contents[LINT] = {"rules": [dict(rule) for rule in pack.lint_rules]}
    return contents


def parse_content(contents: Mapping[str, Any], where: Where, manifest: Manifest) -> Pack:
    """The pack ``contents`` (content file name → its decoded JSON) hold, checked; ``where`` names the pack file.

    Raises:
        PackError: the content breaks a rule; the message names the member, the item number and the field.
    """
    categories = _parse_categories(contents[CATEGORIES], where.part(CATEGORIES))
    templates = _parse_templates(contents[TEMPLATES], where.part(TEMPLATES), categories)
    fees, policy = parse_fees(contents[FEES], where.part(FEES)) if FEES in contents else (None, None)
    rules = _parse_lint(contents[LINT], where.part(LINT)) if LINT in contents else ()
    return Pack(manifest, categories, templates, fees, policy, rules)


def counts(pack: Pack) -> dict[str, int]:
    """How many of each thing (``COUNT_KEYS``) ``pack`` holds, as the manifest records them."""
    return {
        "categories": len(pack.categories),
        "templates": len(pack.templates),
        "couriers": len(pack.fees.couriers) if pack.fees else 0,
        "rate_rows": len(pack.fees.rows) if pack.fees else 0,
        "lint_rules": len(pack.lint_rules),
    }
