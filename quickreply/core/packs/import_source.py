"""What an import brings in: a pack or a spreadsheet read for import, its templates' words as an import compares
them, and the library's fingerprint that tells whether it changed in between."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from .. import gc_pause
from ..errors import QuickReplyError
from ..files import shown_name
from ..folding import shortcut_key
from ..library import categories
from ..library.field_limits import split_phrasings, split_tags
from ..library.template_rows import content_tables
from ..models import Template
from ..shipping import fee_store
from .pack_file import SUFFIX, Pack, PackTemplate, read_pack
from .template_sheets import read_template_sheet

if TYPE_CHECKING:
    pass

#: Called with (done, total) while an import is planned or applied; it may raise to stop a plan (not an apply).
Progress = Callable[[int, int], None]


class ImportRefused(QuickReplyError):
    """An import that cannot go ahead (an older pack version, a library changed since the preview, …)."""


@dataclass(frozen=True)
class Incoming:
    """What a file brings: templates (with ids when it is a pack) and, from a pack, categories, fees and rules."""

    source: Path
    templates: tuple[PackTemplate, ...]
    categories: tuple[str, ...] = ()
    pack: Pack | None = None
    #: False for Qianniu phrases: they have no titles or tags of their own, so a template is matched by its code or
    #: its words, and an overwrite keeps the title and tags it has.
    titled: bool = True
    #: A spreadsheet's columns that were not read, as "E 列「备注」": the preview says so.
    ignored_columns: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return "pack" if self.pack is not None else "spreadsheet"


@gc_pause.paused()
def read_incoming(path: Path) -> Incoming:
    """Read a ``.qrpack``, ``.xlsx`` or ``.csv`` (QuickReply's layout or Qianniu's) for import.

    Raises:
        PackError, SpreadsheetError: the file is broken or hostile; the message names the file and the problem.
        ImportRefused: another kind of file.
    """
    suffix = path.suffix.lower()
    if suffix == SUFFIX:
        pack = read_pack(path)
        return Incoming(path, pack.templates, pack.categories, pack)
    if suffix in (".csv", ".xlsx"):
        sheet = read_template_sheet(path)
        rows = sheet.templates
        items = tuple(PackTemplate("", r.category, r.title, r.body, r.shortcut, r.tags, r.phrasings) for r in rows)
        return Incoming(path, items, titled=all(r.titled for r in rows), ignored_columns=sheet.ignored)
    raise ImportRefused(f"{shown_name(path)}：只能导入模板包（.qrpack）或表格（.xlsx、.csv）。")


# --- content as compared -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Content:
    """A template's words as an import compares them (category path normalised, shortcut folded, tags split)."""

    category: str
    title: str
    body: str
    shortcut: str | None
    tags: tuple[str, ...]
    phrasings: tuple[str, ...] = ()

    @classmethod
    def of(cls, item: PackTemplate) -> Content:
        return cls(
            "/".join(categories.parse_path(item.category)),
            item.title.strip(),
            item.body,
            shortcut_key(item.shortcut) or None if item.shortcut else None,
            split_tags(item.tags),
            split_phrasings(item.phrasings),
        )

    @classmethod
    def of_template(cls, template: Template) -> Content:
        """A library template's words as an import compares them."""
        return cls(
            template.category, template.title, template.body, template.shortcut, template.tags, template.phrasings
        )

    def digest(self) -> str:
        data: list[object] = [self.category, self.title, self.body, self.shortcut or "", list(self.tags)]
        if self.phrasings:  # digests from before phrasings existed stay the same: pack templates stay unedited
            data.append(list(self.phrasings))
        return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()[:32]


def fingerprint(db: Database) -> str:
    """A digest of everything an import can change, to tell whether the library changed in between."""
    digest = hashlib.sha256()
    tables = (
        *content_tables(db),
        db.execute("SELECT * FROM couriers ORDER BY name"),
        db.execute("SELECT * FROM rate_rows ORDER BY id"),
        db.execute("SELECT * FROM packs ORDER BY id"),
        db.execute("SELECT value FROM settings WHERE key = ?", (fee_store.POLICY_KEY.key,)),
    )
    for rows in tables:
        for row in rows:
            digest.update(repr(row).encode())
        digest.update(b"\x00")
    return digest.hexdigest()


def installed_version(db: Database, pack_id: str) -> str | None:
    row = db.execute("SELECT version FROM packs WHERE id = ?", (pack_id,)).fetchone()
    return str(row[0]) if row else None
