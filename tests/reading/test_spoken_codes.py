"""A card network's response code said in words (issue 26, reading15w): every sensitive network
code, said as a number and digit by digit in every form the language's table makes
(resources/catalog/number_words.toml), in an agent's note and in a call transcript of each of
the twelve languages, is read as that code and marked confidential; a code that is not
sensitive is read and not marked; numbers said where no code's label stands are no code."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from build.number_words import load_number_words, number_forms
from tests.reading.conftest import failures_of

TABLES = load_number_words(Path(__file__).resolve().parents[2] / "resources" / "catalog")
SENSITIVE = ("04", "07", "34", "41", "43", "59", "62", "63", "83")
# How an agent's note and a call transcript tell a declined payment and its code, per language.
CONTEXTS = {
    "en": (
        "Note: card declined, the bank gave response code {n}.",
        "Agent: the bank declined it.\nCustomer: what did they say?\nAgent: response code {n}.",
    ),
    "de": (
        "Notiz: Karte abgelehnt, Antwortcode {n}.",
        "Agent: Die Bank hat die Zahlung abgelehnt.\nKunde: Warum?\nAgent: Antwortcode {n}.",
    ),
    "fr": (
        "Note : paiement refusé, code de réponse {n}.",
        "Agent : la banque a refusé le paiement.\nClient : pourquoi ?\n"
        "Agent : code de réponse {n}.",
    ),
    "es": (
        "Nota: pago rechazado, código de respuesta {n}.",
        "Agente: el banco rechazó el pago.\nCliente: ¿por qué?\nAgente: código de respuesta {n}.",
    ),
    "pt-BR": (
        "Nota: pagamento recusado, código de resposta {n}.",
        "Agente: o banco recusou o pagamento.\nCliente: por quê?\nAgente: código de resposta {n}.",
    ),
    "it": (
        "Nota: pagamento rifiutato, codice di risposta {n}.",
        "Operatore: la banca ha rifiutato il pagamento.\nCliente: perché?\n"
        "Operatore: codice di risposta {n}.",
    ),
    "nl": (
        "Notitie: betaling geweigerd, responscode {n}.",
        "Agent: de bank heeft de betaling geweigerd.\nKlant: waarom?\nAgent: responscode {n}.",
    ),
    "sv": (
        "Anteckning: betalningen nekades, svarskod {n}.",
        "Agent: banken nekade betalningen.\nKund: varför?\nAgent: svarskod {n}.",
    ),
    "pl": (
        "Notatka: płatność odrzucona, kod odpowiedzi {n}.",
        "Konsultant: bank odrzucił płatność.\nKlient: dlaczego?\nKonsultant: kod odpowiedzi {n}.",
    ),
    "ja": (
        "メモ：決済が拒否されました。応答コード {n}。",
        "担当：銀行が決済を拒否しました。\nお客様：理由は？\n担当：応答コードは{n}です。",
    ),
    "zh-Hans": (
        "备注：付款被拒，响应代码 {n}。",
        "客服：银行拒绝了付款。\n客户：为什么？\n客服：响应代码 {n}。",
    ),
    "ko": (
        "메모: 결제 거절, 응답 코드 {n}.",
        "상담원: 은행이 결제를 거절했습니다.\n고객: 왜요?\n상담원: 응답코드 {n}.",
    ),
}


def said(locale: str, number: int) -> Iterator[str]:
    """Every way the language's table says a two-digit number: as a number (each form) and
    digit by digit (each word of each digit, beside the other digit's first word)."""
    table = TABLES[locale]
    forms = [phrase for value, phrase in number_forms(table) if value == number and number >= 10]
    yield from dict.fromkeys(forms)
    tens, units = divmod(number, 10)
    joiner = "" if locale in ("ja", "zh-Hans") else " "
    digits = table["digits"]
    for word in digits[tens]:
        yield f"{word}{joiner}{digits[units][0]}"
    for word in digits[units][1:]:
        yield f"{digits[tens][0]}{joiner}{word}"


CASES = [
    (locale, code, words, context)
    for locale, contexts in CONTEXTS.items()
    for code in SENSITIVE
    for words in dict.fromkeys(said(locale, int(code)))
    for context in contexts
]


def test_every_language_has_contexts_and_a_table() -> None:
    assert set(CONTEXTS) == set(TABLES)
    assert len(CASES) > 800


@pytest.mark.parametrize(("locale", "code", "words", "context"), CASES)
def test_a_sensitive_code_said_in_words_is_read_and_confidential(
    locale: str, code: str, words: str, context: str, known: CodeKinds
) -> None:
    text = context.format(n=words)
    found = failures_of(text, known)
    assert found, text
    assert found[0].network_decline_code == code, (text, found[0])
    assert signals(found[0], known.sensitive, known.sensitive_codes), text


@pytest.mark.parametrize(
    ("locale", "context"), [(lang, c) for lang, cs in CONTEXTS.items() for c in cs]
)
def test_a_code_that_is_not_sensitive_said_in_words_is_read_not_marked(
    locale: str, context: str, known: CodeKinds
) -> None:
    digits = TABLES[locale]["digits"]
    joiner = "" if locale in ("ja", "zh-Hans") else " "
    text = context.format(n=f"{digits[0][0]}{joiner}{digits[5][0]}")  # 05: do not honour
    found = failures_of(text, known)
    assert found and found[0].network_decline_code == "05", text
    assert not signals(found[0], known.sensitive, known.sensitive_codes), text


OPPOSITES = [
    # numbers said with no code's label before them
    "Note: card declined; the customer tried fifty nine times, I think.",
    "Notiz: Karte abgelehnt, sie hat es neunundfünfzig Mal versucht.",
    # a code's label, but no decline told: a coupon's code said in words
    "Gutscheincode fünf neun angewendet, Bestellung bezahlt.",
    "Coupon code five nine applied at checkout, order paid.",
    # a word after the label that only looks like a digit (Korean 이상: abnormal)
    "결제 거절. 응답코드 이상 없음, 은행 확인 필요.",
]


@pytest.mark.parametrize("text", OPPOSITES)
def test_numbers_said_where_no_code_stands_are_no_code(text: str, known: CodeKinds) -> None:
    for failure in failures_of(text, known):
        assert failure.network_decline_code is None, text


def test_every_form_of_every_number_is_generated_once_per_language() -> None:
    for locale, table in TABLES.items():
        values = {value for value, _ in number_forms(table)}
        assert values == set(range(100)), locale
    assert len(list(itertools.chain.from_iterable(map(number_forms, TABLES.values())))) > 2000
