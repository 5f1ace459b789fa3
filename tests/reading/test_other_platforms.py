"""Other processors' own objects and other platforms' orders (issue 26, session 9). Culqi,
Mollie, PAY.JP, Swish, PayRex, Whop and Omise print Stripe's codes in objects of their own,
known by their marks (a field Stripe never uses, an id prefix, PAY.JP's `error.status` and hex
ids): unusable in every rendering, with no name or host beside them. The opposites stay read:
Stripe's own error with the same codes, a sensitive code beside one weak mark (the safe side),
a processor's name denied. A shop's order (Shopify, WooCommerce, commercetools) says whether
its payment failed: a failure with no code, or nothing failed; a pending order tells neither."""

from __future__ import annotations

import itertools
import json

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from app.reading.sensitivity import signals
from tests.reading.conftest import kind_of

PAYJP_CHARGE = "ch_fa990a4c10672a93053a774730b0a"


def _objects(code: str) -> dict[str, object]:
    """Each processor's object printing a Stripe code, as its API documents it."""
    return {
        "Culqi": {
            "object": "error",
            "type": "card_error",
            "charge_id": "chr_live_7GwDbxKLRpF1ab",
            "code": "card_declined",
            "decline_code": code,
            "merchant_message": "La tarjeta fue rechazada.",
            "user_message": "Su tarjeta fue rechazada.",
        },
        "Mollie": {
            "resource": "payment",
            "id": "tr_WDqYK6vllg",
            "status": "failed",
            "method": "creditcard",
            "profileId": "pfl_QkEhN94Ba",
            "details": {"failureReason": code, "failureMessage": "The card was declined."},
            "_links": {"self": {"href": "https://api.mollie.com/v2/payments/tr_WDqYK6vllg"}},
        },
        "PAY.JP": {
            "error": {
                "code": code,
                "message": "Card declined",
                "status": 402,
                "type": "card_error",
                "charge": PAYJP_CHARGE,
            }
        },
        "Swish": {
            "id": "AB23D7406ECE4542A80152D909EF9F6B",
            "payeePaymentReference": "0123456789",
            "status": "DECLINED",
            "errorCode": "RF07",
            "errorMessage": code,
            "additionalInformation": None,
        },
        "PayRex": {
            "errors": [{"code": code, "detail": "The card was declined.", "parameter": None}]
        },
        "Whop": {
            "id": "pay_xXo8nHZ0jFn9Yz",
            "status": "failed",
            "substatus": "failed",
            "failure_message": code,
            "usd_total": 10.0,
            "membership": "mem_abcdEFGH1234",
        },
        "Omise": {
            "object": "charge",
            "id": "chrg_test_5fzovvc5tvqjv1e1",
            "status": "failed",
            "failure_code": code,
            "authorize_uri": "https://pay.omise.co/payments/x/authorize",
        },
    }


def _renderings(value: object) -> list[str]:
    body = json.dumps(value)
    return [
        body,
        json.dumps(value, indent=2),
        body.replace('": ', '" => '),  # a Ruby hash
        repr(value),  # a Python dict
        f"2026-12-07 10:15:02 ERROR payment failed: {body}",
    ]


PROCESSORS = list(_objects("x"))


@pytest.mark.parametrize(
    ("processor", "code"),
    list(itertools.product(PROCESSORS, ("card_declined", "insufficient_funds", "expired_card"))),
)
def test_another_processors_own_object_is_unusable(
    known: CodeKinds, processor: str, code: str
) -> None:
    for text in _renderings(_objects(code)[processor]):
        with pytest.raises(UnreadablePaste) as raised:
            read_paste(text, known)
        assert "not from Stripe" in raised.value.message, text


@pytest.mark.parametrize("processor", ["Culqi", "Mollie", "Whop", "Omise"])
def test_a_processors_object_with_several_marks_is_theirs_even_when_sensitive(
    known: CodeKinds, processor: str
) -> None:
    for text in _renderings(_objects("stolen_card")[processor]):
        assert kind_of(text, known) == "unusable", text


def _confidential(text: str, known: CodeKinds) -> bool:
    reading = read_paste(text, known)
    return bool(reading.failures) and bool(
        signals(reading.failures[0], known.sensitive, known.sensitive_codes)
    )


STRIPE_ERROR = {
    "type": "card_error",
    "code": "card_declined",
    "decline_code": "stolen_card",
    "message": "Your card was declined.",
}


@pytest.mark.parametrize(
    "text",
    (
        json.dumps({"error": {**STRIPE_ERROR, "charge": "ch_3PqRsTuVwXyZ0123"}}, indent=2),
        json.dumps({"error": STRIPE_ERROR, "charge_id": "ch_3PqRsTuVwXyZ0123"}),
        json.dumps({"error": STRIPE_ERROR, "user_message": "Sorry, declined"}),
        "Not Culqi this time:\n" + json.dumps({"error": {**STRIPE_ERROR, "status": 402}}),
        json.dumps({"error": {**STRIPE_ERROR, "request_log_url": "https://dashboard.stripe.com/"}}),
    ),
)
def test_stripes_error_beside_one_weak_mark_stays_confidential(known: CodeKinds, text: str) -> None:
    assert _confidential(text, known), text


# A shop's own API wrapping Stripe's failure, and code naming a charge's id: `charge_id` is
# everybody's word, no processor's mark.
WRAPPED = {
    "details": {
        "charge_id": "ch_3PqRsTuVwXyZ0123",
        "failure_code": "card_declined",
        "failure_message": "Your card was declined.",
        "decline_code": "generic_decline",
    }
}


@pytest.mark.parametrize(
    "text",
    (
        json.dumps({"success": False, "error": "Payment declined", **WRAPPED}, indent=2),
        "### Payment Declined (402)\n\n```json\n" + json.dumps(WRAPPED, indent=2) + "\n```",
        "charge_id = charge.id\n" + json.dumps({"error": {**STRIPE_ERROR, "decline_code": None}}),
        "PHP: $charge_id = $e->getJsonBody()['error']['charge'];\n"
        + json.dumps({"error": {**STRIPE_ERROR, "decline_code": "generic_decline"}}),
    ),
)
def test_a_shops_charge_id_beside_stripes_failure_is_read_as_stripes(
    known: CodeKinds, text: str
) -> None:
    failures = read_paste(text, known).failures  # not "an error from Culqi"
    assert failures, text
    assert "card_declined" in (failures[0].code, failures[0].decline_code) or (
        failures[0].decline_code == "generic_decline"
    ), text


# Shops' orders: the platform's field, its values, and the renderings an agent copies.
ORDERS: dict[str, tuple[dict[str, object], str]] = {
    "shopify": ({"id": 450789469, "name": "#1001", "gateway": "stripe"}, "financial_status"),
    "commercetools": ({"type": "Order", "id": "a1b2", "orderState": "Open"}, "paymentState"),
    "woocommerce": (
        {"id": 727, "payment_method": "stripe", "payment_method_title": "Credit Card (Stripe)"},
        "status",
    ),
    "bigcommerce": ({"id": 118, "payment_provider_id": "stripe"}, "payment_status"),
}
FAILED = ("failed", "Failed", "declined")
PAID = ("paid", "Paid", "processing", "completed", "refunded", "partially_refunded")


def _order_renderings(order: dict[str, object]) -> list[str]:
    php = "Array\n(\n" + "".join(f"    [{k}] => {v}\n" for k, v in order.items()) + ")"
    return [
        json.dumps(order),
        json.dumps({"topic": "orders/updated", "order": order}, indent=2),
        json.dumps(order).replace('": ', '" => '),
        php,
    ]


@pytest.mark.parametrize(("platform", "value"), list(itertools.product(ORDERS, FAILED)))
def test_an_order_whose_payment_failed_is_a_failure_without_a_code(
    known: CodeKinds, platform: str, value: str
) -> None:
    base, field = ORDERS[platform]
    for text in _order_renderings({**base, field: value, "total_price": "19.00"}):
        reading = read_paste(text, known)
        assert reading.failures, text
        assert reading.failures[0].decline_code is None, text


@pytest.mark.parametrize(("platform", "value"), list(itertools.product(ORDERS, PAID)))
def test_an_order_whose_payment_went_through_is_nothing_failed(
    known: CodeKinds, platform: str, value: str
) -> None:
    base, field = ORDERS[platform]
    for text in _order_renderings({**base, field: value, "total_price": "19.00"}):
        assert kind_of(text, known) == "nothing_failed", text


@pytest.mark.parametrize("platform", list(ORDERS))
def test_a_pending_order_tells_no_failure(known: CodeKinds, platform: str) -> None:
    base, field = ORDERS[platform]
    text = json.dumps({**base, field: "pending"})
    assert kind_of(text, known) == "unusable", text


def test_another_processors_order_is_theirs(known: CodeKinds) -> None:
    text = json.dumps({"id": 5, "financial_status": "failed", "gateway": "adyen"})
    with pytest.raises(UnreadablePaste) as raised:
        read_paste(text, known)
    assert "Adyen" in raised.value.message


# Acquirers' back-office pages (lead note D): their own labels or their name, never Stripe's.
BACK_OFFICE = (
    "Détail de la transaction\nRéférence : 1234567\nStatut : Refusée\n"
    "Code retour banque : {code} – {words}\nMontant : 45,00 EUR",
    "PayZen - Détail de la transaction\nStatut : Refusée\nCode retour banque : {code} - {words}",
    "CODE RETOUR DE LA BANQUE: {code} ({words})",
    "Concardis Transaktionsdetails\nStatus: Abgelehnt\nAntwort: {code} - {words}",
    "Redsys: operación denegada, código {code} {words}",
)


@pytest.mark.parametrize(
    ("page", "reply"),
    list(
        itertools.product(BACK_OFFICE, (("05", "Ne pas honorer"), ("51", "Provision insuffisante")))
    ),
)
def test_an_acquirers_back_office_page_is_unusable(
    known: CodeKinds, page: str, reply: tuple[str, str]
) -> None:
    code, words = reply
    text = page.format(code=code, words=words)
    assert kind_of(text, known) == "unusable", text
