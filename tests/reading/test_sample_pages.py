"""A page that shows a sample failure is no payment; one payment's failure pasted with doc text
is (issue 26, reading14d: app/reading/instances.py weighs one against the other in one place).

Generated: explainer pages (a dunning vendor's blog post, an error-code glossary, a cheat sheet,
a help-centre article) in several languages, about each of several codes, sensitive ones among
them, with the sample set out in each rendering (pretty JSON, one-line JSON, a JSON fragment);
each reads as unusable, and a page naming a confidential code still warns. The opposite: the
same sample pasted as one payment's (with a real id, a log line, a ticket's number and time, a
person telling it, masked ids), with a docs sentence or link beside it, reads as that failure,
marked confidential whenever its code is."""

from __future__ import annotations

import json

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from app.reading.sensitivity import signals

CODES = ("insufficient_funds", "do_not_honor", "stolen_card", "lost_card", "fraudulent")
SENSITIVE = {"stolen_card", "lost_card", "fraudulent"}
MESSAGES = {
    "insufficient_funds": "Your card has insufficient funds.",
    "do_not_honor": "Your card was declined.",
    "stolen_card": "Your card was declined.",
    "lost_card": "Your card was declined.",
    "fraudulent": "Your card was declined.",
}


def _error(code: str, charge: str | None = None) -> dict[str, str]:
    error = {
        "type": "card_error",
        "code": "card_declined",
        "decline_code": code,
        "message": MESSAGES[code],
        "doc_url": "https://stripe.com/docs/error-codes/card-declined",
    }
    if charge:
        error["charge"] = charge
    return error


def _renderings(code: str, charge: str | None = None) -> dict[str, str]:
    error = _error(code, charge)
    body = {"error": error}
    fragment = "\n".join(f'  "{key}": {json.dumps(value)},' for key, value in error.items())
    return {
        "pretty": json.dumps(body, indent=2),
        "one_line": json.dumps(body),
        "fragment": fragment,
    }


PAGES = {
    "blog_en": (
        "What does the {code} decline code mean (and how to recover the payment)?\n\n"
        "Posted by the Retainly team · 5 min read\n\n"
        "If you run a subscription business, you will meet {code} sooner or later. It means the "
        "customer's bank declined the charge. When a card is declined this way, retrying at "
        "once rarely helps.\n\nHere is what the error looks like in the API:\n\n{sample}\n\n"
        "What should you do?\n- Retry the payment a few days later.\n- Send the customer a "
        "friendly email.\n- Offer another payment method.\n\nStart your free trial today."
    ),
    "glossary_pt": (
        "Glossário de erros de pagamento: {code}\n\nO que significa?\nO código {code} indica "
        "que o banco emissor recusou a transação. Quando um cartão é recusado assim, não "
        "adianta tentar de novo em seguida.\n\nExemplo de resposta da API:\n{sample}\n\n"
        "Como resolver\n1. Peça ao cliente que entre em contato com o banco.\n2. Ofereça outro "
        "meio de pagamento."
    ),
    "docs_de": (
        "Fehlercode {code}\n\nDer Code {code} bedeutet, dass die Bank die Zahlung abgelehnt "
        "hat. Wenn eine Karte so abgelehnt wird, sollten Sie die Zahlung nicht sofort "
        "wiederholen.\n\nBeispiel\n\n{sample}\n\nSiehe auch\n\nLink zur Übersicht der Codes"
    ),
    "cheatsheet_en": (
        "# Stripe decline cheat sheet: {code}\n\n## Meaning\nThe issuer declined the payment "
        "with {code}. If you see it, do not retry right away.\n\n## Example response\n\n"
        "```json\n{sample}\n```\n\n## What to do\n- Ask the customer for another card.\n"
        "- Check your Radar rules."
    ),
    "help_es": (
        "¿Qué significa el código {code}?\n\nEl código {code} significa que el banco rechazó "
        "el pago. Cuando una tarjeta se rechaza así, pida al cliente otra tarjeta.\n\n"
        "Ejemplo de respuesta:\n{sample}\n\nArtículos relacionados\nPagos rechazados"
    ),
}


def _page_cases() -> list[tuple[str, str, str, str]]:
    return [
        (page, code, rendering, template.format(code=code, sample=sample))
        for page, template in PAGES.items()
        for code in CODES
        for rendering, sample in _renderings(code).items()
    ]


@pytest.mark.parametrize(("page", "code", "rendering", "text"), _page_cases())
def test_a_page_with_a_sample_failure_is_no_payment(
    page: str, code: str, rendering: str, text: str, known: CodeKinds
) -> None:
    with pytest.raises(UnreadablePaste) as raised:
        read_paste(text, known)
    if code in SENSITIVE:  # the agent still sees the confidential code the page names
        assert code in " ".join(raised.value.confidential), (page, rendering)


CHARGE = "ch_3PqD4eFz2bXkQw9E1aBcDeFg"
INSTANCES = {
    "real_id": "Customer couldn't pay this morning, here is the error:\n\n{sample}\n\n{docs}",
    "log_line": "2024-05-02T10:11:12Z ERROR payment failed {sample}\n{docs}",
    "ticket": (
        "Ticket #48812 - renewal failed at 16:40 for order 10023 ($89.00)\n\n{sample}\n\n{docs}"
    ),
    "first_person": (
        "I'm getting this error when my customer pays on our checkout:\n\n{sample}\n\n{docs}"
    ),
    "masked": (
        'Event payload (ids hidden): "payment_intent": "pi_*****", "charge": "ch_*****"\n\n'
        "{sample}\n\n{docs}"
    ),
}
DOCS = (
    'The docs (https://stripe.com/docs/declines/codes) say: "The card was declined for an '
    'unknown reason." What should we reply?',
    "See https://docs.stripe.com/declines/codes for what this code means.",
    "Wenn eine Karte abgelehnt wird, sagt die Doku: nicht sofort wiederholen.",
)


def _instance_cases() -> list[tuple[str, str, str, str]]:
    cases: list[tuple[str, str, str, str]] = []
    for name, template in INSTANCES.items():
        for code in CODES:
            charge = CHARGE if name == "real_id" else None
            for rendering, sample in _renderings(code, charge).items():
                docs = DOCS[len(cases) % len(DOCS)]
                cases.append((name, code, rendering, template.format(sample=sample, docs=docs)))
    return cases


@pytest.mark.parametrize(("instance", "code", "rendering", "text"), _instance_cases())
def test_one_payments_failure_with_doc_text_stays_a_failure(
    instance: str, code: str, rendering: str, text: str, known: CodeKinds
) -> None:
    reading = read_paste(text, known)
    assert reading.failures, (instance, rendering)
    first = reading.failures[0]
    assert first.decline_code == code, (instance, rendering)
    marked = bool(signals(first, known.sensitive, known.sensitive_codes) or first.evidence)
    assert marked == (code in SENSITIVE), (instance, rendering)
