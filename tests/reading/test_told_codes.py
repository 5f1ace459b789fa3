"""Reasons told in words (vocabulary.toml `reason_words`): every phrase, in the sentences a
customer or an agent writes it in, reads as its decline code; negated, it does not. And a
confidential reason raised and denied in the next sentence does not make a paste confidential,
while one told as a fact or written as a code always does."""

from __future__ import annotations

import tomllib

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.conftest import ROOT
from tests.reading.conftest import failures_of

PHRASES = tomllib.loads((ROOT / "resources/catalog/vocabulary.toml").read_text())["reason_words"]
# Around a phrase: a customer's email quoting the checkout, an agent's note, a chat line.
AROUND = [
    "Hello, when I pay it says \u201c{}\u201d. What can I do?",
    "Note for ticket 4411: {}. Asked the customer to check with the bank.",
    "{}",
]
# What `…` stands for: a few words of the same sentence.
GAPS = ["", " you entered ", " de votre carte "]


def _sentences(phrase: str) -> list[str]:
    made = [phrase.replace("\u2026", gap if gap else " ") for gap in GAPS]
    # One more short word between two words of the phrase ("número do seu cartão").
    first, space, rest = phrase.partition(" ")
    if space and "\u2026" not in first:
        made.append(f"{first} seu {rest}".replace("\u2026", " "))
    return made


@pytest.mark.parametrize(("phrase", "code"), sorted(PHRASES.items()))
def test_every_reason_phrase_reads_as_its_code(known: CodeKinds, phrase: str, code: str) -> None:
    for sentence in _sentences(phrase):
        for around in AROUND:
            for written in (sentence, sentence.upper(), sentence.capitalize()):
                text = around.format(written)
                reading = read_paste(text, known)
                assert reading.failures, text
                assert reading.failures[0].detected().get("decline_code") == code, text


@pytest.mark.parametrize(
    "text",
    [
        "The card has not expired, but the payment failed.",
        "Die Karte ist nicht abgelaufen, aber die Zahlung schlug fehl.",
        "La carte n'est pas expirée mais le paiement a échoué.",
        "It is not insufficient funds: the payment failed for another reason.",
        "La carte n'est jamais expirée, et pourtant le paiement a échoué.",
        "The card number was never invalid, but the payment failed.",
    ],
)
def test_a_negated_reason_is_not_that_reason(known: CodeKinds, text: str) -> None:
    failures = failures_of(text, known)
    assert not failures or failures[0].decline_code is None, text


RAISED = [
    "The bank said stolen card?",
    "Was the card reported stolen?",
    "She thinks we flagged her as fraud.",
    "Customer asks whether her card is on a block list.",
]
DENIALS = ["No, it was not reported stolen.", "We did not.", "No.", "Nope, it wasn't."]
AFTER = ["Decline code is do_not_honor.", "Decline: insufficient_funds", ""]


@pytest.mark.parametrize("raised", RAISED)
def test_a_reason_raised_and_denied_next_is_not_confidential(known: CodeKinds, raised: str) -> None:
    for denial in DENIALS:
        for after in AFTER[:2]:
            text = f"{raised} {denial} {after}"
            reading = read_paste(text, known)
            assert reading.failures, text
            assert not signals(reading.failures[0], known.sensitive, known.sensitive_codes), text


@pytest.mark.parametrize(
    "pair",
    [
        "Sie glaubt, die Karte wurde gestohlen. Sie wurde nicht gestohlen.",
        "Elle pense que la carte a été volée ? Pas du tout.",
        "Hon tror att kortet är stulet. Det är det inte.",
        "El cliente cree que la tarjeta fue robada. Nunca fue robada.",
        "Klant vraagt of de kaart gestolen is. Nee, dat is niet zo.",
        "She thinks the card was stolen. It wasn\u2019t.",
    ],
)
def test_a_reason_raised_and_denied_in_any_language_is_not_confidential(
    known: CodeKinds, pair: str
) -> None:
    # The denial's words are the reader's one list of negations, in every shipped language.
    text = f"{pair} Decline code is do_not_honor."
    reading = read_paste(text, known)
    assert not signals(reading.failures[0], known.sensitive, known.sensitive_codes), text


def test_a_sentence_opening_with_a_without_word_denies_nothing(known: CodeKinds) -> None:
    # "Sin embargo" is "however": the reason after it is affirmed, not denied.
    text = (
        "El cliente pregunta si la tarjeta fue robada. "
        "Sin embargo, la tarjeta fue reportada como robada."
    )
    reading = read_paste(f"{text} Decline code is do_not_honor.", known)
    assert signals(reading.failures[0], known.sensitive, known.sensitive_codes), text


@pytest.mark.parametrize("raised", RAISED)
def test_a_reason_confirmed_or_written_as_a_code_stays_confidential(
    known: CodeKinds, raised: str
) -> None:
    for text in (
        f"{raised} Yes, the bank confirmed it. Decline code generic_decline.",
        f"{raised} No, decline code stolen_card.",
        f"{raised} No further details. Decline: generic_decline.",
    ):
        reading = read_paste(text, known)
        assert reading.failures, text
        assert signals(reading.failures[0], known.sensitive, known.sensitive_codes), text


@pytest.mark.parametrize(
    "text",
    [
        "Le paiement ne passe pas : \u00ab Les fonds de ma carte sont insuffisants \u00bb.",
        'It did not work, "insufficient funds" it said.',
        "Der Kauf klappt nicht: Karte abgelaufen.",
    ],
)
def test_a_negation_in_another_clause_does_not_undo_the_reason(known: CodeKinds, text: str) -> None:
    reading = read_paste(text, known)
    assert reading.failures and reading.failures[0].decline_code, text
