"""Texts that are not one failed payment: a payment held for review told in words (Radar's or
a manual review, in the shipped languages) is nothing failed; a webhook's delivery failing or a
customer the API did not find is no payment failure; and the same words beside a card that was
declined still tell a failure. Also the banks' and Stripe.js's sentences of insufficient funds
with a negation inside ("ne dispose pas de fonds suffisants")."""

from __future__ import annotations

import tomllib

import pytest

from app.reading.failure_words import TOLD_HELD_FOR_REVIEW
from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from tests.conftest import ROOT
from tests.reading.conftest import failures_of

VOCABULARY = tomllib.loads((ROOT / "resources/catalog/vocabulary.toml").read_text())
REVIEW = sorted(VOCABULARY["review_words"])
# A payment or an order named around the review's words, as a merchant or a plug-in says it.
AROUND_REVIEW = [
    "The payment was {} this morning.",
    "Order #1042: {} by Stripe, we are waiting.",
    "Zahlung / paiement / pago / 決済 / 결제 / 支付: {}",
]


@pytest.mark.parametrize("words", REVIEW)
def test_a_payment_held_for_review_is_nothing_failed(known: CodeKinds, words: str) -> None:
    for around in AROUND_REVIEW:
        for written in (words, words.upper(), words.capitalize()):
            text = around.format(written)
            reading = read_paste(text, known)
            assert not reading.failures, text
            assert reading.warnings == [TOLD_HELD_FOR_REVIEW], text


@pytest.mark.parametrize("words", REVIEW[:6])
def test_a_review_beside_a_failure_is_the_failure(known: CodeKinds, words: str) -> None:
    for text in (
        f"The payment was {words}, then the card was declined.",
        f"Order {words}; Radar blocked the payment in the end.",
        f"The payment was {words}. Decline code: insufficient_funds",
    ):
        assert read_paste(text, known).failures, text


NOT_A_PAYMENT = [
    "We've had trouble delivering webhooks to your endpoint: {n} attempts have failed. Looking "
    "at the most recent failure, we received an HTTP status code of 50{d}.",
    "failed to set stripe customer id for customer {n}: stripe customer cus_{n}X not found",
    "Stripe webhook delivery failed with status {d}0{d} for endpoint we_{n}",
    "Setting the Stripe customer id fails when the customer was deleted ({n}).",
    "Stripe error: the API key sk_test_...{n} failed; status {d}01.",
]


@pytest.mark.parametrize("template", NOT_A_PAYMENT)
def test_a_webhook_or_a_customer_failing_is_no_payment_failure(
    known: CodeKinds, template: str
) -> None:
    for n, d in ((3, 1), (219, 2), (48123, 4)):
        text = template.format(n=n, d=d)
        failures = failures_of(text, known)
        assert not failures, text


@pytest.mark.parametrize(
    "text",
    [
        "The invoice.payment_failed webhook says the card was declined.",
        "Webhook received: the payment failed for customer cus_123.",
        "Die Zahlung ist fehlgeschlagen, der Webhook meldet status failed.",
    ],
)
def test_a_webhook_telling_a_payment_failed_is_a_failure(known: CodeKinds, text: str) -> None:
    assert read_paste(text, known).failures, text


NEGATED_INSIDE = [
    phrase
    for phrase, code in VOCABULARY["reason_words"].items()
    if code == "insufficient_funds"
    and any(word in phrase.split() for word in ("pas", "no", "non", "não", "nicht", "niet"))
]


@pytest.mark.parametrize("phrase", NEGATED_INSIDE)
def test_insufficient_funds_said_with_a_negation_inside_is_insufficient_funds(
    known: CodeKinds, phrase: str
) -> None:
    assert len(NEGATED_INSIDE) >= 8
    for text in (f"« Votre carte {phrase}. »", f"Customer quotes: {phrase}", phrase.capitalize()):
        reading = read_paste(text, known)
        assert reading.failures[0].decline_code == "insufficient_funds", text


FAILING = sorted(VOCABULARY["failure_words"])
# A refund or a dispute that went through, then a new attempt that failed, as a finance team
# forwards it: the refund's id comes first, the failure's words and code after it.
BESIDE_ANOTHER_OBJECT = [
    "The refund (re_3RBmG7Yl1Dj4Rn5z0Jo8Kh9Z) is done, but the new charge: {} - do_not_honor.",
    "dp_1QzAbCdEfGhIjKlM closed. Retry {}: do_not_honor (network code 05)",
]


@pytest.mark.parametrize("word", FAILING)
def test_a_failure_told_beside_a_refund_in_any_language_is_read(
    known: CodeKinds, word: str
) -> None:
    for around in BESIDE_ANOTHER_OBJECT:
        text = around.format(word)
        reading = read_paste(text, known)
        assert reading.failures, text
        assert reading.failures[0].decline_code == "do_not_honor", text


def test_a_refund_alone_is_still_nothing_failed(known: CodeKinds) -> None:
    reading = read_paste("Refund re_3RBmG7Yl1Dj4Rn5z0Jo8Kh9Z for $30.00 succeeded.", known)
    assert not reading.failures
