"""The top of the window: the paste box, warnings about the paste, and the failures it holds."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.explanation_view import plain_label

PLACEHOLDER = (
    "Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a "
    "webhook event, a log line, or a code such as do_not_honor."
)


class PasteArea(QWidget):
    """`editor` takes the paste; `failure_list` shows headlines when a paste holds several."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName("Paste")
        self.editor.setPlaceholderText(PLACEHOLDER)
        self.editor.setTabChangesFocus(True)
        self.editor.setAcceptDrops(False)  # the window takes dropped files
        label = QLabel("&Paste:")
        label.setBuddy(self.editor)
        self.warnings = plain_label(name="Warnings about the paste")
        self.warnings.hide()
        self.failure_list = QListWidget()
        self.failure_list.setAccessibleName("Failures in this paste")
        self.failure_list.setMaximumHeight(110)
        self.failure_list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.failure_list)

    def show_warnings(self, warnings: list[str]) -> None:
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))

    def show_headlines(self, headlines: list[str]) -> None:
        """Lists the failures (only shown for two or more) and selects the first, silently."""
        self.failure_list.blockSignals(True)
        self.failure_list.clear()
        self.failure_list.addItems(headlines)
        if headlines:
            self.failure_list.setCurrentRow(0)
        self.failure_list.blockSignals(False)
        self.failure_list.setVisible(len(headlines) > 1)

    def current_row(self) -> int:
        return max(self.failure_list.currentRow(), 0)
