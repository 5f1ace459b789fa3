"""Reads pastes: small ones at once, large ones on a worker thread so the window never freezes."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, PasteReading
from app.ui.background import responsive

# Above this many characters a paste is read off the UI thread, so that reading never holds the
# window for long: the slowest forms read at 5 to 10 ms a KB (a `key=value` log, megabytes of
# `x: 43`; 8 KB of either took 60 to 75 ms at load 5, 2026-12-07), a pretty-printed Charge at
# 0.2 ms a KB. 256 KB held the window 0.3 s and more; one object's JSON stays below 8 KB and is
# shown at once.
BACKGROUND_CHARS = 8 * 1024


class _Signals(QObject):
    done = Signal(int, object)  # generation, PasteReading or the exception it raised


class _ReadJob(QRunnable):
    def __init__(self, generation: int, text: str, known: CodeKinds, signals: _Signals) -> None:
        super().__init__()
        self.generation, self.text, self.known, self.signals = generation, text, known, signals

    def run(self) -> None:
        with responsive():
            result = _read(self.text, self.known)
        self.signals.done.emit(self.generation, result)


def _read(text: str, known: CodeKinds) -> PasteReading | Exception:
    """The reading, or the exception: a bug must still end the job (and its progress bar)."""
    try:
        return read_paste(text, known)
    except Exception as error:  # UnreadablePaste, or a bug the window reports
        return error


class PasteReader(QObject):
    """`read(text)` answers with `finished(result)`; a newer paste makes older answers void."""

    finished = Signal(object)  # PasteReading, UnreadablePaste, or another Exception (a bug)
    busyChanged = Signal(bool)

    def __init__(self, known: CodeKinds, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.known = known
        self._generation = 0
        self._pending = 0
        # The pool first: Qt destroys children in the order they were made, and the pool's end
        # waits for a running job, which then still has its signals to emit.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._job_done)

    def read(self, text: str) -> None:
        self._generation += 1
        if len(text) <= BACKGROUND_CHARS:
            self.finished.emit(_read(text, self.known))
            return
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        self._pool.start(_ReadJob(self._generation, text, self.known, self._signals))

    def _job_done(self, generation: int, result: object) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busyChanged.emit(False)
        if generation == self._generation:
            self.finished.emit(result)

    def wait(self) -> None:
        """Waits for running jobs (used when the window closes)."""
        self._pool.waitForDone()
