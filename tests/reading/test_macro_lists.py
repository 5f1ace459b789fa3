"""A support team's macro or cheat sheet (issue 26, session 8): a title and a list of codes,
each heading a row with what to do ("insufficient_funds -> ask for another card"), the first
row often on the title's line after its colon. No payment failed in it: unusable, in the twelve
languages and with each arrow or dash. Beside it its opposite: the same list with one
payment's decline told below it stays that payment's failure (confidential when its code is).
"""

from __future__ import annotations

import itertools

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from app.reading.sensitivity import signals

# A title in each language, and three instructions: a retry, a call to the bank, the rule for
# confidential reasons.
MACROS = {
    "en": (
        "[MACRO] Card declines – cheat sheet:",
        "ask the customer to use another card",
        "ask them to call their bank",
        "NEVER say the reason, send the generic reply",
    ),
    "es": (
        "[MACRO] Rechazos de tarjeta – chuleta:",
        "pide al cliente otra tarjeta",
        "que llame a su banco",
        "NUNCA digas el motivo, respuesta genérica",
    ),
    "fr": (
        "[MACRO] Refus de carte – antisèche :",
        "demander une autre carte au client",
        "qu'il appelle sa banque",
        "NE JAMAIS dire la raison, réponse générique",
    ),
    "de": (
        "[MAKRO] Kartenablehnungen – Spickzettel:",
        "Kunden um eine andere Karte bitten",
        "Bank anrufen lassen",
        "NIE den Grund nennen, allgemeine Antwort",
    ),
    "pt-BR": (
        "[MACRO] Recusas de cartão – guia rápido:",
        "pedir outro cartão ao cliente",
        "ligar para o banco",
        "NUNCA diga o motivo, resposta genérica",
    ),
    "it": (
        "[MACRO] Rifiuti carta – promemoria:",
        "chiedere un'altra carta al cliente",
        "chiamare la banca",
        "MAI dire il motivo, risposta generica",
    ),
    "nl": (
        "[MACRO] Kaartweigeringen – spiekbriefje:",
        "vraag de klant om een andere kaart",
        "laat ze de bank bellen",
        "NOOIT de reden noemen, algemeen antwoord",
    ),
    "sv": (
        "[MAKRO] Kortavslag – fusklapp:",
        "be kunden om ett annat kort",
        "be dem ringa banken",
        "säg ALDRIG orsaken, generellt svar",
    ),
    "pl": (
        "[MAKRO] Odrzucenia kart – ściąga:",
        "poproś klienta o inną kartę",
        "niech zadzwoni do banku",
        "NIGDY nie podawaj powodu, ogólna odpowiedź",
    ),
    "ja": (
        "[マクロ] カード拒否 – 早見表:",
        "別のカードを依頼",
        "銀行に連絡してもらう",
        "理由は絶対に伝えない、一般的な返信",
    ),
    "zh-Hans": (
        "[宏] 银行卡拒绝 – 速查表:",
        "请客户换一张卡",
        "请客户联系银行",
        "绝不说明原因，用通用回复",
    ),
    "ko": (
        "[매크로] 카드 거절 – 요약표:",
        "고객에게 다른 카드 요청",
        "은행에 전화하도록 안내",
        "사유를 절대 말하지 말 것, 일반 답변",
    ),
}
ARROWS = ("\u2192", "->", "=>", "-", "\u2013")
ROWS = (
    ("insufficient_funds", 1),
    ("do_not_honor", 2),
    ("expired_card", 1),
    ("fraudulent / lost_card / stolen_card", 3),
)


def _macro(language: str, arrow: str, first_on_title: bool) -> str:
    title, *steps = MACROS[language]
    rows = [f"{codes} {arrow} {steps[step - 1]}" for codes, step in ROWS]
    if first_on_title:
        return f"{title} {rows[0]}\n" + "\n".join(rows[1:]) + "\n"
    return f"{title}\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize(
    ("language", "arrow", "first_on_title"),
    list(itertools.product(MACROS, ARROWS, (True, False))),
)
def test_a_macro_listing_codes_is_no_payment(
    language: str, arrow: str, first_on_title: bool, known: CodeKinds
) -> None:
    text = _macro(language, arrow, first_on_title)
    with pytest.raises(UnreadablePaste):
        read_paste(text, known)
    with pytest.raises(UnreadablePaste):
        read_paste(text.replace("\n", "\r\n"), known)


@pytest.mark.parametrize(
    ("language", "code"), list(itertools.product(MACROS, ("lost_card", "do_not_honor")))
)
def test_a_macro_beside_one_payments_decline_reads_that_decline(
    language: str, code: str, known: CodeKinds
) -> None:
    text = _macro(language, "\u2192", True) + (
        f"\nTicket 4411: payment ch_3RfAbCdEfGh1234567 declined, decline_code: {code}"
    )
    reading = read_paste(text, known)
    assert reading.failures, text
    assert reading.failures[0].decline_code == code, text
    # The macro names confidential codes: the paste is confidential whatever the reason.
    assert signals(reading.failures[0], known.sensitive, known.sensitive_codes), text
