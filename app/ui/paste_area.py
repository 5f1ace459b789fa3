"""The top of the window: the paste box, warnings about the paste, and the failures it holds.

The box never lays out megabytes: Qt lays out a paragraph whole, and a 1 MB log line (the
normal shape of one) took a minute. A large paste shows a bounded preview, says so, and keeps
the full text for reading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.explanation_view import plain_label
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.look import alarm_color
from app.ui.paste_keys import is_paste_key
from app.ui.qt_numbers import ALIGN_TOP_LEFT, MINIMUM_CONTENTS_LENGTH, set_enum

if TYPE_CHECKING:  # named for type checkers only
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QListWidget

    from app.catalogue.catalog import Catalog

PLACEHOLDER = QT_TRANSLATE_NOOP(
    "PasteArea",
    "Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a "
    "webhook event, a log line, or a code such as do_not_honor.",
)
LIST_PX = 110  # the most the list of failures takes; it scrolls beyond
PREVIEW_CHARS = 20_000  # the most the box shows of a paste
PREVIEW_LINE = 2_000  # and the longest line it shows
_LONG_LINE = re.compile(f"[^\n]{{{PREVIEW_LINE + 1}}}")


def preview(text: str) -> str | None:
    """What the box shows of a paste too large to lay out, or None when it shows it whole."""
    if len(text) <= PREVIEW_CHARS and not _LONG_LINE.search(text):
        return None
    lines = text[:PREVIEW_CHARS].split("\n")
    return "\n".join(
        line if len(line) <= PREVIEW_LINE else f"{line[:PREVIEW_LINE]} …" for line in lines
    )


def size_words(chars: int) -> str:
    if chars >= 100_000:
        return translate("PasteArea", "{size} MB").format(size=f"{chars / 1_000_000:.1f}")
    return translate("PasteArea", "{count} characters").format(count=f"{chars:,}")


class PasteEditor(QPlainTextEdit):
    """Emits `pasteKey` for the paste key (the window reads the clipboard) and `pasted` with
    text pasted another way (its menu, a middle click): the window makes it the new ticket."""

    pasteKey = Signal()
    pasted = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_paste_key(event):
            self.pasteKey.emit()
        else:
            super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.pasted.emit(source.text() if source.hasText() else "")


class PasteArea(QWidget):
    """`editor` takes the paste; `failure_list` shows headlines when a paste holds several.

    Compact (a narrow or low window), the area gives its height to the answer first: the list
    folds into one line, a count and a drop-down of the same rows, and the box keeps two lines.
    Emits `rowChanged` when the agent picks another failure in the list or its drop-down.
    """

    rowChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full: str | None = None  # the whole paste while the box shows a preview
        self.editor = PasteEditor()
        self.editor.setAccessibleName(translate("PasteArea", "Paste"))
        self.editor.setPlaceholderText(translate("PasteArea", PLACEHOLDER))
        self.editor.setTabChangesFocus(True)
        self.editor.setAcceptDrops(False)  # the window takes dropped files
        label = QLabel(translate("PasteArea", "&Paste:"))
        label.setBuddy(self.editor)
        self.preview_note = plain_label(name=translate("PasteArea", "About the paste box"))
        self.preview_note.hide()
        self.warnings = plain_label(name=translate("PasteArea", "Warnings about the paste"))
        self.shown_warnings: list[str] = []
        self.warnings.hide()
        # The list is made for the first paste of two or more failures (or when asked for):
        # hidden for one, it cost every start a list view (BENCHMARKS.md, the thirteenth pass).
        self._list: QListWidget | None = None
        self._row = -1  # the current failure while there is no list
        self.compact = False
        self._picker: FailurePicker | None = None  # made for the first compact list
        self._rows: list[tuple[str, bool, bool]] = []  # (headline, sensitive, test mode)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Compact, the label goes beside the box: its line is the verdict's in a short window.
        self._box_row = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._box_row.addWidget(label)
        self._box_row.addWidget(self.editor, 1)
        set_enum(label, "alignment", ALIGN_TOP_LEFT)
        layout.addLayout(self._box_row, 1)
        layout.addWidget(self.preview_note)
        layout.addWidget(self.warnings)

    @property
    def failure_list(self) -> QListWidget:
        """The failures' headlines, one row each, made when first needed with the rows and the
        current row so far (under the warnings, above the one-line picker)."""
        if self._list is None:
            from PySide6.QtWidgets import QListWidget

            self._list = QListWidget()
            self._list.setAccessibleName(translate("PasteArea", "Failures in this paste"))
            self._list.setMaximumHeight(LIST_PX)
            self._list.hide()
            self._layout.insertWidget(self._layout.indexOf(self.warnings) + 1, self._list)
            QWidget.setTabOrder(self.editor, self._list)  # Tab from the box to the list, as ever
            self._fill(self._list, self._row)
            self._list.currentRowChanged.connect(self.rowChanged)
            self._show_list()
        return self._list

    @property
    def picker(self) -> FailurePicker:
        """The one-line list, made when first needed (no start pays for it)."""
        if self._picker is None:
            self._picker = FailurePicker(self.failure_list)
            self._picker.hide()
            self._layout.addWidget(self._picker)
        return self._picker

    def set_compact(self, compact: bool) -> None:
        """Folds the list into one line and lets the box shrink to two lines beside its label, or
        unfolds them."""
        if compact == self.compact:
            return
        self.compact = compact
        side = QBoxLayout.Direction
        self._box_row.setDirection(side.LeftToRight if compact else side.TopToBottom)
        lines = 2 if compact else 4
        metrics = self.editor.fontMetrics()
        self.editor.setMinimumHeight(
            metrics.lineSpacing() * lines + 2 * self.editor.frameWidth() + 8
        )
        self._show_list()

    def _show_list(self) -> None:
        several = len(self._rows) > 1
        if self._list is not None or several:
            self.failure_list.setVisible(several and not self.compact)
        if several and self.compact:
            self.picker.refresh()
        if self._picker is not None:
            self._picker.setVisible(several and self.compact)

    def set_text(self, text: str) -> None:
        """Shows a paste: whole when it is small, else a preview and a sentence saying so."""
        shown = preview(text)
        self._full = None if shown is None else text
        self.editor.setReadOnly(shown is not None)
        if shown is not None:
            self.preview_note.setText(
                translate(
                    "PasteArea",
                    "This paste is {size}: the box shows its start, with long lines cut, and the "
                    "whole paste is read. New ticket (Ctrl+N) empties it.",
                ).format(size=size_words(len(text)))
            )
        self.preview_note.setVisible(shown is not None)
        self.editor.setPlainText(text if shown is None else shown)

    def text(self) -> str:
        """The whole paste, also when the box shows only a preview of it."""
        return self._full if self._full is not None else self.editor.toPlainText()

    def show_warnings(self, warnings: list[str], catalog: Catalog | None = None) -> None:
        """The reader's warnings in the window's language (JSON keeps them English): one that
        has no words in it yet is shown in English, tagged so, never a silent mix."""
        from app.catalogue.words import Said, Words, marked
        from app.ui.explanation_view import ENGLISH_TIP
        from app.ui.i18n import SOURCE_LANGUAGE, installed

        self.shown_warnings = list(warnings)  # said again in a new window language
        language = installed()
        if catalog is None:
            said = [Said(w, language != SOURCE_LANGUAGE) for w in warnings]
        else:
            words = Words(catalog, language)
            said = [words.warning(w) for w in warnings]
        self.warnings.setText("\n".join(marked(s) for s in said))
        english = any(s.english for s in said)
        self.warnings.setToolTip(translate("ExplanationView", ENGLISH_TIP) if english else "")
        self.warnings.setVisible(bool(warnings))

    def show_headlines(self, rows: list[tuple[str, bool, bool]]) -> None:
        """Lists the failures, each (headline, sensitive, test mode), with its marks (only shown
        for two or more), and selects the first, silently."""
        self._rows = list(rows)
        self._row = 0 if rows else -1
        if self._list is not None:
            self._fill(self._list, self._row)
        self._show_list()  # two or more: the list is made, with them

    def _fill(self, failures: QListWidget, row: int) -> None:
        """`failures` holds the rows again, `row` current, without a signal."""
        from PySide6.QtWidgets import QListWidgetItem

        failures.blockSignals(True)
        failures.clear()
        for headline, sensitive, test_mode in self._rows:
            item = QListWidgetItem(row_text(headline, sensitive, test_mode))
            if sensitive:
                from PySide6.QtGui import QBrush, QColor  # named when first needed

                item.setForeground(QBrush(QColor(alarm_color(self))))
                item.setToolTip(
                    translate(
                        "PasteArea", "Confidential: the customer gets the generic decline reply."
                    )
                )
            failures.addItem(item)
        if self._rows:
            failures.setCurrentRow(row)
            # As high as its rows, up to five lines' worth: no empty box under two failures.
            rows_height = failures.sizeHintForRow(0) * len(self._rows)
            failures.setMaximumHeight(min(LIST_PX, rows_height + 2 * failures.frameWidth()))
        failures.blockSignals(False)

    def current_row(self) -> int:
        return max(self._list.currentRow() if self._list is not None else self._row, 0)

    def relabel(self, headlines: list[str]) -> None:
        """The failures' rows again in the language just installed, the chosen row kept."""
        row = self.current_row()
        self.show_headlines(
            [
                (h, sensitive, test)
                for h, (_, sensitive, test) in zip(headlines, self._rows, strict=True)
            ]
        )
        self._row = row if headlines else -1
        if self._list is not None:
            self._list.blockSignals(True)
            self._list.setCurrentRow(self._row)
            self._list.blockSignals(False)
        if self._picker is not None:
            self._picker.refresh()


def row_text(headline: str, sensitive: bool, test_mode: bool) -> str:
    """A failure's row: its marks first, where the eye starts ("CONFIDENTIAL · TEST · ...")."""
    marks = [
        mark
        for mark, on in (
            (translate("PasteArea", "CONFIDENTIAL"), sensitive),
            (translate("PasteArea", "TEST"), test_mode),
        )
        if on
    ]
    return " · ".join([*marks, headline])


class FailurePicker(QWidget):
    """The failure list in one line: "2 failures:" and a drop-down sharing the list's rows
    (their marks, colours and tips), each choosing the other's row."""

    def __init__(self, failures: QListWidget) -> None:
        super().__init__()
        self.failures = failures
        self.count = QLabel()
        self.box = QComboBox()
        self.box.setAccessibleName(translate("PasteArea", "Failures in this paste"))
        self.box.setModel(failures.model())
        # Long headlines must not widen a 380 px window: the box shows what fits.
        set_enum(self.box, "sizeAdjustPolicy", MINIMUM_CONTENTS_LENGTH)
        self.box.setMinimumContentsLength(12)
        self.count.setBuddy(self.box)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.count)
        row.addWidget(self.box, 1)
        self.box.currentIndexChanged.connect(self._chosen)
        failures.currentRowChanged.connect(self._followed)

    def refresh(self) -> None:
        """The count and the current row, after the list was filled again."""
        self.count.setText(
            translate("PasteArea", "{count} &failures:").format(count=self.failures.count())
        )
        self._followed(self.failures.currentRow())

    def _chosen(self, row: int) -> None:
        if row >= 0 and row != self.failures.currentRow():
            self.failures.setCurrentRow(row)  # the window shows it, as a click in the list

    def _followed(self, row: int) -> None:
        self.box.blockSignals(True)
        self.box.setCurrentIndex(row)
        self.box.blockSignals(False)
