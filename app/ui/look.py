"""The window's one visual language, so the eye finds the verdict and the reply first: a type
scale, one spacing unit, the verdict and the reply as cards, and one primary action colour.

Native Qt only: palette roles and small style sheets, so the light and the dark system palette
both hold (nothing here names a colour but the alarm red, which has a variant for each).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from app.ui.qt_numbers import APPLICATION_PALETTE_CHANGE

# The type scale, as multiples of the body text: the verdict's headline, a card's or section's
# heading, and the small print (sources, hints).
TITLE = 1.35
HEADING = 1.12
CAPTION = 0.9
SPACE = 8  # the spacing unit in pixels: gaps and a card's padding
# The one filled button of the window is Copy reply: the palette's accent, in both palettes.
PRIMARY_STYLE = (
    "QPushButton { background: palette(highlight); color: palette(highlighted-text);"
    " font-weight: bold; border: none; border-radius: 4px; padding: 6px 14px; }"
    "QPushButton:hover { background: palette(dark); }"
    "QPushButton:focus { outline: none; border: 2px solid palette(text); }"
    "QPushButton:disabled { background: palette(button); color: palette(mid);"
    " border: 1px solid palette(mid); }"
)
# A card: the base colour (white in light palettes, the darkest in dark ones) on the window's.
CARD_STYLE = (
    "QFrame#{name} {{ background: palette(base); border: 1px solid palette(mid);"
    " border-left: 4px solid {accent}; border-radius: 8px; }}"
)
ALARM_LIGHT, ALARM_DARK = "#b3261e", "#f28b82"


def is_dark(widget: QWidget) -> bool:
    return widget.palette().window().color().lightness() < 128


def alarm_color(widget: QWidget) -> str:
    """A red that stays readable on the light and the dark palette."""
    return ALARM_DARK if is_dark(widget) else ALARM_LIGHT


def set_sheet(widget: QWidget, sheet: str) -> None:
    """Gives `widget` the style sheet `sheet` unless it has it already. Qt polishes a widget and
    everything in it again at each setStyleSheet, the same text or not (a badge 0.1 ms, each
    time a paste is shown; BENCHMARKS.md, the fourteenth pass). A new palette is taken by
    restyle(), which sets each sheet again."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def restyle(root: QWidget) -> None:
    """The system turned light or dark while the window is open: each style sheet is applied
    again, so that palette roles take the new palette's colours and red text the variant that
    reads on it (Qt resolves a sheet's palette() once, when the sheet is set)."""
    old, new = (ALARM_LIGHT, ALARM_DARK) if is_dark(root) else (ALARM_DARK, ALARM_LIGHT)
    text_in_old_red = re.compile(rf"(?<![-\w])color: {old}")
    for widget in (root, *root.findChildren(QWidget)):
        if sheet := widget.styleSheet():
            widget.setStyleSheet("")
            widget.setStyleSheet(text_in_old_red.sub(f"color: {new}", sheet))


class SchemeWatch(QObject):
    """Restyles `root` when the system turns light or dark: on Qt's `colorSchemeChanged`
    (Windows, macOS, Linux's desktop portal) and on the application's palette changing (a
    desktop theme that changes colours without naming a scheme; `paletteChanged`, kept by Qt 6
    though deprecated, used while it is there). Once per change, on the event loop's next pass,
    after the widgets have the new palette (Qt posts it to them), whichever signal comes first.
    Not a `changeEvent()` override, which would see every change event of the window: the first
    generic event that reaches Python makes PySide6's 54 event classes (BENCHMARKS.md, the
    twelfth pass)."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)  # goes with its window: no call to a window deleted since
        self.root, self.pending = root, False
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.changed)
        application = QGuiApplication.instance()
        if (palette_changed := getattr(application, "paletteChanged", None)) is not None:
            palette_changed.connect(self.changed)

    def changed(self) -> None:
        if not self.pending:
            self.pending = True
            QTimer.singleShot(0, self, self.restyle)

    def restyle(self) -> None:
        self.pending = False
        QCoreApplication.sendPostedEvents(None, APPLICATION_PALETTE_CHANGE)
        restyle(self.root)


def set_type(widget: QWidget, step: float, bold: bool = False) -> None:
    """Sets `widget` at a step of the type scale, from the application's body size (so that
    steps never compound, and QT_SCALE_FACTOR or the system's size scale them all)."""
    font = QGuiApplication.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * step)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * step))
    font.setBold(bold)
    widget.setFont(font)


class Card(QFrame):
    """A rounded panel on the base colour with an accent stripe on its left; `body` takes its
    widgets."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.body = QVBoxLayout(self)
        # Tight enough for a 380 px window, where every line of height counts.
        self.body.setContentsMargins(SPACE + 4, SPACE, SPACE, SPACE)
        self.body.setSpacing(SPACE - 2)
        self.set_alarm(False)

    def set_alarm(self, alarm: bool) -> None:
        """The stripe turns red for a confidential ticket, a neutral line otherwise."""
        accent = ALARM_LIGHT if alarm else "palette(mid)"
        # Set again even when the same: it polishes the card's widgets again, which sizes the
        # primary button for its enabled state (polished disabled, it kept a border's 2 px).
        self.setStyleSheet(CARD_STYLE.format(name=self.objectName(), accent=accent))
        self.setProperty("alarm", alarm)


def primary(button: QPushButton) -> None:
    """The window's primary action: filled with the palette's accent, the default button."""
    button.setDefault(True)
    button.setStyleSheet(PRIMARY_STYLE)
