"""Work on a worker thread that leaves the window's thread room to answer."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# The interpreter lets one thread run at a time and, by default, hands it over every 5 ms. The
# window's thread needs it for each event it handles, so while a worker reads a large paste
# or compiles the guard, events queue up behind it by 5 ms each: the window stopped for most
# of a second (tests/ui/test_ticket_loop.py). Workers hand it over every half millisecond.
_INTERVAL = 0.0005
_lock = threading.Lock()
_running = 0
_default = sys.getswitchinterval()


@contextmanager
def responsive() -> Iterator[None]:
    """While the block runs (on a worker thread), the window's thread waits at most 0.5 ms."""
    global _running
    with _lock:
        _running += 1
        sys.setswitchinterval(min(_default, _INTERVAL))
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                sys.setswitchinterval(_default)
