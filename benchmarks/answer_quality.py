"""How often a pasted buyer message finds the fitting reply first: QuickReply against a plain character-bigram BM25.

Run:  python benchmarks/answer_quality.py [--set dev|holdout|all] [--misses N] [--json] [--tokenizers]

The messages are ours (benchmarks/answer_quality/*.json), written by colleagues who never saw the bundled
library's buyer phrasings: dev.json to work with, holdout.json only to check, at the end, that nothing was tuned to
one set's wording. Each message lists the replies an experienced agent would accept (``expected``); a hit at 1 is the
first result being one of them, a hit at 3 one of them among the first three.

Both sides search the same library, the bundled one in a new data home: QuickReply as the popup and
``quickreply search`` do (``core.shipping.buyer_messages.search``: the library's search, and the logistics reply
first for a message holding a tracking number); the baseline with BM25 (k1 1.2, b 0.75) over the character
bigrams of every reply's title, tags, buyer phrasings and body, the message cut into bigrams the same way — what
forty lines of code get, and what the issue measured "about three in four" with.

``--tokenizers`` compares ways of cutting text into terms under the same BM25: characters, character bigrams,
characters and bigrams, and words from a segmenter (rjieba, the Rust build of jieba, with wheels for Windows, Linux
and macOS; jieba itself has none), when it is installed. It prints each one's hit rates and the segmenter's
start-up time (its dictionary), the figures behind the choice in docs/answer-quality.md.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quickreply.core import Library, open_library  # noqa: E402
from quickreply.core.shipping import buyer_messages  # noqa: E402

SETS = Path(__file__).resolve().parent / "answer_quality"


def bigrams(text: str) -> list[str]:
    chars = [c for c in text.lower() if not c.isspace()]
    return [a + b for a, b in itertools.pairwise(chars)] or chars


def characters(text: str) -> list[str]:
    return [c for c in text.lower() if not c.isspace()]


def characters_and_bigrams(text: str) -> list[str]:
    return characters(text) + bigrams(text)


class BigramBM25:
    """The baseline: BM25 over character bigrams of each reply's title, tags, phrasings and body."""

    def __init__(
        self, lib: Library, k1: float = 1.2, b: float = 0.75, terms: Callable[[str], list[str]] = bigrams
    ) -> None:
        self.terms = terms
        self.ids: list[str] = []
        self.docs: list[Counter[str]] = []
        for t in lib.templates():
            self.ids.append(t.shortcut or str(t.id))
            self.docs.append(Counter(terms(" ".join([t.title, *t.tags, *t.phrasings, t.body]))))
        self.df: Counter[str] = Counter(g for d in self.docs for g in d)
        self.lengths = [sum(d.values()) for d in self.docs]
        self.average = sum(self.lengths) / len(self.lengths)
        self.k1, self.b = k1, b

    def search(self, query: str, limit: int = 3) -> list[str]:
        n = len(self.docs)
        scores = []
        for doc, length, doc_id in zip(self.docs, self.lengths, self.ids, strict=True):
            score = 0.0
            for gram in set(self.terms(query)):
                tf = doc.get(gram, 0)
                if tf:
                    idf = math.log(1 + (n - self.df[gram] + 0.5) / (self.df[gram] + 0.5))
                    score += idf * tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * length / self.average))
            if score > 0:
                scores.append((score, doc_id))
        scores.sort(key=lambda s: -s[0])
        return [doc_id for _, doc_id in scores[:limit]]


def load(which: str) -> list[dict[str, object]]:
    names = ["dev", "holdout"] if which == "all" else [which]
    messages = []
    for name in names:
        for item in json.loads((SETS / f"{name}.json").read_text(encoding="utf-8"))["messages"]:
            messages.append({**item, "set": name})
    return messages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="dev", choices=["dev", "holdout", "all"])
    parser.add_argument("--misses", type=int, default=0, help="print this many messages QuickReply got wrong")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--tokenizers", action="store_true", help="compare ways of cutting text into terms")
    args = parser.parse_args()
    messages = load(args.set)
    if args.tokenizers:
        compare_tokenizers(messages)
        return
    with tempfile.TemporaryDirectory() as home:
        lib = open_library(Path(home))
        known = {t.shortcut for t in lib.templates()}
        baseline = BigramBM25(lib)
        lib.search("预热 退款几天到账呀")  # the meaning index is built at the first message of a session
        rows: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
        base_rows: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
        times, misses = [], []
        for item in messages:
            text, expected, style = str(item["text"]), list(item["expected"]), str(item["style"])  # type: ignore[call-overload]
            started = time.perf_counter()
            found = [h.template.shortcut for h in buyer_messages.search(lib, text, limit=10)]
            times.append(time.perf_counter() - started)
            ours = (bool(found) and found[0] in expected, any(f in expected for f in found[:3]))
            theirs_found = baseline.search(text)
            theirs = (bool(theirs_found) and theirs_found[0] in expected, any(f in expected for f in theirs_found[:3]))
            for key in ("all", style):
                rows[key].append(ours)
                base_rows[key].append(theirs)
            if not ours[0]:
                misses.append((text, expected, found[:3]))
        lib.close()
    unknown = sorted({e for item in messages for e in item["expected"] if e not in known})  # type: ignore[attr-defined]

    def rate(values: list[tuple[bool, bool]], k: int) -> float:
        return 100 * sum(v[k] for v in values) / len(values)

    figures = {
        key: {
            "messages": len(rows[key]),
            "top1": round(rate(rows[key], 0), 1),
            "top3": round(rate(rows[key], 1), 1),
            "bm25_top1": round(rate(base_rows[key], 0), 1),
            "bm25_top3": round(rate(base_rows[key], 1), 1),
        }
        for key in sorted(rows, key=lambda k: (k != "all", k))
    }
    timing = {"median_ms": round(statistics.median(times) * 1000, 2), "max_ms": round(max(times) * 1000, 2)}
    if args.json:
        print(json.dumps({"set": args.set, "figures": figures, "time": timing, "unknown": unknown}, ensure_ascii=False))
        return
    print(f"{args.set}: {len(messages)} buyer messages; search per message median {timing['median_ms']} ms, "
          f"max {timing['max_ms']} ms")  # fmt: skip
    head = f"{'':14} {'n':>4}  {'QuickReply top-1':>16} {'top-3':>6}   {'bigram BM25 top-1':>17} {'top-3':>6}"
    print(f"{head}  {'ahead':>6}")
    for key, f in figures.items():
        ahead = f["top1"] - f["bm25_top1"]
        print(f"{key:14} {f['messages']:>4}  {f['top1']:>15.1f}% {f['top3']:>5.1f}%   {f['bm25_top1']:>16.1f}% "
              f"{f['bm25_top3']:>5.1f}%  {ahead:>+5.1f}")  # fmt: skip
    if unknown:
        print("expected replies not in the library:", " ".join(unknown))
    for text, expected, found in misses[: args.misses]:
        print(f"  MISS {text!r} want {expected} got {found}")


def segmenter() -> tuple[Callable[[str], list[str]], float] | None:
    """rjieba's word cutter and how long its first cut (loading the dictionary) took; None when not installed."""
    try:
        started = time.perf_counter()
        import rjieba  # type: ignore[import-not-found]

        rjieba.cut("退款几天能到账")
        loaded = time.perf_counter() - started
    except ImportError:
        return None

    def words(text: str) -> list[str]:
        return [w for w in rjieba.cut(text.lower()) if w.strip()]

    return words, loaded


def compare_tokenizers(messages: list[dict[str, object]]) -> None:
    ways: dict[str, Callable[[str], list[str]]] = {
        "characters": characters,
        "character bigrams": bigrams,
        "characters + bigrams": characters_and_bigrams,
    }
    found = segmenter()
    if found is None:
        print("rjieba is not installed: pip install rjieba to compare a word segmenter")
    else:
        ways["rjieba words"] = found[0]
        print(f"rjieba: first cut, dictionary included, {found[1] * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as home:
        lib = open_library(Path(home))
        print(f"{len(messages)} buyer messages, BM25 over the same library")
        print(f"{'terms':22} {'top-1':>6} {'top-3':>6}")
        for name, terms in ways.items():
            bm25 = BigramBM25(lib, terms=terms)
            hits = []
            for item in messages:
                got = bm25.search(str(item["text"]))
                expected = list(item["expected"])  # type: ignore[call-overload]
                hits.append((bool(got) and got[0] in expected, any(g in expected for g in got[:3])))
            top1 = 100 * sum(h[0] for h in hits) / len(hits)
            top3 = 100 * sum(h[1] for h in hits) / len(hits)
            print(f"{name:22} {top1:>5.1f}% {top3:>5.1f}%")
        lib.close()


if __name__ == "__main__":
    main()
