"""A payout told paid or on its way (issue 26, reading13n): Stripe's e-mail, a Dashboard's
Payouts block, a `Label: value` copy, a note, in the twelve languages, and a payout object in
JSON, a Python, Ruby or Node fixture, read nothing failed. The opposites: a payout beside a
failed payment reads the failure, and a failed payout object is a failure with its code."""

from __future__ import annotations

import json

import pytest

from app.reading.notices import NOTHING_FAILED_NOTICES
from app.reading.paste import read_paste
from app.reading.payouts import PAYOUT_FAILED
from app.reading.report import CodeKinds
from build.languages import LOCALES
from tests.reading.conftest import kind_of
from tests.reading.renderings import html_tags, mail_quote

# Each language's payout noun, a state of it (paid, on its way), and a bank's name.
PAYOUTS = {
    "en": ("payout", ("is on its way", "was paid", "is in transit"), "Chase"),
    "de": ("Auszahlung", ("ist unterwegs", "wurde gutgeschrieben"), "Sparkasse"),
    "fr": ("virement", ("est en route", "a été payé"), "BNP"),
    "es": ("transferencia", ("está en camino", "llegará el lunes"), "BBVA"),
    "it": ("bonifico", ("è in arrivo", "è stato accreditato"), "Intesa"),
    "nl": ("uitbetaling", ("is onderweg", "is betaald"), "ING"),
    "pt-BR": ("repasse", ("está a caminho", "foi depositado"), "Itaú"),
    "ja": ("入金", ("は移動中です", "は着金しました"), "三井住友"),
    "ko": ("지급", ("이 이동 중입니다", "입금 예정입니다"), "국민"),
    "zh-Hans": ("提现", ("已到账", "预计到账 12 月 9 日"), "招商银行"),
    "pl": ("wypłata", ("jest w drodze", "została zaksięgowana"), "PKO"),
    "sv": ("utbetalning", ("är på väg", "är utbetald"), "SEB"),
}
assert set(PAYOUTS) == set(LOCALES)


def _renderings(language: str) -> list[str]:
    noun, states, bank = PAYOUTS[language]
    texts = []
    for state in states:
        sentence = f"{noun.capitalize()} 1.245,00 € {state}, {bank} ••••6789."
        texts += [
            sentence,
            f"Subject: {noun}\n\nHello,\n\n{sentence}\n\nStripe",  # an e-mail
            f"Note: {sentence} Nothing to do.",  # a note
        ]
    texts.append(f"{noun}\n€1,245.00\n{states[0]}\n{bank} ••••6789")  # a Dashboard block
    return texts


@pytest.mark.parametrize("language", PAYOUTS)
def test_a_payout_told_paid_or_on_its_way_is_nothing_failed(
    language: str, known: CodeKinds
) -> None:
    for text in _renderings(language):
        for copied in (text, mail_quote(text), html_tags(text)):
            reading = read_paste(copied, known)
            assert not reading.failures, copied
            assert reading.warnings == [NOTHING_FAILED_NOTICES["payout"]], copied


@pytest.mark.parametrize("language", PAYOUTS)
def test_a_payout_beside_a_failed_payment_reads_the_failure(
    language: str, known: CodeKinds
) -> None:
    text = _renderings(language)[0] + "\nOrder 881: decline_code: expired_card"
    failures = read_paste(text, known).failures
    assert failures and failures[0].decline_code == "expired_card", text


@pytest.mark.parametrize("language", PAYOUTS)
def test_a_payout_that_failed_in_words_is_no_payout_notice(language: str, known: CodeKinds) -> None:
    noun = PAYOUTS[language][0]
    text = f"{noun} 1.245,00 € failed: account_closed"
    assert kind_of(text, known) == "failure", text


PAYOUT = {"id": "po_1QbXy7LkdIwHu7ixW3kP0aBc", "object": "payout", "amount": 124500}


def _objects(status: str, **more: object) -> list[str]:
    fields = {**PAYOUT, "status": status, **more}
    pairs = ", ".join(f"{k!r}: {v!r}" for k, v in fields.items())
    return [
        json.dumps(fields, indent=2),
        "{" + pairs + "}",  # Python's repr
        "{" + ", ".join(f":{k} => {v!r}" for k, v in fields.items()) + "}",  # Ruby
        "const payout = {" + ", ".join(f"{k}: {json.dumps(v)}" for k, v in fields.items()) + "};",
    ]


@pytest.mark.parametrize("status", ["paid", "in_transit", "pending"])
def test_a_payout_object_is_nothing_failed(status: str, known: CodeKinds) -> None:
    for text in _objects(status):
        assert kind_of(text, known) == "nothing_failed", text


@pytest.mark.parametrize("code", ["account_closed", "no_account", "invalid_account_number"])
def test_a_failed_payout_object_is_a_failure_with_its_code(code: str, known: CodeKinds) -> None:
    """Stripe's payout failure codes are catalogue error codes: read as that code, and said to
    be a payout's (its bank account is ours or a connected account's, not a customer's)."""
    text = _objects("failed", failure_code=code)[0]
    reading = read_paste(text, known)
    assert reading.failures and reading.failures[0].code == code
    assert PAYOUT_FAILED in reading.warnings
