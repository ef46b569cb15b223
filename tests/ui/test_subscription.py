"""The running app follows the subscribed pack: a newer version saved there is installed and the agent is told."""

from __future__ import annotations

import os

import pytest

from quickreply import app as app_module
from quickreply.core.packs import subscription

from .packs_helpers import LEAD_LIBRARY, PACK_NAME, write_pack


@pytest.fixture
def lead(make_library):
    return make_library(LEAD_LIBRARY)


@pytest.fixture
def start_app(qapp, qtbot, monkeypatch, tmp_path):
    """Start the app on a library; what it tells the agent is collected in ``told``."""
    started = []
    monkeypatch.setattr(app_module.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    monkeypatch.setattr(app_module, "register", lambda hotkey, callback: None)

    def start(library):
        library.settings.first_start_done()  # past the first start's questions
        running = app_module.QuickReplyApp(qapp, library, f"quickreply-test-{tmp_path.name}")
        running.told = []
        monkeypatch.setattr(running, "tell", running.told.append)
        running.subscription.problem.disconnect()
        running.subscription.problem.connect(running.told.append)
        qtbot.addWidget(running.popup)
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()
        if running.subscription.job is not None:
            running.subscription.job.wait()


def test_a_newer_version_saved_there_is_installed(qtbot, small, lead, tmp_path, start_app) -> None:
    (tmp_path / "shared").mkdir()
    path = write_pack(lead, tmp_path / "shared" / "team.qrpack", "1")
    subscription.subscribe(small, path)
    running = start_app(small)
    qtbot.waitUntil(lambda: bool(running.told), timeout=10_000)
    assert running.told == [f"Template pack 「{PACK_NAME}」 version 1 installed: 新增 3 条."]
    assert small.get("fhsj").body == "亲，48小时内发货哦。"

    lead.update("fhsj", body="亲，24小时内发货哦。")
    write_pack(lead, path, "2")
    qtbot.waitUntil(lambda: len(running.told) == 2, timeout=10_000)
    assert "version 2 installed: 更新 1 条" in running.told[1]
    assert small.get("fhsj").body == "亲，24小时内发货哦。"


def test_the_minute_poll_finds_a_change_the_watcher_missed(qtbot, small, lead, tmp_path, start_app) -> None:
    path = write_pack(lead, tmp_path / "team.qrpack", "1")
    subscription.subscribe(small, path)
    running = start_app(small)
    qtbot.waitUntil(lambda: bool(running.told), timeout=10_000)
    watch = running.subscription
    watch.watcher.fileChanged.disconnect()  # as on a network share: no notification comes
    watch.watcher.directoryChanged.disconnect()
    lead.add("团队/发货", "发货快递", "亲，默认发中通。", "fhkd")
    write_pack(lead, path, "2")
    watch.poll.setInterval(50)
    qtbot.waitUntil(lambda: len(running.told) == 2, timeout=10_000)
    assert "version 2 installed: 新增 1 条" in running.told[1] and small.get("fhkd")


def test_a_missing_or_broken_file_is_told_once(qtbot, small, lead, tmp_path, start_app) -> None:
    path = write_pack(lead, tmp_path / "team.qrpack", "1")
    subscription.subscribe(small, path)
    path.unlink()
    running = start_app(small)
    qtbot.waitUntil(lambda: bool(running.told), timeout=10_000)
    assert "team.qrpack" in running.told[0]
    watch = running.subscription
    for _ in range(3):
        watch.refresh()
        watch.check()
        qtbot.waitUntil(lambda: watch.job is None)
    assert len(running.told) == 1

    path.write_bytes(b"PK\x03\x04 broken")
    os.utime(path)
    qtbot.waitUntil(lambda: len(running.told) == 2, timeout=10_000)
    assert "team.qrpack" in running.told[1] and running.told[1] != running.told[0] and len(small) == 5


def test_no_subscription_starts_no_work(small, start_app) -> None:
    running = start_app(small)
    assert running.subscription.job is None and running.told == []


def test_a_version_already_installed_does_not_load_the_library_again(
    qtbot, small, lead, tmp_path, start_app, monkeypatch
) -> None:
    from quickreply.ui.packs import library_job

    path = write_pack(lead, tmp_path / "team.qrpack", "1")
    subscription.subscribe(small, path)
    subscription.check_subscription(small)  # installed already
    opened: list[object] = []
    real = library_job.Library
    monkeypatch.setattr(library_job, "Library", lambda home: opened.append(home) or real(home))
    running = start_app(small)
    qtbot.waitUntil(lambda: running.subscription.job is None, timeout=10_000)
    os.utime(path)  # touched, not newer: the manifest is read, the library is not loaded
    running.subscription.check()
    qtbot.waitUntil(lambda: running.subscription.job is None, timeout=10_000)
    assert opened == [] and running.told == []
