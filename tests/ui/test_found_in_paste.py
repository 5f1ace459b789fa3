""" "Found in the paste" as people read it: money with its currency, the card by brand and last
4, dates, live or test; the value as pasted on hover."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from app.ui.main_window import MainWindow


def _rows(window: MainWindow) -> dict[str, tuple[str, str]]:
    table = window.view.details
    return {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 1).toolTip())
        for r in range(table.rowCount())
    }


def _charge(amount: int, currency: str, live: bool, brand: str, last4: str) -> str:
    return json.dumps(
        {
            "id": "ch_3Found000000001",
            "object": "charge",
            "amount": amount,
            "currency": currency,
            "created": 1767398400,
            "livemode": live,
            "status": "failed",
            "failure_code": "card_declined",
            "outcome": {"type": "issuer_declined", "reason": "insufficient_funds"},
            "payment_method_details": {
                "card": {"brand": brand, "last4": last4, "funding": "credit"}
            },
        }
    )


@pytest.mark.parametrize(
    "amount, currency, written",
    [
        (2500, "usd", "$25.00"),
        (1999, "eur", "€19.99"),
        (500, "jpy", "¥500"),
        (123456, "gbp", "£1,234.56"),
        (1000, "kwd", "1.000"),
    ],
)
def test_amounts_read_as_money_and_the_raw_value_is_on_hover(
    window: MainWindow, amount: int, currency: str, written: str
) -> None:
    window.set_paste(_charge(amount, currency, True, "visa", "4242"))
    shown, hover = _rows(window)["amount"]
    assert written in shown and "smallest unit" not in shown
    assert str(amount) in hover and currency in hover


@pytest.mark.parametrize(
    "brand, name", [("visa", "Visa"), ("amex", "American Express"), ("mastercard", "Mastercard")]
)
def test_the_card_reads_by_brand_and_last4(window: MainWindow, brand: str, name: str) -> None:
    window.set_paste(_charge(2500, "usd", True, brand, "0005"))
    shown, _ = _rows(window)["card"]
    assert shown.startswith(name) and shown.endswith("•••• 0005")


@pytest.mark.parametrize("live, word", [(True, "Live payment"), (False, "Test mode")])
def test_live_or_test_is_said_in_words(window: MainWindow, live: bool, word: str) -> None:
    window.set_paste(_charge(2500, "usd", live, "visa", "4242"))
    rows = _rows(window)
    assert "livemode" not in rows
    shown, hover = rows["mode"]
    assert shown.startswith(word) and hover == f"In the paste: livemode: {str(live).lower()}"


def test_the_date_is_a_date_not_a_unix_time(window: MainWindow) -> None:
    window.set_paste(_charge(2500, "usd", True, "visa", "4242"))
    shown, hover = _rows(window)["created"]
    local = datetime.fromtimestamp(1767398400, UTC).astimezone()
    assert shown.startswith(local.strftime("%Y-%m-%d %H:%M"))
    assert "1767398400" in hover and "1767398400" not in shown
