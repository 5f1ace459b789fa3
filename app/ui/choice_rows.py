"""The reply's choices (language, channel, first name) on as few lines as the width allows.

Under the explanation in a short window (960 x 570, a 1920 px screen at 2x, with the docks
open) every line the reply panel takes is a line the verdict above it loses: with the room,
the language and the channel share a line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

if TYPE_CHECKING:  # named for type checkers only
    from PySide6.QtGui import QResizeEvent


class ChoiceRows(QWidget):
    """Labelled fields one under the other, the first two on one line when they fit; emits
    `reflowed` when the lines change (the height left to the verdict changes with them)."""

    reflowed = Signal()

    def __init__(self, rows: list[tuple[QLabel, QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.paired: bool | None = None
        self._place(paired=False)

    def _place(self, paired: bool) -> None:
        if paired == self.paired:
            return
        self.paired = paired
        for label, field in self.rows:
            self.grid.removeWidget(label)
            self.grid.removeWidget(field)
        for column in range(4):
            self.grid.setColumnStretch(column, 0)
        line = 0
        for index, (label, field) in enumerate(self.rows):
            if paired and index == 1:  # the second pair beside the first
                self.grid.addWidget(label, 0, 2)
                self.grid.addWidget(field, 0, 3)
                continue
            self.grid.addWidget(label, line, 0)
            span = 3 if paired else 1
            self.grid.addWidget(field, line, 1, 1, span)
            line += 1
        self.grid.setColumnStretch(1, 3 if paired else 1)
        self.grid.setColumnStretch(3, 1 if paired else 0)
        self.reflowed.emit()

    def paired_width(self) -> int:
        """The width the first two pairs need on one line."""
        spacing = self.grid.horizontalSpacing()
        widths = [w.sizeHint().width() for pair in self.rows[:2] for w in pair]
        return sum(widths) + 3 * max(spacing, 0)

    def minimumSizeHint(self) -> QSize:
        """The least of the unpaired lines: pairing must never widen what holds them."""
        spacing = max(self.grid.horizontalSpacing(), 0)
        width = max(
            label.minimumSizeHint().width() + spacing + field.minimumSizeHint().width()
            for label, field in self.rows
        )
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place(event.size().width() >= self.paired_width())
        super().resizeEvent(event)
