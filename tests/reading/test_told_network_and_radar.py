"""Confidential reasons told in an agent's words (issue 26, session 9, lead note A and B): a card
network's or issuer's response code named as agents name it, in the twelve languages, in a
sentence, after a colon (ASCII or full-width), with the field's name in brackets; Radar
stopping a payment in any language. Each is a failure marked confidential; the opposites
(an HTTP status, another system's error code, a ticket number, an amount, a date, Radar not
stopping it) are not."""

from __future__ import annotations

import itertools

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.reading.conftest import failures_of

SENSITIVE = ("04", "07", "41", "43", "59", "63", "83")
# The response code's name in each language, as agents and escalation templates write it.
LABELS = (
    "response code",
    "Visa response code",
    "Mastercard decline code",
    "issuer response code",
    "bank response code",
    "network decline code",
    "Antwortcode",
    "code réponse",
    "code de réponse",
    "código de respuesta",
    "código de resposta",
    "codice di risposta",
    "responscode",
    "svarskod",
    "kod odpowiedzi",
    "応答コード",
    "响应代码",
    "응답 코드",
    "발급사 응답 코드",
    "网络拒绝代码",
)
FORMS = (
    "The customer's bank came back with {label} {code}.",
    "{label}: {code}",
    "{label}\uff1a{code}",
    "{label} (network_decline_code): {code}",
    "{label}\uff08network_decline_code\uff09\uff1a{code}",
    "Ticket 5521 — declined, {label} {code}, customer asks why",
)


def _reading(text: str, known: CodeKinds):  # type: ignore[no-untyped-def]
    reading = read_paste(text, known)
    assert reading.failures, text
    return reading.failures[0]


@pytest.mark.parametrize(("label", "form"), list(itertools.product(LABELS, FORMS)))
def test_a_sensitive_response_code_told_in_words_is_confidential(
    known: CodeKinds, label: str, form: str
) -> None:
    for code in SENSITIVE:
        text = form.format(label=label, code=code)
        failure = _reading(text, known)
        assert failure.network_decline_code == code, text
        assert signals(failure, known.sensitive, known.sensitive_codes), text


@pytest.mark.parametrize("label", LABELS[:6])
def test_a_harmless_response_code_is_read_and_not_confidential(
    known: CodeKinds, label: str
) -> None:
    failure = _reading(f"Declined, {label} 51.", known)
    assert failure.network_decline_code == "51"
    assert not signals(failure, known.sensitive, known.sensitive_codes)


@pytest.mark.parametrize(
    "text",
    (
        "HTTP response code 404 from the webhook endpoint",
        "error code 43 from our ERP, ticket 59",
        "Ticket #59: customer paid 43.00 on 05 Dec",
        "Order 4159 shipped on 07 Dec, 63 items",
    ),
)
def test_numbers_that_are_no_response_code_are_not_confidential(
    known: CodeKinds, text: str
) -> None:
    failures = failures_of(text, known)
    assert not any(signals(f, known.sensitive, known.sensitive_codes) for f in failures)


RADAR_STOPS = (
    "Radar stopped it",
    "Radar stoppade den",
    "Radar hat die Zahlung gestoppt",
    "Radar hat die Zahlung abgelehnt",
    "Radar l'a arrêté",
    "Radar lo detuvo",
    "Radar rechazó el pago",
    "O Radar barrou o pagamento",
    "Radar l'ha fermato",
    "Radar heeft de betaling tegengehouden",
    "Radar zatrzymał płatność",
    "Radar が支払いを止めました",
    "被 Radar 拒绝了",
    "Radar가 결제를 막았어요",
    "Declined by Radar",
    "rejected by Radar",
)
AROUND = ("{words}", "Customer asks why her card failed. {words}.", "> {words}\n> thanks")


@pytest.mark.parametrize(("words", "around"), list(itertools.product(RADAR_STOPS, AROUND)))
def test_radar_stopping_a_payment_in_any_language_is_a_confidential_block(
    known: CodeKinds, words: str, around: str
) -> None:
    text = around.format(words=words)
    failure = _reading(text, known)
    assert failure.outcome is not None and failure.outcome.type == "blocked", text
    assert signals(failure, known.sensitive, known.sensitive_codes), text


@pytest.mark.parametrize(
    "text",
    (
        "Radar didn't stop it, the bank declined: insufficient funds",
        "We enabled Radar last week. The bank declined the card: insufficient funds.",
    ),
)
def test_radar_named_without_stopping_is_no_block(known: CodeKinds, text: str) -> None:
    failure = _reading(text, known)
    assert failure.outcome is None or failure.outcome.type != "blocked", text


# A reason's label, then a stolen or lost card in the label's language.
STOLEN_AS_REASON = (
    "Motif du refus : carte volée",
    "Ablehnungsgrund: Gestohlene Karte",
    "Motivo: tarjeta robada",
    "Motivo da recusa: cartão roubado",
    "Motivo del rifiuto: carta smarrita",
    "Reden: gestolen kaart",
    "Orsak: stulet kort",
    "Powód: karta skradziona",
    "Decline reason: Stolen card",
)


@pytest.mark.parametrize("text", STOLEN_AS_REASON)
def test_a_stolen_or_lost_card_after_a_reasons_label_is_confidential(
    known: CodeKinds, text: str
) -> None:
    for written in (text, f"Ticket 4410\n{text}\nCustomer asks what to do."):
        assert signals(_reading(written, known), known.sensitive, known.sensitive_codes), written


def test_a_card_denied_stolen_after_a_reasons_label_is_not(known: CodeKinds) -> None:
    failure = _reading("Motif du refus : carte non volée, expirée", known)
    assert not signals(failure, known.sensitive, known.sensitive_codes)
