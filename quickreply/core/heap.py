"""Giving memory back to the system after bulk work.

Building the meaning index at 100k templates reads a hundred thousand small rows one after another; glibc's allocator
keeps the pages they used (about 30 MB) for later, and the process looks that much bigger for the rest of the day.
``malloc_trim`` hands them back. Other C libraries (Windows, macOS, musl) manage their heaps differently and have no
such call: there this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache


@cache
def _trim() -> object | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return getattr(libc, "malloc_trim", None)
    except OSError:
        return None


def give_back() -> None:
    """Return the allocator's free pages to the system, where the C library can."""
    trim = _trim()
    if trim is not None:
        trim(0)  # type: ignore[operator]
