"""The window's start-up shortcuts around PySide6's enum types (app/ui/qt_numbers.py): the
numbers are Qt's, the widgets end up as before, and a dock left open comes back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from app.catalogue.catalog import Catalog
from app.ui import qt_numbers
from app.ui.main_window import MainWindow


def test_the_numbers_are_qts_own() -> None:
    assert Qt.TextFormat.PlainText.value == qt_numbers.PLAIN_TEXT
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    selectable |= Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert selectable.value == qt_numbers.SELECTABLE_TEXT
    assert Qt.TextInteractionFlag.NoTextInteraction.value == qt_numbers.NO_INTERACTION
    assert Qt.FocusPolicy.NoFocus.value == qt_numbers.NO_FOCUS
    top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    assert top_left.value == qt_numbers.ALIGN_TOP_LEFT
    assert Qt.Orientation.Vertical.value == qt_numbers.VERTICAL
    assert Qt.Orientation.Horizontal.value == qt_numbers.HORIZONTAL
    policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    assert policy.value == qt_numbers.MINIMUM_CONTENTS_LENGTH
    assert QEvent.Type.ApplicationPaletteChange == qt_numbers.APPLICATION_PALETTE_CHANGE


def test_a_misspelt_property_is_an_error(qtbot: QtBot) -> None:
    with pytest.raises(ValueError, match="textFormatt"):
        qt_numbers.set_enum(QLabel(), "textFormatt", qt_numbers.PLAIN_TEXT)


def test_the_window_is_built_as_before(qtbot: QtBot, catalog: Catalog, tmp_path: Path) -> None:
    window = MainWindow(catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    assert window.vsplitter.orientation() == Qt.Orientation.Vertical
    headline = window.view.headline
    assert headline.textFormat() == Qt.TextFormat.PlainText
    assert headline.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert window.reply.status.textFormat() == Qt.TextFormat.PlainText
    scroll = window.findChild(QScrollArea)
    assert scroll is not None and scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert window.menus.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert [s.toString() for s in window.menus.new_ticket_action.shortcuts()] == ["Ctrl+N"]


def test_a_dock_left_open_comes_back(qtbot: QtBot, catalog: Catalog, tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    first = MainWindow(catalog, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.show()
    first.docks.show_search()
    first.close()
    again = MainWindow(catalog, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.docks.open_docks() == ["catalogue"]
    assert again.docks.search_dock.widget() is again.docks.search  # with its panel, not empty
    assert not again.docks.history_dock.isVisible()  # made now, and still closed
