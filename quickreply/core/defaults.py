"""The bundled default library (``resources/library/*.json``), loaded into a new data home."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import InvalidInput


def read_bundled(folder: Path) -> list[dict[str, Any]]:
    """Templates of the bundled library in order, each with its category path."""
    items: list[dict[str, Any]] = []
    files = sorted(folder.glob("*.json"))
    if not files:
        raise InvalidInput(f"找不到自带的回复库：{folder} 里没有 .json 文件。安装可能不完整，请重新安装快捷回复。")
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            for category in data["categories"]:
                for template in category["templates"]:
                    items.append({**template, "category": category["path"]})
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InvalidInput(f"自带的回复库文件 {path} 无法读取（{exc}），请重新安装快捷回复。") from exc
    return items
