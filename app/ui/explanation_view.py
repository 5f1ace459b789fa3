"""Shows one Explanation: headline, badges, what happened, steps, and every field found.

Everything shown here may come from a paste, so every label is plain text: a paste holding
HTML shows the HTML as text.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.reading.report import FailureReport, found_fields
from app.ui.qt_numbers import PLAIN_TEXT, SELECTABLE_TEXT, set_enum
from app.verdict.explain import Explanation


def alarm_color(widget: QWidget) -> str:
    """A red that stays readable on the light and the dark palette."""
    return "#f28b82" if widget.palette().window().color().lightness() < 128 else "#b3261e"


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
        if alarm:
            style = (
                "QLabel { background: #b3261e; color: white; font-weight: bold;"
                " border-radius: 4px; padding: 2px 8px; }"
            )
        else:
            style = (
                "QLabel { background: palette(alternate-base); color: palette(text);"
                " border: 1px solid palette(mid); border-radius: 4px; padding: 2px 8px; }"
            )
        self.setStyleSheet(style)


class ExplanationView(QWidget):
    """The agent's reading of one failure; the badge labels come from the catalogue's
    vocabulary (retry_badges, who_acts_badges), as the CLI's do."""

    def __init__(
        self,
        retry_badges: dict[str, str],
        who_badges: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.retry_labels, self.who_labels = retry_badges, who_badges
        self.headline = plain_label(name="Headline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.headline.setFont(font)

        self.retry_badge = Badge("Retry verdict")
        self.who_badge = Badge("Who must act")
        self.confidential_badge = Badge("Confidential")
        self.confidential_badge.setText("CONFIDENTIAL")
        self.confidential_badge.set_alarm(True)
        self.test_badge = Badge("Test mode")
        self.test_badge.setText("TEST MODE")
        badges = QHBoxLayout()
        for badge in (self.retry_badge, self.who_badge, self.confidential_badge, self.test_badge):
            badges.addWidget(badge)
        badges.addStretch(1)

        self.confidential_note = plain_label(name="What not to say")
        self.confidential_note.setStyleSheet(
            f"QLabel {{ color: {alarm_color(self)}; font-weight: bold; }}"
        )
        self.summary = plain_label(name="What happened")
        self.notes = plain_label(name="Notes")
        self.steps = plain_label(name="What to do")

        self.details = QTableWidget(0, 2)
        self.details.setAccessibleName("Fields found in the paste")
        self.details.setHorizontalHeaderLabels(["Field", "Value"])
        self.details.verticalHeader().setVisible(False)
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.details.setWordWrap(False)
        self.details.setTabKeyNavigation(False)  # Tab leaves the table: keyboard-only agents
        self.details.verticalHeader().setDefaultSectionSize(self.details.fontMetrics().height() + 8)
        header = self.details.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.copy_value = QPushButton("Copy &value")
        self.copy_value.setAccessibleName("Copy the selected field value")
        self.copy_value.clicked.connect(self._copy_selected_value)
        self.open_docs = QPushButton("Open Stripe &docs")
        self.open_docs.setAccessibleName("Open the Stripe documentation link in the browser")
        self.open_docs.clicked.connect(self._open_docs)
        self._doc_url: str | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_value)
        buttons.addWidget(self.open_docs)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(badges)
        layout.addWidget(self.confidential_note)
        layout.addWidget(self._heading("What happened"))
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self._heading("What to do"))
        layout.addWidget(self.steps)
        layout.addWidget(self._heading("Found in the paste"))
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        self.clear()

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = plain_label(text, wrap=False)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def clear(self, message: str = "") -> None:
        self.headline.setText(message or "Paste a failed payment to see what happened.")
        for widget in (
            self.retry_badge,
            self.who_badge,
            self.confidential_badge,
            self.test_badge,
            self.confidential_note,
            self.notes,
        ):
            widget.hide()
        self.summary.setText("")
        self.steps.setText("")
        self.details.setRowCount(0)
        self.open_docs.setEnabled(False)
        self._doc_url = None

    def show_explanation(self, report: FailureReport, explanation: Explanation) -> None:
        self.headline.setText(explanation.headline)
        self.retry_badge.setText(self.retry_labels.get(explanation.retry, explanation.retry))
        self.retry_badge.set_alarm(False)
        self.who_badge.setText(self.who_labels.get(explanation.who_acts, explanation.who_acts))
        self.retry_badge.show()
        self.who_badge.show()
        self.confidential_badge.setVisible(explanation.sensitive)
        self.test_badge.setVisible(explanation.test_mode)
        self.confidential_note.setText(explanation.confidential or "")
        self.confidential_note.setVisible(bool(explanation.confidential))
        self.summary.setText(explanation.summary)
        self.notes.setText("\n".join(f"• {note}" for note in explanation.notes))
        self.notes.setVisible(bool(explanation.notes))
        self.steps.setText(
            "\n".join(f"{n}. {step}" for n, step in enumerate(explanation.agent_steps, start=1))
        )
        rows = found_fields(report)
        self.details.setRowCount(len(rows))
        for row, (label, value) in enumerate(rows):
            self.details.setItem(row, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            self.details.setItem(row, 1, item)
        self._doc_url = (
            report.doc_url
            if (report.doc_url or "").startswith(
                ("https://stripe.com/", "https://docs.stripe.com/")
            )
            else None
        )
        self.open_docs.setEnabled(self._doc_url is not None)

    def _copy_selected_value(self) -> None:
        row = self.details.currentRow()
        if row >= 0 and (item := self.details.item(row, 1)) is not None:
            QGuiApplication.clipboard().setText(item.text())

    def _open_docs(self) -> None:
        if self._doc_url:
            from PySide6.QtCore import QUrl  # named only when used (each Qt class costs)
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(self._doc_url))
