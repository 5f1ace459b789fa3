"""Find any code: a search field over the whole catalogue, with filters. Choosing an entry shows
it here and leaves the ticket alone; "Use for this ticket" asks the window to explain it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.catalogue.catalog import Catalog, CatalogEntry
from app.models.search_model import SearchModel
from app.ui.explanation_view import plain_label
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.paste_keys import TicketLineEdit

NOTHING_CHOSEN = QT_TRANSLATE_NOOP(
    "SearchPanel", "Choose an entry to read it here; the ticket stays as it is."
)


def entry_text(entry: CatalogEntry, kinds: dict[str, str], retry: dict[str, str]) -> str:
    """An entry as the agent reads it in the panel (plain text)."""
    lines = [f"{entry.title}", f"{entry.code} · {kinds.get(entry.kind, entry.kind)}"]
    if entry.sensitive:
        lines.append(
            translate("SearchPanel", "CONFIDENTIAL: the customer gets the generic decline reply.")
        )
    lines.append(retry.get(entry.retry, entry.retry))
    lines += ["", entry.summary]
    lines += [f"{n}. {step}" for n, step in enumerate(entry.agent_steps, start=1)]
    lines += [
        "",
        translate("SearchPanel", "Source: {source} · as of {date}").format(
            source=entry.source, date=entry.as_of
        ),
    ]
    return "\n".join(lines)


class SearchPanel(QWidget):
    """Emits `codeUsed` when the agent asks to explain the shown entry for the ticket."""

    codeUsed = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SearchModel(catalog, self)
        self._kinds = catalog.vocabulary("kinds")
        self._retry = catalog.vocabulary("retry_badges")
        self.shown: CatalogEntry | None = None
        self.field = TicketLineEdit()
        self.field.setPlaceholderText(
            translate("SearchPanel", "Code or words: insuficient, cvv wrong, card reported stolen")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(translate("SearchPanel", "Search the catalogue"))
        label = QLabel(translate("SearchPanel", "&Find:"))
        label.setBuddy(self.field)

        self.kind = self._combo(
            translate("SearchPanel", "Kind filter"),
            translate("SearchPanel", "Any kind"),
            catalog.vocabulary("kinds"),
            titles=True,
        )
        self.category = self._combo(
            translate("SearchPanel", "Category filter"),
            translate("SearchPanel", "Any category"),
            catalog.vocabulary("categories"),
        )
        self.retry = self._combo(
            translate("SearchPanel", "Retry filter"),
            translate("SearchPanel", "Any retry"),
            catalog.vocabulary("retry"),
        )
        self.sensitive = QComboBox()
        self.sensitive.setAccessibleName(translate("SearchPanel", "Sensitive"))
        for text, value in (
            (translate("SearchPanel", "Sensitive or not"), None),
            (translate("SearchPanel", "Sensitive only"), True),
            (translate("SearchPanel", "Not sensitive"), False),
        ):
            self.sensitive.addItem(text, value)

        self.table = QTableView()
        self.table.setAccessibleName(translate("SearchPanel", "Catalogue entries"))
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
        self.entry = plain_label(
            translate("SearchPanel", NOTHING_CHOSEN),
            name=translate("SearchPanel", "Catalogue entry"),
        )
        self.use_button = QPushButton(translate("SearchPanel", "&Use for this ticket"))
        self.use_button.setAccessibleName(translate("SearchPanel", "Use this entry for the ticket"))
        self.use_button.setToolTip(
            translate("SearchPanel", "Explain this code as the ticket (asks before replacing one)")
        )
        self.use_button.setEnabled(False)
        use_row = QHBoxLayout()
        use_row.addStretch(1)
        use_row.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.entry)
        layout.addLayout(use_row)

        self.field.textChanged.connect(self.model.set_query)
        self.field.returnPressed.connect(self.choose_current)
        for box in (self.kind, self.category, self.retry, self.sensitive):
            box.currentIndexChanged.connect(self._filters_changed)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._activated)
        self.model.modelReset.connect(self._select_first)
        self.use_button.clicked.connect(self._use)

    @staticmethod
    def _combo(name: str, anything: str, values: dict[str, str], titles: bool = False) -> QComboBox:
        """A filter: `anything` first, then each value (or its title)."""
        box = QComboBox()
        box.setAccessibleName(name)
        box.addItem(anything, None)
        for value, title in values.items():
            box.addItem(title if titles else value.replace("_", " "), value)
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
        else:
            self.show_entry(None)

    def choose_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._activated(rows[0] if rows else self.model.index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        self.show_entry(self.model.entry(index.row()) if index.isValid() else None)

    def show_entry(self, entry: CatalogEntry | None) -> None:
        """Shows an entry in the panel: a lookup, which never touches the ticket."""
        self.shown = entry
        self.entry.setText(
            translate("SearchPanel", NOTHING_CHOSEN)
            if entry is None
            else entry_text(entry, self._kinds, self._retry)
        )
        self.use_button.setEnabled(entry is not None)

    def _use(self) -> None:
        if self.shown is not None:
            self.codeUsed.emit(self.shown.code)

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
