"""The latest state decides (issue 26, reading13n): a note or a customer's message that tells a
payment failed and then went through (a retry, a 3D Secure authentication, an invoice paid on
the second try) reads nothing failed, in the twelve languages; the opposite, a success told
first and a failure after it (the customer still stuck), reads the failure."""

from __future__ import annotations

import pytest

from app.reading.latest_state import RESOLVED
from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from build.languages import LOCALES
from tests.reading.conftest import kind_of
from tests.reading.renderings import html_tags, mail_quote

# A failure told with its code, then a success after a retry, in each language.
RETRIED = {
    "en": ("The first attempt was declined with {code}.", "The retry went through."),
    "de": (
        "Der erste Versuch wurde mit {code} abgelehnt.",
        "Der zweite Versuch ist durchgegangen.",
    ),
    "fr": ("La première tentative a été refusée ({code}).", "La deuxième est passée avec succès."),
    "es": ("El primer intento fue rechazado con {code}.", "El segundo se realizó correctamente."),
    "it": ("Il primo tentativo è stato rifiutato con {code}.", "Il secondo è andato a buon fine."),
    "nl": ("De eerste poging werd geweigerd met {code}.", "De tweede poging is gelukt."),
    "pt-BR": (
        "A primeira tentativa foi recusada com {code}.",
        "A segunda foi aprovada com sucesso.",
    ),
    "ja": ("1回目は {code} で拒否されました。", "2回目の決済は成功しました。"),
    "ko": ("첫 번째 시도는 {code} 로 거절되었습니다.", "두 번째 결제는 승인되었습니다."),
    "zh-Hans": ("第一次尝试因 {code} 被拒绝。", "第二次支付成功。"),
    "pl": ("Pierwsza próba została odrzucona z kodem {code}.", "Druga płatność przeszła."),
    "sv": ("Första försöket nekades med {code}.", "Andra försöket gick igenom."),
}
assert set(RETRIED) == set(LOCALES)
CODES = ["insufficient_funds", "authentication_required", "do_not_honor"]


@pytest.mark.parametrize("language", RETRIED)
def test_a_failure_then_a_success_is_nothing_failed(language: str, known: CodeKinds) -> None:
    failed, went_through = RETRIED[language]
    for code in CODES:
        text = f"{failed.format(code=code)} {went_through}"
        for copied in (text, mail_quote(text), html_tags(text)):
            reading = read_paste(copied, known)
            assert not reading.failures, copied
            assert reading.warnings == [RESOLVED], copied


@pytest.mark.parametrize("language", RETRIED)
def test_a_success_then_a_failure_is_the_failure(language: str, known: CodeKinds) -> None:
    failed, went_through = RETRIED[language]
    text = f"{went_through} {failed.format(code='insufficient_funds')}"
    failures = read_paste(text, known).failures
    assert failures and failures[0].decline_code == "insufficient_funds", text


def test_a_sensitive_failure_resolved_still_warns(known: CodeKinds) -> None:
    text = "The first attempt was declined with stolen_card. The retry went through."
    reading = read_paste(text, known)
    assert kind_of(text, known) == "nothing_failed"
    assert "stolen_card" in reading.confidential


def test_a_code_alone_then_a_success_is_no_retry(known: CodeKinds) -> None:
    """A refund's reason and its status: no attempt failed, so no retry went through."""
    text = "Refunded ch_3RfAbCdEfGh1234567 (reason: stolen_card), refund status succeeded."
    assert kind_of(text, known) == "failure"
