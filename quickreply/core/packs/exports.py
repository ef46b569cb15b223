"""Exporting the library: a versioned template pack (``.qrpack``) for the team (``export_pack``), or a spreadsheet
(``.xlsx``, ``.csv``, Qianniu's quick-phrase CSV) for the lead's own work (``export_sheet``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Final

from ..errors import InvalidInput
from ..library.field_limits import MAX_PHRASINGS, without_controls
from ..library.learned import all_learned
from ..library.settings import AGENT_NAME, PACK_EXPORTS, SHOP_NAME
from ..models import Template
from ..shipping import fee_store
from .pack_file import SUFFIX, Manifest, Pack, PackTemplate, check_version, pack_id_for, write_pack
from .template_sheets import write_templates

if TYPE_CHECKING:
    from ..library.store import Library

EXPORTED: Final = PACK_EXPORTS
"""Setting: the last version exported of each pack id, so the next export can count on from it."""
DEFAULT_NAME: Final = "店铺快捷回复"
SHEET_FORMATS: Final = (".xlsx", ".csv")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    templates: int
    couriers: int = 0
    manifest: Manifest | None = None
    cleaned: int = 0  # templates written without the control characters they held

    def message(self) -> str:
        what = f"{self.templates} 条模板"
        if self.couriers:
            what += f"、{self.couriers} 家快递的运费表"
        note = f"其中 {self.cleaned} 条含有控制字符（如 NUL），导出时已去掉。" if self.cleaned else ""
        if self.manifest is not None:
            m = self.manifest
            return f"已导出模板包「{m.name}」{m.version} 版（编号 {m.pack_id}，{what}）到 {self.path}。{note}"
        return f"已导出 {what}到 {self.path}。{note}"


@dataclass(frozen=True)
class Selection:
    """Which templates an export writes: ``categories`` with their children, ``loose`` ones without (a parent whose
    children were chosen one by one); everything when both are empty."""

    categories: Sequence[str] = ()
    loose: Sequence[str] = ()

    def ids(self, lib: Library) -> set[int] | None:
        """The chosen category ids; None for all. ``NotFound`` names a category that does not exist."""
        if not self.categories and not self.loose:
            return None
        ids: set[int] = set()
        for ref in self.categories:
            ids |= lib.tree.ids_under(ref)
        ids |= {lib.category(ref).id for ref in self.loose}
        return ids

    def templates(self, lib: Library) -> list[Template]:
        """The chosen templates, in library order."""
        ids = self.ids(lib)
        return [t for t in lib.templates() if ids is None or t.category_id in ids]


def _writable(templates: Sequence[Template]) -> tuple[list[Template], int]:
    """The templates with the control characters an older version let in (NUL, …) left out, so that Excel takes the
    file and our own import reads it back; and how many had any."""
    out = []
    for t in templates:
        clean = replace(
            t,
            category=without_controls(t.category),
            title=without_controls(t.title),
            body=without_controls(t.body),
            shortcut=None if t.shortcut is None else without_controls(t.shortcut) or None,
            tags=tuple(filter(None, map(without_controls, t.tags))),
            phrasings=tuple(filter(None, map(without_controls, t.phrasings))),
        )
        out.append(clean)
    return out, sum(1 for a, b in zip(templates, out, strict=True) if a != b)


@dataclass(frozen=True)
class PackDetails:
    """What a pack says about itself. ``name`` defaults to the shop name; ``version`` to the last exported version
    of that pack plus one; ``author`` to the agent nickname; ``pack_id`` to one derived from the name."""

    name: str | None = None
    version: str | None = None
    author: str | None = None
    description: str = ""
    pack_id: str | None = None


def last_version(lib: Library, pack: str) -> str | None:
    """The version last exported from this library of a pack, given by id or by name."""
    exported = _exported(lib)
    return exported.get(pack) or exported.get(pack_id_for(pack)) if pack.strip() else None


def next_version(previous: str | None) -> str:
    """The version after ``previous``: its last number plus one (1.2 → 1.3, 2026.11 → 2026.12); 1 for a first."""
    if not previous:
        return "1"
    match = re.search(r"(\d+)(?!.*\d)", previous)
    if match is None:
        return previous + ".1"
    return previous[: match.start()] + str(int(match.group(1)) + 1) + previous[match.end() :]


def _exported(lib: Library) -> dict[str, str]:
    lib.settings.forget()
    try:
        data = json.loads(lib.settings.get(EXPORTED) or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _category_paths(lib: Library, templates: Sequence[Template], chosen: set[int] | None) -> tuple[str, ...]:
    """Every category exported, parents before children, in library order (empty ones too when chosen)."""
    wanted = {c.id for c in lib.categories()} if chosen is None else set(chosen)
    wanted |= {t.category_id for t in templates}
    found = [c for c in lib.categories() if c.id in wanted]
    parents = {c.parent_id for c in found if c.parent_id is not None}
    paths = (without_controls(c.path) for c in lib.categories() if c.id in wanted or c.id in parents)
    return tuple(dict.fromkeys(paths))


class LintRefused(InvalidInput):
    """A pack not exported because some of its templates break platform rules."""


def _refuse_rule_breakers(lib: Library, templates: Sequence[Template]) -> None:
    from .. import lint

    rules = lint.load_rules(lib)
    known = lint.library_variables(lib)
    bad = []
    for template in templates:
        errors = [f for f in lint.check(template.title, template.body, rules, known) if f.is_error]
        if errors:
            bad.append((template, errors[0]))
    if bad:
        examples = "；".join(f"「{t.title}」{f.message}" for t, f in bad[:3])
        raise LintRefused(
            f"有 {len(bad)} 条模板违反平台规则，模板包没有导出（如 {examples}）。"
            "请先改好（quickreply lint --all 可以列出全部），确实要导出请加 --force。"
        )


def export_sheet(
    lib: Library, path: Path, selection: Selection = Selection(), *, qianniu: bool = False
) -> ExportResult:
    """Write the chosen templates to a spreadsheet (``.xlsx`` or ``.csv``; Qianniu's quick-phrase CSV with
    ``qianniu``). Spreadsheets are the lead's working copy: rule-breaking replies are not refused.

    Raises:
        InvalidInput: another extension, Qianniu phrases not to ``.csv``, a category that does not exist.
        SpreadsheetError: the file cannot be written (nothing half-written is left).
    """
    lib.sync()
    suffix = path.suffix.lower()
    if suffix not in SHEET_FORMATS:
        raise InvalidInput(f"{path.name}：导出文件请用 .qrpack（模板包）、.xlsx 或 .csv 结尾。")
    if qianniu and suffix != ".csv":
        raise InvalidInput("千牛快捷短语只能导出为 .csv 文件。")
    templates, cleaned = _writable(selection.templates(lib))
    write_templates(templates, path, qianniu=qianniu)
    return ExportResult(path, len(templates), cleaned=cleaned)


def export_pack(
    lib: Library,
    path: Path,
    selection: Selection = Selection(),
    details: PackDetails = PackDetails(),
    *,
    fees: bool = False,
    learned: bool = False,
    force: bool = False,
) -> ExportResult:
    """Write the chosen templates (and with ``fees`` the fee tables and shop policy) to a template pack.

    A pack's id is ``details.pack_id``, else derived from its name, so each export of the same pack updates the same
    pack at the agents'. Without a version it is the last exported version of that pack plus one. Template ids inside
    the pack are stable: a template that came from the same pack keeps its pack id, any other is ``t`` + its number.

    With ``learned`` the phrasings this library learned from the agent's picks go into the pack as buyer phrasings
    (the lead's choice: buyer words leave the machine only so).

    A pack whose templates break platform rules (error-level findings of ``core.lint``) is refused unless ``force``:
    it would go out to the whole team.

    Raises:
        InvalidInput: not a ``.qrpack`` file, a category that does not exist, an empty name.
        LintRefused: a pack with error-level findings, without ``force``.
        PackError: the file cannot be written (nothing half-written is left).
    """
    lib.sync()
    if path.suffix.lower() != SUFFIX:
        raise InvalidInput(f"{path.name}：模板包请用 .qrpack 结尾（表格请导出为 .xlsx 或 .csv）。")
    chosen = selection.ids(lib)
    templates, cleaned = _writable(selection.templates(lib))
    if not force:
        _refuse_rule_breakers(lib, templates)
    pack_name = (details.name or lib.settings.get(SHOP_NAME) or DEFAULT_NAME).strip()
    if not pack_name:
        raise InvalidInput("模板包名称不能为空。")
    the_id = details.pack_id or pack_id_for(pack_name)
    exported = _exported(lib)
    the_version = check_version(details.version) if details.version else next_version(exported.get(the_id))
    learned_words = all_learned(lib.db) if learned else {}
    items = tuple(
        PackTemplate(
            t.pack_item_id if t.pack_id == the_id and t.pack_item_id else f"t{t.id}",
            t.category,
            t.title,
            t.body,
            t.shortcut,
            t.tags,
            tuple(dict.fromkeys((*t.phrasings, *learned_words.get(t.id, ()))))[:MAX_PHRASINGS],
        )
        for t in templates
    )
    table = fee_store.rate_table(lib.db) if fees else None
    policy = fee_store.shop_policy(lib) if fees and lib.settings.get(fee_store.POLICY_KEY) else None
    manifest = Manifest(
        pack_id=the_id,
        name=pack_name,
        version=the_version,
        author=(details.author if details.author is not None else lib.settings.get(AGENT_NAME)).strip(),
        description=details.description.strip(),
    )
    pack = Pack(manifest, _category_paths(lib, templates, chosen), items, table, policy)
    written = write_pack(path, pack)
    exported[the_id] = the_version
    with lib.change():
        lib.settings.put(EXPORTED, json.dumps(exported, ensure_ascii=False))
    return ExportResult(path, len(items), len(table.couriers) if table else 0, written, cleaned)
