"""Bulk work (imports, big files): Python's cycle collector paused while it runs."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cycle collector off for the block: building hundreds of thousands of rows and
    parameter tuples that all stay alive would otherwise set off full collections over the
    whole heap again and again (about a second in 100,000 rows).  Reference counting still
    frees what the work drops; the collector is switched back on, if it was on, whatever
    happens."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
