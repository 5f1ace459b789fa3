"""The dock panels (catalogue search, history): each built the first time it is opened, so
that the window itself opens quickly."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow

from app.core.catalog import Catalog

if TYPE_CHECKING:
    from app.core.userdata import UserStore
    from app.ui.history_panel import HistoryPanel
    from app.ui.search_panel import SearchPanel


class DockPanels(QObject):
    """Emits `pasteChosen` when the agent picks a code to explain, `historyChosen` with the
    HistoryItem to explain again."""

    pasteChosen = Signal(str)
    historyChosen = Signal(object)

    def __init__(self, window: QMainWindow, catalog: Catalog, store: UserStore | None) -> None:
        super().__init__(window)
        self.window, self.catalog, self.store = window, catalog, store
        self._search: SearchPanel | None = None
        self.history: HistoryPanel | None = None
        area = Qt.DockWidgetArea
        self.search_dock = self._dock("Catalogue", "catalogue", area.LeftDockWidgetArea)
        self.history_dock = self._dock("History", "history", area.RightDockWidgetArea)

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)  # restoreState finds docks by name
        self.window.addDockWidget(area, dock)
        dock.hide()
        return dock

    @property
    def search(self) -> SearchPanel:
        if self._search is None:
            from app.ui.search_panel import SearchPanel

            self._search = SearchPanel(self.catalog)
            self._search.codeChosen.connect(self.pasteChosen)
            self.search_dock.setWidget(self._search)
        return self._search

    def show_search(self) -> None:
        panel = self.search
        self._raise(self.search_dock, 460)
        panel.focus_search()

    def show_history(self) -> None:
        if self.store is None:
            return
        if self.history is None:
            from app.ui.history_panel import HistoryPanel

            self.history = HistoryPanel(self.store)
            self.history.reopen.connect(self.historyChosen)
            self.history_dock.setWidget(self.history)
        self.history.refresh()
        self._raise(self.history_dock, 380)
        self.history.search.setFocus()

    def history_changed(self) -> None:
        if self.history is not None and self.history_dock.isVisible():
            self.history.refresh()

    def restored(self) -> None:
        """After restoreState: a dock that was left open gets its panel."""
        if self.search_dock.isVisible():
            self.search_dock.setWidget(self.search)
        if self.history_dock.isVisible():
            self.show_history()

    def _raise(self, dock: QDockWidget, width: int) -> None:
        if not dock.isVisible():
            dock.show()
            self.window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        dock.raise_()
