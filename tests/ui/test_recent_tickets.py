"""The last ten tickets of this run, switchable with Ctrl+1 to Ctrl+9: in memory only, newest
first, numbers kept while switching, and history counting each paste once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui.main_window import MainWindow
from app.ui.recent_tickets import MAX_RECENT
from tests.conftest import DATA

BLOCKED = (DATA / "pastes" / "charge_blocked_radar.txt").read_text(encoding="utf-8")
CODES = [
    "insufficient_funds",
    "expired_card",
    "incorrect_cvc",
    "do_not_honor",
    "card_velocity_exceeded",
    "processing_error",
    "incorrect_zip",
    "invalid_account",
    "withdrawal_count_limit_exceeded",
    "currency_not_supported",
    "try_again_later",
    "approve_with_id",
]


def listed(window: MainWindow) -> list[str]:
    return [a.text() for a in window.recent.actions if a.isVisible()]


def current(window: MainWindow) -> int:
    return next((n for n, a in enumerate(window.recent.actions) if a.isChecked()), -1)


def press(qtbot: QtBot, window: MainWindow, digit: int) -> None:
    window.activateWindow()
    window.view.details.setFocus()
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{digit}"), Qt.KeyboardModifier.ControlModifier)


def test_tickets_are_listed_newest_first_and_switched_with_ctrl_digits(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert listed(window) == [] and window.recent.empty.isVisible()
    for text in ("expired_card", BLOCKED, "insufficient_funds"):
        window.set_paste(text)
    rows = listed(window)
    assert [row.split("  ", 1)[0] for row in rows] == ["&1", "&2", "&3"]
    assert rows[1].split("  ", 1)[1].startswith("CONFIDENTIAL · Payment blocked")
    assert current(window) == 0

    press(qtbot, window, 2)
    assert window.paste_area.text() == BLOCKED
    assert window.view.headline.text().startswith("Payment blocked")
    assert window.view.confidential_badge.isVisible()
    assert listed(window) == rows and current(window) == 1  # numbers stay while switching

    press(qtbot, window, 3)
    assert window.paste_area.text() == "expired_card"
    press(qtbot, window, 1)
    assert window.paste_area.text() == "insufficient_funds"
    assert listed(window) == rows


def test_switching_back_is_not_a_new_paste_for_history(
    qtbot: QtBot, window: MainWindow, store: UserStore
) -> None:
    for text in ("expired_card", "insufficient_funds"):
        window.set_paste(text)
    counted = len(store.history())
    for digit in (2, 1, 2, 1):
        press(qtbot, window, digit)
    assert len(store.history()) == counted == 2


def test_ten_are_kept_and_the_oldest_goes(qtbot: QtBot, window: MainWindow) -> None:
    for code in CODES:
        window.set_paste(code)
    assert len(window.recent.tickets) == MAX_RECENT
    assert [t.text for t in window.recent.tickets] == CODES[::-1][:MAX_RECENT]
    keys = [a.shortcuts()[0].toString() if a.shortcuts() else "" for a in window.recent.actions]
    assert keys == [f"Ctrl+{n}" for n in range(1, 10)] + [""]
    window.recent.actions[9].trigger()  # the tenth: from the menu
    assert window.paste_area.text() == CODES[2]


def test_the_same_paste_again_keeps_its_place(window: MainWindow) -> None:
    for text in ("expired_card", "insufficient_funds", "expired_card"):
        window.set_paste(text)
    assert [t.text for t in window.recent.tickets] == ["insufficient_funds", "expired_card"]
    assert current(window) == 1


def test_a_lookup_or_an_empty_window_is_no_recent_ticket(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_paste("expired_card")
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: yes)
    window.use_code("incorrect_cvc")  # "Replace this ticket?" answered yes
    assert window.view.headline.text() and current(window) == -1
    assert [t.text for t in window.recent.tickets] == ["expired_card"]
    window.new_ticket()
    assert current(window) == -1 and listed(window)


def test_recent_tickets_live_in_memory_only(
    qtbot: QtBot, window: MainWindow, catalog: Catalog, store: UserStore, tmp_path: Path
) -> None:
    window.set_paste(BLOCKED)
    window.close()
    again = MainWindow(
        catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), store=store
    )
    qtbot.addWidget(again)
    assert again.recent.tickets == [] and listed(again) == []
    kept = b"".join(path.read_bytes() for path in tmp_path.rglob("*") if path.is_file())
    # History keeps its allowlisted fields (codes, ids, amount); the paste itself never.
    assert b"Order #1042" in BLOCKED.encode() and b"Order #1042" not in kept


def test_help_names_the_keys(window: MainWindow) -> None:
    assert "Ctrl+1 … Ctrl+9" in window.menus.help_text(window)
