"""A sentence that tells a payment failed goes on past the point inside an amount or a version
("the Stripe charge for invoice #4410 ($2,380.00) came back declined"): a point between two
digits ends no sentence. Every amount below is put in every sentence."""

from __future__ import annotations

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from tests.reading.conftest import kind_of

AMOUNTS = ("$2,380.00", "1.234,56 €", "€ 19.90", "CHF 1'200.50", "¥12.000", "v2.3.1")
SENTENCES = (
    "So the Stripe charge for invoice #4410 ({amount}) came back declined.",
    "Die Stripe-Zahlung für Rechnung 4410 ({amount}) wurde abgelehnt.",
    "Le paiement Stripe de la facture 4410 ({amount}) a été refusé.",
    "El cobro de Stripe de la factura 4410 ({amount}) fue rechazado.",
)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_stop_inside_an_amount_does_not_end_the_sentence(known: CodeKinds, sentence: str) -> None:
    for amount in AMOUNTS:
        text = f"Forwarding for context.\n{sentence.format(amount=amount)}\nThanks"
        assert kind_of(text, known) == "failure", text
        assert not read_paste(text, known).failures[0].code, text
