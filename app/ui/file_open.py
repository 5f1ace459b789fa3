"""Files the desktop hands the app. macOS does not pass a file opened from Finder (Open With,
a double-click on a .json the app is the handler of, a file dropped on the Dock icon) on the
command line, as Linux's `.desktop` and Windows do: it sends the application a QFileOpenEvent,
at start as well as later. Each such file becomes the ticket, as `declinedesk FILE` does."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

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
    from PySide6.QtGui import QFileOpenEvent  # named on macOS only, by its first event

    if not isinstance(event, QFileOpenEvent):
        return None
    name = event.file() or event.url().toLocalFile()
    return Path(name) if name else None


class DeskApplication(QApplication):
    """The application object, which hands the window the files the desktop opens with it.
    Only macOS sends them as events (`MacDeskApplication`): elsewhere no `event()` override
    sees every event sent to the application, the first of which would make PySide6's 54 event
    classes at start (BENCHMARKS.md, the twelfth pass: about 4 ms with the others)."""

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

    def open_file(self, path: Path) -> None:
        """A file the desktop opened with the app: the ticket now, or once there is a window."""
        if self.window is None:
            self.waiting.append(path)
        else:
            open_in_window(self.window, path)


class MacDeskApplication(DeskApplication):
    """macOS's application object: Finder's Open With, a double-click and a file dropped on the
    Dock icon arrive as QFileOpenEvents sent to the application, at start and later. Only events
    sent to the application itself come here (a handful), not every widget's, as an
    application-wide event filter would (BENCHMARKS.md: about 60 ms at start)."""

    def event(self, event: QEvent) -> bool:
        path = opened_file(event)
        if path is None:
            return super().event(event)
        self.open_file(path)
        return True


def application_class(platform: str = sys.platform) -> type[DeskApplication]:
    """The application object's class for this platform: the one that hears file-open events
    where the desktop sends them (macOS), else one that only keeps the window."""
    return MacDeskApplication if platform == "darwin" else DeskApplication


def make_application(argv: list[str], platform: str = sys.platform) -> DeskApplication:
    return application_class(platform)(argv)
