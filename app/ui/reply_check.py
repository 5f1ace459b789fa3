"""Checks the reply while the agent types, so that a revealing phrase is marked before Copy.

Debounced, and run on a worker thread: the guard's time grows with the text, and typing must
never wait for it. Only the answer for the latest text is given.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.reading.report import CodeKinds
from app.replies.guard import Guard, Problem
from app.ui.background import responsive
from app.ui.paste_kind import payload_in_reply

CHECK_DELAY_MS = 300


class _Signals(QObject):
    done = Signal(int, object, object)  # generation, list[Problem], payload sentence or None


class _CheckJob(QRunnable):
    def __init__(
        self,
        generation: int,
        text: str,
        locale: str,
        guard: Guard,
        known: CodeKinds,
        signals: _Signals,
    ) -> None:
        super().__init__()
        self.generation, self.text, self.locale = generation, text, locale
        self.guard, self.known, self.signals = guard, known, signals

    def run(self) -> None:
        try:
            with responsive():  # the first check compiles the guard's rules (about 0.5 s)
                problems: list[Problem] = self.guard.check(self.text, self.locale)
                payload = payload_in_reply(self.text, self.known)
        except Exception:  # a live mark is a help: Copy checks again, and says so
            problems, payload = [], None
        self.signals.done.emit(self.generation, problems, payload)


class ReplyChecker(QObject):
    """`check(text, locale)` answers with `checked(problems, payload)` a moment after the
    agent stops typing; a newer text makes older answers void."""

    checked = Signal(object, object)  # list[Problem], str | None
    notice = Signal(str)  # once: the guard checks with its word lists only (model unreadable)

    def __init__(self, guard: Guard, known: CodeKinds, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.guard, self.known = guard, known
        self._generation = 0
        self._noticed = False
        self._text, self._locale = "", "en"
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self._start)
        # The pool first: Qt destroys children in the order they were made, and the pool's end
        # waits for a running job, which then still has its signals to emit.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)

    def check(self, text: str, locale: str) -> None:
        self._generation += 1
        self._text, self._locale = text, locale
        self._timer.start()

    def cancel(self) -> None:
        """Forgets the text being checked (a new reply was written)."""
        self._generation += 1
        self._timer.stop()

    def _start(self) -> None:
        if not self._text.strip():
            self.checked.emit([], None)
            return
        # The lists are read here, on the UI thread, whose connection to the catalogue they come
        # through; the worker compiles them on its first check (0.5 s), off the UI thread.
        self.guard.load()
        self._pool.clear()  # an older text still waiting is not worth checking
        self._pool.start(
            _CheckJob(
                self._generation, self._text, self._locale, self.guard, self.known, self._signals
            )
        )

    def warm(self, locale: str) -> None:
        """Compiles the guard's rules on the worker before the first Copy needs them: compiled
        by Copy, on the UI thread, they froze the window for 1 to 3 s."""
        self.guard.load()
        self._pool.start(_CheckJob(-1, "Thank you.", locale, self.guard, self.known, self._signals))

    def _done(self, generation: int, problems: object, payload: object) -> None:
        if self.guard.notice and not self._noticed:
            self._noticed = True
            self.notice.emit(self.guard.notice)
        if generation == self._generation:
            self.checked.emit(problems, payload)

    def wait(self) -> None:
        """Waits for a running check (used when the window closes)."""
        self._timer.stop()
        self._pool.waitForDone()
