"""A real X server for the tests that need one (Xvfb), started by the test itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

NEEDED = ("Xvfb", "xclip")


@contextmanager
def virtual_display() -> Iterator[str]:
    """Start Xvfb on a free display and yield its name (``:123``).

    Outside CI a machine without Xvfb or xclip skips the test; on CI (``CI`` set) that is a failure, because
    ``.ci/run`` installs them.
    """
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        message = f"needs {', '.join(missing)} (Debian: xvfb xclip)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    number = next(n for n in range(140, 240) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Xvfb did not start on :{number}")
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def wait_for(check, seconds: float, what: str):  # type: ignore[no-untyped-def]
    """Poll ``check`` until it returns something true (and return that), or fail naming ``what``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


def set_names(cli: list[str], env: dict[str, str]) -> None:
    """The agent set the shop and agent names on the command line: the app starts without asking for them."""
    for key, value in (("shop_name", "小满家居"), ("agent_name", "阿青")):
        subprocess.run([*cli, "settings", key, value], env=env, capture_output=True, check=True)


def needs_xdotool() -> None:
    if shutil.which("xdotool") is None:
        if os.environ.get("CI"):
            pytest.fail("needs xdotool (Debian: xdotool)")
        pytest.skip("needs xdotool")


class Desktop:
    """Commands on the X display of ``env``: keys typed with xdotool, the clipboard read with xclip."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=10)

    def key(self, *keys: str) -> None:
        self.run("xdotool", "key", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "60", text)

    def clipboard(self) -> str:
        return self.run("xclip", "-o", "-selection", "clipboard").stdout

    def set_clipboard(self, text: str) -> None:
        """Put ``text`` on the clipboard, held by xclip (which stays in the background to serve it)."""
        subprocess.run(
            ["xclip", "-selection", "clipboard", "-i"], input=text.encode(), env=self.env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=10,
        )  # fmt: skip
        wait_for(lambda: self.clipboard() == text, 5, f"{text!r} on the clipboard")

    def screenshot(self, path: Path) -> None:
        self.run("import", "-window", "root", str(path))

    def wait_for_popup(self) -> None:
        shown = ("xdotool", "search", "--onlyvisible", "--name", "快捷回复")
        wait_for(lambda: self.run(*shown).stdout.strip(), 10, "popup")


@contextmanager
def app_running(cli: list[str], env: dict[str, str], home: Path, log_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The tray app started with ``cli`` and ready for the hotkey (its single-instance socket is there)."""
    from quickreply.app import instance_name

    with log_path.open("w") as log:
        app = subprocess.Popen(cli, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            socket = Path(tempfile.gettempdir()) / instance_name(home)
            wait_for(socket.exists, 20, "the app to start (its single-instance socket)")
            time.sleep(0.5)  # the hotkey is grabbed just after the socket opens
            yield app
        finally:
            app.terminate()
            app.wait(timeout=10)
