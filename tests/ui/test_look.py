"""One visual language: the verdict and the reply are cards, Copy reply is the one primary
action in the full and the compact window, badges say what they mean, text follows a type scale,
and all of it holds in the light and the dark system palette."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui.compact import CompactWindow
from app.ui.look import ALARM_DARK, ALARM_LIGHT, alarm_color
from app.ui.main_window import MainWindow
from tests.ui.test_window_widths import STOLEN

LIGHT = {"window": "#efefef", "text": "#1a1a1a", "base": "#ffffff", "highlight": "#2f65ca"}
DARK = {"window": "#2b2b2b", "text": "#e8e8e8", "base": "#1b1b1b", "highlight": "#3d7fd9"}


def palette(colours: dict[str, str]) -> QPalette:
    """A system palette as a light or a dark desktop gives it."""
    chosen = QPalette(QColor(colours["window"]), QColor(colours["window"]))
    roles = QPalette.ColorRole
    for role, name in (
        (roles.Window, "window"),
        (roles.Button, "window"),
        (roles.WindowText, "text"),
        (roles.ButtonText, "text"),
        (roles.Text, "text"),
        (roles.Base, "base"),
        (roles.Highlight, "highlight"),
    ):
        chosen.setColor(role, QColor(colours[name]))
    chosen.setColor(roles.HighlightedText, QColor("#ffffff"))
    return chosen


@pytest.fixture(params=[LIGHT, DARK], ids=["light", "dark"])
def colours(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[dict[str, str]]:
    """Each test runs in the light and in the dark palette, set before the window is built."""
    before = qapp.palette()
    qapp.setPalette(palette(request.param))
    yield request.param
    qapp.setPalette(before)


def a_ticket(qtbot: QtBot, catalog: Catalog, store: UserStore, tmp_path: Path) -> MainWindow:
    window = MainWindow(
        catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), store=store
    )
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    window.load_file(STOLEN)
    QApplication.processEvents()
    return window


def pixel(widget: QWidget, x: int, y: int) -> QColor:
    return widget.grab().toImage().pixelColor(x, y)


def near(found: QColor, wanted: str) -> bool:
    expected = QColor(wanted)
    pairs = (
        (found.red(), expected.red()),
        (found.green(), expected.green()),
        (found.blue(), expected.blue()),
    )
    return all(abs(a - b) <= 6 for a, b in pairs)


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_verdict_and_the_reply_are_cards_on_the_palettes_base(
    qtbot: QtBot, catalog: Catalog, store: UserStore, tmp_path: Path, colours: dict[str, str]
) -> None:
    window = a_ticket(qtbot, catalog, store, tmp_path)
    for card, inside in (
        (window.view.card, window.view.headline),
        (window.reply.card, window.reply.editor),
    ):
        assert card.isAncestorOf(inside)
        # The card's padding is the base colour; the window around it is not.
        assert near(pixel(card, card.width() // 2, card.height() - 3), colours["base"])
        assert not near(pixel(card, card.width() // 2, card.height() - 3), colours["window"])
    # A confidential ticket turns the verdict card's stripe red; a plain one does not.
    stripe = window.view.card
    assert near(pixel(stripe, 1, stripe.height() // 2), ALARM_LIGHT)
    window.set_paste("insufficient_funds")
    QApplication.processEvents()
    assert not near(pixel(stripe, 1, stripe.height() // 2), ALARM_LIGHT)


def test_copy_reply_is_the_one_filled_button_in_the_palettes_accent(
    qtbot: QtBot, catalog: Catalog, store: UserStore, tmp_path: Path, colours: dict[str, str]
) -> None:
    window = a_ticket(qtbot, catalog, store, tmp_path)
    primary = [
        b for b in window.findChildren(QPushButton) if "palette(highlight)" in b.styleSheet()
    ]
    assert primary == [window.reply.copy_button]
    button = window.reply.copy_button
    fill = pixel(button, button.width() - 5, button.height() // 2)
    assert near(fill, colours["highlight"])
    assert contrast(fill, QColor("#ffffff")) >= 3  # its bold label reads on it


def test_the_compact_windows_copy_is_the_same_primary_action(qtbot: QtBot) -> None:
    compact = CompactWindow("Ctrl+Shift+C", "Ctrl+Shift+F")
    qtbot.addWidget(compact)
    compact.show_ticket("Card declined", "Ask for another card", "Hello,\n\nThanks.", False)
    compact.show()
    QApplication.processEvents()
    button = compact.copy_button
    assert button.isDefault() and "palette(highlight)" in button.styleSheet()
    assert "Ctrl+Shift+C" in button.text()
    fill = pixel(button, button.width() - 5, button.height() // 2)
    assert near(fill, QApplication.palette().highlight().color().name())
    others = [b for b in compact.findChildren(QPushButton) if b is not button]
    assert others and all("palette(highlight)" not in b.styleSheet() for b in others)


def test_text_follows_one_type_scale(
    qtbot: QtBot, catalog: Catalog, store: UserStore, tmp_path: Path, colours: dict[str, str]
) -> None:
    window = a_ticket(qtbot, catalog, store, tmp_path)
    view = window.view
    sizes = [
        widget.font().pointSizeF()
        for widget in (view.headline, view.verdict, view.summary, view.source.label)
    ]
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) == 4, sizes
    assert window.reply.header.font().pointSizeF() == view.verdict.font().pointSizeF()
    # Headings read on the card in both palettes (WCAG AA for text: 4.5:1).
    headline_ink = QColor(colours["text"])
    assert contrast(headline_ink, QColor(colours["base"])) >= 4.5


def test_every_badge_says_what_it_means(
    qtbot: QtBot, catalog: Catalog, store: UserStore, tmp_path: Path, colours: dict[str, str]
) -> None:
    window = a_ticket(qtbot, catalog, store, tmp_path)
    view = window.view
    verdict = window.findings[0].explanation.verdict
    assert verdict is not None
    assert verdict.for_retries in view.retry_badge.toolTip()
    assert view.retry_badge.toolTip().startswith("Retry verdict:")
    assert verdict.for_customer in view.who_badge.toolTip()
    for badge in (view.confidential_badge, view.test_badge):
        assert badge.toolTip().strip()
    # The confidential banner stays white on red, readable on either palette.
    banner = view.confidential_badge
    fill = pixel(banner, banner.width() - 3, banner.height() // 2)
    assert near(fill, ALARM_LIGHT) and contrast(fill, QColor("#ffffff")) >= 4.5
    # Red text (the confidential note) takes the variant that reads on this palette.
    red = QColor(alarm_color(view))
    assert red.name() == (ALARM_DARK if colours is DARK else ALARM_LIGHT)
    assert contrast(red, QColor(colours["window"])) >= 4.5


WAYS = ["palette first", "signal first", "palette only"]


def system_turns(qapp: QApplication, colours: dict[str, str], how: str) -> None:
    """What a desktop does when the system turns light or dark: Windows, macOS and Linux's
    desktop portal change the application's palette and send Qt's `colorSchemeChanged` (in
    either order: the window must restyle after both); a theme that names no scheme changes
    the palette only."""
    scheme = Qt.ColorScheme.Dark if colours is DARK else Qt.ColorScheme.Light
    if how == "signal first":
        qapp.styleHints().colorSchemeChanged.emit(scheme)
    qapp.setPalette(palette(colours))
    if how == "palette first":
        qapp.styleHints().colorSchemeChanged.emit(scheme)
    QApplication.processEvents()


@pytest.mark.parametrize("how", WAYS)
def test_a_switch_between_light_and_dark_restyles_the_open_window(
    qtbot: QtBot,
    catalog: Catalog,
    store: UserStore,
    tmp_path: Path,
    qapp: QApplication,
    how: str,
) -> None:
    before = qapp.palette()
    qapp.setPalette(palette(LIGHT))
    try:
        window = a_ticket(qtbot, catalog, store, tmp_path)
        window.menus.compact_action.trigger()  # compact mode's window follows too
        compact = window.beside.compact
        assert compact is not None
        window.beside.set_compact(False)
        card, button = window.view.card, window.reply.copy_button
        system_turns(qapp, DARK, how)  # the system turns dark while the window is open
        assert near(pixel(card, card.width() // 2, card.height() - 3), DARK["base"])
        assert near(pixel(button, button.width() - 5, button.height() // 2), DARK["highlight"])
        note = window.view.confidential_note
        assert ALARM_DARK in note.styleSheet() and ALARM_LIGHT not in note.styleSheet()
        assert ALARM_LIGHT in window.view.confidential_badge.styleSheet()  # its white on red
        small = compact.copy_button  # hidden now, restyled all the same
        assert near(pixel(small, small.width() - 5, small.height() // 2), DARK["highlight"])
        system_turns(qapp, LIGHT, how)  # and light again
        assert near(pixel(card, card.width() // 2, card.height() - 3), LIGHT["base"])
        assert ALARM_LIGHT in note.styleSheet()
    finally:
        qapp.setPalette(before)
