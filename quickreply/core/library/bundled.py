"""The bundled default library (``resources/library/*.json``), loaded into a new data home.

Its pinyin forms are kept computed in ``resources/pinyin/library.json`` and its meaning weights in
``resources/search/library-weights.json`` (run ``python -m quickreply.core.library.bundled`` after editing the library
or the buyer word table; a test says when they are out of date), so creating a new home neither loads pypinyin nor
reads every phrasing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from ..folding import fold, is_cjk
from ..search import meaning, pinyin
from .categories import parse_path


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


def pinyin_texts(items: list[dict[str, Any]]) -> set[str]:
    """Every text of the bundled library that gets pinyin forms when written: titles, tags, category names."""
    texts = set()
    for item in items:
        texts.add(fold(str(item["title"])))
        texts.update(fold(str(tag)) for tag in item.get("tags") or ())
        texts.update(fold(name) for name in parse_path(str(item["category"])))
    return texts


def weight_texts(items: list[dict[str, Any]]) -> list[tuple[str, list[str], list[str], str]]:
    """What each bundled template's meaning weights are computed from, as ``meaning.key_of`` takes it."""
    return [
        (
            str(i["title"]),
            [str(t) for t in i.get("tags") or ()],
            [str(p) for p in i.get("phrasings") or ()],
            str(i["body"]),
        )
        for i in items
    ]


def sound_chars(items: list[dict[str, Any]], words: Path) -> set[str]:
    """The characters whose readings the meaning search knows without pypinyin: the 6763 of GB2312, every character
    of the bundled library and of the buyer word table."""
    chars = set()
    for first in range(0xB0, 0xF8):
        for second in range(0xA1, 0xFF):
            try:
                chars.add(bytes([first, second]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    for item in items:
        chars.update(str(item["title"]) + str(item["body"]) + "".join(map(str, item.get("phrasings") or ())))
    chars.update(words.read_text(encoding="utf-8"))
    return {c for c in chars if is_cjk(c)}


def main() -> None:
    """``python -m quickreply.core.library.bundled``: rewrite the bundled library's pinyin forms and the table of
    character readings after editing the library or the buyer word table."""
    from quickreply.paths import resources

    folder = resources()
    target = folder / "pinyin" / "library.json"
    target.parent.mkdir(exist_ok=True)
    items = read_bundled(folder / "library")
    count = pinyin.write_forms(pinyin_texts(items), target)
    print(f"{target}: {count} texts")
    chars = folder / "pinyin" / "chars.txt"
    count = pinyin.write_sounds(sound_chars(items, folder / "search" / "buyer_words.json"), chars)
    print(f"{chars}: {count} characters")
    weights = folder / "search" / "library-weights.json"
    count = meaning.write_known(weight_texts(items), weights)
    print(f"{weights}: {count} templates")


if __name__ == "__main__":
    main()
