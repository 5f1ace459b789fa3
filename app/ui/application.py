"""Starts the Qt application: the normal window, or a one-paint smoke test of a build."""

from __future__ import annotations

import linecache
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__, paths
from app.catalogue.catalog import Catalog, CatalogError
from app.ui.file_open import DeskApplication, make_application
from app.ui.i18n import chosen_language, install, translate
from app.ui.main_window import MainWindow
from app.ui.menus import example_files
from app.ui.script_fonts import window_language

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from app.ui.instance_server import InstanceServer


def run(
    smoke_test: bool = False,
    data_dir: Path | None = None,
    paste_file: Path | None = None,
    started: Callable[[], None] | None = None,
    copy_reply: bool = False,
) -> int:
    """The window (with `paste_file` pasted, if given), or a smoke test of a build. `started`
    is called once the window is shown and the event loop runs. `copy_reply`: no window is
    open (app/agent/single_instance.py asked first), so the clipboard's failure is explained
    and its reply put there (app/ui/copy_anywhere.py)."""
    if copy_reply:
        from app.ui.copy_anywhere import copy_without_window

        return copy_without_window(data_dir)
    # Until app.ui turns it off, PySide6's import hook read the source of each module imported
    # after Qt, and linecache keeps every line: a caller that imported Qt long before (a test
    # run) would hold megabytes that nothing reads again (a traceback reads its lines anew).
    linecache.clearcache()
    existing = QApplication.instance()
    if not isinstance(existing, QApplication):
        from app.ui.display_check import check_display

        problem = check_display()  # where Qt would abort with its plugin message
        if problem is not None:
            print(problem, file=sys.stderr)
            return 2
    # Ours receives the files macOS hands over (Finder's Open With); a test's own is kept.
    app = existing if isinstance(existing, QApplication) else make_application(sys.argv[:1])
    app.setApplicationName("Decline Desk")
    app.setOrganizationName("Decline Desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("declinedesk")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "declinedesk.png")))
    try:
        # The seal's whole check (a checksum of the file and a count of every table, 3 to 4 ms
        # of each start) runs once per catalogue file, remembered where `explain` remembers it:
        # a cache of checks, not the agent's settings (the smoke test reads it too).
        catalog = Catalog(paths.catalog_path(), paths.checked_catalogs_file(data_dir))
    except CatalogError as error:
        if smoke_test:
            print(f"smoke test failed: {error}", file=sys.stderr)
            return 1
        from PySide6.QtWidgets import QMessageBox  # dialogs' classes are named when used

        QMessageBox.critical(
            None, translate("Application", "Decline Desk cannot start"), str(error)
        )
        return 1
    if smoke_test and paste_file is not None:
        return _smoke_test_file(app, catalog, paste_file, data_dir)
    if smoke_test:
        import tempfile

        # A smoke test must not read or change the agent's own settings.
        install(chosen_language(None))  # the system's language, as on a first start
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(catalog, settings)
            window.show()
            status = _paint_once(app, window)
            # Hidden, not closed: closing saves the window's layout, into a folder about to go.
            window.hide()
            settings.sync()  # what it did write is written now, while its folder is still there
            return status
    # Imported here, not at the top: a smoke test (and a build's check) does not need it.
    from app.agent.userdata import UserDataError, UserStore, default_data_dir

    try:
        store: UserStore | None = UserStore(data_dir or default_data_dir())
    except UserDataError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            None,
            translate("Application", "Settings and history unavailable"),
            f"{error} "
            + translate("Application", "Decline Desk works, but keeps no settings or history."),
        )
        store = None
    # The agent's choice (Settings), else the system's language; before any widget is built.
    language, no_font = window_language(
        chosen_language(store.settings().window_language if store else None)
    )
    install(language)
    window = MainWindow(catalog, _window_settings(data_dir), store=store)
    window.errors.install()  # from here on, a bug is logged and shown in a dialog
    window.show()
    if no_font is not None:
        window.statusBar().showMessage(no_font, 60000)
    window.beside.restore()  # compact mode and clipboard watch, if on when it last closed
    if started is not None:
        QTimer.singleShot(0, started)  # after the first paint, which is already queued
    # Listening starts after the first paint too: QtNetwork costs the start about 16 ms.
    servers: list[InstanceServer] = []
    QTimer.singleShot(0, lambda: servers.append(_listen(window, data_dir)))
    if paste_file is not None:
        window.load_file(paste_file)  # a file it cannot use is explained in the window
    if isinstance(app, DeskApplication):
        app.set_window(window)  # and the files macOS handed over, after FILE
    status = app.exec()
    for server in servers:
        server.close()
    if store is not None:
        store.close()
    return status


def _window_settings(data_dir: Path | None) -> QSettings | None:
    """Where the window keeps its size and layout: beside user.db when the data folder is moved
    (`--data-dir`, DECLINEDESK_DATA_DIR: everything the app writes goes there, on every
    desktop), else None: the platform's own place (the registry, a plist, ~/.config)."""
    from app.agent.userdata import DATA_DIR_ENV

    folder = data_dir or (Path(moved) if (moved := os.environ.get(DATA_DIR_ENV)) else None)
    if folder is None:
        return None
    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)


def _listen(window: MainWindow, data_dir: Path | None) -> InstanceServer:
    from app.agent.userdata import default_data_dir
    from app.ui.instance_server import InstanceServer

    return InstanceServer(window, data_dir or default_data_dir())


PAINT_WAIT_S = 5.0  # a real display maps and exposes a new window a moment after show()


class PaintProbe(QWidget):
    """A transparent pixel on a watched widget, painted when the widget's area is: it paints
    nothing (the window looks the same), lives as long as the smoke test's wait and hears only
    its own typed `paintEvent`. An event
    filter would see every event of the widget as a generic QEvent, the first of which makes
    PySide6's 54 event classes (BENCHMARKS.md, the twelfth pass)."""

    def __init__(self, widget: QWidget, painted: Callable[[QWidget], None]) -> None:
        super().__init__(widget)
        self.widget, self.painted = widget, painted
        self.setGeometry(0, 0, 1, 1)
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted(self.widget)


class PaintWatch:
    """Notes when Qt paints each watched widget: the smoke test's proof that the window was
    painted by the event loop, as an agent sees it (a `grab()` would paint it a second time,
    into a picture nobody sees)."""

    def __init__(self, widgets: list[QWidget]) -> None:
        self.waiting = {id(widget): widget.accessibleName() for widget in widgets}
        self.probes = [PaintProbe(widget, self.seen) for widget in widgets]

    def seen(self, widget: QWidget) -> None:
        self.waiting.pop(id(widget), None)

    def wait(self, app: QApplication) -> bool:
        """Runs the event loop until every watched widget was painted; False after PAINT_WAIT_S."""
        app.processEvents()
        deadline = time.monotonic() + PAINT_WAIT_S
        while self.waiting and time.monotonic() < deadline:
            time.sleep(0.005)
            app.processEvents()
        for probe in self.probes:
            probe.deleteLater()
        return not self.waiting


def _painted_widgets(window: MainWindow) -> list[QWidget]:
    """The explanation's headline and the reply's box: painted, the answer is on screen."""
    return [window.view.headline, window.reply.editor]


def _paint_once(app: QApplication, window: MainWindow) -> int:
    """Explains the first bundled example, paints once, and checks that both happened."""
    examples = example_files()
    if not examples:
        print("smoke test failed: no bundled example pastes were found", file=sys.stderr)
        return 1
    watch = PaintWatch(_painted_widgets(window))
    window.load_file(examples[0])
    problem = None
    if not watch.wait(app):
        problem = f"the window did not paint ({', '.join(watch.waiting.values())})"
    elif not window.findings or not window.reply.editor.toPlainText().strip():
        problem = f"the example {examples[0].name} was not explained"
    if problem:
        print(f"smoke test failed: {problem}", file=sys.stderr)
        return 1
    return 0


def _smoke_test_file(app: QApplication, catalog: Catalog, path: Path, data_dir: Path | None) -> int:
    """`--smoke-test FILE`: explains FILE, keeps it in history as a paste, paints once.

    Exit 2 with a sentence when FILE cannot be used, 1 when anything else is wrong."""
    import tempfile

    from app.agent.userdata import UserDataError, UserStore, default_data_dir

    if not path.is_file():
        reason = "is a folder, not a file" if path.is_dir() else "does not exist"
        print(f"smoke test failed: {path} {reason}.", file=sys.stderr)
        return 2
    try:
        store = UserStore(data_dir or default_data_dir())
    except UserDataError as error:
        print(f"smoke test failed: {error}", file=sys.stderr)
        return 1
    install(window_language(chosen_language(store.settings().window_language))[0])
    try:
        # Window geometry and dock layout stay the agent's own; history is the one thing kept.
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(catalog, settings, store=store)
            watch = PaintWatch(_painted_widgets(window))
            window.show()
            window.load_file(path)
            window.reader.wait()  # a large file is read on a worker thread
            painted = watch.wait(app)  # also delivers the worker's answer
            explained = bool(window.findings and window.reply.editor.toPlainText().strip())
            message = window.view.headline.text()
            window.close()
    finally:
        store.close()
    if not explained:
        print(f"smoke test failed: {path} was not explained: {message}", file=sys.stderr)
        return 2
    if not painted:
        print("smoke test failed: the window did not paint", file=sys.stderr)
        return 1
    return 0
