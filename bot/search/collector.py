"""Pausing the garbage collector while a knowledge base is built."""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
from collections.abc import Iterator

_building_lock = threading.Lock()
_building_depth = 0
_saved: tuple[bool, float] = (True, 0.005)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The process while a knowledge base is built (on a worker thread, beside the event loop):

    * no automatic garbage collections: parsing creates millions of short-lived YAML nodes and
      each automatic full collection rescans them all, stalling the questions being answered;
    * a 1 ms GIL switch interval instead of 5 ms, so the event loop answering questions gets the
      interpreter back sooner.

    Process-wide settings, so overlapping builds (several services in one process) share them:
    the first to start saves them, the last to finish restores them."""
    global _building_depth, _saved
    with _building_lock:
        if _building_depth == 0:
            _saved = (gc.isenabled(), sys.getswitchinterval())
            gc.disable()
            sys.setswitchinterval(min(_saved[1], 0.001))
        _building_depth += 1
    try:
        yield
    finally:
        with _building_lock:
            _building_depth -= 1
            if _building_depth == 0:
                sys.setswitchinterval(_saved[1])
                if _saved[0]:
                    gc.enable()
