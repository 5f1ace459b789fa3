"""History at work: two-line rows with their marks, a chart with a title, a period and the
reasons' titles, and a Clear history that asks first."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui.history_panel import CHART_TITLE, HistoryPanel, period_text
from app.ui.main_window import MainWindow

STOLEN_LIVE = (
    '{"id": "ch_3Live0000000001", "object": "charge", "amount": 2500, "currency": "usd", '
    '"livemode": true, "status": "failed", "failure_code": "card_declined", '
    '"outcome": {"type": "issuer_declined", "reason": "stolen_card"}, '
    '"payment_method_details": {"card": {"brand": "visa", "last4": "4242"}}}'
)
FUNDS_TEST = (
    '{"id": "ch_3Test0000000002", "object": "charge", "amount": 1999, "currency": "eur", '
    '"livemode": false, "status": "failed", "failure_code": "card_declined", '
    '"outcome": {"type": "issuer_declined", "reason": "insufficient_funds"}, '
    '"payment_method_details": {"card": {"brand": "mastercard", "last4": "0005"}}}'
)


def _panel(window: MainWindow) -> HistoryPanel:
    window.docks.show_history()
    assert window.docks.history is not None
    return window.docks.history


def test_rows_have_two_lines_with_marks_amount_last4_id_and_time(window: MainWindow) -> None:
    window.set_paste(STOLEN_LIVE)
    window.set_paste(FUNDS_TEST)
    rows = [_panel(window).list.item(i).text().split("\n") for i in range(2)]
    assert all(len(lines) == 2 for lines in rows)
    test_row, stolen_row = rows  # newest first
    assert test_row[0].startswith("TEST · ") and "CONFIDENTIAL" not in test_row[0]
    assert stolen_row[0].startswith("CONFIDENTIAL · ") and "TEST" not in stolen_row[0]
    assert "€19.99" in test_row[1] and "Mastercard •••• 0005" in test_row[1]
    assert "ch_3Test0000000002" in test_row[1]
    assert "$25.00" in stolen_row[1] and "Visa •••• 4242" in stolen_row[1]
    assert datetime.now().strftime("%Y-%m-%d") in stolen_row[1]


def test_the_chart_has_a_title_a_period_and_reason_titles_not_codes(
    window: MainWindow, catalog: Catalog
) -> None:
    for code in ("insufficient_funds", "do_not_honor", "insufficient_funds"):
        window.set_paste(code)
        window.set_paste("")
    panel = _panel(window)
    assert panel.chart_title.text() == CHART_TITLE and panel.chart_title.isVisible()
    assert panel.chart_period.text() == period_text() and panel.chart_period.isVisible()
    titles = [
        entry.title
        for entry in (
            catalog.entry("decline_code", "insufficient_funds"),
            catalog.entry("decline_code", "do_not_honor"),
        )
        if entry
    ]
    assert panel.chart.labels == titles
    assert "insufficient_funds" not in panel.chart.accessibleDescription()
    assert f"{titles[0]}: 2" in panel.chart.accessibleDescription()


def test_period_names_seven_days_across_a_year() -> None:
    assert period_text(datetime(2027, 1, 3)) == "28 Dec 2026 to 3 Jan 2027"
    assert period_text(datetime(2026, 12, 6)) == "30 Nov to 6 Dec 2026"


@pytest.mark.parametrize(
    "answer, kept",
    [
        (QMessageBox.StandardButton.Cancel, 1),
        (QMessageBox.StandardButton.No, 1),
        (QMessageBox.StandardButton.Yes, 0),
    ],
)
def test_clear_history_asks_first(
    window: MainWindow,
    store: UserStore,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    kept: int,
) -> None:
    asked: list[str] = []

    def question(_parent: object, title: str, *_rest: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    window.set_paste("do_not_honor")
    panel = _panel(window)
    panel.clear_button.click()
    assert asked == ["Clear history?"]
    assert len(store.history()) == kept and panel.list.count() == kept


def test_hovering_a_bar_names_its_reason_in_full(window: MainWindow, qtbot: QtBot) -> None:
    for code in ("insufficient_funds", "do_not_honor", "insufficient_funds"):
        window.set_paste(code)
        window.set_paste("")
    panel = _panel(window)
    chart = panel.chart
    chart.resize(160, chart.height())  # a narrow dock: labels are shortened
    line = chart.fontMetrics().height() + 6
    shown: list[str] = []
    for row in range(2):
        point = QPoint(chart.width() // 2, 4 + row * line + line // 2)
        event = QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point))
        QApplication.sendEvent(chart, event)
        shown.append(QToolTip.text())
    assert shown == [f"{chart.labels[0]}: 2", f"{chart.labels[1]}: 1"]
    assert chart.labels == ["Not enough money on the card", "Bank declined without giving a reason"]
