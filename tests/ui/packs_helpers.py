"""Files a lead would send: template packs of a small team library, and spreadsheets."""

from __future__ import annotations

import csv
from pathlib import Path

from quickreply.core import Library
from quickreply.core.packs.exports import PackDetails, Selection, export_pack
from quickreply.core.packs.import_apply import fingerprint

LEAD_LIBRARY = {
    "categories": [
        {
            "path": "团队/发货",
            "templates": [
                {"title": "发货时间", "shortcut": "fhsj", "body": "亲，48小时内发货哦。"},
                {"title": "发货地址", "shortcut": "fhdz", "body": "亲，我们从杭州发货。"},
                {"title": "加急发货", "shortcut": "jjfh", "body": "亲，可以为您加急。"},
            ],
        }
    ]
}
PACK_NAME = "团队话术"


def write_pack(lead: Library, path: Path, version: str) -> Path:
    """The lead's whole library as version ``version`` of the team pack."""
    export_pack(
        lead,
        path,
        Selection(),
        PackDetails(name=PACK_NAME, version=version, author="组长", description="双十一前的更新"),
    )
    return path


def write_csv(path: Path, rows: list[tuple[str, ...]]) -> Path:
    """A spreadsheet in QuickReply's layout: (category, title, shortcut, body[, tags]) rows."""
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["分类", "标题", "快捷码", "内容", "标签"])
        writer.writerows([*row, ""][:5] for row in rows)
    return path


def state(lib: Library) -> str:
    """Everything an import can change, to compare before and after."""
    lib.sync()
    return fingerprint(lib.db)
