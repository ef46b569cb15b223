"""What the reply check costs when a pack brings hostile rules, now and before the limits (issue 18, point 11).

Run:  python benchmarks/lint_cost.py [--before 6edbfa1] [--sample 3]

Times, in one run on one machine:

- a pack whose lint.json holds one rule of 1,000,000 words: now, the time until reading the pack refuses it; before,
  the pack was taken, and every reply checked cost a search per word: measured on ``--sample`` replies of the
  bundled library and scaled to the whole library (``lint --all``);
- the largest rule set a pack may bring (``MAX_PACK_RULES`` rules of ``MAX_RULE_WORDS`` words of
  ``MAX_WORD_LENGTH`` characters) plus the built-in rules, over the whole bundled library, now and before;
- one body with 20,000 findings (「最好」 20,000 times), now and before;
- the popup's check of one row (error rules only) with the largest rule set: a 300-character reply and a
  100,000-character one (the longest a body may be).

"before" is ``quickreply/core/lint.py`` as it was at ``--before``, read with ``git show`` and run in this process.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")
sys.path.insert(0, str(ROOT))

from quickreply.core import lint  # noqa: E402
from quickreply.core.library.bundled import read_bundled  # noqa: E402
from quickreply.core.packs.import_apply import read_incoming  # noqa: E402
from quickreply.core.packs.json_checks import PackError  # noqa: E402
from quickreply.core.packs.pack_file import Manifest, Pack, PackTemplate, write_pack  # noqa: E402
from quickreply.paths import resources  # noqa: E402


def timed(work: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def old_lint(commit: str) -> ModuleType:
    """The reply check as it was at ``commit``, as a module of ``quickreply.core`` (its relative imports work)."""
    source = subprocess.run(
        ["git", "show", f"{commit}:quickreply/core/lint.py"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    spec = importlib.util.spec_from_loader("quickreply.core._lint_before", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "quickreply.core"
    sys.modules[spec.name] = module
    exec(compile(source, f"{commit}:quickreply/core/lint.py", "exec"), module.__dict__)
    return module


def forged_pack(path: Path, rules: list[dict[str, Any]]) -> Path:
    """A pack whose lint.json holds ``rules`` as a hostile lead would write it by hand, sealed right."""
    item = PackTemplate("a", "售前", "问候", "亲，您好。")
    small = {"id": "x", "level": "warning", "words": ["x"], "message": "m"}
    write_pack(path, Pack(Manifest("hostile", "恶意规则包", "1"), ("售前",), (item,), lint_rules=(small,)))
    with zipfile.ZipFile(path) as archive:
        files = {info.filename: archive.read(info) for info in archive.infolist()}
    files["lint.json"] = json.dumps({"rules": rules}, ensure_ascii=False).encode("utf-8")
    manifest = json.loads(files["manifest.json"])
    manifest["files"]["lint.json"] = hashlib.sha256(files["lint.json"]).hexdigest()
    manifest["counts"]["lint_rules"] = len(rules)
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def word(n: int, length: int) -> str:
    """A distinct Chinese-looking word of ``length`` characters."""
    return (f"词{n:06d}" + "字" * length)[:length]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="6edbfa1", help="the commit whose lint.py is 'before'")
    parser.add_argument("--sample", type=int, default=3, help="replies the 1M-word rule is timed on, before")
    args = parser.parse_args()
    before = old_lint(args.before)
    items = [(str(i["title"]), str(i["body"])) for i in read_bundled(resources() / "library")]
    print(f"bundled library: {len(items)} replies; before = {args.before}")

    # 1. A rule of a million words.
    million = [{"id": "off-platform", "level": "warning", "words": [word(n, 8) for n in range(1_000_000)],
                "message": "m"}]  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        path = forged_pack(Path(folder) / "hostile.qrpack", million)
        seconds, refusal = timed(lambda: _refused(path))
    print(f"1M-word rule, now:    refused after {seconds:.2f} s: {refusal}")
    old_rules = before.Rules(
        (*before.load_rules().rules, before._rule(million[0], "模板包", "模板包")), 300, frozenset()
    )
    sample = items[: args.sample]
    seconds, _ = timed(lambda: [before.check(t, b, old_rules) for t, b in sample])
    print(f"1M-word rule, before: taken; {seconds / len(sample):.2f} s per reply, "
          f"lint --all ≈ {seconds / len(sample) * len(items):.0f} s")  # fmt: skip

    # 2. The largest rule set a pack may bring, over the whole library.
    largest = [
        {"id": f"r{r}", "level": "error", "message": "m",
         "words": [word(r * lint.MAX_RULE_WORDS + w, lint.MAX_WORD_LENGTH) for w in range(lint.MAX_RULE_WORDS)]}
        for r in range(lint.MAX_PACK_RULES)
    ]  # fmt: skip
    assert lint.pack_rules_problem(largest) is None
    now_rules = lint.load_rules()
    now_rules = replace(now_rules, rules=now_rules.rules + tuple(lint.Rule(f"p/{r['id']}", "error",
                        tuple(r["words"]), "m") for r in largest))  # fmt: skip
    built, _ = timed(lambda: now_rules.table)
    now, _ = timed(lambda: [lint.check(t, b, now_rules) for t, b in items])
    old_set = before.Rules((*before.load_rules().rules, *(before._rule(r, "p", "p") for r in largest)), 300)
    old, _ = timed(lambda: [before.check(t, b, old_set) for t, b in items])
    words = sum(len(r.words) for r in now_rules.rules)
    print(f"largest allowed rule set ({len(now_rules.rules)} rules, {words:,} words) over the library: "
          f"now {now:.2f} s (+ {built:.2f} s to build the word table once), before {old:.2f} s")  # fmt: skip

    # 3. One body with 20,000 findings.
    body = "亲，" + "最好" * 20_000
    plain = lint.load_rules()
    now, found = timed(lambda: lint.check("t", body, plain))
    old, old_found = timed(lambda: before.check("t", body, before.load_rules()))
    print(
        f"20,000 findings in one body: now {now:.2f} s ({len(found)} listed, the last says "
        f"「{found[-1].message}」), before {old:.2f} s ({len(old_found)} listed)"
    )

    # 4. The popup's check of one row.
    short, long = items[0][1][:300], ("亲，您好，这是一条普通的回复，请放心购买哦。\n" * 5000)[:100_000]
    now_rules.error_rules.table  # noqa: B018  built once per set of rules, when the popup opens
    runs = 1000
    per_short, _ = timed(lambda: [lint.breaks("t", short, now_rules) for _ in range(runs)])
    per_long, _ = timed(lambda: lint.breaks("t", long, now_rules))
    old_errors = replace(old_set, rules=tuple(r for r in old_set.rules if r.level == "error"), max_length=1 << 30)
    old_short, _ = timed(lambda: [before.check("t", short, old_errors) for _ in range(20)])
    old_long, _ = timed(lambda: before.check("t", long, old_errors))
    print(
        f"popup, one row, largest rule set: now {per_short / runs * 1000:.2f} ms (300 characters), "
        f"{per_long * 1000:.0f} ms (100,000); before {old_short / 20 * 1000:.1f} ms, {old_long * 1000:.0f} ms"
    )


def _refused(path: Path) -> str:
    try:
        read_incoming(path)
    except PackError as error:
        return str(error)
    return "NOT REFUSED"


if __name__ == "__main__":
    main()
