"""The menu bar: every command of the window, with its shortcut, in one place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app import paths
from app.ui.beside import COMPACT_KEYS
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.reply_panel import COPY_NOTE_KEYS, COPY_REPLY_KEYS

Shortcut = QKeySequence | QKeySequence.StandardKey | None


def example_files() -> list[Path]:
    return sorted(paths.examples_dir().glob("*.json"))


# The examples' titles as their file names give them, for pyside6-lupdate: an example added to
# resources/examples/ shows its English title until it is named here and translated
# (tests/ui/test_window_words.py fails meanwhile).
EXAMPLE_TITLES = (
    QT_TRANSLATE_NOOP("Examples", "Generic decline"),
    QT_TRANSLATE_NOOP("Examples", "Insufficient funds"),
    QT_TRANSLATE_NOOP("Examples", "Stolen card"),
    QT_TRANSLATE_NOOP("Examples", "Radar block"),
    QT_TRANSLATE_NOOP("Examples", "Authentication required"),
    QT_TRANSLATE_NOOP("Examples", "Invalid request"),
)


def example_title(path: Path) -> str:
    """ "03-stolen-card.json" is shown as "Stolen card", in the window's language."""
    words = path.stem.split("-", 1)[-1].replace("-", " ")
    return translate("Examples", words[:1].upper() + words[1:])


class MenuHost(Protocol):
    """What the menus need of the window that owns them (the window imports the menus)."""

    store: Any
    packs: Any
    settings_flow: Any
    reply: Any
    docks: Any
    beside: Any

    def menuBar(self) -> QMenuBar: ...
    def open_file(self) -> None: ...
    def paste_clipboard(self) -> None: ...
    def new_ticket(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def load_file(self, path: Path) -> None: ...
    def show_about(self) -> None: ...
    def close(self) -> bool: ...


class Menus:
    """Builds the window's menus; the actions are attributes so that tests can trigger them."""

    def __init__(self, window: MenuHost) -> None:
        self.window = window
        self.actions: list[QAction] = []
        self.bar = bar = window.menuBar()
        has_store = window.store is not None
        key = QKeySequence.StandardKey

        file_menu = bar.addMenu(translate("Menus", "&File"))
        self.new_ticket_action = self._add(
            file_menu,
            translate("Menus", "&New ticket"),
            key.New,
            window.new_ticket,
            tip=translate("Menus", "Empty the window for the next ticket"),
        )
        self.open_action = self._add(
            file_menu, translate("Menus", "&Open…"), key.Open, window.open_file
        )
        self.paste_action = self._add(
            file_menu,
            translate("Menus", "&Paste a new ticket"),
            key.Paste,
            window.paste_clipboard,
            tip=translate(
                "Menus", "From anywhere in the window: a failed payment replaces the ticket"
            ),
        )
        file_menu.addSeparator()
        self.settings_action = self._add(
            file_menu,
            translate("Menus", "&Settings…"),
            QKeySequence("Ctrl+,"),
            window.settings_flow.edit,
            has_store,
        )
        packs = window.packs
        self.import_pack_action = self._add(
            file_menu,
            translate("Menus", "&Import reply pack…"),
            None,
            packs.import_dialog,
            has_store,
        )
        self.export_pack_action = self._add(
            file_menu,
            translate("Menus", "E&xport reply pack or helpdesk macros…"),
            None,
            packs.export_dialog,
            has_store,
            tip=translate(
                "Menus",
                "The team pack as TOML, or every reply as Zendesk, Help Scout, Freshdesk, "
                "Intercom or Gorgias macros, an Espanso package or TextExpander snippets",
            ),
        )
        self.pack_editor_action = self._add(
            file_menu, translate("Menus", "&Edit reply pack…"), None, packs.edit, has_store
        )
        file_menu.addSeparator()
        self._add(file_menu, translate("Menus", "&Quit"), key.Quit, window.close)

        edit_menu = bar.addMenu(translate("Menus", "&Edit"))
        self.copy_reply_action = self._add(
            edit_menu,
            translate("Menus", "Copy &reply"),
            QKeySequence(COPY_REPLY_KEYS),
            window.reply.copy_reply,
            tip=translate("Menus", "The customer's reply, checked by the guard first"),
        )
        self.copy_note_action = self._add(
            edit_menu,
            translate("Menus", "Copy internal &note"),
            QKeySequence(COPY_NOTE_KEYS),
            window.reply.copy_note,
            tip=translate("Menus", "For the ticket's private note, never for the customer"),
        )

        view_menu = bar.addMenu(translate("Menus", "&View"))
        self.find_action = self._add(
            view_menu,
            translate("Menus", "&Catalogue: find a code"),
            QKeySequence("Ctrl+F"),
            window.docks.toggle_search,
            tip=translate(
                "Menus", "Shows or hides the catalogue; looking up never changes the ticket"
            ),
        )
        self.find_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])

        self.history_action = self._add(
            view_menu,
            translate("Menus", "&History and this week"),
            QKeySequence("Ctrl+H"),
            window.docks.toggle_history,
            has_store,
            tip=translate("Menus", "Shows or hides the history of explained pastes"),
        )
        self.recent_menu = view_menu.addMenu(
            translate("Menus", "&Recent tickets")
        )  # filled by RecentTickets

        view_menu.addSeparator()
        beside = window.beside
        self.compact_action = self._add(
            view_menu,
            translate("Menus", "Co&mpact mode"),
            QKeySequence(COMPACT_KEYS),
            lambda: beside.set_compact(not beside.compact_on),
            tip=translate(
                "Menus", "A narrow window on top, beside the helpdesk: verdict, reply and Copy"
            ),
        )
        self.watch_action = self._add(
            view_menu,
            translate("Menus", "&Watch the clipboard"),
            None,
            lambda: beside.set_watching(not beside.watching),
            tip=translate(
                "Menus", "A failed payment copied anywhere becomes the new ticket (off by default)"
            ),
        )
        for action, changed in (
            (self.compact_action, beside.compactChanged),
            (self.watch_action, beside.watchChanged),
        ):
            action.setCheckable(True)
            changed.connect(action.setChecked)

        help_menu = bar.addMenu(translate("Menus", "&Help"))
        self.shortcuts_action = self._add(
            help_menu,
            translate("Menus", "&Keyboard shortcuts"),
            key.HelpContents,
            window.show_shortcuts,
        )
        self.examples_menu = help_menu.addMenu(translate("Menus", "&Examples"))
        for path in example_files():
            action = self.examples_menu.addAction(example_title(path))
            action.triggered.connect(lambda _=False, p=path: window.load_file(p))
        self.about_action = self._add(
            help_menu, translate("Menus", "&About Decline Desk"), None, window.show_about
        )

    def _add(
        self,
        menu: QMenu,
        text: str,
        shortcut: Shortcut,
        slot: Callable[[], object],
        enabled: bool = True,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self.bar)  # the bar belongs to the window
        action.setStatusTip(tip)
        if shortcut is not None:
            # The same as setShortcut(shortcut), whose overload resolution names the `Qt`
            # namespace (about 20 ms of the start, see app/ui/qt_numbers.py).
            sequence = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            action.setShortcuts([sequence])
        action.triggered.connect(slot)
        action.setEnabled(enabled)
        menu.addAction(action)
        self.actions.append(action)
        return action

    def copyable(self, reply: bool, note: bool) -> None:
        """Copy commands are available only when there is something to copy."""
        self.copy_reply_action.setEnabled(reply)
        self.copy_note_action.setEnabled(note)

    def help_text(self, window: QWidget) -> str:
        """The Help list, read from the menus and the widgets themselves so that it stays whole:
        every command's keys, then each button's and field's Alt+letter."""
        from PySide6.QtWidgets import QAbstractButton, QLabel

        lines = [f"{keys}\t{what}" for keys, what in self.shortcuts()]
        mnemonics: dict[str, str] = {}
        labels = [label.text() for label in window.findChildren(QLabel) if label.buddy()]
        for text in [*(b.text() for b in window.findChildren(QAbstractButton)), *labels]:
            at = text.find("&")
            if 0 <= at < len(text) - 1 and text[at + 1] != "&":
                what = text.replace("&", "").rstrip(":")
                mnemonics.setdefault(f"Alt+{text[at + 1].upper()}", what)
        lines += [f"{keys}\t{what}" for keys, what in sorted(mnemonics.items())]
        lines += [
            translate(
                "Menus", "Ctrl+1 … Ctrl+9\tSwitch to a ticket of this run (View > Recent tickets)"
            )
        ]
        lines += [
            translate("Menus", "Tab, Shift+Tab\tMove between the paste, the answer and the reply")
        ]
        return "\n".join(lines)

    def shortcuts(self) -> list[tuple[str, str]]:
        """Every command with a key, as (keys, what it does), for Help > Keyboard shortcuts."""
        rows = []
        for action in self.actions:
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            if keys:
                what = action.text().replace("&", "").rstrip("…")
                rows.append((keys, f"{what}: {action.statusTip()}" if action.statusTip() else what))
        return rows
