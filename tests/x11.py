"""A real X server for the tests that need one (Xvfb), started by the test itself."""

from __future__ import annotations

import os
import shutil
import subprocess
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
