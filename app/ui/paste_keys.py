"""Ctrl+V has one meaning in the window, whatever has the focus.

Text boxes take the paste key for themselves before any menu shortcut sees it, so the paste
box appended a second customer's payload to the first and the reply box took raw JSON. The
window's text boxes therefore hand the paste key to the window (`pasteKey`), which decides: a
payment failure is the new ticket; words go where the cursor is. Elsewhere (a table, a button)
the window's own Paste shortcut fires.

Only key presses are looked at: an event filter on the application would see every event of
the window in Python, and naming the types of those events cost the start 60 ms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit

if TYPE_CHECKING:  # named for type checkers only
    from PySide6.QtGui import QKeyEvent


def is_paste_key(event: QKeyEvent) -> bool:
    """Ctrl+V, Shift+Insert, or Cmd+V on macOS: the platform's paste keys."""
    return event.matches(QKeySequence.StandardKey.Paste)


class TicketLineEdit(QLineEdit):
    """A one-line field whose paste key goes to the window (`pasteKey`), like the text boxes."""

    pasteKey = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_paste_key(event):
            self.pasteKey.emit()
        else:
            super().keyPressEvent(event)
