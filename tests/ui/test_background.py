"""app.ui.background: workers hand the interpreter over often, and put the default back."""

from __future__ import annotations

import sys
import threading

from app.ui.background import responsive


def test_the_switch_interval_is_short_while_any_worker_runs_and_restored_after() -> None:
    default = sys.getswitchinterval()
    entered, release = threading.Event(), threading.Event()

    def worker() -> None:
        with responsive():
            entered.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    assert entered.wait(5)
    with responsive():  # a second worker at the same time
        assert sys.getswitchinterval() <= 0.0005
    assert sys.getswitchinterval() <= 0.0005  # the first one still runs
    release.set()
    thread.join(5)
    assert sys.getswitchinterval() == default
