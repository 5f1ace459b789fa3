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
    window = MainWindow(catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        store=store)
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
