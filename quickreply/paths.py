"""Where things live: the agent's data home and the bundled resources (source tree or frozen build)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "QuickReply"
HOME_ENV = "QUICKREPLY_HOME"


def data_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--home DIR``, else ``$QUICKREPLY_HOME``, else the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(HOME_ENV):
        return Path(os.environ[HOME_ENV]).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resources() -> Path:
    """The ``resources/`` folder: inside a PyInstaller bundle, or next to the package in the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
