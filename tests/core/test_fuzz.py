"""Property-based round trips of every template format, and fuzzing of every importer with random and mutated files:
whatever comes in, the answer is the data back or one clear message, never a traceback, never a partial change."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quickreply.core import Library, QuickReplyError
from quickreply.core.packs.exports import PackDetails, Selection, export_pack
from quickreply.core.packs.import_apply import apply_import, fingerprint, import_file, plan_import, read_incoming
from quickreply.core.packs.pack_file import Manifest, Pack, PackTemplate, read_pack, write_pack
from quickreply.core.packs.template_sheets import SheetTemplate, read_templates, write_templates
from quickreply.core.shipping.rate_sheets import SAMPLE_SHEET, read_sheet

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text a lead could type: letters, CJK, digits, punctuation and spaces; no control characters (Excel cannot hold
# them), trimmed (a cell is read trimmed), and a body may hold line breaks.
_CHARS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp", "Co", "Cn"))
TEXT = st.text(_CHARS, min_size=1, max_size=30).map(str.strip).filter(bool)
BODY = st.lists(TEXT, min_size=1, max_size=3).map("\n".join)
NAME = st.text(st.sampled_from("售前后中退款物流发票尺码abcXYZ"), min_size=1, max_size=6)
CATEGORY = st.tuples(NAME, st.none() | NAME).map(lambda p: p[0] if p[1] is None else f"{p[0]}/{p[1]}")
CODE = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789"), min_size=1, max_size=6)
TAG = st.text(st.sampled_from("退款物流尺码发票优惠abc"), min_size=1, max_size=4)


@st.composite
def templates(draw: st.DrawFn, max_size: int = 12) -> list[SheetTemplate]:
    count = draw(st.integers(1, max_size))
    codes = draw(st.lists(CODE, min_size=count, max_size=count, unique=True))
    found = []
    for code in codes:
        found.append(
            SheetTemplate(
                draw(CATEGORY),
                draw(TEXT),
                draw(st.none() | st.just(code)),
                draw(BODY),
                tuple(draw(st.lists(TAG, max_size=3, unique=True))),
            )
        )
    return found


def words(lib: Library) -> list[tuple[str, str, str, str | None, tuple[str, ...]]]:
    return [(t.category, t.title, t.body, t.shortcut, t.tags) for t in lib.templates()]


@FAST
@given(items=templates(), suffix=st.sampled_from([".xlsx", ".csv"]))
def test_any_templates_survive_a_spreadsheet_round_trip(tmp_path_factory, items, suffix) -> None:
    path = tmp_path_factory.mktemp("sheet") / f"t{suffix}"
    write_templates(items, path)
    assert read_templates(path) == items


@FAST
@given(items=templates())
def test_any_templates_survive_a_pack_round_trip_through_two_libraries(tmp_path_factory, items) -> None:
    folder = tmp_path_factory.mktemp("pack")
    lead = Library(folder / "lead")
    for item in items:
        lead.add(item.category, item.title, item.body, item.shortcut, item.tags)
    export_pack(lead, folder / "p.qrpack", Selection(), PackDetails(name="随机包"), force=True)
    agent = Library(folder / "agent")
    apply_import(agent, plan_import(agent, read_incoming(folder / "p.qrpack")))
    assert words(agent) == words(lead)
    again = plan_import(agent, read_incoming(folder / "p.qrpack"))
    assert set(again.counts()) == {"unchanged"}
    lead.close()
    agent.close()


# --- fuzzing ------------------------------------------------------------------------------------------------------


def _valid_files(folder: Path) -> dict[str, bytes]:
    items = [SheetTemplate("售后/退款", "退款到账", "tk", "亲，退款1-3天到账。", ("退款",))]
    write_templates(items, folder / "a.xlsx")
    write_templates(items, folder / "a.csv")
    write_templates(items, folder / "q.csv", qianniu=True)
    pack = Pack(
        Manifest("pack-f", "模糊", "1"),
        ("售后", "售后/退款"),
        (PackTemplate("a", "售后/退款", "退款", "亲，好的。", "tk"),),
    )
    write_pack(folder / "a.qrpack", pack)
    return {name: (folder / name).read_bytes() for name in ("a.xlsx", "a.csv", "q.csv", "a.qrpack")}


def _mutate(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        kind = rng.random()
        at = rng.randrange(len(out)) if out else 0
        if kind < 0.5 and out:
            out[at] = rng.randrange(256)
        elif kind < 0.75:
            del out[at : at + rng.randint(1, 64)]
        else:
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 32)))
    return bytes(out)


@pytest.mark.parametrize("seed", range(40))
def test_mutated_and_random_files_are_refused_cleanly_and_change_nothing(small: Library, tmp_path: Path, seed) -> None:
    rng = random.Random(seed)
    before = fingerprint(small.db)
    valid = _valid_files(tmp_path)
    for name, data in valid.items():
        for attempt in range(3):
            bad = tmp_path / f"m{attempt}-{name}"
            bad.write_bytes(_mutate(data, rng) if attempt < 2 else rng.randbytes(rng.randint(0, 4096)))
            try:
                result = import_file(small, bad)
            except QuickReplyError as error:
                assert bad.name in str(error) or "资料库" in str(error)
                assert fingerprint(small.db) == before  # refused: nothing changed
            else:  # a mutation that still reads is imported whole, then undone for the next try
                assert result is not None
                from quickreply.core.packs.import_apply import undo_import

                undo_import(small, force=True)
                assert fingerprint(small.db) == before


@pytest.mark.parametrize("seed", range(20))
def test_mutated_rate_sheets_are_refused_cleanly(tmp_path: Path, seed) -> None:
    rng = random.Random(seed)
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["快递", "地区", "首重kg", "首重价", "续重kg", "续重价", "时效天"])
    sheet.append(["中通", "浙江", 1, 8, 1, 2, "2"])
    book.save(tmp_path / "r.xlsx")
    for name, data in (("s.csv", SAMPLE_SHEET.read_bytes()), ("r.xlsx", (tmp_path / "r.xlsx").read_bytes())):
        bad = tmp_path / f"bad-{name}"
        bad.write_bytes(_mutate(data, rng))
        try:
            read_sheet(bad)
        except QuickReplyError as error:
            assert bad.name in str(error)


def test_a_zip_of_the_wrong_kind_is_not_a_pack(tmp_path: Path) -> None:
    fake = tmp_path / "表格.qrpack"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("[Content_Types].xml", "<xml/>")
    with pytest.raises(QuickReplyError, match=r"表格\.qrpack"):
        read_pack(fake)


@pytest.mark.parametrize("seed", range(20))
def test_mutated_statistics_and_rules_files_are_refused_cleanly(small: Library, tmp_path: Path, seed) -> None:
    from quickreply.core import lint, stats

    rng = random.Random(seed)
    table = tmp_path / "统计.csv"
    stats.write_csv(stats.template_uses(small), table)
    bad = tmp_path / "坏统计.csv"
    bad.write_bytes(_mutate(table.read_bytes(), rng))
    try:
        stats.read_csv(bad)
    except QuickReplyError as error:
        assert "坏统计.csv" in str(error)
    rules = small.home / lint.USER_RULES
    rules.write_bytes(_mutate(b'{"rules": [{"id": "a", "level": "error", "words": ["x"], "message": "m"}]}', rng))
    try:
        lint.load_rules(small)
    except QuickReplyError as error:
        assert lint.USER_RULES in str(error)
