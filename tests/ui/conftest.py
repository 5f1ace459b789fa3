"""Fixtures of the window tests: a window with its own user data in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui.main_window import MainWindow


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
