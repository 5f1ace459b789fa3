"""Plain-text labels and badges: everything they show may come from a paste, so none is read
as HTML."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.ui.look import ALARM_LIGHT, set_sheet
from app.ui.qt_numbers import PLAIN_TEXT, SELECTABLE_TEXT, set_enum


def plain_label(text: str = "", *, wrap: bool = True, name: str = "") -> QLabel:
    label = QLabel(text)
    set_enum(label, "textFormat", PLAIN_TEXT)
    label.setWordWrap(wrap)
    set_enum(label, "textInteractionFlags", SELECTABLE_TEXT)
    if name:
        label.setAccessibleName(name)
    return label


class Badge(QLabel):
    """A short verdict in a rounded box; `alarm` badges stand out in light and dark palettes."""

    def __init__(self, name: str) -> None:
        super().__init__()
        set_enum(self, "textFormat", PLAIN_TEXT)
        self.setAccessibleName(name)
        self.set_alarm(False)

    def set_alarm(self, alarm: bool) -> None:
        if alarm:  # white on this red reads in both palettes (contrast 6.5:1)
            style = (
                f"QLabel {{ background: {ALARM_LIGHT}; color: white; font-weight: bold;"
                " border-radius: 4px; padding: 4px 8px; }"
            )
        else:
            style = (
                "QLabel { background: palette(alternate-base); color: palette(text);"
                " border: 1px solid palette(mid); border-radius: 4px; padding: 2px 8px; }"
            )
        set_sheet(self, style)
