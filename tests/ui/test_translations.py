"""Every UI string exists in Chinese and English, and the built .qm files match their .ts sources."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from quickreply.paths import resources

FOLDER = resources() / "translations"
ROOT = Path(__file__).resolve().parents[2]
# The settings dialog's texts are declared with the settings in core, marked for lupdate there.
UI = [ROOT / "quickreply/app.py", ROOT / "quickreply/core/library/settings.py", *(ROOT / "quickreply/ui").rglob("*.py")]
SOURCES = sorted(str(p.relative_to(ROOT)) for p in UI)
LANGUAGES = ["zh_CN", "en"]


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.fail(f"pyside6-{name} is missing: it comes with PySide6")
    return found


def messages(ts: Path) -> dict[str, tuple[str | None, str | None]]:
    out = {}
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        out[message.findtext("source") or ""] = (translation.text, translation.get("type"))
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    found = messages(FOLDER / f"quickreply_{language}.ts")
    assert found
    assert {s: t for s, t in found.items() if not t[0] or t[1] in ("unfinished", "obsolete", "vanished")} == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_string_in_the_code_is_missing_from_the_ts(language: str, tmp_path: Path) -> None:
    copy = tmp_path / f"quickreply_{language}.ts"
    shutil.copy(FOLDER / copy.name, copy)
    subprocess.run([tool("lupdate"), *SOURCES, "-ts", str(copy)], cwd=ROOT, check=True, capture_output=True)
    assert messages(copy) == messages(FOLDER / copy.name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_built_qm_is_current(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"quickreply_{language}.qm"
    source = FOLDER / f"quickreply_{language}.ts"
    subprocess.run([tool("lrelease"), str(source), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == (FOLDER / built.name).read_bytes(), "run pyside6-lrelease on the .ts files"


def test_chinese_is_what_the_popup_shows(qapp) -> None:
    translator = QTranslator()
    assert translator.load("quickreply_zh_CN", str(FOLDER))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Tray", "Pause hotkey") == "暂停热键"
        assert QCoreApplication.translate("QuickReplyApp", "Copied: %1") == "已复制：%1"
        assert QCoreApplication.translate("FirstStartDialog", "Welcome to QuickReply") == "欢迎使用快捷回复"
    finally:
        QCoreApplication.removeTranslator(translator)
