"""How many letters an agent types before the reply they want is the first row: the codes an agent guesses.

Run:  python benchmarks/keystrokes.py [--misses N] [--worst N] [--json]

The pairs are ours (benchmarks/keystrokes/pairs.json): what an agent wants to send (``want``), the topic word they
think of first (``word``: 您好, 投诉, 退款, 七天无理由 …), and the replies of the bundled library that would do
(``expected``, shortcut codes). For each pair the agent types the word's pinyin initials letter by letter (您好 →
``n``, ``nh``) into ``Library.search`` on a new data home holding the bundled library, as the popup does; the count
is the letters typed when an expected reply is first. When all the initials are typed and none is first, or after
``CAP`` letters, it is a miss and counts ``CAP``. The second measure types the word's full pinyin (``n``, ``ni``,
``nin``, ``ninh`` …) the same way. Readings are the search's own for the whole word, its first (便宜 → ``pian yi``,
重开 → ``chong kai``, where pypinyin alone says zhong).

Two words with the same initials cannot both be first, so the third measure does what an agent does next, reading
the rows shown ("then the list"): after all the initials, when the reply wanted is among the first ``SHOWN`` rows,
they type on the letters of its code while the code goes on from what they typed (``zp`` → ``zpgz`` for 赠品), and
otherwise press ↓ to its row; every letter and ↓ is a key, and the count is the keys until one Enter copies it.
A reply not shown is still a miss (``CAP``).

"code typed" is the share of pairs whose reply is first once all the initials are typed: what an agent who types the
code without watching the list gets. Two words with the same initials (赠品 and 正品, ``zp``) cannot both be first:
the figures are also given for the pairs whose initials no other pair's word shares ("no clash").

The second part looks at the two-letter queries agents type most. They are counted, not guessed: every text an
agent reads or thinks of — each title, tag and category name of the bundled library, and each pair's word — adds
one to every two-letter run of its initials (退款到账时间 → tk, kd, dz, zs, sj; a run counted once per text), and
the 200 most frequent runs are kept (ties alphabetical). For each it counts the rows the search returns and, when a
pair's word has exactly those initials, whether that pair's reply is first.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quickreply.core import Library, open_library  # noqa: E402
from quickreply.core.library.categories import parse_path  # noqa: E402
from quickreply.core.search.pinyin import forms  # noqa: E402

PAIRS = Path(__file__).resolve().parent / "keystrokes" / "pairs.json"
#: Letters typed before a pair counts as a miss (and what a miss counts).
CAP = 10
#: How many two-letter queries the second part looks at.
TOP_QUERIES = 200
#: The rows an agent reads in the popup without scrolling.
SHOWN = 8


def initials(word: str) -> str:
    return forms(word)[0][0].lower()


def full_pinyin(word: str) -> str:
    return forms(word)[1][0].replace(" ", "").lower()


def first(lib: Library, query: str) -> str | None:
    hits = lib.search(query, limit=1)
    return hits[0].template.shortcut if hits else None


def keystrokes(lib: Library, letters: str, expected: list[str]) -> tuple[int, str | None]:
    """Letters typed until an expected reply is first (``CAP`` for a miss), and the first row when it stopped."""
    shown = None
    for n in range(1, min(len(letters), CAP) + 1):
        shown = first(lib, letters[:n])
        if shown in expected:
            return n, shown
    return CAP, shown


def then_the_list(lib: Library, letters: str, expected: list[str]) -> int:
    """Keys until one Enter copies an expected reply: the initials letter by letter, then, reading the rows shown,
    the rest of its code while it goes on from the letters typed, else ↓ to it (``CAP`` when it is not shown)."""
    count, _ = keystrokes(lib, letters, expected)
    if count < CAP:
        return count
    typed = letters[:CAP]
    rows = [hit.template.shortcut for hit in lib.search(typed, limit=SHOWN)]
    shown = [code for code in rows if code in expected]
    if not shown:
        return CAP
    code = shown[0]
    if code and code.startswith(typed):
        for n in range(len(typed) + 1, min(len(code), CAP) + 1):
            if first(lib, code[:n]) in expected:
                return n
    return min(CAP, len(typed) + rows.index(code))


def measure(lib: Library, pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each pair's keystrokes by initials and by full pinyin, whether its code typed in full shows it first, and
    whether its initials clash with another pair's word (same letters, none of the same replies)."""
    rows = []
    for pair in pairs:
        letters, expected = initials(pair["word"]), pair["expected"]
        count, shown = keystrokes(lib, letters, expected)
        rivals = [
            o["word"]
            for o in pairs
            if o is not pair and initials(o["word"]) == letters and not set(o["expected"]) & set(expected)
        ]
        rows.append(
            {
                **pair,
                "letters": letters,
                "initials": count,
                "shown": shown,
                "full": keystrokes(lib, full_pinyin(pair["word"]), expected)[0],
                "listed": then_the_list(lib, letters, expected),
                "typed": first(lib, letters[:CAP]) in expected,
                "rivals": rivals,
            }
        )
    return rows


def common_queries(lib: Library, words: list[str]) -> list[tuple[str, int]]:
    """The ``TOP_QUERIES`` most frequent two-letter runs of initials over titles, tags, categories and pair words."""
    texts: set[str] = set(words)
    for t in lib.templates():
        texts.add(t.title)
        texts.update(t.tags)
        texts.update(parse_path(t.category))
    counts: Counter[str] = Counter()
    for text in texts:
        letters = "".join(c for c in initials(text) if c.isascii() and c.isalpha())
        counts.update({a + b for a, b in itertools.pairwise(letters)})
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP_QUERIES]


def query_report(lib: Library, pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each common two-letter query: its rows, its first row, the pair words it spells and those served."""
    intents: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for pair in pairs:
        intents[initials(pair["word"])].append(pair)
    report = []
    for query, weight in common_queries(lib, [p["word"] for p in pairs]):
        hits = lib.search(query, limit=1000)
        top = hits[0].template.shortcut if hits else None
        wanted = intents.get(query, [])
        report.append(
            {
                "query": query,
                "weight": weight,
                "rows": len(hits),
                "first": top,
                "words": [p["word"] for p in wanted],
                "served": [p["word"] for p in wanted if top in p["expected"]],
            }
        )
    return report


def summary(counts: list[int]) -> dict[str, float]:
    return {
        "pairs": len(counts),
        "mean": round(statistics.mean(counts), 2),
        "within1": round(100 * sum(c <= 1 for c in counts) / len(counts), 1),
        "within2": round(100 * sum(c <= 2 for c in counts) / len(counts), 1),
        "within3": round(100 * sum(c <= 3 for c in counts) / len(counts), 1),
        "misses": sum(c == CAP for c in counts),
    }


def figures_of(rows: list[dict[str, Any]], queries: list[dict[str, Any]]) -> dict[str, Any]:
    known = [q for q in queries if q["words"]]
    return {
        "initials": summary([r["initials"] for r in rows]),
        "initials_no_clash": summary([r["initials"] for r in rows if not r["rivals"]]),
        "full_pinyin": summary([r["full"] for r in rows]),
        "then_the_list": summary([r["listed"] for r in rows]),
        "code_typed_first": round(100 * sum(r["typed"] for r in rows) / len(rows), 1),
        "queries": {
            "count": len(queries),
            "no_rows": sum(q["rows"] == 0 for q in queries),
            "rows_1_5": sum(1 <= q["rows"] <= 5 for q in queries),
            "rows_6_20": sum(6 <= q["rows"] <= 20 for q in queries),
            "rows_over_20": sum(q["rows"] > 20 for q in queries),
            "median_rows": statistics.median(q["rows"] for q in queries),
            "with_intent": len(known),
            "intent_first": sum(bool(q["served"]) for q in known),
            "shared": sum(len(q["words"]) > 1 for q in known),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=50, help="print this many pairs missed by their initials")
    parser.add_argument("--worst", type=int, default=25, help="print this many of the worst two-letter queries")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    pairs = json.loads(PAIRS.read_text(encoding="utf-8"))["pairs"]
    with tempfile.TemporaryDirectory() as home:
        lib = open_library(Path(home))
        titles = {t.shortcut: t.title for t in lib.templates()}
        rows = measure(lib, pairs)
        queries = query_report(lib, pairs)
        lib.close()
    unknown = sorted({e for p in pairs for e in p["expected"] if e not in titles})
    figures = figures_of(rows, queries)
    misses = [r for r in rows if r["initials"] == CAP]
    if args.json:
        missed = [{k: r[k] for k in ("word", "letters", "expected", "shown", "rivals")} for r in misses]
        print(json.dumps({"figures": figures, "misses": missed, "unknown": unknown}, ensure_ascii=False))
        return

    def named(code: str | None) -> str:
        return f"{code} {titles.get(code, '')}" if code else "nothing"

    print(f"{len(pairs)} pairs (want → topic word → reply), bundled library in a new data home; a miss counts {CAP}")
    head = f"{'typed':14} {'pairs':>5} {'mean keys':>9} {'first at 1':>10} {'within 2':>9} {'within 3':>9}"
    print(f"{head} {'misses':>7}")
    named_rows = (
        ("initials", "initials"),
        ("  no clash", "initials_no_clash"),
        ("full pinyin", "full_pinyin"),
        ("then the list", "then_the_list"),
    )
    for name, key in named_rows:
        f = figures[key]
        print(f"{name:14} {f['pairs']:>5} {f['mean']:>9.2f} {f['within1']:>9.1f}% {f['within2']:>8.1f}% "
              f"{f['within3']:>8.1f}% {f['misses']:>7}")  # fmt: skip
    print(f"code typed in full, its reply first: {figures['code_typed_first']}%")
    if unknown:
        print("expected replies not in the library:", " ".join(unknown))
    for r in misses[: args.misses]:
        clash = f"  [clash: {'/'.join(r['rivals'])}]" if r["rivals"] else ""
        print(f"  MISS {r['word']} ({r['letters']}) want {' / '.join(r['expected'])}, first {named(r['shown'])}{clash}")
    q = figures["queries"]
    print(f"\n{q['count']} most common two-letter queries (initials runs of titles, tags, categories, pair words):")
    print(f"  rows: none {q['no_rows']}, 1-5 {q['rows_1_5']}, 6-20 {q['rows_6_20']}, over 20 {q['rows_over_20']}; "
          f"median {q['median_rows']}")  # fmt: skip
    print(f"  spelled by a pair's word: {q['with_intent']}, a reply of such a pair first: {q['intent_first']} "
          f"({q['shared']} spelled by several pairs' words, of which at most one can be first)")  # fmt: skip
    unserved = [x for x in queries if x["words"] and not x["served"]]
    print("  the pair's reply not first:" if unserved else "  every query a pair spells shows that pair's reply first")
    for x in unserved[: args.worst]:
        print(f"    {x['query']} for {'/'.join(x['words'])}: first {named(x['first'])} ({x['rows']} rows)")
    crowded = sorted(queries, key=lambda x: -x["rows"])[: args.worst]
    print("  most rows:", ", ".join(f"{x['query']} {x['rows']}" for x in crowded))
    shared = [x for x in queries if len(x["words"]) > 1]
    for x in shared[: args.worst]:
        print(f"  shared {x['query']}: {'/'.join(x['words'])} → first {named(x['first'])}")


if __name__ == "__main__":
    main()
