"""Shared fixtures: a fresh data home per test, with the bundled library or a small one written here."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from quickreply.core import Library, open_library

SMALL_LIBRARY = {
    "categories": [
        {
            "path": "售后/退款时效",
            "templates": [
                {
                    "title": "退款到账时间",
                    "shortcut": "tk",
                    "tags": ["退款", "到账"],
                    "body": "亲，退款一般1-3天到账哦。",
                },
                {"title": "退款审核中", "shortcut": "tksh", "tags": ["审核"], "body": "亲，您的退款正在审核，请稍等。"},
            ],
        },
        {
            "path": "售中/快递选择",
            "templates": [
                {
                    "title": "顺丰时效说明",
                    "shortcut": "sfsx",
                    "tags": ["顺丰", "时效"],
                    "body": "亲，{快递|顺丰|中通}一般{天数:2}天送达，单号{单号}。",
                },
                {"title": "重新发货安排", "shortcut": "cxfh", "tags": ["补发"], "body": "亲，这边为您重新安排发货。"},
                {"title": "银行卡退款", "shortcut": "yhk", "tags": ["银行"], "body": "请您留意银行卡到账通知。"},
            ],
        },
    ]
}


def write_library(folder: Path, data: dict[str, object]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "10-test.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    """A library opened on a new home: the bundled default library."""
    library = open_library(tmp_path / "home")
    yield library
    library.close()


@pytest.fixture
def small(tmp_path: Path) -> Library:
    """A library with the five templates of ``SMALL_LIBRARY``."""
    library = open_library(tmp_path / "small", bundled=write_library(tmp_path / "bundle", SMALL_LIBRARY))
    yield library
    library.close()


@pytest.fixture
def make_library(tmp_path: Path) -> Callable[[dict[str, object]], Library]:
    opened: list[Library] = []

    def make(data: dict[str, object]) -> Library:
        n = len(opened)
        library = open_library(tmp_path / f"lib{n}", bundled=write_library(tmp_path / f"bundle{n}", data))
        opened.append(library)
        return library

    yield make
    for library in opened:
        library.close()
