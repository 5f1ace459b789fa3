"""A card blocked, cancelled or reported because of a theft or a loss, told in an agent's note,
a chat line or a customer's e-mail in any reply language ("denunciada por robo", "bloccata per
smarrimento", "wegen Diebstahls gesperrt"), and a report told far from the card's word ("la
carta che avevo salvato sul vostro sito risulta segnalata come smarrita"): the same
confidential reason as `stolen_card` or `lost_card`. Denied, it is not told. Each phrase is
put in every frame below, so that a sentence of any shape carries it."""

from __future__ import annotations

import itertools

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from app.reading.told_reasons import told_reasons

# (the card, the reason told, the code it is): one per language and kind of reason.
TOLD = (
    ("the card", "was blocked due to theft", "stolen_card"),
    ("the card", "was cancelled because of a loss", "lost_card"),
    ("die Karte", "wurde wegen Diebstahls gesperrt", "stolen_card"),
    ("die Karte", "ist wegen Verlusts gesperrt", "lost_card"),
    ("la carte", "a été bloquée pour vol", "stolen_card"),
    ("la carte", "a été annulée suite à une perte", "lost_card"),
    ("la tarjeta", "figura como denunciada por robo", "stolen_card"),
    ("la tarjeta", "fue dada de baja por extravío", "lost_card"),
    ("o cartão", "foi bloqueado por roubo", "stolen_card"),
    ("o cartão", "foi cancelado por perda", "lost_card"),
    ("la carta", "è stata bloccata per furto", "stolen_card"),
    ("la carta", "risulta segnalata come smarrita", "lost_card"),
    ("de kaart", "is geblokkeerd wegens diefstal", "stolen_card"),
    ("de kaart", "is geblokkeerd vanwege verlies", "lost_card"),
    ("kortet", "är spärrat på grund av stöld", "stolen_card"),
    ("kortet", "spärrades efter förlust", "lost_card"),
    ("karta", "jest zastrzeżona z powodu kradzieży", "stolen_card"),
    ("karta", "została zastrzeżona po zgubieniu", "lost_card"),
)
# Between the card and what is told: nothing, or the words of a long relative clause.
BETWEEN = ("", " that the customer had saved on our site last year")
FRAMES = (
    "{told}.",
    "[10:21] Lucía: the customer called his bank: {told}, so he needs the new one",
    "Hello,\nI called my bank as you said. They told me {told}. Can you send the link again?\n"
    "Thanks",
    "Internal note: payment failed on pi_3QbE1aJ2kL3mN4oP0qR5sT6u, {told}.",
)


@pytest.mark.parametrize(("card", "told", "code"), TOLD)
def test_a_card_blocked_for_a_theft_or_a_loss_is_the_confidential_reason(
    known: CodeKinds, card: str, told: str, code: str
) -> None:
    for between, frame in itertools.product(BETWEEN, FRAMES):
        text = frame.format(told=f"{card}{between} {told}")
        assert told_reasons(text.lower()) == [code], text
        failures = read_paste(text, known).failures
        assert failures and signals(failures[0], known.sensitive, known.sensitive_codes), text


DENIED = (
    "the card was not blocked due to theft, it simply expired",
    "la tarjeta no fue bloqueada por robo, solo caducó",
    "die Karte wurde nicht wegen Diebstahls gesperrt",
    "la carte n'a pas été bloquée pour vol",
)
# The same words about other things than a card: a parcel, a phone, insurance.
NOT_THE_CARD = (
    "The parcel was reported lost by the courier; we sent a new one.",
    "Your phone insurance covers theft and loss.",
    "El paquete fue denunciado por robo a la empresa de transporte.",
)


@pytest.mark.parametrize("text", DENIED + NOT_THE_CARD)
def test_a_denied_theft_or_one_of_something_else_is_not_told(text: str) -> None:
    assert told_reasons(text.lower()) == [], text


# A network's response code named with the function words of Romance languages: six words.
LONG_LABELS = (
    "Código de respuesta de la red",
    "Código de rechazo de la red",
    "Code de réponse du réseau Visa",
    "Codice di risposta della rete",
    "Código de resposta da rede",
)


@pytest.mark.parametrize("label", LONG_LABELS)
def test_a_network_code_after_a_label_of_six_words_is_read(known: CodeKinds, label: str) -> None:
    for code in ("59", "43", "05"):
        text = f"Estado: Fallido\nCódigo de rechazo (Stripe): do_not_honor\n{label}: {code}"
        failure = read_paste(text, known).failures[0]
        assert failure.network_decline_code == code, text
        assert bool(signals(failure, known.sensitive, known.sensitive_codes)) == (code != "05"), (
            text
        )
