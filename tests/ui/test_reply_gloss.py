"""A reply in a language the agent may not read shows, under it, the same reply in the agent's
language (same class, channel and values): shown, never copied (issue 28 item 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.replies.replies import reply_for
from app.ui.main_window import MainWindow
from build.languages import LOCALES
from tests.conftest import DATA

PASTES = DATA / "pastes"


def english(catalog: Catalog, window: MainWindow, channel: str) -> str:
    """The English reply for the window's ticket, written with the window's agent details."""
    finding = window.findings[0]
    agent = window.settings_flow.agent(window.reply.first_name.text())
    return reply_for(
        finding.report, finding.explanation.reply_class, catalog, "en", channel, agent
    ).text


def test_every_other_language_shows_the_english_reply_under_it(
    qtbot: QtBot, window: MainWindow, catalog: Catalog
) -> None:
    window.load_file(PASTES / "charge_do_not_honor.txt")
    for channel in CHANNELS:
        for locale in LOCALES:
            window.reply.choose(locale, channel)
            shown = window.reply.gloss.isVisible()
            if locale == "en":
                assert not shown and not window.reply.gloss_caption.isVisible()
                continue
            assert shown and "English" in window.reply.gloss_caption.text(), locale
            assert window.reply.gloss.toPlainText() == english(catalog, window, channel), locale
            assert window.reply.editor.toPlainText() != window.reply.gloss.toPlainText()


def test_the_gloss_is_never_copied_and_cannot_be_selected(qtbot: QtBot, window: MainWindow) -> None:
    window.load_file(PASTES / "charge_do_not_honor.txt")
    window.reply.choose("ko", "email")
    assert window.reply.copy_reply()
    copied = QGuiApplication.clipboard().text()
    assert copied == window.reply.editor.toPlainText()
    assert window.reply.gloss.toPlainText() not in copied and "Thank you" not in copied
    flags = window.reply.gloss.textInteractionFlags()
    assert flags == Qt.TextInteractionFlag.NoTextInteraction
    assert window.reply.gloss.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_confidential_ticket_glosses_the_generic_reply_and_a_new_ticket_clears_it(
    qtbot: QtBot, window: MainWindow, catalog: Catalog
) -> None:
    window.load_file(PASTES / "payment_intent_stolen_card_expanded_charge.txt")
    window.reply.choose("zh-Hans", "chat")
    generic = catalog.reply_template("en", "generic_decline", "chat")
    assert window.reply.gloss.toPlainText() == generic
    assert "stolen" not in window.reply.gloss.toPlainText().lower()
    window.new_ticket()
    assert not window.reply.gloss.isVisible() and window.reply.gloss.toPlainText() == ""


def test_the_gloss_follows_the_customer_s_name(qtbot: QtBot, window: MainWindow) -> None:
    window.load_file(PASTES / "charge_do_not_honor.txt")
    window.reply.choose("sv", "email")
    window.reply.first_name.clear()
    qtbot.keyClicks(window.reply.first_name, "Maja")
    assert window.reply.editor.toPlainText().startswith("Hej Maja!")
    assert window.reply.gloss.toPlainText().startswith("Hi Maja,")
