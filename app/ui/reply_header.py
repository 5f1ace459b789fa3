"""What makes the reply read as the thing that is copied: a header naming it, the Copy reply
button as the window's one primary action (its keys written on it), a confirmation that cannot
be missed, and lines short enough to read as the customer will."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.ui.i18n import channel_name, translate
from app.ui.look import HEADING, primary, set_type
from app.ui.qt_numbers import PLAIN_TEXT, set_enum

if TYPE_CHECKING:  # named for type checkers only
    from PySide6.QtGui import QResizeEvent

READABLE_COLUMNS = 76  # an email client's usual measure: the reply reads as the customer sees it
# Qt's margin around a text document, which the window never changes: asking the editor's
# document for it named QTextDocument (and five of its enums) before the first paint, about
# 1 ms (BENCHMARKS.md, the fourteenth pass; tests/ui/test_reply_header.py compares the two).
DOCUMENT_MARGIN_PX = 4
HINT_BESIDE_PX = 300  # a hint this wide or wider goes beside the Copy button, not above it
COPIED_STYLE = (
    "QLabel { background: #1e7b34; color: white; font-weight: bold;"
    " border-radius: 4px; padding: 4px 8px; }"
)


def header_text(channel: str, language: str, from_pack: bool) -> str:
    """ "Reply to the customer · Email · English", and whose words they are when a pack's."""
    parts = [translate("ReplyHeader", "Reply to the customer"), channel_name(channel), language]
    if from_pack:
        parts.append(translate("ReplyHeader", "from the team pack"))
    return " · ".join(parts)


def native_keys(keys: str) -> str:
    """The shortcut as this system writes it (⇧⌘C on a Mac, Ctrl+Shift+C elsewhere)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ReplyHeader(QLabel):
    """The title over the reply: what it is, its channel and language, and its source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_enum(self, "textFormat", PLAIN_TEXT)
        self.setWordWrap(True)
        self.setAccessibleName(translate("ReplyHeader", "Reply header"))
        set_type(self, HEADING, bold=True)
        self.from_pack = False

    def show_for(self, channel: str, language: str, from_pack: bool | None = None) -> None:
        if from_pack is not None:
            self.from_pack = from_pack
        self.setText(header_text(channel, language, self.from_pack))


PRIMARY_KEYS = "primaryKeys"  # the button's keys, to write them again in another language


def make_primary(button: QPushButton, label: str, keys: str) -> None:
    """The window's primary action: filled with the palette's accent, its keys on its face."""
    button.setText(f"{label}   {native_keys(keys)}")
    button.setProperty(PRIMARY_KEYS, keys)
    primary(button)


def readable_measure(editor: QPlainTextEdit) -> None:
    """Caps the reply box at a readable line length; a narrow window still narrows it."""
    metrics = editor.fontMetrics()
    margins = 2 * (editor.frameWidth() + DOCUMENT_MARGIN_PX) + 24
    editor.setMaximumWidth(metrics.horizontalAdvance("x") * READABLE_COLUMNS + margins)


class CopyRow(QWidget):
    """The Copy reply button at its own width and, while there is one, a hint about the reply:
    beside the button when the card has the width (a short window keeps that line for the
    verdict above), over it when not; emits `reflowed` when it moves (the verdict's height
    changes with it)."""

    reflowed = Signal()

    def __init__(self, button: QPushButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = button
        # Its own width in a row and in a column alike (a column would stretch it otherwise).
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.box = QHBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(button)
        self.box.addStretch(1)
        self.hint: QWidget | None = None

    def add_hint(self, hint: QWidget) -> None:
        self.hint = hint
        self.box.insertWidget(1, hint, 1)  # it takes the width the stretch had
        stretch = self.box.takeAt(2)
        del stretch

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.hint is not None:
            beside = event.size().width() >= self.button.sizeHint().width() + HINT_BESIDE_PX
            side = QBoxLayout.Direction
            direction = side.LeftToRight if beside else side.BottomToTop  # the hint on top
            if self.box.direction() != direction:
                self.box.setDirection(direction)
                self.reflowed.emit()
        super().resizeEvent(event)
