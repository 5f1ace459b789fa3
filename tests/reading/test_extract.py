"""extract: from parsed Stripe objects to FailureReports, whatever the shape."""

from __future__ import annotations

from app.reading.extract import find_failures, object_kind


def test_objects_are_recognised_by_their_field_or_their_id() -> None:
    assert object_kind({"object": "charge"}) == "charge"
    assert object_kind({"id": "pi_123"}) == "payment_intent"
    assert object_kind({"last_setup_error": {}}) == "setup_intent"
    assert object_kind({"failure_code": "card_declined"}) == "charge"
    assert object_kind({"hello": 1}) is None


def test_a_failed_charge_gives_one_report_with_its_card_and_outcome() -> None:
    charge = {
        "object": "charge",
        "id": "ch_1",
        "status": "failed",
        "amount": 4999,
        "currency": "EUR",
        "failure_code": "card_declined",
        "outcome": {
            "type": "issuer_declined",
            "reason": "insufficient_funds",
            "network_status": "declined_by_network",
        },
        "payment_method_details": {"type": "card", "card": {"brand": "visa", "last4": "4242"}},
        "billing_details": {"name": "Jenny Rosen"},
    }
    [report] = find_failures([charge]).failures
    assert (report.shape, report.code, report.decline_code) == (
        "charge",
        "card_declined",
        "insufficient_funds",
    )
    assert (report.amount, report.currency, report.card_brand, report.card_last4) == (
        4999,
        "eur",
        "visa",
        "4242",
    )
    assert report.ids.charge == "ch_1" and report.customer_name == "Jenny Rosen"


def test_a_succeeded_charge_is_no_failure() -> None:
    found = find_failures([{"object": "charge", "id": "ch_1", "status": "succeeded"}])
    assert found.failures == [] and found.stripe_objects >= 1


def test_a_payment_intent_takes_the_name_from_shipping() -> None:
    intent = {
        "object": "payment_intent",
        "id": "pi_1",
        "last_payment_error": {"type": "card_error", "code": "expired_card"},
        "shipping": {"name": "Ana Souza", "address": {"city": "Recife"}},
    }
    [report] = find_failures([intent]).failures
    assert report.code == "expired_card" and report.customer_name == "Ana Souza"
