"""The release build: installer/build.sh makes the one-folder bundle, and the bundle works without Python.

Slow (about 40 s on a 2-core machine) but part of the normal suite and CI: a bundle that cannot start is the one
failure an agent can do nothing about.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import quickreply

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.build,
    pytest.mark.skipif(
        not sys.platform.startswith("linux"),
        reason="build.sh makes the Linux bundle; Windows and macOS are built on their own (installer/README.md)",
    ),
]


def have_pyinstaller() -> bool:
    check = [sys.executable, "-c", "import PyInstaller"]
    if subprocess.run(check, capture_output=True).returncode == 0:
        return True
    install = [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "pyinstaller>=6.6"]
    subprocess.run(install, capture_output=True, timeout=300)
    return subprocess.run(check, capture_output=True).returncode == 0


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The built bundle folder and build.sh's output."""
    if not have_pyinstaller():
        pytest.skip("PyInstaller is not installed and pip could not install it (no package index reachable?)")
    out = tmp_path_factory.mktemp("build")
    env = {**os.environ, "PYTHON": sys.executable}
    done = subprocess.run(
        ["bash", str(ROOT / "installer" / "build.sh"), str(out)], capture_output=True, text=True, env=env, timeout=900
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out / "QuickReply", done.stdout


def run(exe: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "QUICKREPLY_HOME"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=120, cwd=exe.parent)


def test_build_script_reports_where_the_bundle_is_its_size_and_start_time(bundle: tuple[Path, str]) -> None:
    folder, output = bundle
    assert f"== bundle: {folder}" in output
    assert "size: " in output
    assert "selftest wall time: " in output


def test_the_bundle_passes_its_selftest(bundle: tuple[Path, str]) -> None:
    folder, _ = bundle
    done = run(folder / "quickreply", "--selftest")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "（linux，打包版）" in done.stdout  # the frozen program, not the Python one
    assert "ok  搜索 tk → 退款到账时间" in done.stdout
    assert "ok  建立弹出窗口" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("全部通过")


def test_the_bundle_reports_the_package_version(bundle: tuple[Path, str]) -> None:
    done = run(bundle[0] / "quickreply", "--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"quickreply {quickreply.__version__}"


def test_the_bundle_searches_a_new_home(bundle: tuple[Path, str], tmp_path: Path) -> None:
    done = run(bundle[0] / "quickreply", "search", "tk", "--home", str(tmp_path / "home"))
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0].split()
    assert first[1:3] == ["tk", "退款到账时间"]
    assert (tmp_path / "home" / "library.db").exists()


def test_the_bundle_imports_a_big_sheet_with_worker_processes(bundle: tuple[Path, str], tmp_path: Path) -> None:
    from quickreply.core.search.search_columns import PARALLEL_FROM

    sheet = tmp_path / "big.csv"
    rows = [f"批量/第{n % 9}组,回复{n},,亲，这是第{n}条回复。" for n in range(PARALLEL_FROM)]
    sheet.write_text("分类,标题,快捷码,内容\n" + "\n".join(rows) + "\n", "utf-8")
    home = str(tmp_path / "home")
    done = run(bundle[0] / "quickreply", "import", str(sheet), "--home", home)
    assert done.returncode == 0, done.stderr
    assert f"新增 {PARALLEL_FROM} 条" in done.stdout
    found = run(bundle[0] / "quickreply", "search", "回复19999", "--home", home)
    assert "回复19999" in found.stdout


def test_the_bundle_holds_resources_but_no_translation_sources_or_unused_qt(bundle: tuple[Path, str]) -> None:
    inside = bundle[0] / "_internal"
    resources = inside / "resources"
    assert (resources / "library").is_dir()
    assert (resources / "fees" / "sample-rates.csv").is_file()
    assert (resources / "lint" / "rules.json").is_file()
    assert (resources / "icons" / "quickreply.svg").is_file()
    assert (resources / "translations" / "quickreply_zh_CN.qm").is_file()
    assert not list(resources.rglob("*.ts"))
    names = {path.name for path in inside.rglob("*")}
    for unused in ("QtQml", "QtQuick", "QtWebEngineCore", "QtPdf", "QtSql", "QtTest", "_tkinter"):
        assert not any(name.startswith(unused + ".") for name in names), unused
    assert not any("qtbase_de" in name for name in names)  # Qt's own strings only in zh_CN and en
    assert (bundle[0] / "quickreply.desktop").is_file()
    assert (bundle[0] / "install.sh").is_file()
