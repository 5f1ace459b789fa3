"""The window with user data it cannot fully use: a huge stored setting, a file another program
keeps locked. It starts, explains and replies, and says so once in the status bar."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.agent.settings import notice_for
from app.agent.userdata import NOT_SAVING, SAVING_AGAIN, UserStore
from app.catalogue.catalog import Catalog
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.agent.locks import locked


def open_window(qtbot: QtBot, catalog: Catalog, folder: Path, tmp_path: Path) -> MainWindow:
    shown = MainWindow(
        catalog,
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        store=UserStore(folder),
    )
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.mark.slow
def test_a_50_mb_stored_name_gives_one_notice_and_a_working_window(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    UserStore(folder).close()
    with sqlite3.connect(folder / "user.db") as db:
        db.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            [("agent_name", json.dumps("A" * 50_000_000)), ("sign_off", '"Cheers,"')],
        )
    db.close()
    window = open_window(qtbot, catalog, folder, tmp_path)
    assert window.statusBar().currentMessage() == notice_for(["agent_name"])
    window.statusBar().clearMessage()
    for code in ("insufficient_funds", "expired_card", "lost_card"):
        window.set_paste(code)
        reply = window.reply.editor.toPlainText()
        assert reply.rstrip().endswith("Cheers,") and "AAAA" not in reply
    assert window.statusBar().currentMessage() == ""  # said once
    assert window.store is not None and len(window.store.history()) == 3


@pytest.mark.slow
def test_a_locked_file_is_said_once_and_the_session_is_saved_after(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    UserStore(folder).close()
    codes = ["insufficient_funds", "expired_card", "do_not_honor", "incorrect_cvc"]
    with locked(folder / "user.db", 30) as lock:
        window = open_window(qtbot, catalog, folder, tmp_path)
        for code in codes:
            window.set_paste(code)
            assert window.reply.editor.toPlainText()
        window.reply.choose("de", "email")
        assert window.statusBar().currentMessage() == NOT_SAVING
        assert lock.held  # nothing waited for the lock
        lock.release()
    store = window.store
    assert store is not None
    store.retry_every = 0
    window.set_paste("card_declined")
    assert window.statusBar().currentMessage() == SAVING_AGAIN
    assert [item.reason for item in store.history()][::-1] == [*codes, "card_declined"]
    assert store.settings().locale == "de"


def test_a_pack_folder_no_system_could_hold_is_refused_in_a_sentence(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, catalog, tmp_path / "data", tmp_path)

    def type_a_long_folder(dialog: SettingsDialog) -> QDialog.DialogCode:
        dialog.agent_name.setText("Sam")
        dialog.pack_folder.setText("/team/" + "x" * 300)  # no file system has such a name
        return QDialog.DialogCode.Accepted

    shown: list[str] = []
    monkeypatch.setattr(SettingsDialog, "exec", type_a_long_folder)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.menus.settings_action.trigger()
    assert len(shown) == 1 and "pack_folder" in shown[0] and "\n" not in shown[0]
    assert window.store is not None and window.store.settings().agent_name == ""  # nothing saved
