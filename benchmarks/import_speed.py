"""Importing a CSV of templates, against a raw SQLite insert of the same rows, at 1k / 10k / 100k.

Run:  python benchmarks/import_speed.py [--sizes 1000,10000,100000]

For every size it writes a CSV of generated Chinese templates (分类, 标题, 快捷码, 内容, 标签), then times, in one
run on one machine:

- QuickReply: ``import_file`` into an empty library — reading and checking the file, the plan (what changes, item by
  item), the backup, computing the search forms (pinyin, signatures) and the one transaction that writes them;
- raw: Python's csv module reading the same file and ``executemany`` into a plain SQLite table of five text columns,
  in one transaction (WAL, like the library).

"ratio" is QuickReply's time over the raw insert's. The goal of the "Speed and safety" issue is at most 10×.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quickreply.core.library.store import Library  # noqa: E402
from quickreply.core.packs.import_apply import apply_import, plan_import, read_incoming  # noqa: E402

OUT = Path(__file__).resolve().parent / "out" / "import"
WORDS = "退款 到账 发货 快递 顺丰 物流 单号 签收 破损 售后 换货 退货 地址 优惠 包邮 运费 发票 尺码 颜色 库存".split()


def write_csv(path: Path, count: int) -> None:
    rng = random.Random(count)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["分类", "标题", "快捷码", "内容", "标签"])
        for n in range(count):
            a, b, c = rng.sample(WORDS, 3)
            writer.writerow(
                [
                    f"{a}/{b}{n % 7}",
                    f"{a}{b}说明{n}",
                    f"q{n}",
                    f"亲，关于{a}和{b}的问题：{c}一般1-3天处理完成，请您耐心等待，有问题随时找我们哦。编号{n}。",
                    f"{a}、{c}",
                ]
            )


def raw_insert(source: Path, target: Path) -> float:
    started = time.perf_counter()
    db = sqlite3.connect(target)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE t (category TEXT, title TEXT, shortcut TEXT, body TEXT, tags TEXT)")
    with source.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    with db:
        db.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)
    db.close()
    return time.perf_counter() - started


def quickreply_import(source: Path, home: Path) -> tuple[float, float, float, float]:
    lib = Library(home)
    started = time.perf_counter()
    incoming = read_incoming(source)
    read = time.perf_counter()
    plan = plan_import(lib, incoming)
    planned = time.perf_counter()
    apply_import(lib, plan)
    done = time.perf_counter()
    assert len(lib) == len(incoming.templates)
    lib.close()
    return done - started, read - started, planned - read, done - planned


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"{'rows':>7}  {'QuickReply':>10}  {'read':>6}  {'plan':>6}  {'write':>6}  {'raw':>6}  {'ratio':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        source = OUT / f"rows-{size}.csv"
        if not source.exists():
            write_csv(source, size)
        home, raw_db = OUT / f"home-{size}", OUT / f"raw-{size}.db"
        shutil.rmtree(home, ignore_errors=True)
        for leftover in OUT.glob(f"raw-{size}.db*"):
            leftover.unlink()
        total, read, plan, write = quickreply_import(source, home)
        raw = raw_insert(source, raw_db)
        figures = f"{total:>9.2f}s  {read:>5.2f}s  {plan:>5.2f}s  {write:>5.2f}s  {raw:>5.2f}s"
        print(f"{size:>7}  {figures}  {total / raw:>5.1f}×")
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
