"""The dock panels (catalogue search, history): each built the first time it is opened, so
that the window itself opens quickly.

Docks never take the answer's room: with both open on their two sides, a 960 px window (a 1920
px screen at 2x) left the explanation and the reply 350 px, and the verdict was cut. When the
middle gets narrower than the answer needs side by side, the two docks share one side as tabs,
and they go back to their own sides once the window has the room again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from app.catalogue.catalog import Catalog
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.ticket_splitter import NARROW_PX

if TYPE_CHECKING:  # QDockWidget is named when the first dock is made, not at every start
    from PySide6.QtWidgets import QDockWidget

    from app.agent.userdata import UserStore
    from app.ui.history_panel import HistoryPanel
    from app.ui.search_panel import SearchPanel


DOCKS = {
    "catalogue": QT_TRANSLATE_NOOP("Panels", "Catalogue"),
    "history": QT_TRANSLATE_NOOP("Panels", "History"),
}  # object name: title
DOCK_WIDTHS = {"catalogue": 460, "history": 380}  # the width a dock opens at
SPLIT_SLACK_PX = 80  # tabbed docks split again only with this much to spare: no flicker


class DockPanels(QObject):
    """Emits `codeUsed` when the agent asks to explain a catalogue entry for the ticket,
    `historyChosen` with the HistoryItem to explain again."""

    codeUsed = Signal(str)
    historyChosen = Signal(object)
    pasteKey = Signal()  # the paste key pressed in a panel's search field

    def __init__(self, window: QMainWindow, catalog: Catalog, store: UserStore | None) -> None:
        super().__init__(window)
        self.window, self.catalog, self.store = window, catalog, store
        self._search: SearchPanel | None = None
        self.history: HistoryPanel | None = None
        self._docks: dict[str, QDockWidget] = {}
        self._tabbed = False  # the docks share one side because the middle was too narrow

    @property
    def search_dock(self) -> QDockWidget:
        return self._dock("catalogue")

    @property
    def history_dock(self) -> QDockWidget:
        return self._dock("history")

    def _dock(self, name: str) -> QDockWidget:
        """The dock `name`, made the first time it is needed: placing it names the `Qt`
        namespace (about 20 ms, see app/ui/qt_numbers.py), so a start with both docks closed
        makes neither. A dock made after restoreState takes its saved place from it."""
        if name not in self._docks:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QDockWidget

            dock = QDockWidget(translate("Panels", DOCKS[name]), self.window)
            dock.setObjectName(name)  # restoreState finds docks by name
            left = Qt.DockWidgetArea.LeftDockWidgetArea
            right = Qt.DockWidgetArea.RightDockWidgetArea
            self.window.addDockWidget(left if name == "catalogue" else right, dock)
            if not self.window.restoreDockWidget(dock):
                dock.hide()
            self._docks[name] = dock
            # A dock behind the other's tab (restored so, or tabbed to make room) gets its
            # panel, filled afresh, when its tab is chosen.
            dock.visibilityChanged.connect(lambda shown, n=name: self._fill(n) if shown else None)
        return self._docks[name]

    def _fill(self, name: str) -> None:
        if name == "catalogue":
            self._search_panel()
        else:
            self._history_panel()

    def retranslate(self) -> None:
        """The panels' texts made from values again in the window's new language: the chosen
        catalogue entry, the history's week and dates."""
        if self._search is not None:
            self._search.show_entry(self._search.shown)
        if self.history is not None:
            self.history.refresh()

    def open_docks(self) -> list[str]:
        """The names of the docks open now (kept with the window's layout)."""
        return [name for name, dock in self._docks.items() if self._open(dock)]

    @staticmethod
    def _in_front(dock: QDockWidget) -> bool:
        """Seen: a dock behind the other's tab is "visible", only off the screen (its keys
        bring it to the front rather than close it)."""
        return dock.isVisible() and not dock.visibleRegion().isEmpty()

    @staticmethod
    def _open(dock: QDockWidget) -> bool:
        """Open, shown or behind the other dock's tab (a tab behind is not visible)."""
        return dock.toggleViewAction().isChecked()

    @property
    def search(self) -> SearchPanel:
        return self._search_panel()

    def _search_panel(self) -> SearchPanel:
        """The catalogue panel, made and put in its dock the first time."""
        if self._search is None:
            from app.ui.search_panel import SearchPanel

            self._search = SearchPanel(self.catalog)
            self._search.codeUsed.connect(self.codeUsed)
            self._search.field.pasteKey.connect(self.pasteKey)
            self.search_dock.setWidget(self._search)
        return self._search

    def show_search(self) -> None:
        panel = self.search
        self._raise(self.search_dock, DOCK_WIDTHS["catalogue"])
        panel.focus_search()

    def toggle_search(self) -> None:
        """Ctrl+F: opens the catalogue (to the front when behind a tab), or closes it."""
        if "catalogue" in self._docks and self._in_front(self.search_dock):
            self.search_dock.hide()
        else:
            self.show_search()

    def toggle_history(self) -> None:
        """Ctrl+H: opens the history (to the front when behind a tab), or closes it."""
        if "history" in self._docks and self._in_front(self.history_dock):
            self.history_dock.hide()
        else:
            self.show_history()

    def show_history(self) -> None:
        panel = self._history_panel()
        if panel is None:
            return
        self._raise(self.history_dock, DOCK_WIDTHS["history"])
        panel.search.setFocus()

    def history_changed(self) -> None:
        if self.history is not None and self.history_dock.isVisible():
            self.history.refresh()

    def restored(self, open_docks: list[str] | None) -> None:
        """After restoreState: makes the docks that were left open (both when the layout was
        saved without that list), and a dock that is open gets its panel."""
        for name in DOCKS if open_docks is None else open_docks:
            if name in DOCKS:
                self._dock(name)
        # The window is not shown yet: isVisibleTo says whether the dock will be.
        if "catalogue" in self._docks and self.search_dock.isVisibleTo(self.window):
            self.search_dock.setWidget(self.search)
        if "history" in self._docks and self.history_dock.isVisibleTo(self.window):
            self._history_panel()

    def _history_panel(self) -> HistoryPanel | None:
        """The history panel, built and filled the first time (None without a user store)."""
        if self.store is None:
            return None
        if self.history is None:
            from app.ui.history_panel import HistoryPanel

            self.history = HistoryPanel(self.store, self.catalog)
            self.history.reopen.connect(self.historyChosen)
            self.history.search.pasteKey.connect(self.pasteKey)
            self.history_dock.setWidget(self.history)
        self.history.refresh()
        return self.history

    def _raise(self, dock: QDockWidget, width: int) -> None:
        if not dock.isVisible():
            from PySide6.QtCore import Qt

            dock.show()
            self.window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        self.make_room()
        dock.raise_()

    def make_room(self) -> None:
        """Both docks open beside a middle too narrow for the answer side by side: they give up
        width down to their least, then become tabs on one side; a window wide enough again
        puts the history back on its own side."""
        both = [self._docks[name] for name in DOCKS if name in self._docks]
        centre = self.window.centralWidget()
        if len(both) < 2 or centre is None:
            return
        if not all(self._open(d) and not d.isFloating() for d in both):
            return
        from PySide6.QtCore import Qt

        catalogue, history = both
        across = Qt.Orientation.Horizontal
        least = [d.minimumSizeHint().width() for d in both]
        if history in self.window.tabifiedDockWidgets(catalogue):
            room = self.window.width() - sum(least) - NARROW_PX - SPLIT_SLACK_PX
            if self._tabbed and room >= 0:  # tabbed by this rule, not by the agent
                self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, history)
                self._tabbed = False
                share = [
                    w + min(room // 2, DOCK_WIDTHS[n] - w)
                    for w, n in zip(least, DOCKS, strict=True)
                ]
                self.window.resizeDocks(both, [max(w, 0) for w in share], across)
            return
        lack = NARROW_PX - centre.width()
        if lack <= 0:
            return
        spare = [d.width() - w for d, w in zip(both, least, strict=True)]
        if sum(spare) >= lack:  # narrower docks are enough
            give = [-(-lack * s // sum(spare)) for s in spare]  # rounded up: never short
            self.window.resizeDocks(
                both, [d.width() - g for d, g in zip(both, give, strict=True)], across
            )
            return
        self.window.tabifyDockWidget(catalogue, history)
        self._tabbed = True
        wanted = max(self.window.width() - NARROW_PX, max(least))
        self.window.resizeDocks([catalogue], [wanted], across)
