"""Classes a real-paste holdout showed (set e, harvested from public issue trackers): a Charge
outcome printed wherever its writer put it, a block told in words of any order and language,
a network code after its abbreviation, and another processor's error not read as Stripe's."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste


@pytest.fixture(scope="module")
def known(catalog: Catalog) -> CodeKinds:
    return catalog.code_kinds()


OUTCOMES = {
    "issuer_declined": ("do_not_honor", "declined_by_network", False),
    "blocked": ("highest_risk_level", "not_sent_to_network", True),
    "invalid": ("invalid_account", "not_sent_to_network", False),
}


def _outcome(kind: str) -> dict[str, object]:
    reason, status, _ = OUTCOMES[kind]
    return {
        "network_status": status,
        "reason": reason,
        "risk_level": "normal",
        "seller_message": "Stripe's message.",
        "type": kind,
        "network_decline_code": "05",
    }


def _placements(kind: str) -> dict[str, str]:
    outcome = _outcome(kind)
    error = {"code": "card_declined", "type": "card_error", "message": "Your card was declined."}
    body = json.dumps(outcome, indent=2)
    return {
        "beside the error": json.dumps({"error": error, "outcome": outcome}, indent=2),
        "inside the error": json.dumps({"error": {**error, "outcome": outcome}}),
        "inside last_payment_error": json.dumps(
            {
                "type": "payment_intent.payment_failed",
                "data": {
                    "object": {
                        "id": "pi_3Nabcdefghijklmn",
                        "last_payment_error": {**error, "outcome": outcome},
                    }
                },
            }
        ),
        "alone under a sentence": f"From the API response:\n\n{body}\n",
        "alone with its key": f'Found this:\n"outcome": {body},\nthanks',
        "in a log line": f"2026-01-02 10:00:00 ERROR charge failed outcome={json.dumps(outcome)}",
    }


@pytest.mark.parametrize("kind", OUTCOMES)
@pytest.mark.parametrize("place", list(_placements("blocked")))
def test_an_outcome_is_read_wherever_it_stands(known: CodeKinds, kind: str, place: str) -> None:
    reading = read_paste(_placements(kind)[place], known)
    assert reading.failures, place
    report = reading.failures[0]
    assert report.outcome is not None and report.outcome.type == kind
    assert report.network_decline_code == "05"
    _, _, sensitive = OUTCOMES[kind]
    assert (kind == "blocked") == sensitive


def test_an_authorized_outcome_alone_is_nothing_failed(known: CodeKinds) -> None:
    outcome = {**_outcome("issuer_declined"), "type": "authorized", "reason": None}
    reading = read_paste(f"The outcome was:\n{json.dumps(outcome, indent=2)}", known)
    assert reading.failures == []


def test_words_around_an_object_fill_its_gaps(known: CodeKinds) -> None:
    """A factory or a log writes some fields as code and the outcome as a dict."""
    outcome = json.dumps(_outcome("issuer_declined"), indent=4)
    text = (
        "failed = factory.Trait(\n    status=enums.ChargeStatus.failed,\n"
        "    failure_code=enums.ApiErrorCode.expired_card,\n"
        f"    outcome={outcome},\n)"
    )
    report = read_paste(text, known).failures[0]
    assert report.code == "expired_card" and report.outcome is not None


BLOCKED = [
    "the payment was blocked on Stripe and the order was set to Failed",
    "Stripe blocked it",
    "Radar blocked this payment",
    "blocked in Stripe's dashboard, see the order",
    "their payment gets flagged as highest risk and fails",
    "Zahlung wurde von Stripe blockiert",
    "Radar a bloqué le paiement",
    "pago bloqueado por Radar",
    "pagamento bloccato da Stripe",
    "betaling geblokkeerd door Radar",
    "betalningen blockerades av Stripe",
    "płatność zablokowana przez Stripe",
    "Stripe によってブロックされました",
    "Stripe 拦截了这笔付款",
    "Stripe에서 차단되었습니다",
]


@pytest.mark.parametrize("text", BLOCKED)
def test_a_block_told_in_words_is_confidential(known: CodeKinds, text: str) -> None:
    report = read_paste(f"Order 1042: {text}.", known).failures[0]
    assert report.outcome is not None and report.outcome.type == "blocked"


@pytest.mark.parametrize("text", ["Stripe did not block it, the bank declined: do_not_honor"])
def test_a_block_denied_is_not_one(known: CodeKinds, text: str) -> None:
    report = read_paste(text, known).failures[0]
    assert report.outcome is None or report.outcome.type != "blocked"


@pytest.mark.parametrize("label", ["NDC", "ndc", "network resp", "Network response", "scheme code"])
@pytest.mark.parametrize("between", ["=", ": ", " "])
def test_a_network_code_after_its_abbreviation(known: CodeKinds, label: str, between: str) -> None:
    text = f"Amex declined, {label}{between}63, generic_decline in stripe. retry or not?"
    report = read_paste(text, known).failures[0]
    assert report.network_decline_code == "63"


def test_every_other_processors_error_is_not_read_as_stripes(
    known: CodeKinds, catalog: Catalog
) -> None:
    names = catalog.vocabulary("other_processors")
    assert len(names) >= 20
    for title in names.values():
        for text in (
            f'{title} error: Code=80 "Do Not Honor" (insufficient funds?)',
            f"We switched to {title} last year. Their API says card_declined / do_not_honor.",
        ):
            with pytest.raises(UnreadablePaste) as raised:
                read_paste(text, known)
            assert title in raised.value.message and "not from Stripe" in raised.value.message


@pytest.mark.parametrize(
    "extra",
    [" (the Stripe charge ch_3Nabcdefghijkl)", " decline_code: do_not_honor", " stolen_card"],
)
def test_a_processors_name_beside_stripes_own_signs_is_still_read(
    known: CodeKinds, extra: str
) -> None:
    """Moving from Braintree to Stripe, a note names both; a sensitive code keeps it ours."""
    reading = read_paste(f"Braintree says Do Not Honor{extra}", known)
    assert reading.failures
