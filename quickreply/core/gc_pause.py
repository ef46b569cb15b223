"""Pausing Python's cyclic garbage collector during bulk work.

Reading a 100,000-row file or loading a library creates millions of small objects (tuples, strings) that never form
cycles. The collector would walk the growing heap again and again while they are made; paused, the same work takes
about a quarter less. Reference counting still frees everything as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
