"""Stripe's own signs (an id, a field only Stripe prints, Radar, an SDK's error class) are looked
for one at a time, each only when the text holds its words: the answer must be the whole
pattern's, for every paste and every rendering of each sign."""

from __future__ import annotations

import re

import pytest

from app.reading.other_processor import _OURS_STRONG, _stripe_sign
from tests.conftest import DATA

SIGNS = (
    "last_payment_error",
    "lastPaymentError",
    "declineCode",
    "req_AbCdEf123456",
    "ch_3NxYzAbCdEfGhIjK",
    "card_1AbCdEfGhIjKlMnO",
    "ch_3nxyzabcdefghijk",  # lower-case: no id of Stripe's
    "Radar",
    "RADAR rule",
    "radarscope",
    "Stripe::CardError",
    "stripe.error.CardError",
    "Stripe\\Exception\\CardException",
    "StripeException",
    "com.stripe.exception",
    "paid via Stripe",
    "ſtripe::CardError",  # long s: case folds it to s
    "Stripe::CardError, ünïcode",
    "RADAR İstanbul",
)
FRESH = [  # startup13's holdout: written after the change, measured once (36 of 36)
    "Stripe\\Exception\\CardException: Your card was declined. in "
    "/var/www/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php:38",
    "com.stripe.exception.CardException: Your card has insufficient funds.; code: card_declined; "
    "request-id: req_9xQwErTy12Ab",
    "stripe.error.CardError: Request req_Zx81Lm3Nq0Pp: Your card was declined.",
    "Stripe::CardError (Your card was declined.)\n  app/services/checkout.rb:44",
    '{"error": {"code": "card_declined", "doc_url": "https://stripe.com/docs/error-codes/card-declined"}}',
    'PaymentIntent pi_3PqRsTuVwXyZ1234 failed: lastPaymentError.declineCode = "insufficient_funds"',
    "customer cus_QaBcDeFgHiJkLm says the charge failed",
    "cus_qabcdefghijklmn looks like a customer id but in lower case",
    'The Radar rule "Block if CVC fails" blocked it.',
    "RADAR: highest risk level",
    "radar-based detection flagged the order",  # a hyphen ends the word
    "Our radarscope vendor flagged it",
    "Braintree: processor_response_code 2001 Insufficient Funds",
    "Adyen refusalReason: Refused, resultCode: Refused",
    "PayPal says INSTRUMENT_DECLINED",
    "Checkout.com response_code 20051 Insufficient Funds",
    "seti_1AbCdEfGhIjKlMnOp setup failed: card_declined",
    "src_1AbCdEfGhIjKlMnOp (legacy source) failed",
    "evt_1NaBcDeFgHiJkLmNo payment_intent.payment_failed",
    "py_3AbCdEfGhIjKlMnOp refund failed",
    "network_status: declined_by_network, seller_message: The bank did not return any further "
    "details",
    "payment_intent: pi_3Nz...  (truncated)",
    "request_log_url: https://dashboard.stripe.com/logs/req_aBcDeF123456",
    "StripeInvalidRequestError: No such payment_method",
    "StripeCardError: Your card was declined",
    "Square says CARD_DECLINED",
    "Klarna: payment rejected",
    "Rechazado por Stripe: fondos insuficientes (código de red 51)",
    "Stripe が拒否しました: insufficient_funds",
    "Stripe에서 거절됨: do_not_honor",
    "ＳＴＲＩＰＥ::CardError (full-width letters)",
    "ſtripe.error.CardError",
    "Ｒadar rule",
    "in_1AbCdEfGhIjKlMnOp invoice payment failed",
    "card_1AbCdEfGhIjKlMnOp was declined",
    "ch_3abcdefghijklmnop0 has no capital letter",
]
AROUND = ("{}", "x{}", "{}x", " {} ", '"{}":', "_{}_", "é {} é", "{}\n")


def _texts() -> list[str]:
    texts = [frame.format(sign) for sign in SIGNS for frame in AROUND]
    texts += [sign.upper() for sign in SIGNS] + [sign.lower() for sign in SIGNS]
    return texts + FRESH


@pytest.mark.parametrize("text", _texts())
def test_each_rendering_of_a_sign_is_found_as_the_whole_pattern_finds_it(text: str) -> None:
    assert _stripe_sign(text) == (re.search(_OURS_STRONG, text) is not None)


def test_every_example_paste_is_answered_as_the_whole_pattern_answers_it() -> None:
    pastes = sorted(DATA.rglob("*.txt"))
    assert len(pastes) > 1000
    for path in pastes:
        head = path.read_text(encoding="utf-8", errors="replace")[:20_000]
        assert _stripe_sign(head) == (re.search(_OURS_STRONG, head) is not None), path
