"""The customer's reply: language and channel, an editable text, and guarded copying."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalogue.vocabulary import CHANNELS
from app.reading.report import CodeKinds
from app.replies.guard import Guard, Problem, check_reply
from app.ui.choice_rows import ChoiceRows
from app.ui.i18n import QT_TRANSLATE_NOOP, channel_name, translate
from app.ui.look import ALARM_LIGHT, CAPTION, SPACE, Card, alarm_color, set_sheet, set_type
from app.ui.paste_keys import TicketLineEdit
from app.ui.paste_kind import clip_kind
from app.ui.qt_numbers import (
    MINIMUM_CONTENTS_LENGTH,
    NO_FOCUS,
    NO_INTERACTION,
    PLAIN_TEXT,
    set_enum,
)
from app.ui.reply_check import ReplyChecker
from app.ui.reply_clipboard import check_copy
from app.ui.reply_editor import ReplyEditor
from app.ui.reply_header import (
    COPIED_STYLE,
    CopyRow,
    ReplyHeader,
    make_primary,
    readable_measure,
)

COPY_REPLY_KEYS = "Ctrl+Shift+C"
# Far from the reply's keys: a slip of one finger must not send the note to a customer.
COPY_NOTE_KEYS = "Ctrl+Alt+I"
NOTE_HEADER = QT_TRANSLATE_NOOP(
    "ReplyPanel",
    "INTERNAL NOTE: for the ticket's private note only. Do not send it to the customer.",
)
CONFIDENTIAL_REPLY = QT_TRANSLATE_NOOP(
    "ReplyPanel",
    "CONFIDENTIAL ticket: this is the generic decline reply. Do not add the real reason.",
)
CLIPBOARD_EMPTIED = QT_TRANSLATE_NOOP(
    "ReplyPanel", "The clipboard was emptied, so nothing from before can be pasted by mistake."
)


class ReplyPanel(QWidget):
    """Emits `choiceChanged` when the language or channel changes, `nameChanged` when the agent
    types the customer's first name; copies only safe text."""

    choiceChanged = Signal(str, str)  # locale, channel
    nameChanged = Signal(str)
    copyable = Signal(bool, bool)  # a reply to copy, a note to copy

    def __init__(
        self,
        locales: dict[str, str],
        guard: Guard,
        known: CodeKinds | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.guard = guard
        self.known: CodeKinds = known if known is not None else CodeKinds({})
        self._safe_text = ""
        self._bold: tuple[str, ...] = ()
        self._built_in = ""
        self._note = ""

        self.locale_box = QComboBox()
        self.locale_box.setAccessibleName(translate("ReplyPanel", "Reply language"))
        names = {code: f"{language} ({code})" for code, language in locales.items()}
        # Sized by the longest name's length, not by measuring every name: measuring "日本語"
        # opens the CJK font (about 3 MB of memory) at every start, not only when the list is.
        set_enum(self.locale_box, "sizeAdjustPolicy", MINIMUM_CONTENTS_LENGTH)
        self.locale_box.setMinimumContentsLength(max(map(len, names.values()), default=0))
        for code, name in names.items():
            self.locale_box.addItem(name, code)
        self.channel_box = QComboBox()
        self.channel_box.setAccessibleName(translate("ReplyPanel", "Reply channel"))
        for channel in CHANNELS:
            self.channel_box.addItem(channel_name(channel), channel)
        language_label = QLabel(translate("ReplyPanel", "&Language:"))
        language_label.setBuddy(self.locale_box)
        channel_label = QLabel(translate("ReplyPanel", "C&hannel:"))
        channel_label.setBuddy(self.channel_box)
        # For the greeting ("Hi Jenny,") of this reply only: never saved, never in history.
        self.first_name = TicketLineEdit()
        self.first_name.setAccessibleName(translate("ReplyPanel", "Customer's first name"))
        self.first_name.setPlaceholderText(translate("ReplyPanel", "Optional: for the greeting"))
        self.first_name.setMaxLength(40)
        name_label = QLabel(translate("ReplyPanel", "First na&me:"))
        name_label.setBuddy(self.first_name)
        self.choices = ChoiceRows(
            [
                (language_label, self.locale_box),
                (channel_label, self.channel_box),
                (name_label, self.first_name),
            ]
        )

        self.confidential = QLabel(translate("ReplyPanel", CONFIDENTIAL_REPLY))
        set_enum(self.confidential, "textFormat", PLAIN_TEXT)
        self.confidential.setWordWrap(True)
        self.confidential.setAccessibleName(translate("ReplyPanel", "Confidential ticket"))
        self.confidential.hide()
        self.editor = ReplyEditor(lambda text: clip_kind(text, self.known))
        self.editor.setAccessibleName(translate("ReplyPanel", "Customer reply"))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(
            translate("ReplyPanel", "The customer's reply appears here.")
        )
        readable_measure(self.editor)
        self.header = ReplyHeader()

        self.copy_button = QPushButton()
        make_primary(self.copy_button, translate("ReplyPanel", "&Copy reply"), COPY_REPLY_KEYS)
        self.copy_button.setToolTip(
            translate("ReplyPanel", "Copy the reply to the clipboard ({keys})").format(
                keys=COPY_REPLY_KEYS
            )
        )
        self.copy_button.setAccessibleName(translate("ReplyPanel", "Copy reply"))
        self.note_button = QPushButton(translate("ReplyPanel", "Copy internal &note"))
        self.note_button.setToolTip(
            translate(
                "ReplyPanel", "For the ticket's private note, never for the customer ({keys})"
            ).format(keys=COPY_NOTE_KEYS)
        )
        self.note_button.setAccessibleName(translate("ReplyPanel", "Copy internal note"))
        self.restore_button = QPushButton(translate("ReplyPanel", "&Restore safe text"))
        self.restore_button.setAccessibleName(
            translate("ReplyPanel", "Restore the safe reply text")
        )
        # The same reply in the agent's language, under one the agent may not read: shown, never
        # copied (Copy reply takes the editor's text only), and not selectable either.
        self.gloss_caption = QLabel()
        set_enum(self.gloss_caption, "textFormat", PLAIN_TEXT)
        self.gloss_caption.setWordWrap(True)
        set_type(self.gloss_caption, CAPTION)
        self.gloss = QPlainTextEdit()
        self.gloss.setReadOnly(True)
        set_enum(self.gloss, "textInteractionFlags", NO_INTERACTION)
        set_enum(self.gloss, "focusPolicy", NO_FOCUS)
        self.gloss.setAccessibleName(
            translate("ReplyPanel", "The same reply in your language, never sent")
        )
        lines = self.gloss.fontMetrics().lineSpacing()
        self.gloss.setMaximumHeight(lines * 8)
        # Two lines at least: in a narrow window it must leave the explanation its verdict.
        self.gloss.setMinimumHeight(lines * 2 + 2 * self.gloss.frameWidth() + 8)
        self.gloss.setStyleSheet("QPlainTextEdit { background: palette(window); }")
        self.status = QLabel()
        set_enum(self.status, "textFormat", PLAIN_TEXT)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("ReplyPanel", "Copy status"))
        self.status.hide()  # a line only while it says something: the verdict keeps the height
        buttons = QHBoxLayout()
        for button in (self.note_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        # The reply card: the thing that is copied, with its one primary action.
        self.card = Card("replyCard")
        self.card.body.addWidget(self.confidential)
        self.card.body.addWidget(self.header)
        self.card.body.addWidget(self.editor, 1)
        self.card.body.addWidget(self.gloss_caption)
        self.card.body.addWidget(self.gloss)
        self.copy_row = CopyRow(self.copy_button)
        self.card.body.addWidget(self.copy_row)
        self.card.body.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE)
        layout.addWidget(self.choices)
        layout.addWidget(self.card, 1)
        layout.addLayout(buttons)

        self._status_timer = QTimer(self, singleShot=True, interval=4000)
        self._status_timer.timeout.connect(self._clear_status)
        self.copy_button.clicked.connect(self.copy_reply)
        self.note_button.clicked.connect(self.copy_note)
        self.restore_button.clicked.connect(self.restore)
        self.locale_box.currentIndexChanged.connect(self._choice_changed)
        self.channel_box.currentIndexChanged.connect(self._choice_changed)
        self.first_name.textEdited.connect(self.nameChanged)
        self.editor.textChanged.connect(self._edited)
        self.editor.pasteRefused.connect(lambda sentence: self._say(sentence, alarm=True))
        self.checker = ReplyChecker(guard, self.known, self)
        self.checker.checked.connect(self._checked)
        self._live_warning = False
        self.set_reply("", "")

    @property
    def reply_locale(self) -> str:
        return str(self.locale_box.currentData())

    @property
    def channel(self) -> str:
        return str(self.channel_box.currentData())

    def choose(self, locale: str, channel: str) -> None:
        for box, value in ((self.locale_box, locale), (self.channel_box, channel)):
            index = box.findData(value)
            if index >= 0:
                box.setCurrentIndex(index)

    def offer_name(self, name: str | None) -> None:
        """Fills the first-name field from a new paste (or empties it), without re-rendering."""
        self.first_name.setText(name or "")

    def set_reply(
        self, text: str, note: str, built_in: str = "", bold: tuple[str, ...] = ()
    ) -> None:
        """Shows a freshly rendered reply and the internal note that goes with it; `built_in`
        is the shipped reply, restored instead when a team pack's `text` is refused; `bold`
        (the amount) is set in bold in the HTML a copy gives."""
        self._safe_text = text
        self._bold = bold
        self._built_in = built_in or text
        self._note = translate("ReplyPanel", NOTE_HEADER) + "\n\n" + note if note else ""
        self.checker.cancel()
        self.editor.blockSignals(True)  # a rendered reply is safe: nothing to check or mark
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.editor.mark([])
        self._show_header(bool(built_in) and built_in != text)
        self.restore_button.setEnabled(False)
        self._clear_status()
        self._update_buttons()
        if not text:
            self.set_gloss("", "")

    def set_gloss(self, language: str, text: str) -> None:
        """Shows the reply as the agent's language writes it (its name in `language`), or
        nothing when `text` is empty: the reply is already in that language."""
        self.gloss_caption.setText(
            translate("ReplyPanel", "The same reply in {language}, for you (never copied):").format(
                language=language
            )
        )
        self.gloss.setPlainText(text)
        self.gloss_caption.setVisible(bool(text))
        self.gloss.setVisible(bool(text))

    def spare_height(self) -> int:
        """The height the reply's box can give up in a narrow window: it keeps six lines (it
        scrolls), so that the explanation above keeps its verdict in sight."""
        lines = self.editor.fontMetrics().lineSpacing() * 6 + 2 * self.editor.frameWidth() + 8
        return max(self.editor.sizeHint().height() - lines, 0)

    def add_under_reply(self, widget: QWidget) -> None:
        """A line that belongs to the reply (a hint about it), in its card under the text,
        beside the Copy button when there is the width."""
        self.copy_row.add_hint(widget)

    def set_confidential(self, confidential: bool) -> None:
        """Says, next to the reply and its Copy button, that the real reason stays inside."""
        if confidential:
            set_sheet(
                self.confidential,
                f"QLabel {{ background: {ALARM_LIGHT}; color: white; font-weight: bold;"
                " border-radius: 4px; padding: 4px 8px; }",
            )
        self.confidential.setVisible(confidential)
        self.card.set_alarm(confidential)

    def copy_reply(self) -> bool:
        """Copies the reply (plain text and HTML) unless it would reveal a sensitive reason or
        carries pasted data; a refused copy empties the clipboard, so the last thing copied
        cannot go out instead."""
        text = self.editor.toPlainText()
        if not text.strip():
            return False
        checked = check_copy(text, self.reply_locale, self.guard, self.known, self._bold)
        if checked.refused:
            QGuiApplication.clipboard().clear()
            self._say(
                translate(
                    "ReplyPanel", "Not copied: {reason}. Remove it, or restore the safe text."
                ).format(reason=checked.reason())
                + " "
                + translate("ReplyPanel", CLIPBOARD_EMPTIED),
                alarm=True,
            )
            self.editor.mark(checked.problems)
            self.restore_button.setEnabled(True)
            return False
        QGuiApplication.clipboard().setMimeData(checked.mime_data())
        self._say(translate("ReplyPanel", "Copied the reply."), done=True)
        return True

    def copy_note(self) -> None:
        if self._note:
            QGuiApplication.clipboard().setText(self._note)
            self._say(translate("ReplyPanel", "Internal note copied: paste it as a private note."))

    def restore(self) -> None:
        """Puts back the reply as rendered; the shipped text when the pack's text is refused."""
        if not check_reply(self._safe_text, self.reply_locale, self.guard):
            self.editor.setPlainText(self._safe_text)
            self._say(translate("ReplyPanel", "Restored the safe reply."))
        elif not check_reply(self._built_in, self.reply_locale, self.guard):
            self.editor.setPlainText(self._built_in)
            self._show_header(False)
            self._say(
                translate(
                    "ReplyPanel",
                    "Restored the built-in reply: the team pack's text for this reply is "
                    "refused by the guard.",
                )
            )
        else:
            self.editor.setPlainText(self._built_in)
            self._show_header(False)
            found = ", ".join(
                f"“{w}”" for w in check_reply(self._built_in, self.reply_locale, self.guard)[:3]
            )
            self._say(
                translate(
                    "ReplyPanel",
                    "Even the built-in reply is refused: it uses {found} from your settings "
                    "(agent name, company or sign-off). Change them in Settings.",
                ).format(found=found),
                alarm=True,
            )

    def _edited(self) -> None:
        text = self.editor.toPlainText()
        self.checker.check(text, self.reply_locale)
        self._update_buttons()
        self.restore_button.setEnabled(text != self._safe_text)

    def _checked(self, problems: list[Problem], payload: str | None) -> None:
        """Marks what Copy would refuse while the agent types, and says it once."""
        self.editor.mark(problems)
        if problems:  # also a team pack's own text, refused: the built-in one can come back
            self.restore_button.setEnabled(True)
        if problems or payload:
            why = f"“{problems[0].phrase}” {problems[0].reason}" if problems else payload
            self._say(
                translate("ReplyPanel", "Will not be copied: {why}.").format(why=why), alarm=True
            )
            self._live_warning = True
        elif self._live_warning:
            self._clear_status()

    def _update_buttons(self) -> None:
        has_reply = bool(self.editor.toPlainText().strip())
        self.copy_button.setEnabled(has_reply)
        self.note_button.setEnabled(bool(self._note))
        self.copyable.emit(has_reply, bool(self._note))

    def _choice_changed(self) -> None:
        self._show_header()
        self.choiceChanged.emit(self.reply_locale, self.channel)

    def retranslate(self) -> None:
        """The header again in the window's new language ("Reply to the customer · Email")."""
        self._show_header()

    def _show_header(self, from_pack: bool | None = None) -> None:
        language = self.locale_box.currentText().rsplit(" (", 1)[0]
        self.header.show_for(self.channel, language, from_pack)

    def _say(self, text: str, alarm: bool = False, done: bool = False) -> None:
        self._live_warning = False
        self.status.setText(text)
        self.status.setVisible(bool(text))
        alarm_style = f"QLabel {{ color: {alarm_color(self)}; font-weight: bold; }}"
        set_sheet(self.status, alarm_style if alarm else COPIED_STYLE if done else "")
        if alarm:
            self._status_timer.stop()  # a refusal stays until the agent acts on it
        else:
            self._status_timer.start()

    def _clear_status(self) -> None:
        self._live_warning = False
        self.status.setText("")
        set_sheet(self.status, "")
        self.status.hide()
