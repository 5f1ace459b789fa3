"""The CONFIDENTIAL mark, the verdict and Copy reply are on screen at every width an agent
uses, and the window opens on the screen it has."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui.main_window import MainWindow, example_files

STOLEN = next(p for p in example_files() if "stolen" in p.name)


def resize_to(window: MainWindow, width: int, height: int) -> None:
    """As an agent drags the edge: the reply moves under the explanation on the way down."""
    for _ in range(6):
        window.resize(width, height)
        QApplication.processEvents()
        if window.width() == width:
            return


def wholly_seen(widget: QWidget) -> bool:
    """Shown, and not cut by a scroll area, a splitter or the window's edge."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize(
    "width, height, docks",
    [
        (380, 760, False),
        (1024, 768, False),
        (1600, 900, False),
        (1024, 768, True),
        (1600, 900, True),
    ],
)
def test_a_sensitive_ticket_shows_its_mark_verdict_and_copy_button(
    qtbot: QtBot,
    catalog: Catalog,
    store: UserStore,
    tmp_path: Path,
    width: int,
    height: int,
    docks: bool,
) -> None:
    window = MainWindow(
        catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), store=store
    )
    qtbot.addWidget(window)
    window.show()
    window.load_file(STOLEN)
    if docks:  # the catalogue and the history open beside the answer
        window.docks.show_search()
        window.docks.show_history()
    resize_to(window, width, height)
    assert window.width() == width
    view, reply = window.view, window.reply
    for widget in (
        view.confidential_badge,
        view.headline,
        view.retry_badge,
        view.verdict,  # the verdict in the customer's terms, under the headline
        reply.confidential,
        reply.copy_button,
    ):
        assert wholly_seen(widget), (width, widget.accessibleName())
    scroll = view.parentWidget().parentWidget()  # the explanation's scroll area
    assert not scroll.horizontalScrollBar().isVisible()  # nothing of it off to the side


def test_the_first_window_fits_the_screen(qtbot: QtBot, catalog: Catalog, tmp_path: Path) -> None:
    window = MainWindow(catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() * 0.9 and window.height() <= screen.height() * 0.9


def test_a_window_left_off_screen_comes_back(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path
) -> None:
    path = str(tmp_path / "s.ini")
    first = MainWindow(catalog, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.show()
    screen = first.screen().availableGeometry()
    first.setGeometry(screen.right() + 500, screen.bottom() + 300, 3000, 2000)
    first.close()
    again = MainWindow(catalog, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert screen.contains(again.geometry()), (screen, again.geometry())
