"""A card reported stolen or lost by what stands for it: a compound of the word (Kreditkarte,
creditcard, bankkort), its brand ("the company Visa ending 4471 was reported stolen") or the
wallet it was in. The report makes it the confidential reason, as it does for the card itself;
each carrier is put in each language's report and each frame."""

from __future__ import annotations

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from app.reading.told_reasons import told_reasons

# Per language: carriers of the card, and its report of a theft ({carrier} is replaced).
REPORTS = {
    "en": (("Visa ending 4471", "Mastercard", "wallet"), "The {carrier} was reported stolen"),
    "de": (("Kreditkarte", "Visa", "Geldbörse"), "Die {carrier} wurde als gestohlen gemeldet"),
    "fr": (("Visa", "Mastercard", "portefeuille"), "La {carrier} a été déclarée volée"),
    "es": (("Visa", "Mastercard", "billetera"), "La {carrier} fue reportada como robada"),
    "it": (("Visa", "Mastercard", "borsa"), "La {carrier} è stata segnalata come rubata"),
    "nl": (("creditcard", "Visa", "portemonnee"), "De {carrier} is als gestolen opgegeven"),
    "sv": (("bankkort", "Visa", "plånbok"), "Mitt {carrier} är anmält som stulet"),
    "pl": (("Visa", "Mastercard", "portfel"), "{carrier} zgłoszona jako skradziona"),
}
FRAMES = (
    "Stripe: card_declined\n{told}.",
    "[10:21] Lucía: payment pi_3QbE1aJ2kL3mN4oP0qR5sT6u declined in Stripe. {told}.",
)


@pytest.mark.parametrize(
    ("locale", "told"),
    [
        (locale, report.format(carrier=carrier))
        for locale, (carriers, report) in REPORTS.items()
        for carrier in carriers
    ],
)
def test_a_card_reported_stolen_by_what_stands_for_it_is_confidential(
    known: CodeKinds, locale: str, told: str
) -> None:
    assert told_reasons(told.lower()) == ["stolen_card"], (locale, told)
    for frame in FRAMES:
        text = frame.format(told=told)
        failures = read_paste(text, known).failures
        assert failures and signals(failures[0], known.sensitive, known.sensitive_codes), text
