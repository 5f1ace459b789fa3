"""The window as it stands: it starts, shows real catalogue data and passes its smoke test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.catalog import Catalog
from app.ui import application
from app.ui.main_window import MainWindow


def test_window_shows_the_catalogue_version_and_counts(qtbot: QtBot, catalog: Catalog) -> None:
    window = MainWindow(catalog)
    qtbot.addWidget(window)
    window.show()
    info = catalog.info()
    assert info.version in window.version_label.text()
    table = window.counts
    shown = {table.item(r, 0).text(): int(table.item(r, 1).text()) for r in range(table.rowCount())}
    assert shown["Error code"] == 199 and shown["Decline code"] == 51
    assert shown["Total"] == sum(info.counts.values())


def test_smoke_test_paints_once_and_exits_zero(qtbot: QtBot) -> None:
    assert application.run(smoke_test=True) == 0


def test_a_missing_catalogue_shows_a_dialog_that_says_what_to_do(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DECLINEDESK_CATALOG", str(tmp_path / "missing.db"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert application.run() == 1
    assert len(shown) == 1 and "missing" in shown[0] and "reinstall" in shown[0]


def test_smoke_test_with_a_missing_catalogue_is_one_line(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DECLINEDESK_CATALOG", str(tmp_path / "missing.db"))
    assert application.run(smoke_test=True) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
