"""Settings, history, "this week" and reply packs in the window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui.main_window import SHARED_PACK_NAME, MainWindow
from app.ui.pack_editor import PackEditor
from app.ui.settings_dialog import SettingsDialog
from tests.agent.privacy_probes import PROBES
from tests.conftest import DATA

PASTES = DATA / "pastes"
PACK = """[pack]
name = "Acme"

[replies.insufficient_funds.en]
chat = "Acme here: the card was short of funds[[ for {amount}]]. Please try another card."
"""


def test_settings_feed_the_reply_at_once(
    window: MainWindow, store: UserStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.load_file(PASTES / "envelope_insufficient_funds.txt")

    def fill_and_save(dialog: SettingsDialog) -> QDialog.DialogCode:
        dialog.agent_name.setText("Sam Lee")
        dialog.company.setText("Acme Shop")
        dialog.sign_off.setText("Cheers,")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_save)
    window.menus.settings_action.trigger()
    text = window.reply.editor.toPlainText()
    assert text.endswith("Cheers,\nSam Lee\nAcme Shop")
    assert store.settings().agent_name == "Sam Lee"


def test_history_keeps_no_paste_and_reopens_from_its_fields(
    window: MainWindow, store: UserStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_paste(
        '{"error": {"type": "card_error", "code": "card_declined", '
        '"decline_code": "expired_card", "message": "jenny@example.com"}}'
    )
    window.set_paste("do_not_honor")
    items = store.history()
    assert [i.reason for i in items] == ["do_not_honor", "expired_card"]
    assert "jenny@example.com" not in repr(items[1])
    assert (
        b"jenny@example.com" not in store.path.read_bytes() + Path(f"{store.path}-wal").read_bytes()
    )
    window.menus.history_action.trigger()
    panel = window.docks.history
    assert panel is not None and panel.list.count() == 2
    assert panel.chart.counts == [("do_not_honor", 1), ("expired_card", 1)]
    panel.list.itemActivated.emit(panel.list.item(1))
    assert window.findings and window.findings[0].report.decline_code == "expired_card"
    assert window.view.headline.text() == items[1].headline
    assert window.paste.toPlainText() == "" and "never the pasted text" in window.warnings.text()
    panel.search.setText("honor")
    assert panel.list.count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    panel.clear_button.click()
    assert panel.list.count() == 0 and store.history() == []


def test_history_switched_off_stores_nothing(window: MainWindow, store: UserStore) -> None:
    store.save_settings({"history_enabled": False})
    window.set_paste("do_not_honor")
    assert store.history() == []


def test_importing_a_pack_changes_the_wording(window: MainWindow, tmp_path: Path) -> None:
    pack = tmp_path / "pack.toml"
    pack.write_text(PACK, encoding="utf-8")
    window.reply.choose("en", "chat")
    assert window.packs.import_file(pack)
    window.load_file(PASTES / "envelope_insufficient_funds.txt")
    assert window.reply.editor.toPlainText().startswith("Acme here: the card was short")


def test_a_bad_pack_is_refused_with_its_problems(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[replies.generic_decline.en]\nchat = "It was stolen."\n', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert not window.packs.import_file(bad)
    assert shown and "stolen" in shown[0]
    assert window.packs.pack is None


def test_a_shared_pack_folder_is_used(window: MainWindow, store: UserStore, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / SHARED_PACK_NAME).write_text(PACK, encoding="utf-8")
    store.save_settings({"pack_folder": str(folder)})
    window.packs.load()
    assert window.packs.current().name == "Acme"


def test_pack_editor_checks_live_and_previews(
    qtbot: QtBot, catalog: Catalog, window: MainWindow
) -> None:
    editor = PackEditor(catalog, window.guard, window.packs.current(), window)
    qtbot.addWidget(editor)
    editor.editor.setPlainText("Your card[[ ending in {card_last4}]] was reported stolen.")
    assert "stolen" in editor.problems.text() and not editor.save_text.isEnabled()
    editor.editor.setPlainText("Sorry[[ {customer_first_name}]], please try another card.")
    assert editor.problems.text() == "No problems."
    assert "Sorry Maria, please try another card." in editor.preview.toPlainText()
    editor.save_text.click()
    assert editor.pack.texts[editor.key()].startswith("Sorry")


def test_a_cancelled_settings_dialog_changes_nothing(
    window: MainWindow, store: UserStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.load_file(PASTES / "envelope_insufficient_funds.txt")
    before, reply = store.settings(), window.reply.editor.toPlainText()

    def type_and_cancel(dialog: SettingsDialog) -> QDialog.DialogCode:
        dialog.agent_name.setText("Somebody Else")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", type_and_cancel)
    window.menus.settings_action.trigger()
    assert store.settings() == before and window.reply.editor.toPlainText() == reply


def test_unusable_stored_settings_do_not_stop_the_window(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path
) -> None:
    folder = tmp_path / "bad"
    UserStore(folder).close()
    with sqlite3.connect(folder / "user.db") as db:
        db.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            [
                ("locale", "{not json"),
                ("history_days", '"many"'),
                ("channel", "42"),
                ("agent_name", '"Sam"'),
            ],
        )
    db.close()
    shown = MainWindow(
        catalog,
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        store=UserStore(folder),
    )
    qtbot.addWidget(shown)
    message = shown.statusBar().currentMessage()
    assert "could not be read (channel, history_days, locale)" in message
    shown.set_paste("insufficient_funds")
    assert shown.reply.editor.toPlainText().rstrip().endswith("Sam")
    assert shown.store is not None
    assert [i.reason for i in shown.store.history()] == ["insufficient_funds"]


def test_a_full_disk_changes_the_language_and_says_once_it_cannot_save(
    window: MainWindow, store: UserStore
) -> None:
    window.set_paste("insufficient_funds")
    english = window.reply.editor.toPlainText()
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite now reports the disk full
    codes = ["expired_card", "lost_card", "do_not_honor", "incorrect_cvc", "card_declined"]
    for code in codes * 20:  # the history page fills up
        window.set_paste(code)
        window.set_paste("")
    assert store.in_memory
    assert "database or disk is full" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    window.reply.choose("de", "email")
    window.set_paste("insufficient_funds")
    german = window.reply.editor.toPlainText()
    assert german and german != english and store.settings().locale == "de"
    assert window.statusBar().currentMessage() == ""  # said once
    assert len(store.history(limit=500)) == 102


def test_every_privacy_probe_pasted_in_the_window_leaves_no_trace(
    window: MainWindow, store: UserStore
) -> None:
    for probe in PROBES:
        window.set_paste(probe.paste)
        assert window.findings, probe.name
    assert len(store.history(limit=1000)) == len(PROBES)
    files = b"".join(path.read_bytes() for path in store.folder.iterdir())
    assert [(p.name, s) for p in PROBES for s in p.secrets if s.encode() in files] == []
