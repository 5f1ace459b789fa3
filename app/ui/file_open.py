"""Files the desktop hands the app. macOS does not pass a file opened from Finder (Open With,
a double-click on a .json the app is the handler of, a file dropped on the Dock icon) on the
command line, as Linux's `.desktop` and Windows do: it sends the application a QFileOpenEvent,
at start as well as later. Each such file becomes the ticket, as `declinedesk FILE` does."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWidget

    from app.ui.main_window import MainWindow


def open_in_window(window: MainWindow, path: Path) -> None:
    """`path` becomes the ticket (a file it cannot use is explained in the window), and the
    window comes to the front."""
    window.load_file(path)
    bring_to_front(window)


def bring_to_front(window: MainWindow) -> None:
    """The window the agent works in comes up: the compact one in compact mode."""
    compact = window.beside.compact
    front: QWidget = compact if compact is not None and window.beside.compact_on else window
    if front.isMinimized():
        front.showNormal()
    front.show()
    front.raise_()
    front.activateWindow()


def opened_file(event: QEvent) -> Path | None:
    """The local file a QFileOpenEvent names, or None (another event, or a remote URL)."""
    if not isinstance(event, QFileOpenEvent):
        return None
    name = event.file() or event.url().toLocalFile()
    return Path(name) if name else None


class DeskApplication(QApplication):
    """The application object, which receives the desktop's QFileOpenEvents. Only events sent
    to the application itself come here (a handful), not every widget's, as an application-wide
    event filter would (BENCHMARKS.md: about 60 ms at start)."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.window: MainWindow | None = None
        self.waiting: list[Path] = []  # files handed over before the window was made

    def set_window(self, window: MainWindow) -> None:
        """The window files go to from now on; those handed over before it, in order."""
        self.window = window
        waiting, self.waiting = self.waiting, []
        for path in waiting:
            open_in_window(window, path)

    def event(self, event: QEvent) -> bool:
        path = opened_file(event)
        if path is None:
            return super().event(event)
        if self.window is None:
            self.waiting.append(path)
        else:
            open_in_window(self.window, path)
        return True
