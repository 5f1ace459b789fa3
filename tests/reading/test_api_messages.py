"""Stripe's standard messages alone (messages.toml): every message, its `{id}` and `{value}`
filled with values of each kind, pasted bare, as an SDK's exception line, in a log line or
quoted in a note, reads as its error type and code."""

from __future__ import annotations

import itertools
import tomllib

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from tests.conftest import ROOT

MESSAGES = tomllib.loads((ROOT / "resources/catalog/messages.toml").read_text())["message"]
IDS = [
    "cus_NffrFeUfNV2Hib",
    "<private_client_secret>",
    "pm_1QxYz2AbCdEfGh",
    "ch_3Mtw...",
    "cus_xxxxxxxx",
]
VALUES = ["succeeded", "payment_method_data[card]", '"us_bank_account"', "['ideal', 'sofort']"]
AROUND = [
    "{}",
    "stripe.error.{cls}: Request req_8Qz1: {}",
    '[2026-12-06 10:02:11] production.ERROR: {} {{"order":1042}}',
    'The developer says the API answered "{}" when the customer paid.',
]
# The SDK class that raises each type (stripe-python's names).
CLASSES = {
    "card_error": "CardError",
    "invalid_request_error": "InvalidRequestError",
    "api_error": "APIError",
    "idempotency_error": "IdempotencyError",
    None: "StripeError",
}


def _with_codes() -> list[dict[str, str]]:
    return [m for m in MESSAGES if m.get("code") or m.get("error_type")]


@pytest.mark.parametrize("message", _with_codes(), ids=lambda m: m["text"][:40])
def test_every_message_with_any_values_reads_as_its_code(
    known: CodeKinds, message: dict[str, str]
) -> None:
    for an_id, value, around in itertools.product(IDS[:2], VALUES, AROUND):
        written = message["text"].replace("{id}", an_id).replace("{value}", value)
        text = around.format(written, cls=CLASSES.get(message.get("error_type"), "StripeError"))
        reading = read_paste(text, known)
        assert reading.failures, text
        detected = reading.failures[0].detected()
        if message.get("code"):
            assert detected.get("code") == message["code"], text
        elif message.get("error_type") and not message.get("decline_code"):
            assert detected.get("error_type") == message["error_type"], text


@pytest.mark.parametrize(
    "text",
    [
        "Transfer failed: You have insufficient funds in your Stripe account for this transfer.",
        "Payout error: Insufficient funds in Stripe account. In test mode, add funds first.",
    ],
)
def test_the_platforms_balance_is_not_the_customers_card(known: CodeKinds, text: str) -> None:
    detected = read_paste(text, known).failures[0].detected()
    assert detected.get("code") == "balance_insufficient"
    assert detected.get("decline_code") is None


@pytest.mark.parametrize(
    "text",
    [
        "No such payment method type in our shop.",
        "The payment method type is invalid",  # no value where the message has one
    ],
)
def test_a_message_without_its_value_is_not_that_message(known: CodeKinds, text: str) -> None:
    from app.reading.messages import match

    found = match(text, known.messages)
    assert found is None or found.code is None or "payment method type" not in text.lower()


# Objects no message of their own names: the general "No such ..." message tells them.
OTHER_OBJECTS = ["file", "tax_rate", "webhook_endpoint", "billing_portal.session", "payout"]


@pytest.mark.parametrize("name", OTHER_OBJECTS)
@pytest.mark.parametrize("an_id", ["file_1QxYz2AbCdEfGh", "<YOUR_ID>", "txr_xxxxxxxx"])
def test_any_object_stripe_cannot_find_is_resource_missing(
    known: CodeKinds, name: str, an_id: str
) -> None:
    for around in AROUND:
        text = around.format(f"No such {name}: '{an_id}'", cls="InvalidRequestError")
        detected = read_paste(text, known).failures[0].detected()
        assert detected.get("code") == "resource_missing", text
        assert detected.get("error_type") == "invalid_request_error", text


# Exceptions the SDKs raise themselves, before or beside a request: not an error type of the
# API, yet a Stripe failure an agent is shown, never "no Stripe payload".
CLIENT_EXCEPTIONS = [
    "Stripe\\Exception\\InvalidArgumentException",
    "Stripe\\Exception\\UnexpectedValueException",
    "Stripe\\Exception\\SignatureVerificationException",
    "Stripe.StripeException",
    "com.stripe.exception.SignatureVerificationException",
    "stripe.error.SignatureVerificationError",
]
RAISED = [
    "PHP Fatal error:  Uncaught exception '{cls}' with message '{message}' in /var/www/a.php:227",
    "{cls}: {message}",
    "Unhandled exception. {cls}: {message}\n   at Checkout.Pay() in Pay.cs:line 41",
]


@pytest.mark.parametrize("cls", CLIENT_EXCEPTIONS)
@pytest.mark.parametrize("form", RAISED)
def test_a_client_side_stripe_exception_is_a_stripe_failure(
    known: CodeKinds, cls: str, form: str
) -> None:
    text = form.format(cls=cls, message="api_key cannot contain whitespace")
    reading = read_paste(text, known)
    assert reading.failures and reading.failures[0].shape == "error", text
    assert not reading.failures[0].detected().get("decline_code"), text


@pytest.mark.parametrize(
    "text",
    [
        "We catch stripe.error.CardError and other exceptions in our checkout.",
        "except stripe.error.SignatureVerificationError as e:",
    ],
)
def test_code_that_only_names_an_exception_is_not_a_failure(known: CodeKinds, text: str) -> None:
    from app.reading.report import UnreadablePaste

    with pytest.raises(UnreadablePaste):
        read_paste(text, known)
