"""Disputes and refunds told in words, and early fraud warnings (issue 26, reading13n): a
dispute opened, under review, won or lost, "reversed in our favour", a refund issued, in the
twelve languages, read nothing failed; one whose reason is fraud, and every early fraud warning,
carries the confidential mark all the same (the agent must not tell the customer "the bank
flagged fraud"). The opposite: a decline code written beside them is a failure."""

from __future__ import annotations

import pytest

from app.reading.notices import NOTHING_FAILED_NOTICES
from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from build.languages import LOCALES
from tests.reading.conftest import kind_of
from tests.reading.renderings import html_tags, mail_quote

# A dispute's state in each language: opened, under review, decided for us.
DISPUTES = {
    "en": (
        "The dispute was opened",
        "The dispute is under review",
        "The chargeback was reversed in our favour",
    ),
    "de": (
        "Streitfall eröffnet",
        "Anfechtung wird geprüft",
        "Anfechtung zu unseren Gunsten entschieden",
    ),
    "fr": (
        "Le litige a été ouvert",
        "Le litige est en cours d'examen",
        "Le litige a été tranché en notre faveur",
    ),
    "es": (
        "La disputa fue abierta",
        "La disputa está en revisión",
        "La disputa se resolvió a nuestro favor",
    ),
    "it": (
        "La contestazione è aperta",
        "La contestazione è in revisione",
        "La contestazione è stata chiusa a nostro favore",
    ),
    "nl": (
        "Het geschil is geopend",
        "Het geschil is in behandeling",
        "Het geschil is beslecht in ons voordeel",
    ),
    "pt-BR": (
        "A contestação foi aberta",
        "A contestação está em análise",
        "A contestação foi resolvida a nosso favor",
    ),
    "ja": ("不審請求が申請されました", "不審請求は審査中です", "チャージバックに勝ちました"),
    "ko": ("분쟁이 접수되었습니다", "분쟁이 검토 중입니다", "분쟁에서 승소했습니다"),
    "zh-Hans": ("争议已发起", "争议审核中", "争议胜诉"),
    "pl": (
        "Spór został otwarty",
        "Spór w trakcie rozpatrywania",
        "Spór rozstrzygnięty na naszą korzyść",
    ),
    "sv": (
        "Tvisten har öppnats",
        "Tvisten är under granskning",
        "Tvisten avgjordes till vår fördel",
    ),
}
REFUNDS = {
    "en": "The refund of $39.95 was issued.",
    "de": "Die Rückerstattung über 39,95 € wurde veranlasst.",
    "fr": "Le remboursement de 39,95 € a été effectué.",
    "es": "El reembolso de 39,95 € fue procesado.",
    "it": "Il rimborso di 39,95 € è stato effettuato.",
    "nl": "De terugbetaling van € 39,95 is verwerkt.",
    "pt-BR": "O estorno de R$ 39,95 foi processado.",
    "ja": "¥3,995 の返金は処理済みです。",
    "ko": "₩39,950 환불 완료되었습니다.",
    "zh-Hans": "¥39.95 已退款。",
    "pl": "Zwrot 39,95 zł został zrealizowany.",
    "sv": "Återbetalningen på 39,95 kr är genomförd.",
}
assert set(DISPUTES) == set(REFUNDS) == set(LOCALES)


def _forms(sentence: str) -> list[str]:
    """A CRM note, an e-mail, the same quoted and as HTML."""
    texts = [f"CRM note: {sentence}. Order 4471.", f"Hello,\n\n{sentence}.\n\nStripe"]
    return [form(t) for t in texts for form in (str, mail_quote, html_tags)]


@pytest.mark.parametrize("language", DISPUTES)
def test_a_dispute_told_in_words_is_nothing_failed(language: str, known: CodeKinds) -> None:
    for state in DISPUTES[language]:
        for text in _forms(state):
            reading = read_paste(text, known)
            assert not reading.failures, text
            assert reading.warnings and reading.warnings[0] in (
                NOTHING_FAILED_NOTICES["dispute"],
                NOTHING_FAILED_NOTICES["dispute_closed"],
            ), text


@pytest.mark.parametrize("language", DISPUTES)
def test_a_fraudulent_dispute_is_nothing_failed_and_confidential(
    language: str, known: CodeKinds
) -> None:
    for text in _forms(f"{DISPUTES[language][0]}, reason: fraudulent"):
        reading = read_paste(text, known)
        assert not reading.failures, text
        assert "fraudulent" in reading.confidential, text


@pytest.mark.parametrize("language", REFUNDS)
def test_a_refund_told_in_words_is_nothing_failed(language: str, known: CodeKinds) -> None:
    for text in _forms(REFUNDS[language].rstrip(".。")):
        reading = read_paste(text, known)
        assert not reading.failures, text
        assert reading.confidential == (), text


@pytest.mark.parametrize("language", LOCALES)
def test_a_decline_code_beside_them_is_a_failure(language: str, known: CodeKinds) -> None:
    for told in (DISPUTES[language][1], REFUNDS[language]):
        text = f"{told}\nNew order 92: decline_code: lost_card"
        failures = read_paste(text, known).failures
        assert failures and failures[0].decline_code == "lost_card", text


EARLY_WARNINGS = [
    "Early fraud warning\nThe card issuer reported this payment as potentially fraudulent.",
    '{"id": "issfr_1QeF3oLkdIwHu7ixMnOpQrSt", "object": "radar.early_fraud_warning", '
    '"charge": "ch_3QeF3oLkdIwHu7ix0AbCdEfG", "fraud_type": "unauthorized_use_of_card"}',
    "Frühe Betrugswarnung zu einer Zahlung über 129,00 €.",
    "早期不正警告: 支払い ¥12,800",
    "조기 사기 경고: 결제 ₩59,000",
]


@pytest.mark.parametrize("text", EARLY_WARNINGS)
def test_an_early_fraud_warning_is_nothing_failed_and_confidential(
    text: str, known: CodeKinds
) -> None:
    reading = read_paste(text, known)
    assert not reading.failures
    assert "fraudulent" in reading.confidential


def test_a_succeeded_payment_is_not_confidential(known: CodeKinds) -> None:
    text = '{"id": "ch_3QeF3oLkdIwHu7ix0AbCdEfG", "object": "charge", "status": "succeeded"}'
    assert kind_of(text, known) == "nothing_failed"
    assert read_paste(text, known).confidential == ()
