"""The reply's text box: whatever is pasted or dropped into it is read first, and the phrases
the guard would refuse are marked where they are."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.paste_keys import is_paste_key
from app.ui.paste_kind import Clip

if TYPE_CHECKING:  # named for type checkers only: each Qt class named costs the start
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QKeyEvent

    from app.replies.guard import Problem

CODE_REFUSED = QT_TRANSLATE_NOOP(
    "ReplyEditor",
    "Not pasted into the reply: a Stripe code is for you, not the customer. To explain it as a "
    "new ticket, paste it outside the reply.",
)
DATA_REFUSED = QT_TRANSLATE_NOOP(
    "ReplyEditor",
    "Not pasted into the reply: the clipboard holds data (a web page, a file or JSON), not "
    "words for the customer.",
)


def utf16_offset(text: str, index: int) -> int:
    """Qt counts a text's positions in UTF-16 units, Python in characters (an emoji is two)."""
    return len(text[:index].encode("utf-16-le")) // 2


class ReplyEditor(QPlainTextEdit):
    """Emits `ticketPasted` with a Stripe payload pasted here (it is the next ticket, never part
    of a reply) and `pasteRefused` with a sentence when other data is; words are inserted."""

    ticketPasted = Signal(str)
    pasteRefused = Signal(str)
    pasteKey = Signal()  # the window decides what the paste key means (app/ui/paste_keys.py)

    def __init__(
        self, kind_of: Callable[[str], Clip] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind_of = kind_of
        self._marked = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_paste_key(event):
            self.pasteKey.emit()
        else:
            super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        """A dropped file is not the reply's: left to the window, which opens it as the ticket."""
        return not source.hasUrls() and super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Every way in (Ctrl+V, the context menu, a middle click, a drop) comes through here."""
        text = source.text() if source.hasText() else ""
        kind = self.kind_of(text) if self.kind_of is not None else Clip.TEXT
        if kind is Clip.TICKET:
            self.ticketPasted.emit(text)
        elif kind is Clip.CODE:  # most likely "Copy value" of the ticket's own code
            self.pasteRefused.emit(translate("ReplyEditor", CODE_REFUSED))
        elif kind is Clip.DATA or (not text and source.formats()):
            self.pasteRefused.emit(translate("ReplyEditor", DATA_REFUSED))
        elif text:
            self.insertPlainText(text)

    def mark(self, problems: Sequence[Problem]) -> None:
        """Underlines each revealing phrase in red (an empty list takes the marks away)."""
        if not problems and not self._marked:
            return  # nothing to take away (and QTextEdit's types stay unnamed at start)
        # Named here, when the first mark is made: the window's start needs none of them.
        from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
        from PySide6.QtWidgets import QTextEdit

        text = self.toPlainText()
        marks = []
        for problem in problems:
            if problem.end > len(text) or problem.start >= problem.end:
                continue  # checked on an older text
            selection = QTextEdit.ExtraSelection()
            char_format = QTextCharFormat()
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            char_format.setUnderlineColor(QColor("#d93025"))
            char_format.setBackground(QColor(217, 48, 37, 50))
            char_format.setToolTip(f"“{problem.phrase}” {problem.reason}")
            cursor = QTextCursor(self.document())
            cursor.setPosition(utf16_offset(text, problem.start))
            cursor.setPosition(utf16_offset(text, problem.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = char_format  # type: ignore[attr-defined]
            marks.append(selection)
        self.setExtraSelections(marks)
        self._marked = bool(marks)

    def marked(self) -> list[str]:
        """The marked phrases as written (for tests and the status line)."""
        if not self._marked:
            return []
        return [s.cursor.selectedText() for s in self.extraSelections()]
