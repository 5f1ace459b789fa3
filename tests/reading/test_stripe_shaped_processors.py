"""Stripe-shaped errors of other processors (issue 26, session 8): PAY.JP, KOMOJU, Omise, Unzer
and Systempay print Stripe's own `card_declined` and `card_error`, so only their marks tell
them apart: their API's host in the request line or the error's URL, their SDK's namespace
(`Payjp::CardError`). With such a mark and none of Stripe's own words the paste is theirs
(unusable, naming them). The opposites stay read: the same error beside the processor's name
in a sentence, beside a word of Stripe's own, and a confidential code written as Stripe writes
it (the safe side)."""

from __future__ import annotations

import itertools
import json

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from app.reading.sensitivity import signals

# Each processor's name as the message names it, its API's host and its SDK's namespace.
PROCESSORS = (
    ("PAY.JP", "api.pay.jp", "Payjp"),
    ("KOMOJU", "komoju.com", "Komoju"),
    ("Omise", "api.omise.co", "Omise"),
    ("Unzer", "api.unzer.com", "Unzer"),
    ("Systempay", "api.systempay.fr", "Systempay"),
)
CODES = ("card_declined", "expired_card", "incorrect_cvc", "processing_error")


def _error(code: str) -> dict[str, object]:
    return {"code": code, "message": "Card declined", "status": 402, "type": "card_error"}


def _renderings(host: str, namespace: str, code: str) -> list[str]:
    body = json.dumps({"error": _error(code)})
    pretty = json.dumps({"error": _error(code)}, indent=2)
    ruby = body.replace('": ', '"=>')
    return [
        f"POST https://{host}/v1/charges 402\n{body}",
        f"{pretty}\nrequest: https://{host}/v1/charges",
        f"{namespace}::CardError: {ruby}",
        f"決済エラー {namespace}::CardError\n{pretty}",
        f"2026-12-06 10:15:02 ERROR POST https://{host}/v1/charges -> 402 {body}",
    ]


@pytest.mark.parametrize(("processor", "code"), list(itertools.product(PROCESSORS, CODES)))
def test_a_stripe_shaped_error_with_another_processors_marks_is_theirs(
    processor: tuple[str, str, str], code: str, known: CodeKinds
) -> None:
    _, host, namespace = processor
    for text in _renderings(host, namespace, code):
        with pytest.raises(UnreadablePaste) as raised:
            read_paste(text, known)
        assert "not from Stripe" in raised.value.message, text


@pytest.mark.parametrize("processor", PROCESSORS)
def test_a_stripe_error_beside_a_processors_name_or_stripes_words_is_read(
    processor: tuple[str, str, str], known: CodeKinds
) -> None:
    name, host, _ = processor
    body = json.dumps({"error": {**_error("card_declined"), "decline_code": "do_not_honor"}})
    for text in (
        f"We moved from {name} to Stripe last month. This one failed:\n{body}",
        f"Not {name} this time:\n{body}",
        f"POST https://{host}/v1/charges failed, so we retried on Stripe:\n{body}",
        f"POST https://{host}/v1/charges\n"
        + json.dumps(
            {
                "error": {
                    **_error("card_declined"),
                    "request_log_url": "https://dashboard.stripe.com/logs/req_AbCdEf123456",
                }
            }
        ),
    ):
        reading = read_paste(text, known)
        assert reading.failures and reading.failures[0].code == "card_declined", text


@pytest.mark.parametrize(
    ("processor", "code"), list(itertools.product(PROCESSORS, ("stolen_card", "fraudulent")))
)
def test_a_confidential_code_written_beside_a_processors_marks_stays_confidential(
    processor: tuple[str, str, str], code: str, known: CodeKinds
) -> None:
    _, host, _ = processor
    body = json.dumps({"error": {**_error("card_declined"), "decline_code": code}})
    reading = read_paste(f"POST https://{host}/v1/charges 402\n{body}", known)
    assert reading.failures, body
    assert signals(reading.failures[0], known.sensitive, known.sensitive_codes), body
