"""The table of "Found in the paste": a row per field, its value as people read it, the value as
pasted on hover. The table's Qt classes are named when the first one is made: a window hides it
until its first explanation (BENCHMARKS.md, the window's start-up, thirteenth pass)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableWidget


def fields_table() -> QTableWidget:
    """An empty, hidden, read-only table of two columns, Field and Value."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

    table = QTableWidget(0, 2)
    table.setAccessibleName(translate("ExplanationView", "Fields found in the paste"))
    table.setHorizontalHeaderLabels(
        [translate("ExplanationView", "Field"), translate("ExplanationView", "Value")]
    )
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard-only agents
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.hide()
    return table


def fill(table: QTableWidget, rows: list[tuple[str, str, str]]) -> None:
    """A row per (label, value shown, value as pasted); the pasted one on hover."""
    from PySide6.QtWidgets import QTableWidgetItem

    table.setRowCount(len(rows))
    for row, (label, shown, raw) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(label))
        item = QTableWidgetItem(shown)
        item.setToolTip(
            raw
            if raw == shown
            else translate("ExplanationView", "In the paste: {value}").format(value=raw)
        )
        table.setItem(row, 1, item)
