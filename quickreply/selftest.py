"""``quickreply --selftest``: prove that an installed build works, without a display and without the agent's data.

The build runs it on the finished bundle, and support can ask an agent to run it. It opens the bundled library on a
temporary home (removed afterwards), searches, fills in a template's variables, imports the sample fee sheet and
quotes a fee, then starts Qt offscreen and loads the translations, the tray icon and the popup. One line per step;
exit 0 when all pass, else 1 with one line naming the step that failed and why (never a traceback).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from . import __version__, paths
from .core import Library, open_library


class SelftestFailure(Exception):
    """A step ran but its result is wrong; the message says what was expected."""


def check(condition: object, message: str) -> None:
    if not condition:
        raise SelftestFailure(message)


class Steps:
    """The steps, in order; each returns the few words printed after its name. Later steps use earlier results."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.library: Library | None = None
        self.app: Any = None
        self.popup: Any = None
        self.qt_handler: Any = False  # False: Qt's message handler was never replaced

    def __iter__(self) -> Iterator[tuple[str, Callable[[], str]]]:
        yield "打开自带回复库", self.open_library
        yield "搜索 tk", self.search
        yield "填写变量 wl", self.expand
        yield "导入示例运费表", self.import_fees
        yield "报价 新疆 2.3 公斤", self.quote
        yield "启动 Qt", self.start_qt
        yield "加载界面翻译", self.translations
        yield "加载托盘图标", self.tray_icon
        yield "建立弹出窗口", self.build_popup

    @property
    def lib(self) -> Library:
        check(self.library is not None, "回复库没有打开")
        assert self.library is not None
        return self.library

    def open_library(self) -> str:
        bundled = paths.resources() / "library"
        check(bundled.is_dir(), f"找不到自带回复库文件夹 {bundled}")
        self.library = open_library(self.home)
        check(len(self.library) > 0, f"回复库是空的（{bundled} 里没有回复）")
        return f"{len(self.library)} 条回复，{len(self.library.categories())} 个分类"

    def search(self) -> str:
        hits = self.lib.search("tk")
        check(hits, "没有搜到任何回复")
        first = hits[0].template
        code = first.shortcut or "无"
        check(first.shortcut == "tk", f"第一个结果是「{first.title}」（快捷码 {code}），不是快捷码 tk")
        return first.title

    def expand(self) -> str:
        from .core.variables import expand

        template = self.lib.get("wl")
        number = "SF1234567890123"
        text = expand(template.body, {"单号": number})
        check(number in text, f"「{template.title}」填写后没有单号：{text[:40]}")
        check("{" not in text, f"「{template.title}」填写后还有没填的变量：{text[:40]}")
        return f"{template.title}：{text[:18]}…"

    def import_fees(self) -> str:
        from .core.shipping import fee_store, rate_sheets

        sheet = paths.resources() / "fees" / "sample-rates.csv"
        table = rate_sheets.read_sheet(sheet)
        names = fee_store.replace_couriers(self.lib, table)
        check(names, f"{sheet.name} 里没有快递")
        return f"{len(names)} 家快递，{len(table.rows)} 行"

    def quote(self) -> str:
        from .core.shipping import fee_store
        from .core.shipping.quotes import quote

        quotes = quote(fee_store.rate_table(self.lib.db), fee_store.shop_policy(self.lib), "新疆", Decimal("2.3"))
        reachable = [q for q in quotes if q.reachable and q.fee is not None]
        check(reachable, "没有一家快递能发新疆")
        best = reachable[0]
        buyer = "—" if best.buyer_pays is None else f"{best.buyer_pays:.2f}"
        return f"{best.courier} 运费 {best.fee:.2f} 元，买家付 {buyer} 元"

    def start_qt(self) -> str:
        # Headless on purpose: the build machine has no display, and an agent's selftest should not flash a window.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QApplication

        # Qt's own chatter (offscreen cannot propagate size hints…) would break the one-line-per-step report;
        # a real problem shows as a failed check below.
        self.qt_handler = qInstallMessageHandler(lambda kind, context, message: None)
        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        return f"Qt {_qt_version()}，{QGuiApplication.platformName()}"

    def translations(self) -> str:
        from PySide6.QtCore import QTranslator

        folder = paths.resources() / "translations"
        loaded = []
        for language in ("zh_CN", "en"):
            translator = QTranslator()
            name = f"quickreply_{language}"
            check(translator.load(name, str(folder)), f"读不了翻译文件 {folder / (name + '.qm')}")
            check(not translator.isEmpty(), f"翻译文件 {name}.qm 是空的")
            loaded.append(f"{name}.qm")
        return "、".join(loaded)

    def tray_icon(self) -> str:
        from PySide6.QtGui import QIcon

        svg = paths.resources() / "icons" / "quickreply.svg"
        check(svg.is_file(), f"找不到图标 {svg}")
        icon = QIcon(str(svg))
        for size in (16, 32):
            # A null pixmap means Qt's SVG plugin is missing from the bundle: the tray would show nothing.
            drawn = not icon.pixmap(size, size).isNull()
            check(drawn, f"图标 {svg.name} 画不出 {size}×{size}（缺少 Qt 的 SVG 插件？）")
        return f"{svg.name} 16、32 像素"

    def build_popup(self) -> str:
        from .ui.popup.window import Popup

        self.popup = Popup(self.lib)
        self.popup.close_on_focus_loss = False
        self.popup.show()
        self.app.processEvents()
        self.popup.close()
        return "已建立并关闭"

    def close(self) -> None:
        self.popup = None  # no parent: dropping the last reference deletes the widget
        if self.qt_handler is not False:
            from PySide6.QtCore import qInstallMessageHandler

            qInstallMessageHandler(self.qt_handler)
        if self.library is not None:
            self.library.close()  # before the home is removed: Windows cannot delete an open database
            self.library = None


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return str(qVersion())


def _say(out: TextIO | None, line: str) -> None:
    if out is not None:  # a windowed Windows build has no stdout; the exit code still tells
        print(line, file=out, flush=True)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def run(out: TextIO | None = None) -> int:
    """Run every step, one line each to ``out`` (default stdout). Returns the exit code: 0 all passed, else 1."""
    out = out if out is not None else sys.stdout
    if out is not None and hasattr(out, "reconfigure"):
        out.reconfigure(errors="replace")  # a Windows console in a non-Chinese code page
    started = time.perf_counter()
    _say(out, f"快捷回复 {__version__} 自检（{sys.platform}{'，打包版' if getattr(sys, 'frozen', False) else ''}）")
    with tempfile.TemporaryDirectory(prefix="quickreply-selftest-", ignore_cleanup_errors=True) as tmp:
        steps = Steps(Path(tmp) / "home")
        try:
            for name, step in steps:
                began = time.perf_counter()
                try:
                    detail = step()
                except Exception as exc:  # any failure becomes one line an agent can read out to support
                    _say(out, f"失败  {name}：{_reason(exc)}")
                    return 1
                _say(out, f"ok  {name} → {detail}  {(time.perf_counter() - began) * 1000:.0f} ms")
        finally:
            steps.close()
    _say(out, f"全部通过，用时 {(time.perf_counter() - started) * 1000:.0f} ms")
    return 0
