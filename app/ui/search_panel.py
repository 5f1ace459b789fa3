"""Find any code: a search field over the whole catalogue, with filters; choosing an entry
explains that code exactly as pasting it would."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.catalogue.catalog import Catalog
from app.models.search_model import SearchModel


class SearchPanel(QWidget):
    codeChosen = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SearchModel(catalog, self)
        self.field = QLineEdit()
        self.field.setPlaceholderText("Code or words: insuficient, cvv wrong, card reported stolen")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Search the catalogue")
        label = QLabel("&Find:")
        label.setBuddy(self.field)

        self.kind = self._combo("Kind", catalog.vocabulary("kinds"))
        self.category = self._combo("Category", catalog.vocabulary("categories"))
        self.retry = self._combo("Retry", catalog.vocabulary("retry"))
        self.sensitive = QComboBox()
        self.sensitive.setAccessibleName("Sensitive")
        for text, value in (
            ("Sensitive or not", None),
            ("Sensitive only", True),
            ("Not sensitive", False),
        ):
            self.sensitive.addItem(text, value)

        self.table = QTableView()
        self.table.setAccessibleName("Catalogue entries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 170)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 115)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.field, 1)
        filters = QGridLayout()
        for number, box in enumerate((self.kind, self.category, self.retry, self.sensitive)):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
            filters.addWidget(box, number // 2, number % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self.field.textChanged.connect(self.model.set_query)
        self.field.returnPressed.connect(self.choose_current)
        for box in (self.kind, self.category, self.retry, self.sensitive):
            box.currentIndexChanged.connect(self._filters_changed)
        self.table.activated.connect(self._activated)
        self.model.modelReset.connect(self._select_first)

    @staticmethod
    def _combo(name: str, values: dict[str, str]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(f"{name} filter")
        box.addItem(f"Any {name.lower()}", None)
        for value, title in values.items():
            box.addItem(title if name == "Kind" else value.replace("_", " "), value)
        return box

    def _filters_changed(self) -> None:
        self.model.set_filters(
            self.kind.currentData(),
            self.category.currentData(),
            self.retry.currentData(),
            self.sensitive.currentData(),
        )

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)

    def choose_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._activated(rows[0] if rows else self.model.index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row()) if index.isValid() else None
        if entry is not None:
            self.codeChosen.emit(entry.code)

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
