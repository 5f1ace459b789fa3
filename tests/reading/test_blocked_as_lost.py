"""A card told in words as blocked, registered, cancelled or reported AS lost or stolen (lead
note, reading11): a phone-call note, the bank's consultant telling the customer, in the twelve
languages and as copied. A confidential failure with no Stripe code at all (DESIGN.md's
invariant: a sensitive reason anywhere is never missed), whichever action and whichever loss;
a note that denies it is no confidential reason."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.reading.renderings import crlf, html_tags, mail_quote, word_wrapped

# Per language: the note around the words, then (action, loss) constructions for lost and
# stolen, as the language puts them ("blocked as lost", "als verloren gesperrt").
NOTES = {
    "en": (
        "Phone call with the customer: her bank told her the card is {words}. Amount 49.00 EUR.",
        ("blocked as lost", "registered as stolen", "cancelled as lost", "reported as stolen"),
    ),
    "de": (
        "Telefonat mit der Kundin: laut ihrer Bank ist die Karte {words}. Betrag 49,00 €.",
        ("als verloren gesperrt", "als gestohlen gemeldet", "gesperrt als verloren"),
    ),
    "fr": (
        "Appel avec la cliente : sa banque lui a dit que la carte est {words}. Montant 49,00 €.",
        ("opposée comme perdue", "bloquée comme volée", "déclarée comme volée"),
    ),
    "es": (
        "Llamada con la clienta: su banco le dijo que la tarjeta está {words}. Importe 49,00 €.",
        ("bloqueada como perdida", "anulada como robada", "registrada como extraviada"),
    ),
    "pt-BR": (
        "Ligação com a cliente: o banco disse que o cartão foi {words}. Valor R$ 99,00.",
        ("bloqueado como perdido", "cancelado como roubado", "registrado como extraviado"),
    ),
    "it": (
        "Telefonata con la cliente: la banca le ha detto che la carta è {words}. Importo 49,00 €.",
        ("bloccata come smarrita", "segnalata come rubata", "annullata come smarrita"),
    ),
    "nl": (
        "Telefoongesprek: volgens haar bank is de kaart {words}. Bedrag € 49,00.",
        ("geblokkeerd als verloren", "als gestolen gemeld", "geregistreerd als gestolen"),
    ),
    "sv": (
        "Samtal med kunden: banken sa att kortet är {words}. Belopp 499 kr.",
        ("spärrat som förlorat", "spärrat som stulet", "anmält som stulet"),
    ),
    "pl": (
        "Rozmowa telefoniczna: bank powiedział klientce, że karta jest {words}. Kwota 199 zł.",
        ("zastrzeżona jako utracona", "zablokowana jako skradziona", "zgłoszona jako zgubiona"),
    ),
    "ja": (
        "電話メモ: お客様の銀行によると、カードは{words}とのことです。金額 4,980 円。",
        ("紛失として停止されている", "盗難として登録されている", "紛失カードとして利用停止"),
    ),
    "zh-Hans": (
        "电话记录：客户的银行说这张卡{words}。金额 199 元。",
        ("作为挂失冻结了", "因被盗停用了", "被盗而冻结了"),
    ),
    "ko": (
        "통화 메모: 고객의 은행에 따르면 카드가 {words}. 금액 49,000원.",
        ("분실로 정지되었습니다", "도난으로 등록되었습니다", "분실 카드로 차단되었습니다"),
    ),
}
DAMAGES: tuple[Callable[[str], str], ...] = (str, word_wrapped, html_tags, mail_quote, crlf)
CASES = [
    (language, words, damage)
    for language, (_, constructions) in NOTES.items()
    for words, damage in itertools.product(constructions, DAMAGES)
]


@pytest.mark.parametrize(("language", "words", "damage"), CASES)
def test_a_card_blocked_as_lost_or_stolen_is_a_confidential_failure(
    language: str, words: str, damage: Callable[[str], str], known: CodeKinds
) -> None:
    text = damage(NOTES[language][0].format(words=words))
    failures = read_paste(text, known).failures
    assert failures, text
    assert failures[0].decline_code in ("lost_card", "stolen_card", None), text
    assert signals(failures[0], known.sensitive, known.sensitive_codes), text


@pytest.mark.parametrize(
    "text",
    [
        "Phone call: the bank says the card is NOT blocked as lost; it simply expired.",
        "Telefonat: die Karte ist nicht als verloren gesperrt, sie ist abgelaufen.",
    ],
)
def test_a_denied_loss_is_no_confidential_reason(text: str, known: CodeKinds) -> None:
    for failure in read_paste(text, known).failures:
        assert failure.decline_code not in ("lost_card", "stolen_card")
        assert not signals(failure, known.sensitive, known.sensitive_codes)


def test_a_parcel_marked_as_lost_is_no_card(known: CodeKinds) -> None:
    text = "The parcel was marked as lost by the courier; the payment went through."
    assert read_paste_failures(text, known) == []


def read_paste_failures(text: str, known: CodeKinds) -> list[object]:
    from tests.reading.conftest import failures_of

    return list(failures_of(text, known))


# Per language: the action and the loss with a time between them, as a note tells it ("blocked
# last month as lost", "zastrzeżona w zeszłym miesiącu jako zgubiona").
WITH_A_TIME = {
    "en": "blocked last month as lost",
    "de": "gesperrt letzten Monat als verloren",
    "fr": "opposée le mois dernier comme perdue",
    "es": "bloqueada el mes pasado como perdida",
    "pt-BR": "bloqueado no mês passado como perdido",
    "it": "bloccata il mese scorso come smarrita",
    "nl": "geblokkeerd vorige maand als verloren",
    "sv": "spärrat förra månaden som förlorat",
    "pl": "zastrzeżona w zeszłym miesiącu jako zgubiona",
}


@pytest.mark.parametrize(("language", "words"), sorted(WITH_A_TIME.items()))
def test_a_time_between_the_block_and_the_loss_keeps_it_confidential(
    language: str, words: str, known: CodeKinds
) -> None:
    for damage in DAMAGES:
        text = damage(NOTES[language][0].format(words=words))
        failures = read_paste(text, known).failures
        assert failures, text
        assert signals(failures[0], known.sensitive, known.sensitive_codes), text
