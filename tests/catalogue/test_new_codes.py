"""The codes issue 17 added, each with its Stripe source, and how explain reads them."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.reading.report import FailureReport, Outcome
from app.verdict.explain import explain
from tests.catalogue.test_catalog_content import LOCAL_PAYMENT_METHOD_CODES
from tests.conftest import known_entry
from tests.replies.test_reply_truth import CHANNELS, LOCALES

PARTNER_REASONS = {
    "partner_expired_card": "expired_card",
    "partner_processing_error": "processing_error",
    "partner_insufficient_funds": "insufficient_funds",
    "partner_invalid_currency": "currency_not_supported",
    "partner_invalid_amount": "invalid_amount",
    "partner_duplicate_transaction": "duplicate_transaction",
}
ACH_RETURNS = (
    "R01",
    "R02",
    "R03",
    "R04",
    "R05",
    "R07",
    "R08",
    "R09",
    "R10",
    "R11",
    "R15",
    "R16",
    "R29",
    "R31",
)
NEW_CODE_SOURCES = {
    "decline_code": "https://docs.stripe.com/declines/codes",
    "outcome_reason": "https://docs.stripe.com/declines/codes",
    "network_decline_code": "https://docs.stripe.com/declines/network-codes",
    "error_code": "https://docs.stripe.com/payments/twint/save-during-payment",
}


def test_local_payment_method_codes_have_entries_with_their_source(catalog: Catalog) -> None:

    keys = (
        [("decline_code", c) for c in LOCAL_PAYMENT_METHOD_CODES]
        + [("outcome_reason", c) for c in PARTNER_REASONS]
        + [("network_decline_code", c) for c in ACH_RETURNS]
        + [("error_code", "payment_intent_mandate_revoked")]
    )
    for kind, code in keys:
        entry = catalog.entry(kind, code)
        assert entry is not None, code
        assert entry.source == NEW_CODE_SOURCES[kind], code
    for reason, decline_code in PARTNER_REASONS.items():
        assert catalog.entry("decline_code", decline_code) is not None, reason


@pytest.mark.parametrize("reason", PARTNER_REASONS)
def test_a_provider_decline_explains_its_partner_reason(catalog: Catalog, reason: str) -> None:
    report = FailureReport(
        shape="charge",
        code="payment_method_provider_decline",
        decline_code=PARTNER_REASONS[reason],
        outcome=Outcome(type="issuer_declined", reason=reason),
    )
    explanation = explain(report, catalog)
    assert not explanation.unknown_codes
    assert any(e.code == reason for e in explanation.entries)


CARD = {
    "en": "card",
    "es": "tarjeta",
    "fr": "carte",
    "de": "Karte",
    "pt-BR": "cartão",
    "it": "carta",
    "nl": "kaart",
    "ja": "カード",
    "ko": "카드",
    "zh-Hans": "卡",
    "pl": "kart",
    "sv": "kort",
}


@pytest.mark.parametrize("locale", LOCALES)
def test_the_provider_reply_does_not_speak_of_a_card(catalog: Catalog, locale: str) -> None:
    for channel in CHANNELS:
        text = catalog.reply_template(locale, "provider_declined", channel)
        assert CARD[locale].lower() not in text.lower(), (locale, channel)


def test_a_provider_risk_label_is_confidential_like_lost_or_stolen(catalog: Catalog) -> None:
    for code in ("partner_high_risk_customer", "lost_or_stolen_card"):
        report = FailureReport(
            shape="charge",
            code="payment_method_provider_decline",
            decline_code=code,
            outcome=Outcome(type="issuer_declined", reason=code),
        )
        explanation = explain(report, catalog)
        # The generic decline in words that fit a wallet or local method: no card was used.
        assert explanation.sensitive, code
        assert explanation.reply_class == "generic_decline_any_method", code
    # Stripe: present lost_or_stolen_card as partner_generic_decline; both get one reply.
    assert known_entry(catalog, "decline_code", "partner_generic_decline").reply_class == (
        "generic_decline_any_method"
    )


def test_a_revoked_mandate_is_explained_by_its_error_code(catalog: Catalog) -> None:
    # Stripe's TWINT test: payment_intent_mandate_revoked with decline code partner_generic_decline.
    report = FailureReport(
        shape="payment_intent",
        error_type="card_error",
        code="payment_intent_mandate_revoked",
        decline_code="partner_generic_decline",
    )
    explanation = explain(report, catalog)
    assert "mandate" in explanation.headline.lower()
    assert explanation.retry == "never" and explanation.reply_class == "mandate_revoked"
    plain = FailureReport(
        shape="payment_intent",
        error_type="card_error",
        code="payment_method_provider_decline",
        decline_code="partner_generic_decline",
    )
    assert explain(plain, catalog).reply_class == "generic_decline_any_method"


def test_a_local_payment_method_decline_is_not_called_a_card_decline(catalog: Catalog) -> None:
    report = FailureReport(
        shape="charge",
        code="payment_method_provider_decline",
        decline_code="payment_limit_exceeded",
    )
    assert explain(report, catalog).headline.startswith("Payment declined: ")
    card = FailureReport(shape="charge", code="card_declined", decline_code="do_not_honor")
    assert explain(card, catalog).headline.startswith("Card declined: ")
