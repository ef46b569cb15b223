"""`quickreply` decides: the GUI for no command, --show and manage; the command line for everything else."""

from __future__ import annotations

import pytest

from quickreply.launcher import gui_options


@pytest.mark.parametrize(
    ("argv", "gui"),
    [
        ([], (None, False, False)),
        (["--show"], (None, True, False)),
        (["manage"], (None, False, True)),
        (["--home", "/tmp/h", "--show"], ("/tmp/h", True, False)),
        (["--home=/tmp/h", "manage"], ("/tmp/h", False, True)),
        (["search", "tk"], None),
        (["--home", "/tmp/h", "list"], None),
        (["--version"], None),
        (["--help"], None),
    ],
)
def test_gui_or_command_line(argv: list[str], gui: tuple[str | None, bool, bool] | None) -> None:
    assert gui_options(argv) == gui
