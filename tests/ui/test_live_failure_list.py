"""A live language switch with a paste of two failures open (issue 28): the failure list, the
reader's warnings and the explanation are said again at once, not at the next paste, and the
failure the agent chose stays chosen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.catalogue.words import Words
from app.ui.main_window import MainWindow
from app.verdict.said import in_language
from tests.ui.test_live_language import choose


def charge(name: str, reason: str, brand: str) -> dict[str, object]:
    return {
        "id": f"ch_3Pq{name}0001",
        "object": "charge",
        "amount": 4200,
        "currency": "eur",
        "status": "failed",
        "failure_code": "card_declined",
        "outcome": {
            "type": "issuer_declined",
            "network_status": "declined_by_network",
            "reason": reason,
        },
        "payment_method_details": {"card": {"brand": brand, "last4": "0341"}},
    }


TWO = {
    "object": "list",
    "data": [charge("Lost", "lost_card", "visa"), charge("Funds", "insufficient_funds", "visa")],
}


def window_with(catalog: Catalog, folder: Path, paste: str) -> MainWindow:
    window = MainWindow(
        catalog,
        QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat),
        store=UserStore(folder / "data"),
    )
    window.show()
    path = folder / "paste.json"
    path.write_text(paste, encoding="utf-8")
    window.load_file(path)
    QApplication.processEvents()
    return window


def rows(window: MainWindow) -> list[str]:
    failures = window.paste_area.failure_list
    return [failures.item(row).text() for row in range(failures.count())]


def test_the_failure_list_follows_a_live_switch_and_keeps_the_chosen_row(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path, speaking: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_with(catalog, tmp_path, json.dumps(TWO))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.paste_area.failure_list.count() == 2)
    english = rows(window)
    window.paste_area.failure_list.setCurrentRow(1)  # the agent reads the second failure
    explained = [e for _, e in window.findings.explained]
    for language in ("de", "ko"):
        choose(window, monkeypatch, language)
        said = [in_language(e, catalog, language).headline for e in explained]
        shown = rows(window)
        assert all(not s.english for s in said)
        for row, headline in zip(shown, said, strict=True):
            assert row.endswith(headline.text), (language, row)
            assert "[EN]" not in row
        assert shown[0] != english[0] and shown[1] != english[1]
        assert window.paste_area.failure_list.currentRow() == 1
        assert window.view.headline.text() == said[1].text, language
    window.store.close()


def test_the_readers_warnings_are_said_in_the_window_language(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path, speaking: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cut-off paste's warning in German, then in Polish, never tagged English."""
    cut = '{"error": {"type": "card_error", "code": "card_declined", "decline_code": "lost_ca'
    window = window_with(catalog, tmp_path, cut)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.paste_area.shown_warnings))
    english = window.paste_area.shown_warnings
    assert window.paste_area.warnings.text() == "\n".join(english)
    for language in ("de", "pl"):
        choose(window, monkeypatch, language)
        expected = [Words(catalog, language).warning(w) for w in english]
        assert all(not w.english for w in expected)
        assert window.paste_area.warnings.text() == "\n".join(w.text for w in expected)
        assert window.paste_area.warnings.toolTip() == ""
    window.store.close()
