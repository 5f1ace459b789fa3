"""A label whose value is words, not a code (issue 26, reading11): "Ablehnungsgrund: Gestohlene
Karte" gives the code the words tell (through told_reasons) or none, never a code made of a word
(`gestohlene`), with every language's label for the decline's reason. Two network decline codes
in one note give the sensitive one first, whichever is written first (docs/labels.md). PAY.JP's
`error.status` marks its own error, never Stripe's error beside a status."""

from __future__ import annotations

import itertools
import json

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from app.reading.sensitivity import signals

# The label of the decline's reason in each language (field_names.toml) and its values in words:
# (words, the code they tell).
LABELS = {
    "en": ("Decline reason", {"Stolen card": "stolen_card", "Lost card": "lost_card"}),
    "de": (
        "Ablehnungsgrund",
        {"Gestohlene Karte": "stolen_card", "Verlorene Karte": "lost_card", "Betrug": "fraudulent"},
    ),
    "fr": ("Motif du refus", {"Carte volée": "stolen_card", "Carte perdue": "lost_card"}),
    "es": ("Motivo del rechazo", {"Tarjeta robada": "stolen_card", "Fraude": "fraudulent"}),
    "pt-BR": ("Motivo da recusa", {"Cartão roubado": "stolen_card", "Cartão perdido": "lost_card"}),
    "it": ("Motivo del rifiuto", {"Carta rubata": "stolen_card", "Carta smarrita": "lost_card"}),
    "nl": ("Reden van weigering", {"Gestolen kaart": "stolen_card", "Fraude": "fraudulent"}),
    "sv": ("Avvisningsorsak", {"Stulet kort": "stolen_card", "Bedrägeri": "fraudulent"}),
    "pl": ("Powód odmowy", {"Skradziona karta": "stolen_card", "Oszustwo": "fraudulent"}),
    "ja": (
        "拒否理由",
        {"盗難カード": "stolen_card", "紛失カード": "lost_card", "不正利用": "fraudulent"},
    ),
    "zh-Hans": (
        "拒绝原因",
        {"被盗卡": "stolen_card", "丢失的卡": "lost_card", "欺诈": "fraudulent"},
    ),
    "ko": (
        "거절 사유",
        {"도난 카드": "stolen_card", "분실된 카드": "lost_card", "사기": "fraudulent"},
    ),
}
# Words that tell no sensitive reason: the code they tell, or no code, never the words.
PLAIN = {
    "de": ("Unzureichende Deckung", "Karte abgelaufen"),
    "sv": ("Otillräckligt saldo", "Kortet har gått ut"),
    "fr": ("Fonds insuffisants", "Carte expirée"),
    "ja": ("残高不足", "有効期限切れ"),
}
CASES = [
    (language, words, code)
    for language, (_, values) in LABELS.items()
    for words, code in values.items()
]


@pytest.mark.parametrize(("language", "words", "code"), CASES)
def test_a_sensitive_reason_in_words_is_its_code(
    language: str, words: str, code: str, known: CodeKinds
) -> None:
    label = LABELS[language][0]
    for separator in (": ", " : ", "\t", "\uff1a"):
        text = f"Payment failed\n{label}{separator}{words}\nAmount: 49.00 EUR"
        failures = read_paste(text, known).failures
        assert failures, text
        assert failures[0].decline_code in (code, None), text
        assert signals(failures[0], known.sensitive, known.sensitive_codes), text


@pytest.mark.parametrize(
    ("language", "words"),
    [(language, words) for language, values in PLAIN.items() for words in values],
)
def test_words_never_become_a_code(language: str, words: str, known: CodeKinds) -> None:
    text = f"Zahlung fehlgeschlagen\n{LABELS[language][0]}: {words}\nBetrag: 49,00 €"
    failures = read_paste(text, known).failures
    assert failures
    for found in (failures[0].code, failures[0].decline_code):
        assert found is None or found in known, text


NETWORK_LABELS = ("network decline code", "Network decline code:", "Netzwerk-Ablehnungscode")


@pytest.mark.parametrize(
    ("label", "codes"),
    list(itertools.product(NETWORK_LABELS, (("05", "59"), ("59", "05"), ("51", "43")))),
)
def test_of_two_network_codes_the_sensitive_one_is_answered(
    label: str, codes: tuple[str, str], known: CodeKinds
) -> None:
    sensitive = next(c for c in codes if ("network_decline_code", c) in known.sensitive)
    for text in (
        f"First try: {label} {codes[0]}. Retry: {label} {codes[1]}.",
        f"{label} {codes[0]}\n{label} {codes[1]}\nAmount: 20.00 USD",
        f"network_decline_code: {codes[0]}\nnetwork_decline_code: {codes[1]}",
    ):
        failures = read_paste(text, known).failures
        assert failures and failures[0].network_decline_code == sensitive, text


STRIPE_ERROR = {
    "code": "card_declined",
    "decline_code": "insufficient_funds",
    "message": "Your card has insufficient funds.",
    "type": "card_error",
}
PAYJP_ERROR = {
    "code": "card_declined",
    "message": "Card declined",
    "status": 402,
    "type": "card_error",
}


@pytest.mark.parametrize("indent", [None, 2])
def test_a_status_beside_stripes_error_stays_stripes(indent: int | None, known: CodeKinds) -> None:
    for extra in ({"status": 402}, {"status": 402, "advice_code": "try_again_later"}):
        text = json.dumps({"error": {**STRIPE_ERROR, **extra}}, indent=indent)
        failures = read_paste(text, known).failures
        assert failures and failures[0].decline_code == "insufficient_funds", text


@pytest.mark.parametrize("indent", [None, 2])
def test_payjps_own_error_is_theirs(indent: int | None, known: CodeKinds) -> None:
    text = json.dumps({"error": PAYJP_ERROR}, indent=indent)
    with pytest.raises(UnreadablePaste) as raised:
        read_paste(text, known)
    assert "PAY.JP" in raised.value.message
