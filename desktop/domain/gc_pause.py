"""Hold Python's cyclic garbage collector while many small, acyclic objects are made.

The schedule engine, a file parse and an import allocate millions of small lists and
tuples with no reference cycles; each collection they would trigger scans the whole heap,
frees nothing and costs about a third of the running time.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
