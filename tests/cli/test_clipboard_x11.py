"""`quickreply copy` on a real X server: the text an agent pastes is exactly the expanded reply."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.x11 import virtual_display

pytestmark = pytest.mark.x11


def test_copy_puts_the_reply_on_the_x_clipboard(tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    with virtual_display() as display:
        env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"} | {"DISPLAY": display}
        quickreply = [sys.executable, "-m", "quickreply", "--home", home]
        expected = subprocess.run([*quickreply, "show", "tk"], env=env, capture_output=True, text=True, check=True)
        # Not a pipe: xclip stays in the background to serve the selection and would hold a pipe open forever.
        log = tmp_path / "copy.log"
        with log.open("w") as output:
            copied = subprocess.run([*quickreply, "copy", "tk"], env=env, stdout=output, stderr=output, timeout=30)
        assert copied.returncode == 0, log.read_text()
        pasted = subprocess.run(
            ["xclip", "-o", "-selection", "clipboard"], env=env, capture_output=True, text=True, timeout=10
        )
        assert pasted.stdout == expected.stdout.rstrip("\n")
        assert "退款" in pasted.stdout
