"""Search speed per keystroke, and opening a library, at 1k / 10k / 100k generated templates.

Run:  python benchmarks/search_speed.py [--sizes 1000,10000,100000] [--rounds 3]

Besides the typed words it times the worst single keystrokes (a character nearly every template holds) and 30
pasted buyer messages, up to a 100,000-character paste, and prints p50/p99/max per group and the p99 over all.

For every size it builds a library of generated Chinese templates (kept in benchmarks/out/ for the next run), then
types queries letter by letter the way an agent does — Chinese, full pinyin, initials, shortcut codes, two terms —
and times ``Library.search`` for every keystroke. The same keystrokes are answered by a plain substring scan over
the same precomputed text (every template's folded title, pinyin, tags, category, body and buyer phrasings in one
string, checked with ``in``, then ranked by frecency), so the two are measured side by side in one run, on one machine.

Two more groups are typed letter by letter: words with a typo or initials mixed with syllables ("forgiven", which
makes the search look for typos once fewer than 50 replies match as typed), and the typed words again with every
fuzzy sound switched on ("fuzzy on"). They are printed on their own lines; "every query above" covers the keystrokes,
the worst single keys and the pasted messages, as it always has.

"open+1st" is a fresh Python process importing QuickReply, opening the library and answering one query (median of
three runs), and "w/o imports" the same without the time Python spends importing QuickReply and its libraries;
"RSS" is that process's peak memory. "keys" counts the keystrokes timed (every round).
"""

from __future__ import annotations

import argparse
import compileall
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quickreply.core.folding import terms  # noqa: E402
from quickreply.core.library.settings import LIBRARY_SEEDED  # noqa: E402
from quickreply.core.library.store import Library  # noqa: E402
from quickreply.core.search.records import rank_key  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"

WORDS = (
    "退款 到账 发货 快递 顺丰 中通 圆通 韵达 极兔 邮政 物流 单号 查询 签收 破损 质量 问题 售后 换货 退货 地址 修改 "
    "优惠 优惠券 满减 包邮 运费 运费险 发票 抬头 尺码 颜色 材质 面料 库存 缺货 预售 定金 尾款 活动 会员 积分 生日 "
    "节日 春节 中秋 好评 评价 差评 道歉 安抚 补偿 补发 漏发 错发 时效 偏远 新疆 西藏 催付 付款 订单 合并 拆分 赠品 "
    "包装 清洗 保养 安装 说明 使用 教程 保修 维修 检测 色差 起球 掉色 褪色 气味 大小 偏大 偏小 推荐 搭配 价格 议价 "
    "价保 差价 返还 审核 驳回 申请 仅退款 七天 无理由 拒收 代收 驿站 派送 延误 天气 加急 升级 补差价"
).split()
FILLER = "亲 您好 这边 为您 马上 处理 一般 预计 请您 耐心 等待 感谢 支持 理解 放心 我们 帮您 核实 确认 哦 呢 ～".split()
#: One keystroke that nearly every template matches: 亲 opens every body, 售 starts three categories in four. All
#: of them are hits; only the 50 shown may be ranked.
WORST = ["亲", "售", "q", "s", "退", "亲，"]
#: Buyer messages as agents paste them: the meaning search, not the letters.
PASTED = [
    "在吗",
    "退款几天到账啊",
    "亲 能开发票吗",
    "可以包邮吗？",
    "发新疆多少运费 3公斤",
    "能发顺丰吗 加钱也行",
    "我的快递到哪了 单号SF1234567890123",
    "订单2039485716203948571 怎么还不发货",
    "運費險怎麼理賠",
    "bao you ma",
    "有现或吗 黑色L",
    "退款退款都说了一个礼拜了钱呢我一分钱都没看到你们是不是想赖账",
    "【冬季加绒卫衣】男 175 140斤穿哪个码",
    "宝贝收到了 很喜欢 谢谢亲💕",
    "质两太差了 线头一大堆😡",
    "拍了5包 只收到4包",
    "能便宜点不 老顾客了",
    "这个怎么安装啊 有视频吗",
    "保修多久 坏了怎么修",
    "几点有人回消息",
    "不想要了 能取消订单吗",
    "发错货了 我拍的是白色",
    "降价了能补差价吗",
    "我等发工资再付可以吗",
    "加个微信吧 方便联系",
    "有运费险吗 退货怎么退",
    "签收十天了还能退吗",
    "我在你家已经看了一个多星期了，真的很喜欢，但是说实话这个价格对我来说有点超预算，我是学生，老板你看能不能便宜点",
    "别人家都是当天发的你们这都第五天了物流一点动静都没有是不是没货了就直说" * 20,
    "退款几天到账 " * 12000,
]
QUERIES = ["tuikuan", "退款", "tk", "fahuo", "发货时间", "sfsx", "shunfeng", "yhq", "退款 到账", "sf 时效", "qianshou",
           "pslx", "运费险", "jiaji", "七天无理由"]  # fmt: skip
#: Typed with one typo, or initials mixed with syllables: what the picker forgives (issue 16).
FORGIVEN = ["tuikaun", "fahou", "shunfegn", "qianshuo", "tkuan", "yunfeixain", "jiaij", "youhuiqaun"]


def generate(count: int, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    items = []
    for i in range(count):
        title = "".join(rng.sample(WORDS, rng.randint(2, 3)))
        words = rng.randint(15, 40)
        body = "".join(rng.choice(WORDS) if rng.random() < 0.4 else rng.choice(FILLER) for _ in range(words))
        items.append(
            {
                "category": f"{rng.choice(['售前', '售中', '售后', '投诉'])}/{rng.choice(WORDS)}",
                "title": title[:30],
                "body": "亲，" + body + "。",
                "shortcut": f"g{i}",
                "tags": rng.sample(WORDS, 2),
            }
        )
    return items


def compile_bytecode() -> None:
    """Write QuickReply's bytecode first, as every install does (pip, the release build), so that fresh processes
    time the app and not Python compiling it: where PYTHONDONTWRITEBYTECODE is set, that alone adds 0.1 s.
    """
    compileall.compile_dir(ROOT / "quickreply", quiet=1)


def library_at(size: int) -> tuple[Path, float | None]:
    """A home holding ``size`` generated templates; returns it and the import time (None when reused)."""
    home = OUT / f"lib-{size}"
    if (home / "library.db").exists():
        return home, None
    home.mkdir(parents=True, exist_ok=True)
    items = generate(size)
    lib = Library(home)
    started = time.perf_counter()
    lib.add_many(items)
    elapsed = time.perf_counter() - started
    with lib.db.atomic():
        lib.settings.put(LIBRARY_SEEDED, True)
    lib.close()
    return home, elapsed


def keystrokes(queries: list[str] = QUERIES) -> list[str]:
    out = []
    for query in queries:
        out += [query[:n] for n in range(1, len(query) + 1) if query[:n].strip()]
    return out


class PlainScan:
    """The baseline: one precomputed string per template, ``in`` for every term, then ranked by frecency."""

    def __init__(self, lib: Library):
        index = lib.index
        self.records = list(index._all())
        cats = {c.id: "\x1f".join(c.keys + c.initials + c.pinyin) for c in index.categories.values()}
        self.hay = []
        for r in self.records:
            title_key, title_ini, title_py, tags_key, tags_ini, tags_py, body_key, *asked = r.fields
            parts = (title_key, title_ini, title_py, r.shortcut_key, tags_key, tags_ini, tags_py, cats[r.category_id])
            self.hay.append("\x1f".join((*(p.replace(" ", "") for p in parts), body_key, *asked)))

    def search(self, query: str, limit: int = 50) -> list[int]:
        wanted = terms(query)
        found = [i for i, h in enumerate(self.hay) if all(t in h for t in wanted)]
        found.sort(key=lambda i: rank_key(self.records[i]))
        return [self.records[i].id for i in found[:limit]]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


OPEN_PROBE = """
import resource, sys, time
started = time.perf_counter()
from quickreply.core.library.store import Library
imported = time.perf_counter()
lib = Library(sys.argv[1])
lib.search("tk")
done = time.perf_counter()
try:  # VmHWM: this process's own peak (ru_maxrss would report the parent's peak, inherited across fork and exec)
    peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(done - started, done - imported, peak / 1024)
"""


def open_in_fresh_process(home: Path, runs: int = 3) -> tuple[float, float, float]:
    """Median over fresh processes: seconds to the first answer with and without Python's imports, and peak RSS."""
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", OPEN_PROBE, str(home)], capture_output=True, text=True, check=True, cwd=ROOT
        )
        total, opened, rss = out.stdout.split()
        results.append((float(total), float(opened), float(rss)))
    results.sort()
    return results[len(results) // 2]


def timed(lib: Library, scan: PlainScan, queries: list[str], rounds: int) -> tuple[list[float], list[float]]:
    """Milliseconds per query for QuickReply and for the plain scan, every query ``rounds`` times."""
    ours: list[float] = []
    plain: list[float] = []
    for _ in range(rounds):
        for q in queries:
            t = time.perf_counter()
            lib.search(q, limit=50)
            ours.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            scan.search(q, limit=50)
            plain.append((time.perf_counter() - t) * 1000)
    return ours, plain


def measure(size: int, rounds: int) -> dict[str, float]:
    home, import_s = library_at(size)
    open_s, open_only_s, rss_mb = open_in_fresh_process(home)
    lib = Library(home)
    scan = PlainScan(lib)
    started = time.perf_counter()
    lib.search(PASTED[1])  # the first message of a session builds the meaning index
    first_message_ms = (time.perf_counter() - started) * 1000
    ours, plain = timed(lib, scan, keystrokes(), rounds)
    groups = {name: timed(lib, scan, queries, rounds) for name, queries in (("worst", WORST), ("pasted", PASTED))}
    everything = ours + [ms for times, _ in groups.values() for ms in times]
    groups["forgiven"] = timed(lib, scan, keystrokes(FORGIVEN), rounds)
    try:
        from quickreply.core.library.settings import FUZZY_PINYIN
    except ImportError:  # an older QuickReply, timed for comparison: it has no fuzzy sounds
        pass
    else:
        with lib.db.atomic():
            lib.settings.put(FUZZY_PINYIN, FUZZY_PINYIN.kind.options)
        groups["fuzzy"] = timed(lib, scan, keystrokes(), rounds)
        with lib.db.atomic():
            lib.settings.put(FUZZY_PINYIN, ())
    lib.close()
    return {
        **{f"{name}_{k}": v for name, (times, base) in groups.items() for k, v in summary(times, base).items()},
        "all_p99": percentile(everything, 99),
        "first_message_ms": first_message_ms,
        "size": size,
        "keystrokes": len(ours),
        "p50": statistics.median(ours),
        "p99": percentile(ours, 99),
        "max": max(ours),
        "scan_p50": statistics.median(plain),
        "scan_p99": percentile(plain, 99),
        "open_s": open_s,
        "open_only_s": open_only_s,
        "import_s": import_s if import_s is not None else float("nan"),
        "rss_mb": rss_mb,
    }


def summary(times: list[float], base: list[float]) -> dict[str, float]:
    return {"p50": statistics.median(times), "p99": percentile(times, 99), "max": max(times),
            "scan_p50": statistics.median(base), "scan_p99": percentile(base, 99)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    compile_bytecode()
    print(
        f"{'templates':>10} {'keys':>5} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} {'scan p50':>9} {'scan p99':>9} "
        f"{'x p50':>6} {'x p99':>6} {'open+1st s':>10} {'w/o imports':>11} {'import s':>9} {'RSS MB':>7}"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        r = measure(size, args.rounds)
        print(
            f"{r['size']:>10,} {r['keystrokes']:>5} {r['p50']:>7.2f} {r['p99']:>7.2f} {r['max']:>7.2f} "
            f"{r['scan_p50']:>9.2f} {r['scan_p99']:>9.2f} {r['scan_p50'] / r['p50']:>6.1f} "
            f"{r['scan_p99'] / r['p99']:>6.1f} {r['open_s']:>10.2f} {r['open_only_s']:>11.2f} "
            f"{r['import_s']:>9.1f} {r['rss_mb']:>7.0f}",
            flush=True,
        )
        labels = (("worst", "worst single keys"), ("pasted", "pasted messages"), ("forgiven", "typos, mixed (keys)"),
                  ("fuzzy", "fuzzy on (keys)"))  # fmt: skip
        for name, label in labels:
            if name + "_p50" not in r:
                continue
            print(
                f"{'':>10} {label:18} p50 {r[name + '_p50']:.2f} p99 {r[name + '_p99']:.2f} "
                f"max {r[name + '_max']:.2f} ms (plain scan p50 {r[name + '_scan_p50']:.2f} "
                f"p99 {r[name + '_scan_p99']:.2f})"
            )
        print(f"{'':>10} first message of a session (builds the meaning index): {r['first_message_ms']:.0f} ms")
        print(f"{'':>10} every query above: p99 {r['all_p99']:.2f} ms (goal: 16 ms, one frame)", flush=True)


if __name__ == "__main__":
    main()
