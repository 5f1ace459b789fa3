"""Working beside a helpdesk: compact mode and clipboard watch, each toggled from the View menu
and remembered. Neither is loaded before the agent turns it on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QLabel

from app.reading.report import CodeKinds
from app.ui.i18n import translate

if TYPE_CHECKING:
    from app.ui.clipboard_watch import ClipboardWatch
    from app.ui.compact import CompactWindow

COMPACT_KEYS = "Ctrl+Shift+M"  # in and out of compact mode, from either window
COMPACT_KEY = "view/compact"
WATCH_KEY = "view/watch_clipboard"


class Host(Protocol):
    """What compact mode and the watch need of the main window."""

    reply: Any
    view: Any
    findings: Any  # a list of Findings (app/ui/ticket_findings.py)
    paste_area: Any

    def show(self) -> None: ...
    def hide(self) -> None: ...
    def isVisible(self) -> bool: ...
    def set_paste(self, text: str, lookup: bool = False) -> None: ...
    def paste_clipboard(self) -> None: ...
    def statusBar(self) -> Any: ...


def _flag(settings: QSettings, key: str) -> bool:
    """A stored switch; anything but a true value (a damaged or huge one too) is off."""
    return str(settings.value(key, "false"))[:5].lower() == "true"


class Beside(QObject):
    """Owns the compact window and the clipboard watch of one main window; says when either
    is turned on or off (the View menu's check marks follow)."""

    compactChanged = Signal(bool)
    watchChanged = Signal(bool)

    def __init__(
        self,
        window: Host,
        settings: QSettings,
        known: CodeKinds,
        copy_keys: str,
        parent: QObject | None = None,
    ) -> None:
        # Parented to the window, so the watch stops listening to the application's clipboard
        # when the window is destroyed (a listener without a parent outlived its window).
        super().__init__(parent)
        self.window, self.settings, self.known, self.copy_keys = window, settings, known, copy_keys
        self.compact: CompactWindow | None = None
        self.watch: ClipboardWatch | None = None
        self.indicator = QLabel()
        self.indicator.setAccessibleName(translate("Beside", "Clipboard watch"))
        self.indicator.hide()

    # ------------------------------------------------------------------ compact mode
    @property
    def compact_on(self) -> bool:
        return self.compact is not None and self.compact.isVisible()

    def set_compact(self, on: bool) -> None:
        """Shows the compact window instead of the full one (or the other way round)."""
        if on:
            compact = self._compact()
            self.sync()
            compact.show()
            compact.raise_()
            compact.activateWindow()
            self.window.hide()
        else:
            self.window.show()
            if self.compact is not None:
                self.compact.hide()
        self.settings.setValue(COMPACT_KEY, on)
        self.compactChanged.emit(on)

    def _compact(self) -> CompactWindow:
        if self.compact is None:
            from app.ui.compact import CompactWindow  # loaded when first used

            self.compact = CompactWindow(self.copy_keys, COMPACT_KEYS)
            self.compact.pasteKey.connect(self.window.paste_clipboard)
            self.compact.copyKey.connect(self._copy)
            self.compact.fullWindow.connect(lambda: self.set_compact(False))
            self.compact.set_watching(self.watch is not None and self.watch.on)
        return self.compact

    def sync(self) -> None:
        """Shows the full window's ticket in the compact one (when it exists)."""
        if self.compact is None:
            return
        row = self.window.paste_area.current_row()
        finding = self.window.findings[row] if 0 <= row < len(self.window.findings) else None
        verdict = finding.explanation.verdict if finding is not None else None
        self.compact.show_ticket(
            self.window.view.headline.text(),  # the headline, or the sentence of a problem
            self.window.view.verdict.text() if verdict is not None else "",  # its language
            self.window.reply.editor.toPlainText(),
            confidential=bool(finding is not None and finding.explanation.sensitive),
        )

    def _copy(self) -> None:
        copied = self.window.reply.copy_reply()
        if self.compact is not None:
            self.compact.say(self.window.reply.status.text(), alarm=not copied)

    # ------------------------------------------------------------------ clipboard watch
    @property
    def watching(self) -> bool:
        return self.watch is not None and self.watch.on

    def set_watching(self, on: bool) -> None:
        """Turns clipboard watch on or off, says so where the agent looks, and remembers it."""
        if on and self.watch is None:
            from app.ui.clipboard_watch import ClipboardWatch  # loaded when first turned on

            self.watch = ClipboardWatch(self.known, self.window.paste_area.text, self)
            self.watch.ticket.connect(self._watched)
        if self.watch is not None:
            self.watch.set_on(on)
        self.indicator.setText(translate("Beside", "● Watching the clipboard") if on else "")
        self.indicator.setToolTip(
            translate(
                "Beside",
                "A failed payment copied anywhere becomes the new ticket (View > Watch the "
                "clipboard turns it off).",
            )
            if on
            else ""
        )
        self.indicator.setVisible(on)
        if self.compact is not None:
            self.compact.set_watching(on)
        self.settings.setValue(WATCH_KEY, on)
        self.watchChanged.emit(on)

    def _watched(self, text: str) -> None:
        self.window.set_paste(text)
        self.window.statusBar().showMessage(
            translate("Beside", "New ticket from the clipboard."), 8000
        )

    # ------------------------------------------------------------------ start
    def restore(self) -> None:
        """Turns back on what was on when the window last closed."""
        if _flag(self.settings, WATCH_KEY):
            self.set_watching(True)
        if _flag(self.settings, COMPACT_KEY):
            self.set_compact(True)

    def close(self) -> None:
        if self.compact is not None:
            self.compact.deleteLater()
            self.compact = None
