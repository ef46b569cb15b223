"""The popup's work per keystroke (search, model, preview, paint) and the time from hotkey to a shown popup.

Run:  python benchmarks/popup_speed.py [--size 10000]      (offscreen by default; QT_QPA_PLATFORM=xcb for a real X)
      python benchmarks/popup_speed.py --ibus   (a real X server and IBus with libpinyin in Chinese mode, started
                                                 for the run as in tests/ui/test_input_method_x11.py)

Uses the generated library of search_speed.py (built on first use). A keystroke is timed from setting the search
text to the end of the event processing that repaints the popup; "show" from the hotkey's signal to the popup
painted and focused.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from search_speed import QUERIES, library_at, percentile  # noqa: E402

from quickreply.core.library.store import Library  # noqa: E402
from quickreply.ui.popup.window import Popup  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--ibus", action="store_true", help="run under Xvfb with IBus + libpinyin (Chinese mode)")
    args = parser.parse_args()
    if args.ibus and "QUICKREPLY_BENCH_IBUS" not in os.environ:
        rerun_under_ibus()
        return
    app = QApplication(sys.argv)
    home, _ = library_at(args.size)
    library = Library(home)
    popup = Popup(library)
    popup.close_on_focus_loss = False

    shows = []
    for _ in range(10):
        popup.hide()
        app.processEvents()
        started = time.perf_counter()
        popup.show_popup()
        app.processEvents()
        shows.append((time.perf_counter() - started) * 1000)

    im = os.environ.get("QT_IM_MODULE", "none")
    print(f"platform {app.platformName()}, input method module {im}, {args.size:,} templates")
    # Letters past the input method (the default), then with typing Chinese turned on (Ctrl+I): the input
    # method's context then follows every change of the text.
    for query in QUERIES:  # one round untimed: the first of each query fills caches (glyphs, pinyin of the rows)
        for n in range(1, len(query) + 1):
            popup.search.setText(query[:n])
            app.processEvents()
    for chinese in (False, True):
        popup.chinese.setChecked(chinese)
        keys = []
        for _ in range(args.rounds):
            for query in QUERIES:
                for n in range(1, len(query) + 1):
                    started = time.perf_counter()
                    popup.search.setText(query[:n])
                    app.processEvents()
                    keys.append((time.perf_counter() - started) * 1000)
        p50, p99 = statistics.median(keys), percentile(keys, 99)
        label = "typing Chinese on " if chinese else "letters (default)"
        print(f"{label}: {len(keys)} keystrokes, p50 {p50:.2f} ms  p99 {p99:.2f} ms  max {max(keys):.2f} ms"
              f"  = {p99 / 16.7:.2f} of a 60 Hz frame at p99")  # fmt: skip
    popup.chinese.setChecked(False)
    show = statistics.median(shows)
    print(f"show popup: median {show:.1f} ms  max {max(shows):.1f} ms  (goal: visible within 50 ms)")


def rerun_under_ibus() -> None:
    """Run this script again on a new Xvfb display with IBus and libpinyin in Chinese mode (tests/input_method.py)."""
    import subprocess
    import tempfile

    from tests.input_method import pinyin_input_method
    from tests.x11 import virtual_display

    with tempfile.TemporaryDirectory() as folder, virtual_display() as display:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QUICKREPLY_BENCH_IBUS": "1"}
        with pinyin_input_method(env, Path(folder)) as env:
            args = [a for a in sys.argv[1:] if a != "--ibus"]
            subprocess.run([sys.executable, __file__, *args], env=env, check=False)


if __name__ == "__main__":
    main()
