"""A refund told in words (issue 26, session 8): an agent's note or a Dashboard copy saying a
payment was refunded, in part or in full, with the refund's id and status and its reason
(`requested_by_customer`, `duplicate`, `fraudulent`), in the twelve languages: nothing failed.
Beside each its opposite: the same note with a failure told or a decline code that is no refund
reason, which stays a failure (confidential when its code is)."""

from __future__ import annotations

import itertools
import json

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.reading.conftest import kind_of

CHARGE = "ch_3RfAbCdEfGh1234567"
PI = "pi_3RfAbCdEfGh7654321"
REFUND = "re_3RfZyXwVuT98765432"
REASONS = ("", "requested_by_customer", "duplicate", "fraudulent")

# "{paid}" on "{payment}" refunded in part ("{part}"), "{refund}" its id, "{why}" a reason.
NOTES = {
    "en": "Refunded {part} of {paid} on {payment}{why}, refund {refund} status succeeded.",
    "es": "Reembolsado {part} de {paid} en {payment}{why}, reembolso {refund} estado: succeeded.",
    "fr": "Remboursement de {part} sur {paid} pour {payment}{why}, remboursement {refund} : "
    "succeeded.",
    "de": "{part} von {paid} erstattet für {payment}{why}, Rückerstattung {refund} Status: "
    "succeeded.",
    "pt-BR": "Estorno de {part} de {paid} na cobrança {payment}{why}, estorno {refund} com "
    "status succeeded.",
    "it": "Rimborsati {part} su {paid} per {payment}{why}, rimborso {refund} stato: succeeded.",
    "nl": "{part} van {paid} terugbetaald op {payment}{why}, terugbetaling {refund} status "
    "succeeded.",
    "sv": "Återbetalade {part} av {paid} på {payment}{why}, återbetalning {refund} status "
    "succeeded.",
    "pl": "Zwrócono {part} z {paid} dla {payment}{why}, zwrot {refund} status succeeded.",
    "ja": "{payment} の {paid} のうち {part} を返金しました{why}。返金 {refund} のステータス: "
    "succeeded",
    "zh-Hans": "已对 {payment} 退款 {part}（共 {paid}）{why}，退款 {refund} 状态 succeeded。",
    "ko": "{payment} 결제 {paid} 중 {part} 환불됨{why}, 환불 {refund} 상태 succeeded",
}
# The reason as each language writes it after the payment.
WHY = {
    "en": " (reason: {0})",
    "es": " (motivo: {0})",
    "fr": " (motif : {0})",
    "de": " (Grund: {0})",
    "pt-BR": " (motivo: {0})",
    "it": " (motivo: {0})",
    "nl": " (reden: {0})",
    "sv": " (orsak: {0})",
    "pl": " (powód: {0})",
    "ja": "（理由: {0}）",
    "zh-Hans": "（原因: {0}）",
    "ko": " (사유: {0})",
}
# A failure told in each language, for the opposites.
DECLINED = {
    "en": "The next payment {payment} was declined: {code}.",
    "es": "El siguiente pago {payment} fue rechazado: {code}.",
    "fr": "Le paiement suivant {payment} a été refusé : {code}.",
    "de": "Die nächste Zahlung {payment} wurde abgelehnt: {code}.",
    "pt-BR": "O próximo pagamento {payment} foi recusado: {code}.",
    "it": "Il pagamento successivo {payment} è stato rifiutato: {code}.",
    "nl": "De volgende betaling {payment} is geweigerd: {code}.",
    "sv": "Nästa betalning {payment} nekades: {code}.",
    "pl": "Kolejna płatność {payment} została odrzucona: {code}.",
    "ja": "次の支払い {payment} は拒否されました: {code}。",
    "zh-Hans": "下一笔付款 {payment} 被拒绝：{code}。",
    "ko": "다음 결제 {payment} 가 거절되었습니다: {code}.",
}


def _note(language: str, reason: str, payment: str, with_id: bool) -> str:
    why = WHY[language].format(reason) if reason else ""
    text = NOTES[language].format(
        part="35,00 €", paid="70,00 €", payment=payment, why=why, refund=REFUND
    )
    return text if with_id else text.replace(REFUND, "").replace("  ", " ")


def _variants() -> list[tuple[str, str, str, bool]]:
    return list(itertools.product(NOTES, REASONS, (CHARGE, PI), (True, False)))


@pytest.mark.parametrize(("language", "reason", "payment", "with_id"), _variants())
def test_a_refund_note_says_nothing_failed(
    language: str, reason: str, payment: str, with_id: bool, known: CodeKinds
) -> None:
    text = _note(language, reason, payment, with_id)
    assert kind_of(text, known) == "nothing_failed", text
    assert kind_of(text.replace("\n", "\r\n") + "\n\n-- agent", known) == "nothing_failed", text


@pytest.mark.parametrize("reason", REASONS)
def test_a_refund_object_and_its_dashboard_lines_say_nothing_failed(
    reason: str, known: CodeKinds
) -> None:
    refund = {
        "id": REFUND,
        "object": "refund",
        "amount": 3500,
        "charge": CHARGE,
        "currency": "eur",
        "reason": reason or None,
        "status": "succeeded",
        "failure_reason": None,
    }
    lines = f"Refund {REFUND}\nAmount: €35.00\nCharge: {CHARGE}\nReason: {reason or '—'}\n"
    for text in (json.dumps(refund, indent=2), lines + "Status: Succeeded"):
        assert kind_of(text, known) == "nothing_failed", text


@pytest.mark.parametrize(
    ("language", "code"), list(itertools.product(NOTES, ("fraudulent", "lost_card")))
)
def test_a_refund_note_that_tells_a_decline_stays_a_confidential_failure(
    language: str, code: str, known: CodeKinds
) -> None:
    text = (
        _note(language, "", CHARGE, True) + " " + DECLINED[language].format(payment=PI, code=code)
    )
    reading = read_paste(text, known)
    assert reading.failures, text
    assert signals(reading.failures[0], known.sensitive, known.sensitive_codes), text


@pytest.mark.parametrize("language", list(NOTES))
def test_a_refund_note_that_writes_a_code_no_refund_has_stays_confidential(
    language: str, known: CodeKinds
) -> None:
    text = _note(language, "stolen_card", CHARGE, True)
    reading = read_paste(text, known)
    assert reading.failures, text
    assert signals(reading.failures[0], known.sensitive, known.sensitive_codes), text
