"""Ctrl+V has one meaning in the window, whatever has the focus.

Text boxes take the paste key for themselves before any menu shortcut sees it, so the paste
box appended a second customer's payload to the first and the reply box took raw JSON. This
filter gives every paste key pressed in the window (not in its dialogs) to the window, which
decides: a payment failure is the new ticket; words go where the cursor is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class PasteKeys(QObject):
    """Calls `paste` for a paste key pressed in `window`; installed on the application."""

    def __init__(self, window: QWidget, paste: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.paste = window, paste
        self._override = QEvent.Type.ShortcutOverride
        self._press = QEvent.Type.KeyPress
        self._paste_key = QKeySequence.StandardKey.Paste
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind != self._override and kind != self._press:
            return False
        if not isinstance(event, QKeyEvent) or not event.matches(self._paste_key):
            return False
        if not isinstance(watched, QWidget) or not self._in_window(watched):
            return False
        if kind == self._override:
            event.accept()  # "the widget takes this key": no shortcut fires, the press comes here
        else:
            self.paste()
        return True

    def _in_window(self, widget: QWidget) -> bool:
        """Whether `widget` is the window or inside it, dialogs left out (they paste as usual)."""
        current: QWidget | None = widget
        while current is not None:
            if current is self.window:
                return True
            if isinstance(current, QDialog):
                return False
            current = current.parentWidget()
        return False
