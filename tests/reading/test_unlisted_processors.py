"""A processor the vocabulary never lists is known by its own result codes (lead note,
reading12p): a result field (`err_code`, `RESULT`, `ResultCode`, `ErrInfo`, `response_code`,
`esito`) whose value is a code of its own (upper case or digits, none of Stripe's, no HTTP
status), beside nothing of Stripe's, is another processor's paste, in every rendering and with
every way the colleague mentions Stripe. The opposites: Stripe's own marks beside the same
fields claim the payment, a network decline code Stripe knows (`response code: 05`) is no
other processor's, and a sensitive code written as a code stays a failure."""

from __future__ import annotations

import itertools
import json

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from tests.reading.conftest import kind_of
from tests.reading.renderings import mail_quote

# Invented processors' replies: names nobody lists, fields and codes of their own.
REPLIES = {
    "wallet": {"result_code": "FAIL", "err_code": "NOTENOUGH", "err_msg": "balance too low"},
    "payflow": {"RESULT": "12", "RESPMSG": "Declined", "PNREF": "A10E2B3C4D5E"},
    "mangopay": {"ResultCode": "008003", "ResultMessage": "Card declined", "Id": "88123"},
    "gmo": {"ErrCode": "G65", "ErrInfo": "42G650000", "OrderID": "A-5521"},
    "xpay": {"esito": "KO", "codiceEsito": "116", "messaggio": "Disponibilita insufficiente"},
}
RENDER = {
    "json": lambda fields: json.dumps(fields),
    "labels": lambda fields: "\n".join(f"{k}: {v}" for k, v in fields.items()),
    "pairs": lambda fields: "&".join(f"{k}={v}" for k, v in fields.items()),
    "email": lambda fields: mail_quote("\n".join(f"{k}: {v}" for k, v in fields.items())),
}
MENTIONS = [
    "Which macro for this one?\n{paste}",
    "Welchen unserer Stripe-Textbausteine nehmen wir hier?\n{paste}",
    "Esto no pasa por Stripe. ¿Qué plantilla?\n{paste}",
    "这单不走 Stripe，用哪个宏？\n{paste}",
]


@pytest.mark.parametrize(("reply", "render"), list(itertools.product(REPLIES, RENDER)))
def test_an_unlisted_processors_result_codes_make_it_theirs(
    reply: str, render: str, known: CodeKinds
) -> None:
    for mention in MENTIONS:
        text = mention.format(paste=RENDER[render](REPLIES[reply]))
        assert kind_of(text, known) == "unusable", text


@pytest.mark.parametrize("reply", REPLIES)
def test_stripes_marks_beside_the_same_fields_claim_it(reply: str, known: CodeKinds) -> None:
    text = (
        RENDER["labels"](REPLIES[reply])
        + "\nStripe charge ch_3QxOtherTest01AbCdEfGh, decline_code: insufficient_funds"
    )
    failures = read_paste(text, known).failures
    assert failures and failures[0].decline_code == "insufficient_funds", text


@pytest.mark.parametrize(
    "text",
    [
        "Dashboard: Decline code do_not_honor, response code: 05",
        "Network decline code: 51\nresponse_code: 51\nYour card has insufficient funds.",
        "status_code: 402\nerror: card_declined (insufficient_funds)",
    ],
)
def test_stripes_own_codes_in_result_fields_stay_stripes(text: str, known: CodeKinds) -> None:
    assert kind_of(text, known) == "failure"


def test_a_sensitive_code_beside_their_fields_stays_a_failure(known: CodeKinds) -> None:
    text = RENDER["labels"](REPLIES["payflow"]) + "\nreason: stolen_card"
    assert kind_of(text, known) == "failure"
