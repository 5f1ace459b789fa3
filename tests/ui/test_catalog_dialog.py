"""A damaged catalogue: the window says so in a dialog and never opens with part of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.ui import application, main_window
from tests.cli.test_catalog_integrity_cli import DAMAGES, damaged


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_catalogue_shows_one_dialog_and_no_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, damage: str
) -> None:
    monkeypatch.setenv("DECLINEDESK_CATALOG", str(damaged(tmp_path, damage)))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    opened: list[object] = []
    monkeypatch.setattr(main_window.MainWindow, "show", lambda self: opened.append(self))
    assert application.run(data_dir=tmp_path / "data") != 0
    assert len(shown) == 1 and "reinstall Decline Desk" in shown[0]
    assert opened == []


def test_smoke_test_with_an_edited_catalogue_is_one_line(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DECLINEDESK_CATALOG", str(damaged(tmp_path, "entry text edited")))
    assert application.run(smoke_test=True) != 0
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "reinstall Decline Desk" in err
