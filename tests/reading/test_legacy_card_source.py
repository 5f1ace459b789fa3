"""A Charge of Stripe's old API pays with a `source` whose `object` is "card" and whose `type`
is the card's brand ("Visa", "MasterCard", "American Express"): the payment is by card, so the
customer gets the card's reply, not one for any payment method. Found by the history sweep on
a folded holdout case: the brand had been read as the payment method's type."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.verdict.explain import explain

BRANDS = ("Visa", "MasterCard", "American Express", "Discover", "JCB", "Diners Club", "Unknown")


def legacy_charge(brand: str, failure_code: str | None) -> str:
    source = {"id": "card_1A2b3C4d5E6f7G8h", "object": "card", "last4": "4242", "type": brand}
    charge = {
        "id": "ch_1A2b3C4d5E6f7G8h",
        "object": "charge",
        "paid": False,
        "status": "failed",
        "amount": 1000,
        "currency": "usd",
        "source": source,
        "failure_code": failure_code,
    }
    return json.dumps({"type": "charge.failed", "data": {"object": charge}})


@pytest.mark.parametrize("brand", BRANDS)
@pytest.mark.parametrize("failure_code", [None, "card_declined", "expired_card"])
def test_an_old_card_source_is_a_card_payment(
    catalog: Catalog, brand: str, failure_code: str | None
) -> None:
    report = read_paste(legacy_charge(brand, failure_code), catalog.code_kinds()).failures[0]
    assert report.payment_method_type == "card"
    assert not explain(report, catalog).reply_class.endswith("_any_method")
