"""History (search, reopen, clear) and "This week": the reasons seen lately as a bar chart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.agent.userdata import UserStore
from app.ui.paste_keys import TicketLineEdit


class WeekChart(QWidget):
    """Horizontal bars drawn with QPainter: a chart module would add megabytes for ten bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[tuple[str, int]] = []
        self.setAccessibleName("Reasons seen this week")
        self.setMinimumHeight(120)

    def set_counts(self, counts: list[tuple[str, int]]) -> None:
        self.counts = counts[:12]
        self.setAccessibleDescription(", ".join(f"{r}: {n}" for r, n in self.counts))
        line = self.fontMetrics().height() + 6
        self.setMinimumHeight(max(120, line * (len(self.counts) + 1)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        metrics = self.fontMetrics()
        line = metrics.height() + 6
        if not self.counts:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, "Nothing explained in the last 7 days."
            )
            return
        label_width = min(
            max(metrics.horizontalAdvance(r) for r, _ in self.counts) + 12, self.width() // 2
        )
        biggest = max(n for _, n in self.counts)
        room = max(self.width() - label_width - 50, 10)
        for row, (reason, count) in enumerate(self.counts):
            top = 4 + row * line
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(0, top, label_width - 8, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(reason, Qt.TextElideMode.ElideMiddle, label_width - 8),
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

    def __init__(self, store: UserStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.search = TicketLineEdit()
        self.search.setPlaceholderText("Search history: a code, an id, a word")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search history")
        self.list = QListWidget()
        self.list.setAccessibleName("History")
        self.clear_button = QPushButton("C&lear history")
        self.clear_button.setAccessibleName("Clear all history")
        self.chart = WeekChart()
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.chart, 1)
        self.search.textChanged.connect(self.refresh)
        self.list.itemActivated.connect(self._open)
        self.clear_button.clicked.connect(self._clear)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for item in self.store.history(self.search.text()):
            when = item.created.replace("T", " ")[:16]
            entry = QListWidgetItem(f"{when}  {item.headline}")
            entry.setData(Qt.ItemDataRole.UserRole, item)
            entry.setToolTip(", ".join(item.codes))
            self.list.addItem(entry)
        self.chart.set_counts(self.store.reason_counts())
        # Nothing to clear, nothing to offer (a search that finds nothing still has a history).
        self.clear_button.setEnabled(self.list.count() > 0 or bool(self.search.text()))

    def _open(self, entry: QListWidgetItem) -> None:
        self.reopen.emit(entry.data(Qt.ItemDataRole.UserRole))

    def _clear(self) -> None:
        self.store.clear_history()
        self.refresh()
