"""Stripe's excessive-retry block is told as what it is, and a wallet provider's decline on a
Charge is read from its catalogue entry (issue 22, items 3 and 4)."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.replies.analyse import analyse_paste
from build.languages import LOCALES
from tests.conftest import known_entry


def charge(outcome: dict[str, str], method: str = "card", **fields: object) -> str:
    details: dict[str, object] = {"type": method, method: {}}
    if method == "card":
        details["card"] = {"brand": "visa", "last4": "4242"}
    return json.dumps(
        {
            "id": "ch_3Q",
            "object": "charge",
            "amount": 2000,
            "currency": "eur",
            "status": "failed",
            "failure_code": "card_declined",
            "failure_message": "Your card was declined.",
            "outcome": outcome,
            "payment_method_details": details,
            **fields,
        }
    )


RETRY_BLOCK = {
    "network_status": "not_sent_to_network",
    "reason": "previously_declined_do_not_retry",
    "risk_level": "normal",
    "seller_message": "Stripe blocked this payment.",
    "type": "blocked",
}


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
    outcome = {
        **RETRY_BLOCK,
        "reason": "highest_risk_level",
        "risk_level": "highest",
        "seller_message": "Stripe blocked this charge as too risky.",
    }
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
def test_a_partner_reason_on_a_charge_reads_its_entry(
    catalog: Catalog, reason: str, method: str
) -> None:
    outcome = {
        "network_status": "declined_by_network",
        "reason": reason,
        "risk_level": "not_assessed",
        "seller_message": "The payment was declined.",
        "type": "issuer_declined",
    }
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


@pytest.mark.parametrize("kind", ["blocked", None])
def test_a_radar_rule_block_is_never_retried(catalog: Catalog, kind: str | None) -> None:
    outcome = {
        "network_status": "not_sent_to_network",
        "reason": "rule",
        "risk_level": "normal",
        "rule": "rule_1Abc",
    }
    if kind:
        outcome["type"] = kind
    e = analyse_paste(charge(outcome), catalog)[1][0].explanation
    assert (e.retry, e.sensitive, e.reply_class) == ("never", True, "generic_decline")
    assert e.verdict is not None
    assert e.verdict.for_customer == "Ask for another card or payment method"


def test_a_rule_that_held_the_payment_is_not_a_block(catalog: Catalog) -> None:
    outcome = {
        "network_status": "approved_by_network",
        "reason": "rule",
        "risk_level": "elevated",
        "type": "manual_review",
    }
    e = analyse_paste(charge(outcome), catalog)[1][0].explanation
    assert e.reply_class == "payment_under_review" and e.retry != "never"


@pytest.mark.parametrize(
    "decline, retry, reply",
    [
        ("transaction_not_allowed", "never", "use_another_payment_method"),
        ("do_not_try_again", "never", "use_another_payment_method"),
        ("issuer_not_available", "later", "try_again_later"),
    ],
)
def test_replies_that_do_not_guess(catalog: Catalog, decline: str, retry: str, reply: str) -> None:
    """Nothing in these codes says the cardholder stopped the payment, and the bank that could
    not be reached agrees with network code 91 (issue 22, item 5)."""
    paste = json.dumps(
        {
            "error": {
                "type": "card_error",
                "code": "card_declined",
                "decline_code": decline,
                "network_decline_code": "91" if decline == "issuer_not_available" else None,
                "message": "Your card was declined.",
            }
        }
    )
    e = analyse_paste(paste, catalog)[1][0].explanation
    assert (e.retry, e.reply_class) == (retry, reply)
    if decline == "issuer_not_available":
        assert known_entry(catalog, "network_decline_code", "91").retry == retry


@pytest.mark.parametrize(
    "code, reply",
    [
        ("payment_intent_action_required", "problem_on_our_side"),
        ("payment_method_customer_decline", "start_payment_again"),
    ],
)
def test_error_codes_whose_reply_fits_the_case(catalog: Catalog, code: str, reply: str) -> None:
    """Our integration could not show the bank's step: asking the customer to try again only
    fails again. A customer who cancelled in their wallet is asked to start again and approve."""
    entry = catalog.entry("error_code", code)
    assert entry is not None and entry.reply_class == reply
    invites = set(catalog.vocabulary("reply_invites_retry"))
    assert (reply in invites) == (code == "payment_method_customer_decline")
