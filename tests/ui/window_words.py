"""What a person reads in the window, widget by widget, to compare one language with another:
labels, buttons, actions and menus, tooltips, placeholders, titles and table headings. The
ticket's own words (the paste, the reply, what the catalogue and the reading say) are left out:
they are data, not the window's words."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui.main_window import MainWindow
from tests.ui.test_window_widths import STOLEN

TAGS = re.compile(r"<[^>]+>")
HORIZONTAL, DISPLAY = Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole


def a_ticket_window(catalog: Catalog, folder: Path) -> MainWindow:
    """A window as an agent sees it on a first start: the first-run card, a confidential ticket,
    both panels open with a search typed in, the history with that ticket."""
    store = UserStore(folder / "data")
    window = MainWindow(
        catalog, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), store=store
    )
    window.show()
    window.load_file(STOLEN)
    window.docks.show_search()
    window.docks.search.field.setText("cvc")
    window.docks.show_history()
    QApplication.processEvents()
    return window


def catalogue_filters(window: MainWindow) -> dict[int, int]:
    """The catalogue panel's filters whose values (after "Any kind") are the catalogue's
    vocabulary: how many of their first items are the window's own words."""
    panel = window.docks.search
    return {id(panel.kind): 1, id(panel.category): 1, id(panel.retry): 1}


def ticket_widgets(window: MainWindow) -> set[int]:
    """The widgets that show the ticket's data rather than the window's words."""
    view = window.view
    data = [
        view.headline,
        view.retry_badge,
        view.who_badge,
        view.confidential_note,
        view.verdict,
        view.retry_rule,
        view.summary,
        view.notes,
        view.steps,
    ]
    return {id(widget) for widget in data}


def shown_texts(
    root: QWidget, skip: set[int] | None = None, vocabulary: dict[int, int] | None = None
) -> dict[str, str]:
    """Every text for people under `root`, keyed by where it is (the same key in a window built
    the same way in another language); `skip` widgets show data, `vocabulary` combo boxes list
    catalogue values or codes from the item it gives."""
    skip, vocabulary = skip or set(), vocabulary or {}
    found: dict[str, str] = {}

    def keep(key: str, text: str | None) -> None:
        if text and text.strip():
            found[key] = TAGS.sub(" ", text).replace("&", "").strip()

    widgets = [root, *root.findChildren(QWidget)]
    for number, widget in enumerate(widgets):
        key = f"{type(widget).__name__}#{number}"
        if id(widget) in skip:
            continue
        keep(f"{key}.toolTip", widget.toolTip())
        if widget.isWindow():
            keep(f"{key}.windowTitle", widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton)):
            keep(f"{key}.text", widget.text())
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            keep(f"{key}.placeholder", widget.placeholderText())
        if isinstance(widget, QDockWidget):
            keep(f"{key}.title", widget.windowTitle())
        if isinstance(widget, QGroupBox):
            keep(f"{key}.title", widget.title())
        if isinstance(widget, QMenu):
            keep(f"{key}.title", widget.title())
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                heading = model.headerData(column, HORIZONTAL, DISPLAY)
                keep(f"{key}.heading{column}", heading if isinstance(heading, str) else "")
        if isinstance(widget, QComboBox) and not widget.isEditable():
            # A filter of catalogue values keeps only its own first item ("Any kind"): the
            # values are the catalogue's words, which stay English (README).
            items = range(vocabulary.get(id(widget), widget.count()))
            for index in items:
                keep(f"{key}.item{index}", widget.itemText(index))
    for number, action in enumerate(root.findChildren(QAction)):
        keep(f"QAction#{number}.text", action.text())
        # Qt makes an action's tooltip from its text when it has none of its own.
        own_tip = action.toolTip() != action.text().replace("&", "")
        keep(f"QAction#{number}.toolTip", action.toolTip() if own_tip else "")
        keep(f"QAction#{number}.statusTip", action.statusTip())
    return found
