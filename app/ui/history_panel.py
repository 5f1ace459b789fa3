"""History (search, reopen, clear) and "This week": the reasons seen lately as a bar chart."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.agent.history import HistoryItem
from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui.i18n import QT_TRANSLATE_NOOP, installed, translate
from app.ui.look import alarm_color
from app.ui.paste_keys import TicketLineEdit
from app.ui.readable import amount_text, card_text, reason_title, stored_time

CHART_DAYS = 7
CHART_TITLE = QT_TRANSLATE_NOOP("HistoryPanel", "Reasons seen in the last 7 days")


def row_lines(item: HistoryItem, catalog: Catalog) -> tuple[str, str]:
    """The two lines of a history row: its headline with its marks, then what identifies the
    payment (amount, last 4, the first id) and when it was explained."""
    marks = [
        mark
        for mark, on in (
            (translate("HistoryPanel", "CONFIDENTIAL"), item.sensitive),
            (translate("HistoryPanel", "TEST"), item.record.test_mode()),
        )
        if on
    ]
    first = " · ".join([*marks, item.headline])
    record = item.record
    ids = dict(record.ids)
    second = [
        amount_text(record.amount, record.currency, catalog) if record.amount is not None else "",
        card_text(record.card_brand, record.card_last4, catalog),
        next(iter(ids.values()), ""),
        stored_time(item.created),
    ]
    return first, " · ".join(part for part in second if part)


def period_text(now: datetime | None = None, days: int = CHART_DAYS) -> str:
    """ "30 Nov to 6 Dec 2026": the days the chart counts, today included."""
    today = (now or datetime.now()).date()
    first_day = today - timedelta(days=days - 1)
    end = QDate(today.year, today.month, today.day)
    start = QDate(first_day.year, first_day.month, first_day.day)
    # Month names and the order of day, month and year as the window's language writes them.
    locale = QLocale(installed().replace("-", "_"))
    with_year = translate("HistoryPanel", "d MMM yyyy")  # a QDate format: 6 Dec 2026
    without = translate("HistoryPanel", "d MMM")
    first = locale.toString(start, without if start.year() == end.year() else with_year)
    return translate("HistoryPanel", "{start} to {end}").format(
        start=first, end=locale.toString(end, with_year)
    )


class WeekChart(QWidget):
    """Horizontal bars drawn with QPainter: a chart module would add megabytes for ten bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[tuple[str, int]] = []  # (reason code, times), as the store counts
        self.labels: list[str] = []  # what each bar is called: the reason's title
        self.setAccessibleName(translate("HistoryPanel", CHART_TITLE))
        self.setMinimumHeight(120)

    def set_counts(self, counts: list[tuple[str, int]], labels: list[str] | None = None) -> None:
        self.counts = counts[:12]
        self.labels = (labels or [r for r, _ in counts])[:12]
        self.setAccessibleDescription(
            ", ".join(
                f"{label}: {n}" for label, (_, n) in zip(self.labels, self.counts, strict=True)
            )
        )
        line = self.fontMetrics().height() + 6
        self.setMinimumHeight(max(120, line * (len(self.counts) + 1)))
        self.update()

    def row_at(self, y: float) -> int | None:
        """The bar under a point's height, or None."""
        row = int((y - 4) // (self.fontMetrics().height() + 6))
        return row if 0 <= row < len(self.counts) and y >= 4 else None

    def event(self, event: QEvent) -> bool:
        """Hovering a bar names its reason in full (a narrow dock shortens the label)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row is None:
                QToolTip.hideText()
            else:
                label, count = self.labels[row], self.counts[row][1]
                QToolTip.showText(event.globalPos(), f"{label}: {count}", self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        metrics = self.fontMetrics()
        line = metrics.height() + 6
        if not self.counts:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                translate("HistoryPanel", "Nothing explained in the last 7 days."),
            )
            return
        label_width = min(
            max(metrics.horizontalAdvance(r) for r in self.labels) + 12, self.width() // 2
        )
        biggest = max(n for _, n in self.counts)
        room = max(self.width() - label_width - 50, 10)
        for row, (label, (_, count)) in enumerate(zip(self.labels, self.counts, strict=True)):
            top = 4 + row * line
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(0, top, label_width - 8, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8),
            )
            width = room * count / biggest
            painter.fillRect(
                QRectF(label_width, top + 3, width, line - 6),
                palette.color(QPalette.ColorRole.Highlight),
            )
            painter.drawText(
                QRectF(label_width + width + 6, top, 44, line),
                Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )


class HistoryPanel(QWidget):
    reopen = Signal(object)  # the HistoryItem to explain again

    def __init__(self, store: UserStore, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.catalog = store, catalog
        self.search = TicketLineEdit()
        self.search.setPlaceholderText(
            translate("HistoryPanel", "Search history: a code, an id, a word")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("HistoryPanel", "Search history"))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("HistoryPanel", "History"))
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.clear_button = QPushButton(translate("HistoryPanel", "C&lear history"))
        self.clear_button.setAccessibleName(translate("HistoryPanel", "Clear all history"))
        self.chart_title = QLabel(translate("HistoryPanel", CHART_TITLE))
        self.chart_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.chart_title.font()
        font.setBold(True)
        self.chart_title.setFont(font)
        self.chart_period = QLabel()
        self.chart_period.setTextFormat(Qt.TextFormat.PlainText)
        self.chart_period.setAccessibleName(translate("HistoryPanel", "Period of the chart"))
        self.chart_period.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.chart = WeekChart()
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.clear_button)
        heading = QVBoxLayout()  # stacked: side by side they would widen a narrow dock
        heading.setSpacing(0)
        heading.addWidget(self.chart_title)
        heading.addWidget(self.chart_period)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 2)
        layout.addLayout(heading)
        layout.addWidget(self.chart, 1)
        self.search.textChanged.connect(self.refresh)
        self.list.itemActivated.connect(self._open)
        self.clear_button.clicked.connect(self._clear)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        alarm = QBrush(QColor(alarm_color(self)))
        for item in self.store.history(self.search.text()):
            first, second = row_lines(item, self.catalog)
            entry = QListWidgetItem(f"{first}\n{second}")
            entry.setData(Qt.ItemDataRole.UserRole, item)
            entry.setToolTip(", ".join(item.codes))
            if item.sensitive:
                entry.setForeground(alarm)
            self.list.addItem(entry)
        counts = self.store.reason_counts(CHART_DAYS)
        self.chart.set_counts(counts, [reason_title(reason, self.catalog) for reason, _ in counts])
        self.chart_period.setText(period_text())
        # Nothing to clear, nothing to offer (a search that finds nothing still has a history).
        self.clear_button.setEnabled(self.list.count() > 0 or bool(self.search.text()))

    def _open(self, entry: QListWidgetItem) -> None:
        self.reopen.emit(entry.data(Qt.ItemDataRole.UserRole))

    def _clear(self) -> None:
        """Asks first: a cleared history cannot come back."""
        answer = QMessageBox.question(
            self,
            translate("HistoryPanel", "Clear history?"),
            translate(
                "HistoryPanel",
                "Delete every history entry, and the counts of this week's chart? This cannot be "
                "undone.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.store.clear_history()
        self.refresh()
