"""The catalogue browser's rows: search hits, or every entry when the query is empty."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.catalogue.catalog import Catalog, CatalogEntry
from app.catalogue.search import Searcher

# Column titles, translated where shown (pyside6-lupdate reads app/models too).
COLUMNS = (
    QT_TRANSLATE_NOOP("SearchModel", "Code"),
    QT_TRANSLATE_NOOP("SearchModel", "Kind"),
    QT_TRANSLATE_NOOP("SearchModel", "Title"),
)
Index = QModelIndex | QPersistentModelIndex


class SearchModel(QAbstractTableModel):
    """Rows of (code, kind, title); `set_query` and `set_filters` refill them."""

    def __init__(self, catalog: Catalog, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.catalog = catalog
        self.searcher = Searcher(catalog)
        self._all = list(catalog.entries())
        self._by_key = {(e.code, e.kind): e for e in self._all}
        self._kinds = catalog.vocabulary("kinds")
        self._query = ""
        self._filters: dict[str, object] = {}
        self._rows: list[CatalogEntry] = []
        self._refill()

    def set_query(self, query: str) -> None:
        self._query = query.strip()
        self._refill()

    def set_filters(
        self,
        kind: str | None = None,
        category: str | None = None,
        retry: str | None = None,
        sensitive: bool | None = None,
    ) -> None:
        self._filters = {"kind": kind, "category": category, "retry": retry, "sensitive": sensitive}
        self._refill()

    def _keep(self, entry: CatalogEntry) -> bool:
        return all(
            value is None or getattr(entry, name) == value for name, value in self._filters.items()
        )

    def _refill(self) -> None:
        if self._query:
            hits = self.searcher.search(self._query, limit=200)
            keys = [(h.code, h.kind) for h in hits]
            rows = [self._by_key[key] for key in keys if key in self._by_key]
        else:
            rows = self._all
        self.beginResetModel()
        self._rows = [entry for entry in rows if self._keep(entry)]
        self.endResetModel()

    def entry(self, row: int) -> CatalogEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole:
                return entry.summary
            return (entry.code, self._kinds.get(entry.kind, entry.kind), entry.title)[
                index.column()
            ]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.code}, {self._kinds.get(entry.kind, entry.kind)}: {entry.title}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("SearchModel", str(COLUMNS[section]))
        return None
