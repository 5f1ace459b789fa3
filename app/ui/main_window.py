"""The main window. For now it shows which catalogue is loaded and what it holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.catalog import Catalog


class MainWindow(QMainWindow):
    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog
        self.setWindowTitle("Decline Desk")
        info = catalog.info()
        kinds = catalog.vocabulary("kinds")

        heading = QLabel("Decline Desk")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)

        self.version_label = QLabel(
            f"Catalogue {info.version}, built {info.built}  ·  app {__version__}"
        )
        self.version_label.setTextFormat(Qt.TextFormat.PlainText)
        self.version_label.setAccessibleName("Catalogue version")

        self.counts = QTableWidget(len(info.counts) + 1, 2)
        self.counts.setAccessibleName("Catalogue contents")
        self.counts.setHorizontalHeaderLabels(["Kind", "Entries"])
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        rows = [(kinds.get(kind, kind), n) for kind, n in info.counts.items()]
        rows.append(("Total", sum(info.counts.values())))
        for row, (title, count) in enumerate(rows):
            self.counts.setItem(row, 0, QTableWidgetItem(title))
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts.setItem(row, 1, number)
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addWidget(self.version_label)
        layout.addWidget(self.counts)
        self.setCentralWidget(body)
        self.resize(560, 480)
