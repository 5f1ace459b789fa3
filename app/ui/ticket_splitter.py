"""The window's middle: the paste on top, and under it the explanation and the reply, side by
side when there is room and one under the other when there is not.

What counts is the room the two get, not the window's width: with the catalogue and the history
open, a 1024 px window leaves them less than a phone's width, and side by side the explanation
was squeezed until its CONFIDENTIAL mark was cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget

from app.ui.qt_numbers import HORIZONTAL, VERTICAL, set_enum

if TYPE_CHECKING:  # named for type checkers only
    from PySide6.QtGui import QResizeEvent

NARROW_PX = 760  # below this width the reply goes under the explanation, not beside it
COMPACT_PX = 640  # below this height the failure list folds into one line
PASTE_SHARE = 7  # narrow, the paste box keeps a seventh of the height: a few lines to check


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
            was, self.narrow = self.narrow, narrow
            if narrow:  # the answer now needs its height twice: the paste box gives it room
                total = sum(self.sizes()) or self.height()
                self.setSizes([total // PASTE_SHARE, total - total // PASTE_SHARE])
            elif was is not None:  # side by side again: the explanation three fifths
                width = sum(self.answer.sizes()) or self.width()
                self.answer.setSizes([width * 3 // 5, width - width * 3 // 5])
        compact = getattr(self.widget(0), "set_compact", None)
        if compact is not None:  # the failure list folds into one line first
            compact(narrow or event.size().height() < COMPACT_PX)
        super().resizeEvent(event)
        self.fit()

    def refit(self) -> None:
        """Fits again once the reply's rows have their new lines (narrow: they share a height)."""
        if self.narrow:
            QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        """The answer keeps the verdict and the reply's Copy button in sight: the paste gives up
        height first (down to its least), and under the explanation the reply gets the height
        its wrapped lines need while the explanation keeps the rest, its verdict at least."""
        explanation, reply = self.answer.widget(0), self.answer.widget(1)
        if not isinstance(explanation, QScrollArea) or reply is None or self.narrow is None:
            return
        view = explanation.widget()
        frame = 2 * explanation.frameWidth()
        if not self.narrow and view is not None:  # never cut sideways: the reply gives width
            bar = explanation.verticalScrollBar().sizeHint().width()
            least = view.minimumSizeHint().width() + frame + bar
            left, right = self.answer.sizes()
            if left < least < left + right:
                wide = max(least, (left + right) * 3 // 5)
                self.answer.setSizes([wide, left + right - wide])
        if self.narrow:  # the pane's width, less a scroll bar it may show
            width = self.answer.width() - frame - explanation.verticalScrollBar().sizeHint().width()
        else:
            width = self.answer.sizes()[0] - frame
        essential = getattr(view, "essential_height", None)
        verdict = essential(width) + frame if essential is not None else 0
        # The reply's box keeps six lines (ReplyPanel.spare_height), its Copy button under them.
        reply_width = self.width() if self.narrow else self.answer.sizes()[1]
        wanted = reply.heightForWidth(reply_width) if reply.hasHeightForWidth() else -1
        wanted = max(wanted, reply.sizeHint().height())
        wanted -= getattr(reply, "spare_height", lambda: 0)()
        if not self.narrow:  # side by side: each of the two has the answer's height
            self._yield_paste(max(verdict, wanted))
            return
        least = self._least(reply, self.width())
        self._yield_paste(verdict + max(wanted, least))
        height = sum(self.answer.sizes())
        above = min(max(height - wanted, verdict, height // 4), height - least)
        self.answer.setSizes([above, height - above])

    @staticmethod
    def _least(widget: QWidget, width: int) -> int:
        """The least height of `widget` at `width`, its wrapped lines counted (a hint beside
        the Copy button wraps into more lines than a minimum size says)."""
        layout = widget.layout()
        wrapped = layout.totalMinimumHeightForWidth(width) if layout is not None else -1
        return max(widget.minimumSizeHint().height(), wrapped)

    def _yield_paste(self, need: int) -> None:
        """Takes from the paste what the answer lacks of `need`, leaving the paste its least:
        the height its wrapped sentences need at this width (a splitter would squeeze a
        warning over the box)."""
        paste, answer = self.sizes()
        area = self.widget(0)
        layout = area.layout() if area is not None else None
        if area is None or layout is None:
            return
        least = max(
            area.minimumSizeHint().height(), layout.totalMinimumHeightForWidth(self.width())
        )
        # Never more than the answer lacks; negative only for a paste under its least (a new
        # warning's lines: the answer gives them room).
        give = paste - least if paste < least else max(min(need - answer, paste - least), 0)
        if give:
            self.setSizes([paste - give, answer + give])
