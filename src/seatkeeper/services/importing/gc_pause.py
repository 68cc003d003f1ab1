"""The cyclic garbage collector paused while a big import builds its plan and writes it.

A million-row plan holds millions of small objects that are all alive until
the import ends; each full collection walks them all for nothing (none is in
a cycle). Reference counting still
frees everything as usual; only the cycle search waits until the end.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cycle collector inside; re-enable it after (unless it was off already)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
