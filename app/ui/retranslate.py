"""The window in a new language at once: every text it shows that came from translate() is said
again in the new language once Settings has installed it (SettingsFlow.language_installed; no
handler waits for Qt's LanguageChange: BENCHMARKS.md, the twelfth pass; app/ui/i18n.py records
where each text shown came from). Texts made from values ("Catalogue {version}", the
ticket's) are made again by their owners: MainWindow.retranslate."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from app.ui import i18n
from app.ui.reply_header import PRIMARY_KEYS, native_keys


def again(text: str, owner: QObject | None = None) -> str | None:
    """`text` in the language now installed when translate() made it, else None. A text made
    from two sources that differ now is said as the owner's own context says it."""
    sources = i18n.sources_of(text)
    if not sources:
        return i18n.made_again(text)
    said = {i18n.translate(context, source): context for context, source in sorted(sources)}
    if len(said) > 1 and owner is not None:
        names = _class_names(owner)
        for new, context in said.items():
            if context in names:
                return new
    return next(iter(said))


def _class_names(owner: QObject) -> set[str]:
    """The class names of the owner and its parents: a context is named after its class (and
    the menus' words are those of app/ui/menus.py)."""
    names = {"Menus", "Examples"} if isinstance(owner, (QAction, QMenu)) else set()
    found: QObject | None = owner
    while found is not None:
        names |= {cls.__name__ for cls in type(found).__mro__}
        found = found.parent()
    return names


def _swap(owner: QObject, read: Callable[[], str], write: Callable[[str], object]) -> None:
    text = read()
    if text and (new := again(text, owner)) is not None and new != text:
        write(new)


def retranslate_tree(root: QWidget) -> None:
    """Says again every text of `root` and its children that translate() made: labels, buttons,
    menus and actions, tooltips, status tips, placeholders, titles, lists and headings."""
    for widget in [root, *root.findChildren(QWidget)]:
        _swap(widget, widget.toolTip, widget.setToolTip)
        _swap(widget, widget.statusTip, widget.setStatusTip)
        _swap(widget, widget.accessibleName, widget.setAccessibleName)
        _swap(widget, widget.windowTitle, widget.setWindowTitle)
        if isinstance(widget, (QLabel, QAbstractButton)):
            _swap(widget, widget.text, widget.setText)
        if isinstance(widget, QAbstractButton) and (keys := widget.property(PRIMARY_KEYS)):
            # "&Copy reply   Ctrl+Shift+C": its words, and its keys as the language names them
            label = widget.text().split("   ")[0]
            widget.setText(f"{again(label, widget) or label}   {native_keys(keys)}")
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            _swap(widget, widget.placeholderText, widget.setPlaceholderText)
        if isinstance(widget, (QMenu, QGroupBox)):
            _swap(widget, widget.title, widget.setTitle)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                text = widget.itemText(index)
                if text and (new := again(text, widget)) is not None and new != text:
                    widget.setItemText(index, new)
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                if (item := widget.horizontalHeaderItem(column)) is not None:
                    _swap(widget, item.text, item.setText)
    for action in root.findChildren(QAction):
        _swap(action, action.text, action.setText)
        _swap(action, action.statusTip, action.setStatusTip)
        if action.toolTip() != action.text().replace("&", ""):
            _swap(action, action.toolTip, action.setToolTip)
