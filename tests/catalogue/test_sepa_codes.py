"""SEPA Direct Debit failure codes and ACH return R20, each with its Stripe source."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.reading.report import FailureReport
from app.replies.analyse import analyse_paste
from app.verdict.explain import explain
from build.languages import LOCALES
from tests.conftest import known_entry

SEPA_PAGE = "https://docs.stripe.com/payments/sepa-debit#failed-payments"
# Stripe's SEPA Direct Debit page, "Failed payments": the explanation of each failure code it
# lists and the catalogue's error-codes page lacks, kept verbatim in stripe_description.
SEPA_EXPLANATIONS = {  # Stripe writes the apostrophes as \u2019
    "debit_disputed": "Your customer requested that their bank refund this payment.",
    "authorization_revoked": "Your customer revoked their authorization and refused this payment.",
    "debit_authorization_not_match": (
        "The transaction can't be processed due to missing or incorrect mandate information."
    ),
    "recipient_deceased": (
        "The mandate was set up on the account of a possibly deceased individual."
    ),
    "branch_does_not_exist": (
        "The payment can't be processed because the bank branch associated with your "
        "customer's IBAN doesn't exist."
    ),
    "incorrect_account_holder_name": (
        "The transaction can't be processed because your customer's account information is "
        "missing or incorrect."
    ),
    "invalid_account_number": (
        "The transaction can't be processed because the IBAN provided by your customer is "
        "incorrect."
    ),
    "generic_could_not_process": (
        "Stripe can't identify a particular reason for the payment failure."
    ),
}
# The reply each gets: bank debits are split by what the customer can do (issue 22, item 5).
SEPA_REPLIES = {
    "debit_disputed": "debit_disputed",
    "authorization_revoked": "mandate_revoked",
    "debit_authorization_not_match": "mandate_revoked",
    # Returned without a word on why: asking whoever reads the mail to check the account would
    # be asked of a possibly deceased holder's family (issue 22).
    "recipient_deceased": "bank_debit_returned",
    "branch_does_not_exist": "bank_debit_problem",
    "incorrect_account_holder_name": "bank_debit_problem",
    "invalid_account_number": "bank_debit_problem",
    "generic_could_not_process": "generic_decline_any_method",  # no reason to tell
}
# The rest of the same table, already entries from Stripe's error-codes page.
SEPA_CODES_ALREADY_THERE = (
    "refer_to_customer",
    "insufficient_funds",
    "debit_not_authorized",
    "account_closed",
    "bank_account_restricted",
)


def sepa_charge(failure_code: str) -> str:
    """A failed SEPA Direct Debit charge as the API returns it: the reason is in failure_code."""
    return json.dumps(
        {
            "id": "ch_3SepaDebit0000001",
            "object": "charge",
            "amount": 2500,
            "currency": "eur",
            "status": "failed",
            "livemode": True,
            "failure_code": failure_code,
            "failure_message": SEPA_EXPLANATIONS.get(failure_code, "The debit failed."),
            "outcome": {
                "network_status": "declined_by_network",
                "reason": None,
                "type": "issuer_declined",
            },
            "payment_method_details": {
                "type": "sepa_debit",
                "sepa_debit": {"country": "DE", "last4": "3000"},
            },
        }
    )


def ach_debit(raw: str, reason: str | None = None) -> str:
    """A failed ACH Direct Debit charge as Stripe sends it: the return code in the outcome."""
    return json.dumps(
        {
            "id": "py_3AchDebit0000001",
            "object": "charge",
            "amount": 5000,
            "currency": "usd",
            "status": "failed",
            "outcome": {
                "network_status": "declined_by_network",
                "network_decline_code": raw,
                "reason": reason,
                "type": "issuer_declined",
            },
            "payment_method_details": {"type": "us_bank_account"},
        }
    )


def test_every_failure_code_of_stripes_sepa_table_has_an_entry(catalog: Catalog) -> None:
    for code in (*SEPA_EXPLANATIONS, *SEPA_CODES_ALREADY_THERE):
        assert catalog.entry("error_code", code) is not None, code


@pytest.mark.parametrize("code", SEPA_EXPLANATIONS)
def test_a_sepa_failure_code_keeps_stripes_words_and_source(catalog: Catalog, code: str) -> None:
    entry = catalog.entry("error_code", code)
    assert entry is not None
    assert entry.source == SEPA_PAGE
    assert entry.stripe_description.replace("\u2019", "'").endswith(SEPA_EXPLANATIONS[code])
    assert not entry.sensitive and entry.reply_class == SEPA_REPLIES[code]


@pytest.mark.parametrize("code", SEPA_EXPLANATIONS)
def test_a_failed_sepa_charge_gets_the_bank_debit_reply_not_a_card_one(
    catalog: Catalog, code: str
) -> None:
    _, [finding] = analyse_paste(sepa_charge(code), catalog, "en", "email")
    explanation = finding.explanation
    assert not explanation.unknown_codes
    assert explanation.headline == known_entry(catalog, "error_code", code).title
    assert explanation.reply_class == SEPA_REPLIES[code]
    for locale in LOCALES:
        _, [told] = analyse_paste(sepa_charge(code), catalog, locale, "email")
        assert not any(word in told.reply.text.lower() for word in CARD_WORDS), (code, locale)


def test_a_possibly_deceased_account_holder_is_never_debited_again(catalog: Catalog) -> None:
    _, [finding] = analyse_paste(sepa_charge("recipient_deceased"), catalog)
    assert finding.explanation.retry == "never"
    assert finding.explanation.who_acts == "our_team"
    # The same Stripe code closes ACH return R15: both entries say so.
    assert "recipient_deceased" in known_entry(catalog, "network_decline_code", "R15").summary


def test_refer_to_customer_gives_the_sepa_meaning_too(catalog: Catalog) -> None:
    # Error-codes page: the customer stopped the payment. SEPA page: the bank gave no reason code.
    entry = known_entry(catalog, "error_code", "refer_to_customer")
    assert "SEPA" in entry.summary and "no reason code" in entry.summary
    assert "stopped" not in entry.title


def test_ach_return_r20_blocks_the_account(catalog: Catalog) -> None:
    entry = catalog.entry("network_decline_code", "R20")
    assert entry is not None
    assert entry.source == "https://docs.stripe.com/api/payment_methods/object"
    assert "Non-Transaction Account" in entry.stripe_description
    assert (entry.retry, entry.reply_class, entry.category) == (
        "never",
        "bank_debit_problem",
        "bank_debit",
    )


def test_a_blocked_ach_account_sends_the_agent_to_the_block(catalog: Catalog) -> None:
    # Stripe's "Blocked bank accounts": a blocked debit fails with bank_account_unusable; the
    # PaymentMethod shows the block, and Stripe Support lifts one made in error.
    for kind, code in (("error_code", "bank_account_unusable"), ("network_decline_code", "R20")):
        steps = " ".join(known_entry(catalog, kind, code).agent_steps)
        assert "Stripe Support" in steps, code
    assert "status_details.blocked" in " ".join(
        known_entry(catalog, "error_code", "bank_account_unusable").agent_steps
    )


@pytest.mark.parametrize(
    "raw, reply",
    [
        ("R20", "bank_debit_problem"),
        ("R02", "bank_debit_problem"),
        ("R01", "bank_insufficient_funds"),
        ("R07", "mandate_revoked"),
        ("R10", "mandate_revoked"),
    ],
)
def test_an_ach_return_code_explains_a_debit_that_names_no_failure_code(
    catalog: Catalog, raw: str, reply: str
) -> None:
    # Without failure_code the outcome type alone would say "declined by the card issuer".
    paste = ach_debit(raw)
    _, [finding] = analyse_paste(paste, catalog, "en", "chat")
    entry = known_entry(catalog, "network_decline_code", raw)
    assert finding.explanation.headline == entry.title
    assert finding.explanation.summary == entry.summary
    assert not any(entry.summary in note for note in finding.explanation.notes)  # said once
    assert finding.explanation.reply_class == reply
    assert "card" not in finding.reply.text


@pytest.mark.parametrize(
    "decline_code, raw, reply",
    [
        ("bank_account_closed", "R02", "bank_debit_problem"),
        ("bank_account_invalid_details", "R03", "bank_debit_problem"),
        ("bank_account_frozen", "R16", "bank_debit_problem"),
        ("debit_not_authorized", "R10", "mandate_revoked"),
        ("recipient_deceased", "R15", "bank_debit_returned"),
    ],
)
def test_stripes_ach_decline_codes_are_known(
    catalog: Catalog, decline_code: str, raw: str, reply: str
) -> None:
    # Stripe's network-codes page names a decline code for each ACH return; these three were
    # missing, so a paste carrying one said "not in the catalogue".
    paste = ach_debit(raw, decline_code)
    _, [finding] = analyse_paste(paste, catalog)
    assert not finding.explanation.unknown_codes
    # The two that are also SEPA failure codes are read as those (the same meaning).
    entry = catalog.entry("decline_code", decline_code) or catalog.entry("error_code", decline_code)
    assert entry is not None
    assert finding.explanation.headline == entry.title
    assert finding.explanation.reply_class == reply


@pytest.mark.parametrize("code", ["account_closed", "invalid_account_number", "recipient_deceased"])
def test_a_bank_debit_error_as_a_card_error_is_not_called_a_card_decline(
    catalog: Catalog, code: str
) -> None:
    report = FailureReport(shape="payment_intent", error_type="card_error", code=code)
    explanation = explain(report, catalog)
    assert explanation.headline == known_entry(catalog, "error_code", code).title
    card = explain(
        FailureReport(shape="payment_intent", error_type="card_error", code="expired_card"), catalog
    )
    assert card.headline.startswith("Card declined: ")


# Every language's word for a card, to check that a bank debit's reply speaks of none.
CARD_WORDS = (
    "card",
    "tarjeta",
    "carte",
    "karte",
    "cartão",
    "carta",
    "kaart",
    "カード",
    "카드",
    "卡",
    "kart",
    "kort",
)


@pytest.mark.parametrize("locale", LOCALES)
def test_a_bank_debit_short_of_funds_is_not_told_about_a_card(
    catalog: Catalog, locale: str
) -> None:
    # insufficient_funds is shared by cards and bank debits; its own reply speaks of a card.
    _, [sepa] = analyse_paste(sepa_charge("insufficient_funds"), catalog, locale, "email")
    assert sepa.explanation.reply_class == "bank_insufficient_funds"
    assert not any(word in sepa.reply.text.lower() for word in CARD_WORDS)
    card = json.loads(sepa_charge("insufficient_funds"))
    card["payment_method_details"] = {"type": "card", "card": {"brand": "visa", "last4": "4242"}}
    _, [by_card] = analyse_paste(json.dumps(card), catalog, locale, "email")
    assert by_card.explanation.reply_class == "insufficient_funds"


@pytest.mark.parametrize("locale", LOCALES)
def test_a_blocked_bank_debit_still_gets_the_generic_decline(catalog: Catalog, locale: str) -> None:
    blocked = json.loads(sepa_charge("insufficient_funds"))
    blocked.pop("failure_code")
    blocked["outcome"] = {
        "network_status": "not_sent_to_network",
        "reason": "highest_risk_level",
        "type": "blocked",
    }
    _, [finding] = analyse_paste(json.dumps(blocked), catalog, locale, "email")
    assert finding.explanation.sensitive
    # One text for every such case: the generic decline in words that fit a bank debit, the
    # same as a debit that failed for no reason Stripe can name.
    assert finding.explanation.reply_class == "generic_decline_any_method"
    _, [reasonless] = analyse_paste(
        sepa_charge("generic_could_not_process"), catalog, locale, "email"
    )
    assert not reasonless.explanation.sensitive
    assert finding.reply.text == reasonless.reply.text
    assert not any(word in finding.reply.text.lower() for word in CARD_WORDS)
