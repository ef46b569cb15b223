"""Start-up of the app against a bare PySide6 window, and the memory of the running app, at 1k / 10k / 100k.

Run:  python benchmarks/startup_memory.py [--sizes 1000,10000,100000] [--runs 5]

Each figure is a fresh Python process (median of ``--runs``), offscreen, on the generated libraries of
search_speed.py (built on first use):

- "bare window": import PySide6, create a QApplication, show an empty QWidget, process its events, exit;
- "selftest": ``quickreply --selftest`` — on a temporary home: the bundled library, a search, variables, a fee
  quote, and the popup built (what the release build runs to prove it works);
- "app ready": the tray app's own start on the generated library (``QuickReplyApp``: library opened, index built,
  popup, tray, hotkey bridge) until its first search has answered, then exit;
- "RSS": that app process's resident memory once ready (``/proc/self/status`` VmRSS, Linux only);
- the bare window again after importing numpy and sqlite-utils, and after importing what the app needs: how much of
  the start-up is the dependencies' own.

QuickReply's bytecode is compiled first, as in any install (see ``search_speed.compile_bytecode``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from search_speed import compile_bytecode, library_at  # noqa: E402

BARE = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.show()
app.processEvents()
"""

#: What the dependencies alone cost: the same bare window, after importing them.
FLOORS = (
    ("numpy + sqlite-utils, then the bare window", "import numpy, sqlite_utils\n" + BARE),
    ("QuickReply's imports, then the bare window", "import quickreply.core, quickreply.ui.popup.window\n" + BARE),
)

APP = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from quickreply.app import QuickReplyApp, install_translator, instance_name
from quickreply.core import open_library
from quickreply.core.library.settings import LANGUAGE
qt = QApplication(sys.argv[:1])
home = Path(sys.argv[1])
library = open_library(home)
install_translator(qt, library.settings.get(LANGUAGE))
app = QuickReplyApp(qt, library, instance_name(home) + "-bench")
library.search("tk")
qt.processEvents()
rss = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS"))
print(rss)
"""


def timed(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:3])} failed: {done.stderr.strip().splitlines()[-1:]}")
    return elapsed, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    compile_bytecode()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    python = sys.executable
    bare = statistics.median(timed([python, "-c", BARE], env)[0] for _ in range(args.runs))
    selftest = statistics.median(timed([python, "-m", "quickreply", "--selftest"], env)[0] for _ in range(args.runs))
    print(f"bare PySide6 window  {bare:.2f} s")
    print(f"quickreply --selftest {selftest:.2f} s   ratio {selftest / bare:.1f}×")
    for label, code in FLOORS:
        floor = statistics.median(timed([python, "-c", code], env)[0] for _ in range(args.runs))
        print(f"{label}  {floor:.2f} s   ratio {floor / bare:.1f}×")
    print(f"{'templates':>9}  {'app ready':>9}  {'ratio':>6}  {'RSS':>7}")
    for size in (int(s) for s in args.sizes.split(",")):
        home, _ = library_at(size)
        runs = [timed([python, "-c", APP, str(home)], {**env, "QUICKREPLY_HOME": str(home)}) for _ in range(args.runs)]
        ready = statistics.median(r[0] for r in runs)
        rss = statistics.median(int(r[1].split()[-1]) for r in runs) / 1024
        print(f"{size:>9}  {ready:>8.2f}s  {ready / bare:>5.1f}×  {rss:>5.0f} MB")


if __name__ == "__main__":
    main()
