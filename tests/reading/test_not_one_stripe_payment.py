"""Texts that are no one Stripe payment (issue 26, reading14d), generated per class, each with
its opposite: a status page's incident about failing payments (in several languages), a
library or an orchestration's docs mapping many processors' codes, a merchant's note about
another processor's failure that says Stripe had no part in it; and beside them one Stripe
payment's failure told the same ways, which stays a failure."""

from __future__ import annotations

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from tests.reading.conftest import kind_of

STATUS_PAGES = {
    "en": (
        "Incident: {title}\nStatus: Resolved\n\nResolved - This incident has been resolved.\n"
        "Update - We have identified the issue with our payment provider that caused some card "
        'payments to fail with "{message}". Affected customers can retry now.\n'
        "Investigating - We are investigating reports of failed payments at checkout."
    ),
    "de": (
        "Vorfall: {title}\n\nBehoben - Der Vorfall wurde behoben.\nUntersuchung - Wir "
        'untersuchen derzeit Berichte über fehlgeschlagene Kartenzahlungen ("{message}").'
    ),
    "fr": (
        "Incident : {title}\n\nRésolu - L'incident est résolu.\nEnquête - Nous enquêtons sur "
        "des paiements par carte refusés avec « {message} »."
    ),
    "es": (
        "Incidente: {title}\n\nResuelto - El incidente se ha resuelto.\nInvestigando - "
        'Estamos investigando pagos con tarjeta rechazados con "{message}".'
    ),
}
TITLES = ("Elevated card declines", "Checkout payments failing", "Degraded performance")
MESSAGES = ("Your card was declined.", "Your card has insufficient funds.")


@pytest.mark.parametrize("language", sorted(STATUS_PAGES))
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("message", MESSAGES)
def test_a_status_page_incident_is_no_payment(
    language: str, title: str, message: str, known: CodeKinds
) -> None:
    text = STATUS_PAGES[language].format(title=title, message=message)
    assert kind_of(text, known) == "unusable"


@pytest.mark.parametrize("message", MESSAGES)
def test_one_customer_told_beside_an_incident_is_a_failure(message: str, known: CodeKinds) -> None:
    text = (
        "Customer says her renewal failed today with pi_3PqD4eFz2bXkQw9E1aBcDeFg: "
        f'"{message}" (decline_code: insufficient_funds). Is it related to the status page?'
    )
    assert read_paste(text, known).failures


PROCESSORS = ("Adyen", "Checkout.com", "Braintree", "Worldpay", "Mollie", "PayPlug")
CODES = ("insufficient_funds", "lost_card", "do_not_honor", "stolen_card")


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("style", ["js", "python", "ruby"])
def test_a_library_mapping_many_processors_codes_is_no_payment(
    code: str, style: str, known: CodeKinds
) -> None:
    names = ", ".join(PROCESSORS[:4])
    if style == "js":
        sample = (
            "```js\nnormalize('adyen', 'Refused', 'Not enough balance');\n"
            f"// => {{ decline_code: '{code}', retryable: false }}\n```"
        )
    elif style == "python":
        sample = f'>>> normalize("worldpay", "05")\n{{"decline_code": "{code}", "retry": False}}'
    else:
        sample = f"Normalizer.call(:checkout, '20051')\n# => {{ decline_code: :{code} }}"
    text = (
        f"# psp-decline-normalizer\n\nMap decline codes from any PSP to one vocabulary.\n\n"
        f"## Usage\n\n{sample}\n\nSupported processors: Stripe, {names}."
    )
    with pytest.raises(UnreadablePaste) as raised:
        read_paste(text, known)
    if code in ("lost_card", "stolen_card"):
        assert code in " ".join(raised.value.confidential)


NOTES = {
    "en": (
        "Hi team, our checkout uses {other} for EU cards and Stripe for US cards. This morning "
        'an EU customer\'s payment failed on {other} (refusal reason "Not enough balance"). '
        "Stripe was not involved in this one. Should I tell her to try again?"
    ),
    "en_wasnt": (
        'FYI: order 5531 was declined by {other} ("Refused"), Stripe wasn\'t involved. '
        "What do we tell the customer?"
    ),
}


@pytest.mark.parametrize("note", sorted(NOTES))
@pytest.mark.parametrize("other", ["Adyen", "PagSeguro", "Mollie", "Checkout.com"])
def test_another_processors_failure_told_beside_stripe_is_theirs(
    note: str, other: str, known: CodeKinds
) -> None:
    assert kind_of(NOTES[note].format(other=other), known) == "unusable"


@pytest.mark.parametrize("other", ["Adyen", "PagSeguro", "Mollie"])
def test_a_stripe_failure_beside_another_processor_is_a_failure(
    other: str, known: CodeKinds
) -> None:
    text = (
        f"We moved EU cards from {other} last year. Today a renewal failed on Stripe: "
        "decline_code lost_card on ch_3PqD4eFz2bXkQw9E1aBcDeFg. What do we write?"
    )
    failures = read_paste(text, known).failures
    assert failures and failures[0].decline_code == "lost_card"
