"""Stripe's errors that are about no card, told in prose (issue 26, set s): an integration's
mistake quoted in a ticket, a log in another language or an SDK's exception reads as a failure
of the request, never as unusable and never as a card's decline; the iOS SDK's messages in its
languages read as the English message they translate; an HTML tag is no placeholder id and an
id after "code:" is no code."""

from __future__ import annotations

import tomllib

import pytest

from app.reading.messages import normalise
from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from tests.conftest import ROOT
from tests.reading.conftest import failures_of

MESSAGES = tomllib.loads((ROOT / "resources/catalog/messages.toml").read_text())["message"]
REQUEST_ERRORS = [
    "Stripe Checkout can't communicate with our payment processor because the API key is "
    "invalid. Please contact the website owner or support@stripe.com.",
    "You may not specify other event types in `enabled_events` alongside '*'.",
    "A token may not be passed in as a PaymentMethod. Instead, use payment_method_data with "
    "type=card and card[token]",
    "Invalid capture_method: must be one of automatic, automatic_async, or manual",
    "This value must be greater than or equal to 1.",
    "You cannot use a Stripe token more than once: tok_1QxYzAbCdEfGhIjK.",
    "Must provide source or customer.",
]
# Where a person finds one: a ticket's title, a French log line, an SDK's exception, a chat.
AROUND = [
    "Issue in payment with stripe\n\n{}\n\nAny idea?",
    "2026-03-02 17:44:37 (pid 610) :Pub:ERREUR: stripe_set_webhook: Impossible de modifier "
    'le endpoint we_1Fii7KD9j7IwbtT2 {{"url":"https://mon-site.fr/hook"}} :: {}',
    "Stripe::InvalidRequestError: {}\n  from app/models/order.rb:42:in `charge!'",
    "klantenservice: de webshop toont ‘{}’ bij het afrekenen, wat moeten we doen?",
    '<div class="error"><b>Stripe</b>: {}</div>',
]


@pytest.mark.parametrize("message", REQUEST_ERRORS)
def test_a_request_error_in_any_surrounding_is_a_failure_of_the_request(
    known: CodeKinds, message: str
) -> None:
    for around in AROUND:
        text = around.format(message)
        reading = read_paste(text, known)
        assert reading.failures, text
        first = reading.failures[0]
        assert first.error_type == "invalid_request_error", text
        assert first.decline_code is None, text


# stripe-ios' localised messages (messages.toml) and the English one each translates.
LOCALISED = [
    m
    for m in MESSAGES
    if m["source"] == "https://docs.stripe.com/sdks/ios" and not m["text"].startswith("There was")
]


def test_the_ios_sdks_languages_are_there() -> None:
    texts = " ".join(m["text"] for m in LOCALISED)
    for words in ("inattendue", "Unerwarteter", "inesperado", "imprevisto", "onverwachte"):
        assert words in texts
    assert "予期しない" in texts


@pytest.mark.parametrize("message", LOCALISED, ids=lambda m: m["text"][:30])
def test_a_localised_ios_message_reads_as_the_english_it_translates(
    known: CodeKinds, message: dict[str, str]
) -> None:
    for text in (
        message["text"],
        f'Error Domain=STPPaymentHandlerErrorDomain Code=7 "{message["text"]}" UserInfo='
        f"{{NSLocalizedDescription={message['text']}}}",
        # A test card beside it names the card tried, not the error Stripe gave.
        f"With test card 4000 0025 0000 3155 I received: {message['text']}",
    ):
        reading = read_paste(text, known)
        assert reading.failures, text
        first = reading.failures[0]
        assert first.error_type == message.get("error_type"), text
        assert first.code == message.get("code"), text
        if message.get("error_type") != "card_error":
            assert first.decline_code is None, text


@pytest.mark.parametrize("tag", ["div", "b", "p", "span", "BR", "TD", "strong", "em"])
def test_an_html_tag_is_no_placeholder_id(tag: str) -> None:
    assert " id " not in normalise(f"<{tag}>Your card was declined.</{tag}>")
    assert normalise(f"<{tag}>") != normalise("<YOUR_ID>")


@pytest.mark.parametrize(
    "placeholder", ["<private_client_secret>", "<YOUR_ID>", "<CUSTOMER ID>", "<ID>", "<pm_id>"]
)
def test_a_placeholder_is_an_id(placeholder: str) -> None:
    assert normalise(f"No such customer: {placeholder}") == normalise(
        "No such customer: 'cus_NffrFeUfNV2Hib'"
    )


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("No such promotion code:", "'promo_1Nx2AbCdEfGh'"),
        ("code:", "promo_1Nx2AbCdEfGh"),
        ("Error code =", "pi_3Px9AbCdEfGhIjK"),
        ("decline_code:", '"ch_3Px9AbCdEfGhIjK"'),
        ("failure code", "`py_1Px9AbCdEfGhIjK`"),
    ],
)
def test_an_id_after_a_code_label_is_no_code(known: CodeKinds, label: str, value: str) -> None:
    text = f"Stripe said: {label} {value}"
    failures = failures_of(text, known)
    for report in failures:
        assert report.code is None or not report.code.startswith(value.strip("'\"`")[:3])
        assert report.decline_code is None
