"""Fixtures of the window tests: a window with its own user data in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui import i18n, script_fonts
from app.ui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def _clipboard_emptied_at_the_end(qapp: QApplication) -> Iterator[None]:
    """The offscreen platform's clipboard outlives Python: a reply's QMimeData (made in
    Python) left on it was destroyed after the interpreter, and the run ended in a crash."""
    yield
    QApplication.clipboard().clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _windows_deleted_after_each_test(qapp: QApplication) -> Iterator[None]:
    """pytest-qt closes each test's widgets with deleteLater, which only runs in an event loop.

    Left alone, the windows of every earlier test were destroyed in the next test that waited
    for a signal, one Qt object at a time, each taking the interpreter's lock: with a reader
    thread holding it, the 5 MB paste test saw a one-second pause that was not the window's.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _every_script_has_a_font(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window in Japanese, Korean or Chinese is shown in English where no font draws its
    script (app/ui/script_fonts.py); the window tests run the same on machines with and without
    CJK fonts. tests/ui/test_script_fonts.py takes the fonts away where it tests that."""
    monkeypatch.setattr(script_fonts, "has_font_for", lambda system: True)


@pytest.fixture
def store(tmp_path: Path) -> UserStore:
    return UserStore(tmp_path / "data")


@pytest.fixture
def window(qtbot: QtBot, catalog: Catalog, store: UserStore, tmp_path: Path) -> MainWindow:
    """The window, shown, keeping settings and history in `store` (test files may override)."""
    shown = MainWindow(
        catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), store=store
    )
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def in_language(qm_folder: Path) -> Iterator[None]:
    """Each test sets its language; English (no translation) again afterwards."""
    yield
    i18n.install("en")


@pytest.fixture
def speaking(qm_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The window's translations read from the test's .qm folder; English again afterwards."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_folder)
    i18n.install("en")
    yield
    i18n.install("en")
