"""The bundled library's pinyin, shipped computed so that a new data home does not load pypinyin."""

from __future__ import annotations

import json
import subprocess
import sys

from quickreply import paths
from quickreply.core.library.bundled import pinyin_texts, read_bundled
from quickreply.core.search import pinyin

SHIPPED = paths.resources() / "pinyin" / "library.json"


def test_shipped_pinyin_is_what_pypinyin_gives_for_the_bundled_library(tmp_path) -> None:
    texts = pinyin_texts(read_bundled(paths.resources() / "library"))
    fresh = tmp_path / "library.json"
    pinyin.write_forms(texts, fresh)
    assert SHIPPED.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        "resources/pinyin/library.json is out of date: run  python -m quickreply.core.library.bundled"
    )
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert data["退款到账时间"] == [["tkdzsj"], ["tui kuan dao zhang shi jian"]]


def test_a_new_home_is_created_without_loading_pypinyin(tmp_path) -> None:
    code = (
        "import sys\n"
        "from quickreply.core import open_library\n"
        f"lib = open_library({str(tmp_path / 'home')!r})\n"
        "assert lib.search('tkdz')[0].template.title == '退款到账时间'\n"
        "assert lib.search('退款')\n"
        "print('pypinyin' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_broken_pinyin_file_only_costs_time(tmp_path) -> None:
    broken = tmp_path / "library.json"
    broken.write_text('{"退款": [["tk"]', encoding="utf-8")
    assert pinyin.preload(broken) == 0
    assert pinyin.preload(tmp_path / "missing.json") == 0
    assert pinyin.forms("退款") == (["tk"], ["tui kuan"])


def test_shipped_character_readings_are_current(tmp_path) -> None:
    from quickreply.core.library.bundled import sound_chars

    chars = sound_chars(read_bundled(paths.resources() / "library"), paths.resources() / "search" / "buyer_words.json")
    fresh = tmp_path / "chars.txt"
    pinyin.write_sounds(chars, fresh)
    shipped = paths.resources() / "pinyin" / "chars.txt"
    assert shipped.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        "resources/pinyin/chars.txt is out of date: run  python -m quickreply.core.library.bundled"
    )
    assert pinyin.sounds()["邮"] == ("you",) and pinyin.sounds()["还"] == ("hai", "huan")


def test_shipped_meaning_weights_are_current_and_a_new_home_computes_none(tmp_path, monkeypatch) -> None:
    from quickreply.core import open_library
    from quickreply.core.library.bundled import weight_texts
    from quickreply.core.search import meaning

    items = read_bundled(paths.resources() / "library")
    fresh = tmp_path / "library-weights.json"
    meaning.write_known(weight_texts(items), fresh)
    shipped = paths.resources() / "search" / "library-weights.json"
    assert shipped.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        "resources/search/library-weights.json is out of date: run  python -m quickreply.core.library.bundled"
    )
    computed = []
    monkeypatch.setattr(meaning, "_computed", lambda *t: computed.append(t) or b"")
    lib = open_library(tmp_path / "home")
    try:
        assert computed == [] and len(lib) == len(items)
    finally:
        lib.close()


def test_weights_from_another_word_table_or_a_broken_file_are_not_taken(tmp_path) -> None:
    from quickreply.core.search import meaning

    stale = tmp_path / "stale.json"
    stale.write_text('{"words": "another table", "weights": {"abc": "AAAA"}}', encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"words": ', encoding="utf-8")
    assert meaning.preload(stale) == 0 and meaning.preload(broken) == 0 and meaning.preload(tmp_path / "none") == 0
    assert meaning.meaning_of("退款", [], ["退款多久到"], "亲") == meaning._computed("退款", [], ["退款多久到"], "亲")
