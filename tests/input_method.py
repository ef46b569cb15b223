"""A real pinyin input method for the tests that type through one: IBus with libpinyin, on a private session bus.

What makes it start the same way every time (from runs under Xvfb):

- the engine is configured before the daemon starts: IBus's panel reads ``preload-engines`` when it comes up and,
  finding it empty, writes ``['xkb:us::eng']`` there and switches to it, racing any earlier ``ibus engine``;
- the daemon runs without ``-d``, so it stays our child and its PID is known; Qt speaks IBus over D-Bus (no XIM);
- it is ready once ``org.freedesktop.IBus.Panel`` has an owner on the IBus bus and ``ibus engine`` has read
  ``libpinyin`` for a second (``ibus engine libpinyin`` exits 1 even when it worked, so the test asks back);
- the app runs with ``QT_IM_MODULE=ibus`` (the PySide6 wheel ships the IBus input-context plugin).

libpinyin starts every new input context in Chinese mode: ``tk`` composes Chinese guesses (他 → 坦克), Return commits
the raw letters, space commits the first candidate (``tuikuan`` + space → 退款).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

NEEDED = ("ibus-daemon", "ibus", "dbus-daemon", "gsettings", "gdbus")
ENGINE = "libpinyin"
MARK = "QUICKREPLY_IME_TEST"


def _missing() -> list[str]:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if not Path("/usr/share/ibus/component/libpinyin.xml").exists():
        missing.append("ibus-libpinyin")
    return missing


def engine(env: dict[str, str]) -> str:
    """The input method engine IBus uses now (``libpinyin``, ``xkb:us::eng``)."""
    return subprocess.run(["ibus", "engine"], env=env, capture_output=True, text=True, timeout=10).stdout.strip()


def use_engine(env: dict[str, str], name: str, seconds: float = 5) -> None:
    """Switch IBus to engine ``name`` and wait until it has stayed so for a second."""
    steady, deadline = 0, time.monotonic() + seconds
    while steady < 10:
        if time.monotonic() > deadline:
            pytest.fail(f"IBus would not stay on {name}: {engine(env)!r}")
        if engine(env) == name:
            steady += 1
        else:
            steady = 0
            subprocess.run(["ibus", "engine", name], env=env, capture_output=True, timeout=10)
        time.sleep(0.1)


def _panel_is_up(env: dict[str, str]) -> bool:
    address = subprocess.run(["ibus", "address"], env=env, capture_output=True, text=True, timeout=10).stdout.strip()
    if not address or address == "(null)":
        return False
    owner = subprocess.run(
        ["gdbus", "call", "--address", address, "--dest", "org.freedesktop.DBus", "--object-path",
         "/org/freedesktop/DBus", "--method", "org.freedesktop.DBus.NameHasOwner", "org.freedesktop.IBus.Panel"],
        env=env, capture_output=True, text=True, timeout=10,
    )  # fmt: skip
    return "true" in owner.stdout


@contextmanager
def pinyin_input_method(env: dict[str, str], folder: Path) -> Iterator[dict[str, str]]:
    """Start a session bus and IBus in Chinese pinyin mode for the X display of ``env``; yield the environment an
    app needs to type through it. Everything runs in a private home under ``folder`` and is stopped afterwards.

    Outside CI a machine without IBus and libpinyin skips the test; on CI that is a failure, as ``.ci/run``
    installs them.
    """
    missing = _missing()
    if missing:
        message = f"needs {', '.join(missing)} (Debian: ibus ibus-libpinyin dbus libglib2.0-bin)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    home = folder / "ime-home"
    runtime = folder / "ime-run"
    for path in (home, runtime):
        path.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = env | {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_RUNTIME_DIR": str(runtime),
        "NO_AT_BRIDGE": "1",  # keeps the panel (GTK) from starting an accessibility bus
        MARK: str(folder),  # every process started for this test carries it: the clean-up finds stragglers by it
    }
    started: list[subprocess.Popen[bytes]] = []
    try:
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"], env=env, stdout=subprocess.PIPE
        )
        started.append(bus)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        for key in ("preload-engines", "engines-order"):
            subprocess.run(
                ["gsettings", "set", "org.freedesktop.ibus.general", key, f"['{ENGINE}']"], env=env, check=True
            )
        with (folder / "ibus.log").open("wb") as log:
            started.append(subprocess.Popen(["ibus-daemon", "--replace", "--verbose"], env=env, stdout=log, stderr=log))
        deadline = time.monotonic() + 15
        while not _panel_is_up(env):
            if time.monotonic() > deadline:
                pytest.fail("ibus-daemon or its panel did not come up: " + (folder / "ibus.log").read_text()[-500:])
            time.sleep(0.1)
        use_engine(env, ENGINE)
        yield env | {"QT_IM_MODULE": "ibus", "GTK_IM_MODULE": "ibus", "XMODIFIERS": "@im=ibus"}
    finally:
        subprocess.run(["ibus", "exit"], env=env, capture_output=True, timeout=10)
        for process in reversed(started):
            if process.stdout is not None:
                process.stdout.close()
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        _stop_stragglers(str(folder))


def _stop_stragglers(mark: str) -> None:
    """Stop what D-Bus started for this test (the panel, engines, dconf): each carries ``MARK`` in its environment."""
    wanted = f"{MARK}={mark}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if wanted in (entry / "environ").read_bytes().split(b"\0"):
                os.kill(int(entry.name), 15)
        except (OSError, ValueError):
            continue
