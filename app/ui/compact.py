"""Compact mode: a narrow window that stays on top beside the helpdesk, with only what a ticket
needs there: the CONFIDENTIAL banner, the verdict in the customer's terms, the reply and Copy.

It shows the full window's ticket and copies through the full window's reply panel, so the
guard, the checks and the clipboard rules are the same in both.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.look import ALARM_LIGHT, HEADING, SPACE, SchemeWatch, alarm_color, set_type
from app.ui.qt_numbers import PLAIN_TEXT, set_enum
from app.ui.reply_header import make_primary

COMPACT_WIDTH = 380
BANNER = QT_TRANSLATE_NOOP(
    "Compact", "CONFIDENTIAL: the real reason stays inside. The reply below is the generic decline."
)
EMPTY = QT_TRANSLATE_NOOP("Compact", "Copy a failed payment and press Ctrl+V here.")


class CompactWindow(QWidget):
    """Emits `pasteKey` on Ctrl+V, `copyKey` on Copy or its keys, `fullWindow` to leave."""

    pasteKey = Signal()
    copyKey = Signal()
    fullWindow = Signal()

    def __init__(self, copy_keys: str, full_keys: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle("Decline Desk")
        self.setObjectName("compact")
        SchemeWatch(self)  # restyled when the system turns light or dark
        self.resize(COMPACT_WIDTH, 560)
        self.banner = self._label(translate("Compact", "Confidential ticket"), bold=True)
        self.banner.setText(translate("Compact", BANNER))
        self.banner.setStyleSheet(
            f"QLabel {{ background: {ALARM_LIGHT}; color: white; font-weight: bold;"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        self.headline = self._label(translate("Compact", "Headline"), bold=True)
        set_type(self.headline, HEADING, bold=True)
        self.verdict = self._label(translate("Compact", "Verdict"))
        self.watching = self._label(translate("Compact", "Clipboard watch"))
        self.reply = QPlainTextEdit()
        self.reply.setReadOnly(True)
        self.reply.setAccessibleName(translate("Compact", "Customer reply"))
        self.reply.setTabChangesFocus(True)
        self.copy_button = QPushButton()
        # The same primary action as the full window's: its accent, its keys on its face.
        make_primary(self.copy_button, translate("ReplyPanel", "&Copy reply"), copy_keys)
        self.copy_button.setAccessibleName(translate("Compact", "Copy reply"))
        self.full_button = QPushButton(translate("Compact", "&Full window"))
        self.full_button.setToolTip(
            translate("Compact", "Back to the full window ({keys})").format(keys=full_keys)
        )
        self.status = self._label(translate("Compact", "Copy status"))

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE)
        for widget in (self.banner, self.headline, self.verdict, self.watching):
            layout.addWidget(widget)
        layout.addWidget(self.reply, 1)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.status)
        layout.addWidget(self.full_button)

        self.copy_button.clicked.connect(self.copyKey)
        self.full_button.clicked.connect(self.fullWindow)
        for keys, signal in (
            (QKeySequence.StandardKey.Paste, self.pasteKey),
            (copy_keys, self.copyKey),
            (full_keys, self.fullWindow),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(signal)
        self.show_ticket("", "", "", confidential=False)
        self.set_watching(False)

    @staticmethod
    def _label(name: str, bold: bool = False) -> QLabel:
        label = QLabel()
        set_enum(label, "textFormat", PLAIN_TEXT)  # payload text is never read as markup
        label.setWordWrap(True)
        label.setAccessibleName(name)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def show_ticket(self, headline: str, verdict: str, reply: str, confidential: bool) -> None:
        """The ticket as the full window shows it: a reply only when there is one to copy."""
        self.banner.setVisible(confidential)
        self.headline.setText(headline or translate("Compact", EMPTY))
        self.verdict.setText(verdict)
        self.verdict.setVisible(bool(verdict))
        self.reply.setPlainText(reply)
        self.copy_button.setEnabled(bool(reply.strip()))
        self.status.setText("")

    def set_watching(self, on: bool) -> None:
        self.watching.setText(translate("Compact", "● Watching the clipboard") if on else "")
        self.watching.setVisible(on)

    def say(self, text: str, alarm: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(
            f"QLabel {{ color: {alarm_color(self)}; font-weight: bold; }}" if alarm else ""
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the compact window brings the full one back rather than hiding the app."""
        event.ignore()
        self.fullWindow.emit()
