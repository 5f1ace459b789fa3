"""Stripe's excessive-retry block is told as what it is, and a wallet provider's decline on a
Charge is read from its catalogue entry (issue 22, items 3 and 4)."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.replies.analyse import analyse_paste

LOCALES = ("en", "de", "fr", "ja")


def charge(outcome: dict[str, str], method: str = "card", **fields: object) -> str:
    details: dict[str, object] = {"type": method, method: {}}
    if method == "card":
        details["card"] = {"brand": "visa", "last4": "4242"}
    return json.dumps({"id": "ch_3Q", "object": "charge", "amount": 2000, "currency": "eur",
                       "status": "failed", "failure_code": "card_declined",
                       "failure_message": "Your card was declined.", "outcome": outcome,
                       "payment_method_details": details, **fields})


RETRY_BLOCK = {"network_status": "not_sent_to_network",
               "reason": "previously_declined_do_not_retry", "risk_level": "normal",
               "seller_message": "Stripe blocked this payment.", "type": "blocked"}


@pytest.mark.parametrize("locale", LOCALES)
def test_the_excessive_retry_block_is_not_told_as_fraud(catalog: Catalog, locale: str) -> None:
    _, findings = analyse_paste(charge(RETRY_BLOCK), catalog, locale)
    e = findings[0].explanation
    assert e.headline == "Payment blocked: earlier declines of this card said not to retry"
    assert (e.retry, e.who_acts) == ("never", "customer")
    assert e.agent_steps[0].startswith("Stop the automatic retries")
    told = " ".join([e.summary, e.confidential or "", *e.agent_steps]).lower()
    for fraud_words in ("radar", "fraud screening", "risk team", "block list"):
        assert fraud_words not in told.replace("not a fraud", "")
    # Still a blocked charge: confidential, and the customer gets the generic decline, byte for
    # byte the reply of a Radar block of the same payment.
    assert e.sensitive and e.confidential and "not a fraud decision" in e.confidential
    radar = {**RETRY_BLOCK, "reason": "highest_risk_level"}
    assert e.reply_class == "generic_decline"
    assert findings[0].reply.text == analyse_paste(charge(radar), catalog, locale)[1][0].reply.text


def test_a_radar_block_is_still_told_as_fraud_screening(catalog: Catalog) -> None:
    outcome = {**RETRY_BLOCK, "reason": "highest_risk_level", "risk_level": "highest",
               "seller_message": "Stripe blocked this charge as too risky."}
    e = analyse_paste(charge(outcome), catalog)[1][0].explanation
    assert e.confidential and "Radar" in e.confidential
    assert "not a fraud decision" not in e.confidential


PARTNER = {
    "partner_insufficient_funds": ("later", "provider_declined"),
    "partner_expired_card": ("after_fix", "provider_declined"),
    "partner_processing_error": ("later", "try_again_later"),
    "partner_invalid_currency": ("never", "provider_declined"),
    "partner_invalid_amount": ("never", "provider_declined"),
    "partner_duplicate_transaction": ("after_fix", "possible_duplicate"),
}


@pytest.mark.parametrize("method", ["paypal", "klarna"])
@pytest.mark.parametrize("reason", sorted(PARTNER))
def test_a_partner_reason_on_a_charge_reads_its_entry(catalog: Catalog, reason: str,
                                                      method: str) -> None:
    outcome = {"network_status": "declined_by_network", "reason": reason,
               "risk_level": "not_assessed", "seller_message": "The payment was declined.",
               "type": "issuer_declined"}
    _, findings = analyse_paste(charge(outcome, method), catalog)
    e = findings[0].explanation
    entry = catalog.entry("outcome_reason", reason)
    assert entry is not None and not e.unknown_codes
    assert not any("not in the catalogue" in note for note in e.notes)
    assert e.headline == f"Payment declined: {entry.title[0].lower()}{entry.title[1:]}"
    assert (e.retry, e.reply_class) == PARTNER[reason]
    reply = findings[0].reply.text.lower()
    assert "card" not in reply  # a PayPal or Klarna customer used no card
    if reason == "partner_duplicate_transaction":
        assert "before paying again" in reply
