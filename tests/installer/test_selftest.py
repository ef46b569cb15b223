"""`quickreply --selftest`: an agent (or the build) runs it and reads one line per step; a failure names the step."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quickreply import paths, selftest

STEPS = [
    "打开自带回复库",
    "搜索 tk",
    "填写变量 wl",
    "导入示例运费表",
    "报价 新疆 2.3 公斤",
    "启动 Qt",
    "加载界面翻译",
    "加载托盘图标",
    "建立弹出窗口",
]


def test_selftest_passes_every_step_and_exits_0() -> None:
    # A fresh process, as the build runs it: the launcher routes --selftest before the GUI and the CLI.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "quickreply", "--selftest"], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split("  ")[1].split(" → ")[0] for line in lines[1:-1]] == STEPS
    assert all(line.startswith("ok  ") and line.endswith(" ms") for line in lines[1:-1])
    assert "ok  搜索 tk → 退款到账时间  " in done.stdout
    assert lines[-1].startswith("全部通过")
    assert "Traceback" not in done.stderr


def test_without_the_bundled_resources_the_first_step_fails_and_says_where_it_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "resources", lambda: tmp_path)
    out = io.StringIO()
    assert selftest.run(out) == 1
    last = out.getvalue().splitlines()[-1]
    assert last == f"失败  打开自带回复库：找不到自带回复库文件夹 {tmp_path / 'library'}"


def test_a_missing_fee_sheet_fails_at_the_import_step_after_the_earlier_steps_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(paths.resources() / "library", tmp_path / "library")
    monkeypatch.setattr(paths, "resources", lambda: tmp_path)
    out = io.StringIO()
    assert selftest.run(out) == 1
    lines = out.getvalue().splitlines()
    assert [line.split(" → ")[0] for line in lines[1:4]] == ["ok  打开自带回复库", "ok  搜索 tk", "ok  填写变量 wl"]
    assert lines[4].startswith("失败  导入示例运费表：")
    assert "sample-rates.csv" in lines[4]
    assert len(lines) == 5  # one line for the failure, no traceback


def test_the_temporary_home_is_removed_afterwards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(paths.resources() / "library", resources / "library")  # far enough to write a library.db
    monkeypatch.setattr(paths, "resources", lambda: resources)
    monkeypatch.setattr(selftest.tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    selftest.run(io.StringIO())
    assert list((tmp_path / "tmp").iterdir()) == []
