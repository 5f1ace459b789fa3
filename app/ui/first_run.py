"""Signing the replies: on the first start a card in the empty window asks who signs them
(name, company, the sign-off of the reply's language); until then a hint under the reply."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.replies.guard import Guard
from app.replies.replies import MAX_AGENT_VALUE, check_agent_value
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.look import CAPTION, CARD_STYLE, HEADING, alarm_color, set_type
from app.ui.qt_numbers import PLAIN_TEXT, set_enum

if TYPE_CHECKING:
    from typing import Protocol

    from app.agent.userdata import UserStore
    from app.catalogue.catalog import Catalog
    from app.ui.explanation_view import ExplanationView
    from app.ui.reply_panel import ReplyPanel
    from app.ui.settings_flow import SettingsFlow

    class FirstRunHost(Protocol):
        """What the card needs of the main window (named, not imported: no import circle)."""

        store: UserStore | None
        catalog: Catalog
        guard: Guard
        view: ExplanationView
        reply: ReplyPanel
        settings_flow: SettingsFlow


CARD_TITLE = QT_TRANSLATE_NOOP("FirstRun", "Who signs your replies?")
HINT = QT_TRANSLATE_NOOP(
    "FirstRun",
    "This reply is signed without your name: add your name, company and sign-off in "
    "File > Settings (Ctrl+,), or on the first page of an empty window.",
)


class SignatureCard(QFrame):
    """Emits `saved` once the agent's details are stored; `later` hides it for this session."""

    saved = Signal()

    def __init__(
        self,
        store: UserStore,
        guard: Guard,
        language: Callable[[], tuple[str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.guard, self.language = store, guard, language
        self.dismissed = False
        self.setObjectName("signatureCard")
        self.setStyleSheet(CARD_STYLE.format(name="signatureCard", accent="palette(mid)"))
        self.setAccessibleName(translate("FirstRun", "Who signs your replies"))
        title = QLabel(translate("FirstRun", CARD_TITLE))
        set_enum(title, "textFormat", PLAIN_TEXT)
        set_type(title, HEADING, bold=True)
        why = QLabel(
            translate(
                "FirstRun",
                "Your replies end with these. Change them any time in File > Settings (Ctrl+,).",
            )
        )
        set_enum(why, "textFormat", PLAIN_TEXT)
        why.setWordWrap(True)
        self.agent_name = QLineEdit()
        self.company = QLineEdit()
        self.sign_off = QLineEdit()
        for field, name in (
            (self.agent_name, translate("FirstRun", "Your name")),
            (self.company, translate("FirstRun", "Company")),
            (self.sign_off, translate("FirstRun", "Sign-off")),
        ):
            field.setAccessibleName(name)
            field.setMaxLength(MAX_AGENT_VALUE)
        self.agent_name.setPlaceholderText(translate("FirstRun", "e.g. Sam Lee"))
        self.company.setPlaceholderText(translate("FirstRun", "e.g. Acme Shop"))
        self.sign_off_label = QLabel()
        self.sign_off_label.setBuddy(self.sign_off)
        self.error = QLabel()
        set_enum(self.error, "textFormat", PLAIN_TEXT)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(translate("FirstRun", "Why the details cannot be saved"))
        self.error.setStyleSheet(f"QLabel {{ color: {alarm_color(self)}; font-weight: bold; }}")
        self.error.hide()
        self.save_button = QPushButton(translate("FirstRun", "Save"))
        self.later_button = QPushButton(translate("FirstRun", "Later"))
        form = QFormLayout()
        name_label, company_label = (
            QLabel(translate("FirstRun", "&Your name:")),
            QLabel(translate("FirstRun", "C&ompany:")),
        )
        name_label.setBuddy(self.agent_name)
        company_label.setBuddy(self.company)
        form.addRow(name_label, self.agent_name)
        form.addRow(company_label, self.company)
        form.addRow(self.sign_off_label, self.sign_off)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.later_button.clicked.connect(self._later)
        self.refresh()

    def wanted(self) -> bool:
        """Shown in the empty window until the agent's name is saved or the agent says later."""
        return not self.dismissed and not self.store.settings().agent_name

    def refresh(self) -> None:
        """Names the reply's language beside the sign-off: it is kept for that language only."""
        _, language, closing = self.language()
        self.sign_off_label.setText(
            translate("FirstRun", "&Sign-off ({language}):").format(language=language)
        )
        self.sign_off.setPlaceholderText(
            translate("FirstRun", "Empty: {closing}").format(closing=closing) if closing else ""
        )

    def save(self) -> bool:
        locale = self.language()[0]
        values = {
            "agent_name": self.agent_name.text().strip(),
            "company": self.company.text().strip(),
        }
        sign_off = self.sign_off.text().strip()
        if not values["agent_name"]:
            return self._refuse(
                translate("FirstRun", "Type your name: it is what the reply is signed with."),
                self.agent_name,
            )
        for value, label, field in (
            (values["agent_name"], translate("FirstRun", "Your name"), self.agent_name),
            (values["company"], translate("FirstRun", "The company"), self.company),
            (sign_off, translate("FirstRun", "The sign-off"), self.sign_off),
        ):
            reason = check_agent_value(label, value, self.guard, locale) if value else None
            if reason:
                return self._refuse(reason, field)
        sign_offs = dict(self.store.settings().sign_off_by_language())
        if sign_off:
            sign_offs[locale] = sign_off
        self.store.save_settings({**values, "sign_off": "", "sign_offs": sign_offs})
        self.error.hide()
        self.hide()
        self.saved.emit()
        return True

    def _refuse(self, reason: str, field: QLineEdit) -> bool:
        self.error.setText(reason)
        self.error.show()
        field.setFocus()
        return False

    def _later(self) -> None:
        self.dismissed = True
        self.hide()


class SignatureHint(QLabel):
    """Under the reply while the agent's name is not set: why the reply is signed by nobody."""

    def __init__(self, store: UserStore, parent: QWidget | None = None) -> None:
        super().__init__(translate("FirstRun", HINT), parent)
        self.store = store
        set_enum(self, "textFormat", PLAIN_TEXT)
        self.setWordWrap(True)
        self.setAccessibleName(translate("FirstRun", "Your name is not set"))
        self.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        set_type(self, CAPTION)

    def update_for(self, has_reply: bool) -> None:
        self.setVisible(has_reply and not self.store.settings().agent_name)


class FirstRun:
    """Puts the card in the empty window and the hint under the reply, and keeps both true."""

    def __init__(self, window: FirstRunHost) -> None:
        store = window.store
        assert store is not None
        self.window = window
        reply = window.reply

        def language() -> tuple[str, str, str]:
            frame = window.catalog.reply_frame(reply.reply_locale)
            return reply.reply_locale, frame.language, frame.closing

        self.hint = SignatureHint(store)
        # Built only while nobody signs the replies: a signed start does not pay for it.
        self.card: SignatureCard | None = None
        if not store.settings().agent_name:
            self.card = card = SignatureCard(store, window.guard, language)
            window.view.add_welcome(card, card.wanted)
            card.saved.connect(window.settings_flow.changed)
            reply.choiceChanged.connect(lambda *_: card.refresh())
        reply.add_under_reply(self.hint)
        self.hint.update_for(False)
        reply.copyable.connect(lambda has_reply, _note: self.hint.update_for(has_reply))
        window.settings_flow.changed.connect(self._settings_changed)

    def _settings_changed(self) -> None:
        self.hint.update_for(bool(self.window.reply.editor.toPlainText().strip()))
        if self.card is not None and not self.card.wanted():
            self.card.hide()
