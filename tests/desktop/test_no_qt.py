"""The desktop layer is plain Python: no Qt, and each system's library only when that system needs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
MODULES = [
    "hotkey",
    "hotkey_x11",
    "hotkey_windows",
    "hotkey_macos",
    "keys",
    "paste",
    "selection",
    "focus",
    "autostart",
    "x11",
]


def test_no_module_of_the_desktop_layer_imports_qt_even_lazily() -> None:
    graph = grimp.build_graph("quickreply", include_external_packages=True)
    for qt in ("PySide6", "shiboken6"):
        if qt in graph.modules:
            assert not graph.chain_exists(importer="quickreply.desktop", imported=qt, as_packages=True)


def test_the_desktop_layer_imports_without_any_system_library() -> None:
    # None in sys.modules makes an import fail: as on a machine with neither python-xlib, pynput nor winreg.
    code = (
        "import sys\n"
        "for name in ('Xlib', 'pynput', 'winreg', 'PySide6', 'shiboken6'): sys.modules[name] = None\n"
        f"for name in {MODULES!r}: __import__('quickreply.desktop.' + name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
