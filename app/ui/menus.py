"""The menu bar: every command of the window, with its shortcut, in one place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from app import paths

Shortcut = QKeySequence | QKeySequence.StandardKey | None


def example_files() -> list[Path]:
    return sorted(paths.examples_dir().glob("*.json"))


def example_title(path: Path) -> str:
    """ "03-stolen-card.json" is shown as "Stolen card"."""
    words = path.stem.split("-", 1)[-1].replace("-", " ")
    return words[:1].upper() + words[1:]


class MenuHost(Protocol):
    """What the menus need of the window that owns them (the window imports the menus)."""

    store: Any
    packs: Any
    settings_flow: Any
    reply: Any
    docks: Any

    def menuBar(self) -> QMenuBar: ...
    def open_file(self) -> None: ...
    def paste_clipboard(self) -> None: ...
    def clear(self) -> None: ...
    def load_file(self, path: Path) -> None: ...
    def show_about(self) -> None: ...
    def close(self) -> bool: ...


class Menus:
    """Builds the window's menus; the actions are attributes so that tests can trigger them."""

    def __init__(self, window: MenuHost) -> None:
        self.window = window
        self.bar = bar = window.menuBar()
        has_store = window.store is not None
        key = QKeySequence.StandardKey

        file_menu = bar.addMenu("&File")
        self.open_action = self._add(file_menu, "&Open…", key.Open, window.open_file)
        self.paste_action = self._add(
            file_menu, "&Paste from clipboard", key.Paste, window.paste_clipboard
        )
        self.clear_action = self._add(file_menu, "&Clear", QKeySequence("Ctrl+L"), window.clear)
        file_menu.addSeparator()
        self.settings_action = self._add(
            file_menu, "&Settings…", QKeySequence("Ctrl+,"), window.settings_flow.edit, has_store
        )
        packs = window.packs
        self.import_pack_action = self._add(
            file_menu, "&Import reply pack…", None, packs.import_dialog, has_store
        )
        self.export_pack_action = self._add(
            file_menu, "E&xport reply pack…", None, packs.export_dialog, has_store
        )
        self.pack_editor_action = self._add(
            file_menu, "Edit reply &pack…", None, packs.edit, has_store
        )
        file_menu.addSeparator()
        self._add(file_menu, "&Quit", key.Quit, window.close)

        edit_menu = bar.addMenu("&Edit")
        self.copy_reply_action = self._add(
            edit_menu, "Copy &reply", QKeySequence("Ctrl+Shift+C"), window.reply.copy_reply
        )
        self.copy_note_action = self._add(
            edit_menu, "Copy internal &note", QKeySequence("Ctrl+Shift+N"), window.reply.copy_note
        )
        self.find_action = self._add(
            edit_menu, "&Find a code…", QKeySequence("Ctrl+F"), window.docks.show_search
        )
        self.find_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])

        view_menu = bar.addMenu("&View")
        self.history_action = self._add(
            view_menu,
            "&History and this week",
            QKeySequence("Ctrl+H"),
            window.docks.show_history,
            has_store,
        )

        help_menu = bar.addMenu("&Help")
        self.examples_menu = help_menu.addMenu("&Examples")
        for path in example_files():
            action = self.examples_menu.addAction(example_title(path))
            action.triggered.connect(lambda _=False, p=path: window.load_file(p))
        self.about_action = self._add(help_menu, "&About Decline Desk", None, window.show_about)

    def _add(
        self,
        menu: QMenu,
        text: str,
        shortcut: Shortcut,
        slot: Callable[[], object],
        enabled: bool = True,
    ) -> QAction:
        action = QAction(text, self.bar)  # the bar belongs to the window
        if shortcut is not None:
            # The same as setShortcut(shortcut), whose overload resolution names the `Qt`
            # namespace (about 20 ms of the start, see app/ui/qt_numbers.py).
            sequence = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            action.setShortcuts([sequence])
        action.triggered.connect(slot)
        action.setEnabled(enabled)
        menu.addAction(action)
        return action
