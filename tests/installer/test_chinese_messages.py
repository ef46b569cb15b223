"""The Windows setup speaks Chinese from our own messages file, installer/ChineseSimplified.isl.

Inno Setup shows a message the file lacks in English, and a placeholder (``%1``, ``[name]``) the file drops leaves the
agent without the folder or program it names. The English keys and placeholders of Inno Setup's Default.isl are kept in
inno_default_messages.json; when the npm package ``innosetup`` is in node_modules, its Default.isl is the judge.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
OURS = INSTALLER / "ChineseSimplified.isl"
SCRIPT = INSTALLER / "quickreply.iss"
DEFAULT = json.loads((Path(__file__).with_name("inno_default_messages.json")).read_text(encoding="utf-8"))
# Where `npm install innosetup` puts Inno Setup's own Default.isl.
NPM_DEFAULT_ISL = [ROOT / "node_modules" / "innosetup" / "bin" / "Default.isl"]

PLACEHOLDER = re.compile(r"%\d|%n|\[(?:name|name/ver|gb|mb|kb)\]")
CJK = re.compile(r"[\u4e00-\u9fff]")


def sections(text: str, where: str) -> dict[str, dict[str, str]]:
    """Reads an .isl file's text into {section: {key: value}}; fails on a line Inno Setup would not read as meant."""
    found: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith(";"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = found.setdefault(header.group(1), {})
            continue
        key, equals, value = line.partition("=")
        assert current is not None and equals and re.fullmatch(r"\w+", key), f"{where} line {number}: {line!r}"
        assert key not in current, f"{where} line {number}: {key} twice"
        current[key] = value
    return found


def placeholders(value: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(value)))


@pytest.fixture(scope="module")
def ours() -> dict[str, dict[str, str]]:
    raw = OURS.read_bytes()
    # Inno Setup 6 reads an .isl as Unicode only with a BOM; without one the Chinese would be read as code page bytes.
    assert raw.startswith(b"\xef\xbb\xbf"), "ChineseSimplified.isl must be UTF-8 with a BOM"
    return sections(raw.decode("utf-8")[1:], OURS.name)


def test_the_language_is_simplified_chinese(ours) -> None:
    assert ours["LangOptions"] == {"LanguageName": "简体中文", "LanguageID": "$0804", "LanguageCodePage": "936"}


def test_every_message_of_inno_setup_is_there_with_its_placeholders(ours) -> None:
    messages = ours["Messages"]
    assert sorted(set(DEFAULT["Messages"]) - set(messages)) == [], "missing: Inno Setup would show these in English"
    assert sorted(set(messages) - set(DEFAULT["Messages"])) == [], "unknown to Inno Setup: the compiler refuses these"
    wrong = {
        key: (placeholders(messages[key]), wanted)
        for key, wanted in DEFAULT["Messages"].items()
        if placeholders(messages[key]) != wanted
    }
    assert wrong == {}


def test_no_message_is_empty_or_left_in_english(ours) -> None:
    may_be_empty = set(DEFAULT["empty_in_english"])
    empty = [key for key, value in ours["Messages"].items() if not value.strip() and key not in may_be_empty]
    assert empty == []
    # A message with words in it is in Chinese; only units and marks like "%1 KB" or "%1（%2）" have none.
    english = [
        key
        for key, value in ours["Messages"].items()
        if re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", value)) and not CJK.search(value)
    ]
    assert english == []


def test_the_default_custom_messages_and_ours_are_there(ours) -> None:
    custom = ours["CustomMessages"]
    wrong = {
        key: placeholders(custom.get(key, "<missing>"))
        for key, wanted in DEFAULT["CustomMessages"].items()
        if placeholders(custom.get(key, "<missing>")) != wanted
    }
    assert wrong == {}


def test_every_custom_message_the_script_uses_exists_in_both_languages(ours) -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    used = set(re.findall(r"\{cm:(\w+)", script)) | set(re.findall(r"CustomMessage\('(\w+)'\)", script))
    assert {"AppTitle", "UninstallProgram", "DeleteLibrary"} <= used  # the patterns still read the script
    english = dict(re.findall(r"^english\.(\w+)=(.*)$", script, re.M))
    english_all = {**dict.fromkeys(DEFAULT["CustomMessages"], ""), **english}
    assert sorted(used - set(ours["CustomMessages"])) == []
    assert sorted(used - set(english_all)) == []
    for key, value in english.items():
        assert placeholders(ours["CustomMessages"][key]) == placeholders(value), key
    assert not re.search(r"^chinesesimplified\.", script, re.M), "the Chinese strings live in ChineseSimplified.isl"


def test_the_script_names_our_file_beside_it_and_english_from_the_compiler() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"$', script, re.M)
    assert languages == [("chinesesimplified", "ChineseSimplified.isl"), ("english", "compiler:Default.isl")]
    assert (SCRIPT.parent / languages[0][1]).is_file()


@pytest.mark.parametrize("default_isl", NPM_DEFAULT_ISL, ids=["node_modules"])
def test_the_kept_list_matches_inno_setups_own_default_isl(default_isl: Path, ours) -> None:
    if not default_isl.is_file():
        pytest.skip(f"{default_isl} is not there (npm install innosetup)")
    theirs = sections(default_isl.read_text(encoding="utf-8-sig"), default_isl.name)
    assert {key: placeholders(value) for key, value in theirs["Messages"].items()} == DEFAULT["Messages"]
    assert sorted(set(theirs["Messages"]) - set(ours["Messages"])) == []
    assert {key: placeholders(value) for key, value in theirs["CustomMessages"].items()} == DEFAULT["CustomMessages"]
