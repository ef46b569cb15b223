"""Invisible and look-alike characters neither hide a banned word nor make a second shortcut code that looks like
the first: zero-width spaces, word joiners, soft hyphens, spaces, bidi overrides and full-width forms."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quickreply.core import Library, lint
from quickreply.core.errors import InvalidInput, QuickReplyError, ShortcutClash
from quickreply.core.folding import fold, shortcut_key
from quickreply.core.lint.words import _match_text_by_character, match_text
from quickreply.core.packs.import_apply import plan_import, read_incoming
from quickreply.core.packs.pack_file import Manifest, Pack, PackTemplate, write_pack

RULES = lint.load_rules()
#: (name, how a word is disguised with it)
HIDDEN = {
    "zero-width": lambda w: "\u200b".join(w),
    "word joiner": lambda w: "\u2060".join(w),
    "soft hyphen": lambda w: "\u00ad".join(w),
    "spaces": lambda w: " ".join(w),
    "bidi override": lambda w: "\u202e".join(w),
    "full-width": lambda w: w.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}),
}


def errors(body: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in lint.check("t", body, RULES) if f.is_error]


WORDS = [
    ("微信", "off-platform"),
    ("最低价", "absolute-terms"),
    ("13812345678", "off-platform"),
    ("vx", "off-platform"),
]


# Latin letters with spaces between are separate words: 「v x」 is not vx.
@pytest.mark.parametrize(
    ("how", "word", "rule"), [(how, *w) for how in HIDDEN for w in WORDS if (how, w[0]) != ("spaces", "vx")]
)
def test_a_banned_word_is_found_however_it_is_disguised(how: str, word: str, rule: str) -> None:
    disguised = HIDDEN[how](word)
    body = f"亲，{disguised}哦。"
    assert errors(body) == [(rule, disguised)]
    (finding,) = [f for f in lint.check("t", body, RULES) if f.is_error]
    assert body[finding.start : finding.end] == finding.text  # the span is exact in what was written


def test_spaced_out_words_between_chinese_characters_and_digits() -> None:
    assert errors("亲，加 微 信") == [("off-platform", "微 信")]
    assert errors("亲，电话 138 1234 5678") == [("off-platform", "138 1234 5678")]
    assert errors("亲，全 网 最 低 价") == [("absolute-terms", "最 低 价")]
    # A space between words of different scripts still separates them: an everyday sentence stays quiet.
    assert errors("亲，第 1 件半价，共 2 件，v 信号") == []


def test_a_bidi_override_that_turns_words_round_is_an_error_itself() -> None:
    body = "亲，\u202e信微\u202c哦。"  # shows as 亲，微信哦。
    first, pop = [f for f in lint.check("t", body, RULES) if f.is_error]
    assert [(f.rule, f.start, f.end, f.fix) for f in (first, pop)] == [
        ("bidi-control", 2, 3, ""),
        ("bidi-control", 5, 6, ""),
    ]
    assert "U+202E" in first.message
    assert [f.rule for f in lint.breaks("t", body, RULES)] == ["bidi-control", "bidi-control"]


def test_exceptions_are_folded_like_the_words() -> None:
    assert errors("亲，支持微\u200b信 支付。") == []


def test_the_format_characters_are_all_unicodes() -> None:
    every = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    assert {c for c in every if fold(f"a{c}b") != "ab"} == set()


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = Library(tmp_path / "home")
    library.add("售后", "退款到账", "亲，退款1-3天到账。", shortcut="tk")
    return library


INVISIBLE = {"zero-width": "\u200b", "word joiner": "\u2060", "soft hyphen": "\u00ad", "bidi override": "\u202e"}
LOOK_ALIKE = {"spaces": "t k", "full-width": "ＴＫ"}


@pytest.mark.parametrize("how", INVISIBLE)
@pytest.mark.parametrize("where", ["tk{}", "{}tk", "t{}k"])
def test_a_code_with_an_invisible_character_is_refused_on_add_and_update(lib: Library, how: str, where: str) -> None:
    code = where.format(INVISIBLE[how])
    with pytest.raises(InvalidInput, match=r"^快捷码「tk」里有看不见的字符（U\+[0-9A-F]{4}），多半是复制时带进来的"):
        lib.add("售后", "退款进度", "亲，进度在订单里看。", shortcut=code)
    other = lib.add("售后", "退款进度", "亲，进度在订单里看。", shortcut="jd")
    with pytest.raises(InvalidInput, match="看不见的字符"):
        lib.update(other.id, shortcut=code)
    assert lib.get(other.id).shortcut == "jd"
    assert shortcut_key(code) == "tk"  # and were it folded anyway, it would be the same code


@pytest.mark.parametrize("how", LOOK_ALIKE)
def test_a_look_alike_code_is_the_same_code(lib: Library, how: str) -> None:
    with pytest.raises(ShortcutClash, match="快捷码「tk」已被模板「退款到账」"):
        lib.add("售后", "退款进度", "亲，进度在订单里看。", shortcut=LOOK_ALIKE[how])


def pack_with(path: Path, code: str) -> Path:
    item = PackTemplate("a", "售后", "退款进度", "亲，进度在订单里看。", code)
    write_pack(path, Pack(Manifest("team", "团队话术", "1"), ("售后",), (item,)))
    return path


@pytest.mark.parametrize("how", INVISIBLE)
def test_a_pack_or_spreadsheet_code_with_an_invisible_character_is_refused(tmp_path: Path, how: str) -> None:
    code = "tk" + INVISIBLE[how]
    with pytest.raises(QuickReplyError, match=r"快捷码「tk」里有看不见的字符"):
        pack_with(tmp_path / "p.qrpack", code)  # our own writer will not write it
    sheet = tmp_path / "新话术.csv"
    sheet.write_text(f"分类,标题,快捷码,内容\n售后,退款进度,{code},亲，进度在订单里看。\n", "utf-8")
    with pytest.raises(QuickReplyError, match=r"新话术\.csv 第 2 行 C 列「快捷码」：快捷码「tk」里有看不见的字符"):
        read_incoming(sheet)


@pytest.mark.parametrize("how", LOOK_ALIKE)
def test_an_imported_look_alike_code_clashes_with_the_one_there(lib: Library, tmp_path: Path, how: str) -> None:
    sheet = tmp_path / "新话术.csv"
    sheet.write_text(f"分类,标题,快捷码,内容\n售后,退款进度,{LOOK_ALIKE[how]},亲，进度在订单里看。\n", "utf-8")
    for path in (pack_with(tmp_path / "p.qrpack", LOOK_ALIKE[how]), sheet):
        plan = plan_import(lib, read_incoming(path))
        (change,) = plan.changes
        assert change.detail.startswith("快捷码「tk」已被「退款到账」") or "快捷码相同" in change.detail


@given(st.text(alphabet="微信最低价亲 1３\u3000\u200b\u2060\u00ad\u202eＶvXİ\u0301\n", max_size=30))
def test_the_quick_fold_and_the_careful_one_agree(text: str) -> None:
    quick, careful = match_text(text), _match_text_by_character(text)
    assert (quick.text, list(quick.origin)) == (careful.text, list(careful.origin))


def test_a_code_stored_with_an_invisible_character_before_does_not_block_tagging(lib: Library) -> None:
    other = lib.add("售后", "退款进度", "亲，进度在订单里看。", shortcut="jd")
    with lib.db.conn:  # what an older version let in
        lib.db.execute(
            "UPDATE templates SET shortcut = ?, shortcut_key = ? WHERE id = ?", ("jd\u2060",) * 2 + (other.id,)
        )
    lib.tag_many([other.id], add=["进度"])
    assert lib.get(other.id).tags == ("进度",)
