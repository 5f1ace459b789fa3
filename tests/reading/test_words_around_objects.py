"""Words around an embedded object that name a decline code while the object shows nothing
failed (a PaymentIntent waiting for a new payment method, a Charge not yet failed): the words
tell the failure, and a sensitive code among them is never read as "nothing failed". A code the
object holds itself (a dispute's reason) is the object's."""

from __future__ import annotations

import json

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals

OBJECTS = (
    {"id": "pi_3QxAbCdEfGh1234", "object": "payment_intent", "status": "requires_payment_method"},
    {"id": "pi_3QxAbCdEfGh1234", "object": "payment_intent", "status": "requires_action"},
    {"id": "cus_QxAbCdEfGh1234", "object": "customer", "email": "jane@example.com"},
)
WORDS = (
    "Customer says the charge was declined with `{code}` but the intent shows:\n{obj}",
    "declined ({code}) -- fetched object below\n{obj}",
    "{obj}\nSupport note: the bank answered {code}.",
)


@pytest.mark.parametrize("code", ("insufficient_funds", "lost_card", "stolen_card", "expired_card"))
def test_a_code_named_around_a_calm_object_is_the_failure(known: CodeKinds, code: str) -> None:
    for obj in OBJECTS:
        for words in WORDS:
            text = words.format(code=code, obj=json.dumps(obj, indent=2))
            reading = read_paste(text, known)
            assert reading.failures, text
            assert reading.failures[0].decline_code == code, text
            marked = bool(signals(reading.failures[0], known.sensitive, known.sensitive_codes))
            assert marked == (code in known.sensitive_codes), text


def test_a_dispute_whose_reason_is_fraudulent_stays_nothing_failed(known: CodeKinds) -> None:
    dispute = {"id": "dp_1QxAbCdEfGh1234", "object": "dispute", "reason": "fraudulent"}
    text = f"Got this from the webhook, reason fraudulent:\n{json.dumps(dispute, indent=2)}"
    assert not read_paste(text, known).failures


@pytest.mark.parametrize("title", ("Dispute", "Chargeback", "Litige", "Anfechtung", "Disputa"))
def test_the_dashboards_dispute_page_is_nothing_failed(known: CodeKinds, title: str) -> None:
    for state in ("Needs response", "Evidence due by\nDec 21, 2026", "Under review"):
        for reason in ("Fraudulent", "Product not received", "Unrecognized"):
            text = (
                f"{title}\n€89.00 EUR\n{state}\nReason\n{reason}\nPayment\n"
                "ch_3QbW4xLkdf83JdQa4d3Ez6Tv"
            )
            assert not read_paste(text, known).failures, text
    declined = f"{title}\nNeeds response\nThe card was declined: stolen_card"
    assert read_paste(declined, known).failures, declined
