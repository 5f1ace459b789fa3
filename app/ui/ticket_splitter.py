"""The window's middle: the paste on top, and under it the explanation and the reply, side by
side when there is room and one under the other when there is not.

What counts is the room the two get, not the window's width: with the catalogue and the history
open, a 1024 px window leaves them less than a phone's width, and side by side the explanation
was squeezed until its CONFIDENTIAL mark was cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSplitter, QWidget

from app.ui.qt_numbers import HORIZONTAL, VERTICAL, set_enum

if TYPE_CHECKING:  # named for type checkers only
    from PySide6.QtGui import QResizeEvent

NARROW_PX = 760  # below this width the reply goes under the explanation, not beside it


class TicketSplitter(QSplitter):
    """A vertical splitter (paste over answer) that turns `answer`, the explanation-and-reply
    splitter, by the width it has."""

    def __init__(self, paste: QWidget, answer: QSplitter) -> None:
        super().__init__()
        set_enum(self, "orientation", VERTICAL)
        self.answer = answer
        self.narrow: bool | None = None  # set at the first resize (a restored state may differ)
        self.addWidget(paste)
        self.addWidget(answer)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 3)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Set by number, and compared with what was set: naming Qt.Orientation before the
        # first paint costs the start about 20 ms (app/ui/qt_numbers.py).
        narrow = self.width() < NARROW_PX
        if narrow != self.narrow:
            set_enum(self.answer, "orientation", VERTICAL if narrow else HORIZONTAL)
            self.narrow = narrow
        super().resizeEvent(event)
