"""The last tickets of this run, one key away (Ctrl+1 to Ctrl+9, View > Recent tickets).

Held in memory only, and gone when the window closes: a ticket's paste is never written
anywhere (history keeps what its own rules allow, once per paste; switching back to a recent
ticket is not a new paste and is not counted again). The newest ticket is 1; switching between
them keeps their numbers, so Ctrl+2 and Ctrl+1 go back and forth.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from app.records import record
from app.ui.i18n import translate

MAX_RECENT = 10
MAX_KEYS = 9  # Ctrl+1 to Ctrl+9; the tenth is in the menu
# Pastes can be large (20 MB at most): the oldest go first once the kept text passes this.
MAX_KEPT_CHARS = 25_000_000


@record(frozen=True, slots=True)
class RecentTicket:
    text: str
    headline: str
    sensitive: bool

    def label(self) -> str:
        mark = translate("RecentTickets", "CONFIDENTIAL · ") if self.sensitive else ""
        return f"{mark}{self.headline}"


class RecentTickets(QObject):
    """`chosen(text)` when the agent picks a recent ticket; `shown()` after the window explained
    a paste."""

    chosen = Signal(str)

    def __init__(self, menu: QMenu, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = menu
        self.tickets: list[RecentTicket] = []
        self._current = -1
        self._group = QActionGroup(self)
        self._group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.actions: list[QAction] = []
        for slot in range(MAX_RECENT):
            action = QAction(self.menu)
            action.setCheckable(True)
            action.setVisible(False)  # an empty slot's key does nothing
            if slot < MAX_KEYS:
                action.setShortcuts([QKeySequence(f"Ctrl+{slot + 1}")])
            action.triggered.connect(lambda _=False, s=slot: self.choose(s))
            self._group.addAction(action)
            menu.addAction(action)
            self.actions.append(action)
        self.empty = menu.addAction(translate("RecentTickets", "No ticket yet in this run"))
        self.empty.setEnabled(False)

    def shown(self, text: str, headline: str, sensitive: bool, new: bool) -> None:
        """The window explained `text`: one of the list is marked as the current ticket; else,
        when it is a new paste (`new`; not a catalogue lookup), it becomes 1."""
        for slot, ticket in enumerate(self.tickets):
            if ticket.text == text:
                self._current = slot
                self._update()
                return
        if not new or not text.strip():
            self.left()
            return
        self.tickets.insert(0, RecentTicket(text, headline, sensitive))
        del self.tickets[MAX_RECENT:]
        while len(self.tickets) > 1 and sum(len(t.text) for t in self.tickets) > MAX_KEPT_CHARS:
            self.tickets.pop()
        self._current = 0
        self._update()

    def choose(self, slot: int) -> None:
        if 0 <= slot < len(self.tickets) and slot != self._current:
            self._current = slot
            self._update()
            self.chosen.emit(self.tickets[slot].text)
        else:
            self._update()  # a click on the current ticket keeps it checked

    def left(self) -> None:
        """The window shows no recent ticket (emptied, or something else explained)."""
        self._current = -1
        self._update()

    def retranslate(self) -> None:
        """The entries again in the window's new language (their CONFIDENTIAL mark)."""
        self._update()

    def _update(self) -> None:
        for slot, action in enumerate(self.actions):
            if slot < len(self.tickets):
                number = f"&{slot + 1}" if slot < MAX_KEYS else "1&0"
                action.setText(f"{number}  {self.tickets[slot].label().replace('&', '&&')}")
                action.setVisible(True)
                action.setChecked(slot == self._current)
            else:
                action.setVisible(False)
                action.setChecked(False)
        self.empty.setVisible(not self.tickets)
