"""Values from the paste enter a reply only when the catalogue knows them."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.reading.report import FailureReport
from app.replies.replies import payload_values, reply_for


def report(
    card_brand: str | None = None, currency: str | None = "usd", card_last4: str | None = "4242"
) -> FailureReport:
    return FailureReport(
        shape="charge",
        decline_code="insufficient_funds",
        code="card_declined",
        error_type="card_error",
        amount=1500,
        currency=currency,
        card_last4=card_last4,
        card_brand=card_brand,
    )


@pytest.mark.parametrize(
    ("brand", "shown"),
    [
        ("visa", "Visa"),
        ("MasterCard", "Mastercard"),
        ("American Express", "American Express"),
        ("amex", "American Express"),
        (" JCB ", "JCB"),
    ],
)
def test_a_known_brand_is_written_as_customers_know_it(
    catalog: Catalog, brand: str, shown: str
) -> None:
    assert payload_values(report(card_brand=brand), catalog, "en")["card_brand"] == shown


@pytest.mark.parametrize(
    "brand", ["Reported Stolen", "unknown", "visa fraud", "", "\uff56\uff49\uff53\uff41!"]
)
def test_any_other_brand_is_left_out(catalog: Catalog, brand: str) -> None:
    values = payload_values(report(card_brand=brand), catalog, "en")
    assert "card_brand" not in values
    reply = reply_for(report(card_brand=brand), "insufficient_funds", catalog, "en", "email")
    assert "Stolen" not in reply.text and "your card ending in 4242" in reply.text


@pytest.mark.parametrize("currency", ["xyz", "stolen", "", "us"])
def test_an_unknown_currency_leaves_the_amount_out(catalog: Catalog, currency: str) -> None:
    assert "amount" not in payload_values(report(currency=currency), catalog, "en")


@pytest.mark.parametrize("last4", ["424", "42a2", "12345", "stol"])
def test_last4_must_be_four_digits(catalog: Catalog, last4: str) -> None:
    assert "card_last4" not in payload_values(report(card_last4=last4), catalog, "en")
