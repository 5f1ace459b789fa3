"""The customer's first name in the greeting: offered from the paste, typed by the agent,
never stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui.main_window import MainWindow
from tests.conftest import DATA

NAMED = DATA / "pastes" / "event_payment_intent_failed.txt"  # billing_details.name Jenny Rosen


def test_the_name_in_the_paste_greets_and_a_typed_one_replaces_it(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path
) -> None:
    store = UserStore(tmp_path / "data")
    window = MainWindow(
        catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), store=store
    )
    qtbot.addWidget(window)
    window.reply.choose("en", "email")
    window.load_file(NAMED)
    assert window.reply.first_name.text() == "Jenny"
    assert window.reply.editor.toPlainText().startswith("Hi Jenny,\n")
    window.reply.first_name.clear()
    qtbot.keyClicks(window.reply.first_name, "Sam")
    assert window.reply.editor.toPlainText().startswith("Hi Sam,\n")
    window.set_paste("do_not_honor")  # a paste without a name: no name from the last one
    assert window.reply.first_name.text() == ""
    assert window.reply.editor.toPlainText().startswith("Hi,\n")
    store.close()
    with sqlite3.connect(tmp_path / "data" / "user.db") as db:
        dump = "\n".join(db.iterdump())
    assert "Jenny" not in dump and "Sam" not in dump


def test_japanese_greets_by_family_name_or_none(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path
) -> None:
    """ja greets with the family name and 様; a Latin "Jenny Rosen" could be in either order, so
    the Japanese reply greets without a name (お客様), and English gets "Jenny" back (issue 22)."""
    window = MainWindow(catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.reply.choose("ja", "email")
    window.load_file(NAMED)
    assert window.reply.first_name.text() == ""
    assert window.reply.editor.toPlainText().startswith("お客様\n")
    window.reply.choose("en", "email")
    assert window.reply.editor.toPlainText().startswith("Hi Jenny,\n")
    window.reply.choose("ja", "email")
    assert window.reply.editor.toPlainText().startswith("お客様\n")
    text = NAMED.read_text(encoding="utf-8").replace("Jenny Rosen", "山田 太郎")
    window.set_paste(text)
    assert window.reply.editor.toPlainText().startswith("山田様\n")
    # Typed by the agent (an input method's text arrives as an edit): kept in every language.
    window.reply.first_name.setText("佐藤")
    window.reply.first_name.textEdited.emit("佐藤")
    assert window.reply.editor.toPlainText().startswith("佐藤様\n")
    window.reply.choose("en", "email")
    assert window.reply.first_name.text() == "佐藤"
