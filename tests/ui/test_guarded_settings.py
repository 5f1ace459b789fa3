"""Settings that go into every reply are checked when saved; "Restore safe text" falls back to
the built-in reply when a team pack's text is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.agent.settings import Settings
from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.conftest import DATA

SETTINGS = Settings()


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("agent_name", "Sam\nLee", "The agent name must be one line"),
        ("company", "Anti-Fraud Desk", "The company cannot use “Fraud”"),
        ("sign_off", "St0len-card team", "The sign-off cannot use “St0len-card”"),
        ("agent_name", "Sam\u200bLee", "invisible or control characters"),
        ("company", "x" * 81, "at most 80 characters"),
    ],
)
def test_a_revealing_or_broken_value_keeps_the_dialog_open(
    qtbot: QtBot, catalog: Catalog, field: str, value: str, reason: str
) -> None:
    dialog = SettingsDialog(SETTINGS, {"en": "English"}, None, Guard.from_catalog(catalog))
    qtbot.addWidget(dialog)
    dialog.show()
    getattr(dialog, field).setText(value)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert reason in dialog.error.text() and dialog.error.isVisible()
    getattr(dialog, field).setText("Acme")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_revealing_setting_is_never_saved(
    window: MainWindow, store: UserStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: SettingsDialog) -> QDialog.DialogCode:
        dialog.sign_off.setText("Your friends at the fraud team")
        return QDialog.DialogCode.Accepted

    warned: list[str] = []
    monkeypatch.setattr(SettingsDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window.menus.settings_action.trigger()
    assert store.settings().sign_off == ""
    assert warned and "“fraud”" in warned[0]


def test_restore_gives_the_built_in_text_when_the_pack_s_text_is_refused(
    window: MainWindow, store: UserStore, tmp_path: Path
) -> None:
    pack = tmp_path / "pack.toml"
    pack.write_text(
        '[pack]\nname = "Acme"\n\n[replies.insufficient_funds.en]\n'
        'chat = "Short of funds[[, {customer_first_name}]]. Try another card."\n',
        encoding="utf-8",
    )
    assert window.packs.import_file(pack)
    window.reply.choose("en", "chat")
    # A value the pack's sample check could not foresee: a name typed for one reply.
    window.load_file(DATA / "pastes" / "envelope_insufficient_funds.txt")
    window.reply.first_name.setText("Stolen")
    window.reply.first_name.textEdited.emit("Stolen")  # as typing it does
    assert window.reply.editor.toPlainText() == "Short of funds, Stolen. Try another card."
    assert not window.reply.copy_reply()
    assert window.reply.restore_button.isEnabled()
    window.reply.restore_button.click()
    restored = window.reply.editor.toPlainText()
    assert restored.startswith("Your bank reported") and "Stolen" not in restored
    assert "built-in reply" in window.reply.status.text()
    assert window.reply.copy_reply()
