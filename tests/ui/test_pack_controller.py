"""The reply pack in the window: import, export and the editor through the pack controller."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui.main_window import MainWindow
from app.ui.pack_editor import PackEditor
from tests.conftest import DATA

PACK = """[pack]
name = "Acme"

[replies.insufficient_funds.en]
chat = "Acme here: the card was short of funds[[ for {amount}]]. Please try another card."
"""


@pytest.fixture
def window(qtbot: QtBot, catalog: Catalog, tmp_path: Path) -> MainWindow:
    store = UserStore(tmp_path / "data")
    shown = MainWindow(
        catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), store=store
    )
    qtbot.addWidget(shown)
    shown.reply.choose("en", "chat")
    return shown


def test_export_writes_the_pack_in_use_and_it_imports_again(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in.toml"
    source.write_text(PACK, encoding="utf-8")
    assert window.packs.import_file(source)
    out = tmp_path / "out.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    window.menus.export_pack_action.trigger()
    exported = out.read_text(encoding="utf-8")
    assert 'name = "Acme"' in exported and "Acme here" in exported
    assert window.packs.import_file(out) and window.packs.current().texts == {
        ("insufficient_funds", "en", "chat"): PACK.splitlines()[4][8:-1]
    }


def test_an_export_that_cannot_be_written_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert not window.packs.export_file(tmp_path / "no-such-folder" / "pack.toml")
    assert len(shown) == 1 and "cannot be written" in shown[0]


def test_text_saved_in_the_editor_changes_the_reply_at_once(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.load_file(DATA / "pastes" / "envelope_insufficient_funds.txt")
    before = window.reply.editor.toPlainText()

    def write_and_accept(editor: PackEditor) -> QDialog.DialogCode:
        editor.reply_class.setCurrentIndex(editor.reply_class.findData("insufficient_funds"))
        editor.language.setCurrentIndex(editor.language.findData("en"))
        editor.channel.setCurrentIndex(editor.channel.findData("chat"))
        editor.editor.setPlainText("Our own words[[ for {amount}]].")
        editor.save_text.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PackEditor, "exec", write_and_accept)
    window.menus.pack_editor_action.trigger()
    assert window.reply.editor.toPlainText() == "Our own words."  # no amount in this paste
    assert window.reply.editor.toPlainText() != before


@pytest.mark.parametrize(
    ("file_type", "name"),
    [
        ("Zendesk macros with dynamic content (*.json)", "macros.json"),
        ("TextExpander snippets (*.csv)", "snippets.csv"),
        ("Espanso package (a folder)", "declinedesk-replies.toml"),
    ],
)
def test_the_export_dialog_writes_the_replies_as_a_helpdesks_macros(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_type: str, name: str
) -> None:
    """File > Export reply pack or helpdesk macros, a helpdesk's file type chosen: the pack's own
    wording is in the macros, and check-reply's reader finds every text safe."""
    from app.replies.helpdesk.read import read_macro_file

    source = tmp_path / "in.toml"
    source.write_text(PACK, encoding="utf-8")
    assert window.packs.import_file(source)
    out = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), file_type))
    window.menus.export_pack_action.trigger()
    written = out if out.suffix != ".toml" else out.with_suffix("") / "package.yml"
    found = read_macro_file(written.read_text(encoding="utf-8"), written.name)
    assert found is not None and any("Acme here" in text.text for text in found.texts)
    assert len(found.texts) >= 400
