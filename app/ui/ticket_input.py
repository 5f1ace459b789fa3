"""What becomes the ticket: Ctrl+V anywhere, the paste box's own Paste, a file opened, dropped or
handed over by the system, a catalogue code, a history entry. Part of the main window (its
first base class); the window reads and shows what comes in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

from app.reading.report import PasteReading, UnreadablePaste
from app.ui.file_drop import OPEN_FILTER, dropped, read_file
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.paste_kind import Clip, clip_kind

if TYPE_CHECKING:  # named for type checkers only
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from app.agent.history import HistoryItem
    from app.reading.report import CodeKinds
    from app.replies.analyse import Finding
    from app.ui.paste_area import PasteArea, PasteEditor
    from app.ui.reply_panel import ReplyPanel
    from app.ui.ticket_findings import Findings

EMPTY_CLIPBOARD = QT_TRANSLATE_NOOP(
    "MainWindow",
    "The clipboard holds no text: copy the failed payment (its JSON, a log line or a code) and "
    "press Ctrl+V again.",
)


class TicketInput(QMainWindow):
    """The main window's ways in for a ticket; the window makes what they use (below)."""

    paste_area: PasteArea
    paste: PasteEditor
    reply: ReplyPanel
    known: CodeKinds
    findings: Findings | list[Finding]
    _debounce: QTimer
    _lookup: bool
    _last_stored: str

    def read_now(self) -> None:
        raise NotImplementedError  # the window reads the paste

    def show_problem(self, message: str) -> None:
        raise NotImplementedError  # the window clears its answer and says why

    def _show_reading(self, result: object) -> None:
        raise NotImplementedError  # the window explains a reading

    def set_paste(self, text: str, lookup: bool = False) -> None:
        """Makes `text` the ticket, replacing the last one, and explains it at once."""
        self._lookup = lookup
        self.paste_area.set_text(text)
        self._debounce.stop()
        self.read_now()

    def use_code(self, code: str) -> None:
        """A catalogue entry becomes the ticket, once the agent agrees to lose the paste's
        details; a lookup is not a ticket, so history does not count it."""
        if self.paste_area.text().strip() or self.findings:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                translate("MainWindow", "Replace this ticket?"),
                translate(
                    "MainWindow",
                    "Explain {code} instead of the current ticket? What the paste gave (the "
                    "customer's name, the amount, the card's last 4) is not kept.",
                ).format(code=code),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.set_paste(code, lookup=True)

    def reopen(self, item: HistoryItem) -> None:
        """Explains a history entry again from its stored fields (the paste was never kept)."""
        self.paste.blockSignals(True)
        self.paste_area.set_text("")
        self.paste.blockSignals(False)
        self._debounce.stop()
        self._last_stored = ""
        note = translate(
            "MainWindow",
            "Reopened from history: only its codes, ids and amount were kept, never the "
            "pasted text.",
        )
        self._show_reading(PasteReading([item.record.report()], "codes", [note]))

    def _pasted_in_box(self, text: str) -> None:
        """The paste box's own Paste (its menu, a middle click): the new ticket, as Ctrl+V."""
        if text.strip():
            self.set_paste(text)
        else:
            self.statusBar().showMessage(translate("MainWindow", EMPTY_CLIPBOARD), 15000)

    def paste_clipboard(self) -> None:
        """Ctrl+V's one meaning: a payment failure (or any Stripe payload) is the new ticket,
        wherever the focus is; words typed into the reply or a field go there."""
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        kind = clip_kind(text, self.known)
        focus = QApplication.focusWidget()
        if kind is Clip.EMPTY:
            self.statusBar().showMessage(translate("MainWindow", EMPTY_CLIPBOARD), 15000)
            return
        typing = focus is self.reply.editor or isinstance(focus, QLineEdit)
        # A code alone is what the search fields are for, and never part of a reply (it is
        # most likely the ticket's own code, copied from "Found in the paste").
        ticket = kind is Clip.TICKET or (kind is Clip.CODE and not typing)
        if ticket or not typing:
            self.set_paste(text)
        elif focus is self.reply.editor:
            self.reply.editor.paste()  # reads the text again: data is refused, words inserted
        elif isinstance(focus, QLineEdit):
            focus.paste()

    def open_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs' classes are named when used

        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open a pasted payload"),
            "",
            translate("FileDrop", OPEN_FILTER),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        try:
            text = read_file(path)
        except UnreadablePaste as error:
            # The file was the new ticket: the last paste goes too, not left over a message.
            self.paste.blockSignals(True)
            self.paste_area.set_text("")
            self.paste.blockSignals(False)
            self.show_problem(error.message)
            return
        self.set_paste(text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        what = dropped(event.mimeData())
        if isinstance(what, Path):
            self.load_file(what)
        elif what is not None:
            self.set_paste(what)
        event.acceptProposedAction()

    def new_ticket(self) -> None:
        """Empties everything a ticket put in the window: paste, answer, name, reply, status."""
        self.paste_area.set_text("")
        self._debounce.stop()
        self.read_now()
        self._last_stored = ""
        self.statusBar().clearMessage()
        self.paste.setFocus()
