"""Who signs the replies: a card in the empty window on the first start, a hint under the reply
until the name is set, and a sign-off kept per language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui.first_run import SignatureCard
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog


def test_the_first_start_asks_who_signs_and_the_reply_is_signed(
    window: MainWindow, store: UserStore, qtbot: QtBot
) -> None:
    card = window.first_run.card
    assert card.isVisible()  # the empty window, nothing set yet
    window.set_paste("insufficient_funds")
    assert not card.isVisible() and window.first_run.hint.isVisible()
    window.new_ticket()
    assert card.isVisible()
    qtbot.keyClicks(card.agent_name, "Sam Lee")
    qtbot.keyClicks(card.company, "Acme Shop")
    qtbot.keyClicks(card.sign_off, "Cheers,")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
    assert store.settings().agent_name == "Sam Lee"
    window.set_paste("insufficient_funds")
    assert window.reply.editor.toPlainText().endswith("Cheers,\nSam Lee\nAcme Shop")
    assert not window.first_run.hint.isVisible()
    window.new_ticket()
    assert not card.isVisible()  # asked once


def test_later_hides_the_card_and_the_hint_stays(window: MainWindow, store: UserStore) -> None:
    window.first_run.card.later_button.click()
    assert not window.first_run.card.isVisible()
    window.set_paste("do_not_honor")
    window.new_ticket()
    assert not window.first_run.card.isVisible()
    window.set_paste("do_not_honor")
    assert window.first_run.hint.isVisible() and store.settings().agent_name == ""


def test_a_revealing_name_is_refused_in_one_sentence(window: MainWindow, store: UserStore) -> None:
    card = window.first_run.card
    card.agent_name.setText("Fraud team")
    card.save_button.click()
    assert card.isVisible() and card.error.isVisible() and "Fraud" in card.error.text()
    assert store.settings().agent_name == ""


def test_a_sign_off_is_kept_for_its_language_only(window: MainWindow, store: UserStore) -> None:
    card = window.first_run.card
    card.agent_name.setText("Sam Lee")
    card.sign_off.setText("Cheers,")
    card.save()
    assert store.settings().sign_off_by_language() == {"en": "Cheers,"}
    window.set_paste("insufficient_funds")
    assert "Cheers," in window.reply.editor.toPlainText()
    window.reply.choose("ja", "email")
    japanese = window.reply.editor.toPlainText()
    assert "Cheers," not in japanese
    assert japanese.endswith("Sam Lee") and window.catalog.reply_frame("ja").closing in japanese


def test_the_settings_dialog_keeps_one_sign_off_per_language(
    window: MainWindow, store: UserStore, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_settings({"agent_name": "Sam Lee", "sign_off": "Cheers,"})  # saved before

    def fill(dialog: SettingsDialog) -> int:
        assert dialog.sign_off.text() == "Cheers,"  # the old one is the default language's
        dialog.sign_off_language.setCurrentIndex(dialog.sign_off_language.findData("de"))
        assert dialog.sign_off.text() == ""
        dialog.sign_off.setText("Viele Grüße,")
        dialog.sign_off_language.setCurrentIndex(dialog.sign_off_language.findData("en"))
        assert dialog.sign_off.text() == "Cheers,"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fill)
    window.menus.settings_action.trigger()
    assert store.settings().sign_off_by_language() == {"en": "Cheers,", "de": "Viele Grüße,"}
    window.set_paste("insufficient_funds")
    window.reply.choose("de", "email")
    assert "Viele Grüße,\nSam Lee" in window.reply.editor.toPlainText()
    for locale in set(catalog.reply_locales()) - {"en", "de"}:  # every other language
        window.reply.choose(locale, "email")
        text = window.reply.editor.toPlainText()
        assert "Cheers," not in text and "Viele" not in text
        assert catalog.reply_frame(locale).closing in text


def test_a_signed_start_shows_no_card(
    qtbot: QtBot, catalog: Catalog, store: UserStore, tmp_path: Path
) -> None:
    store.save_settings({"agent_name": "Sam Lee"})
    window = MainWindow(
        catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), store=store
    )
    qtbot.addWidget(window)
    window.show()
    assert window.first_run.card is None
    assert not any(w.isVisible() for w in window.findChildren(SignatureCard))
    window.set_paste("insufficient_funds")
    assert window.reply.editor.toPlainText().endswith("Sam Lee")
    assert not window.first_run.hint.isVisible()
