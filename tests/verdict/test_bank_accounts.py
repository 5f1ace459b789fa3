"""Bank accounts and bank debits (issue 22): a bank account that could not be verified is told to
verify it again; every ACH return Stripe reports is read from the raw code, from the failure code
Stripe gives it, or from both, and gets the strictest verdict of the two; a return for a reason the
customer must not read in a reply (R15, an account holder who may be deceased) gets a reply that
says only that the bank returned the debit and that we will not debit the account again; and a
payment not made by card gets a verdict that speaks of no card."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.replies.analyse import analyse_paste
from app.replies.guard import Guard
from app.verdict.retry import STRICTNESS
from build.languages import LOCALES
from tests.catalogue.test_sepa_codes import CARD_WORDS
from tests.conftest import known_entry
from tests.replies.test_reply_truth import RETRY_PHRASES
from tests.verdict.test_method_replies import OTHER_METHODS, charge, told

VERIFY = "verify_bank_account"
RETURNED = "bank_debit_returned"
VERIFY_LINE = "Ask the customer to verify the bank account again or use another method"

# Microdeposits and instant verification (Financial Connections) that did not verify the account:
# Stripe's error codes (https://docs.stripe.com/error-codes and, for Financial Connections,
# https://docs.stripe.com/changelog/clover/2025-09-30/financial-connections-payment-method-error-codes).
VERIFICATION_CODES = (
    "bank_account_verification_failed",
    "bank_account_unverified",
    "payment_method_microdeposit_failed",
    "payment_method_microdeposit_verification_amounts_invalid",
    "payment_method_microdeposit_verification_amounts_mismatch",
    "payment_method_microdeposit_verification_attempts_exceeded",
    "payment_method_microdeposit_verification_descriptor_code_mismatch",
    "payment_method_microdeposit_verification_timeout",
    "financial_connections_account_inactive",
    "financial_connections_account_unavailable_account_numbers",
)

# ACH Direct Debit returns and the code Stripe reports each one as, from the table of
# https://docs.stripe.com/declines/network-codes (read 2026-12-06).
ACH_RETURNS = {
    "R01": "insufficient_funds",
    "R09": "insufficient_funds",
    "R02": "bank_account_closed",
    "R03": "bank_account_invalid_details",
    "R04": "bank_account_invalid_details",
    "R05": "debit_not_authorized",
    "R07": "debit_not_authorized",
    "R08": "debit_not_authorized",
    "R10": "debit_not_authorized",
    "R11": "debit_not_authorized",
    "R29": "debit_not_authorized",
    "R31": "debit_not_authorized",
    "R15": "recipient_deceased",
    "R16": "bank_account_frozen",
}
# Replies a bank debit may get: none of them speaks of a card.
BANK_REPLIES = {
    "bank_insufficient_funds",
    "bank_debit_problem",
    "mandate_revoked",
    "debit_disputed",
    "generic_decline_any_method",
    VERIFY,
    RETURNED,
}
# Words that would tell a reader the account holder died, in the reply's language.
DEATH_WORDS = {
    "en": ("deceas", "death", "died", "passed away"),
    "es": ("falleci", "muerte", "difunt"),
    "fr": ("décéd", "décès", "défunt"),
    "de": ("verstorb", "tod", "gestorben"),
    "pt-BR": ("falecid", "óbito", "morte"),
    "it": ("decedut", "decesso", "defunt", "mort"),
    "nl": ("overled", "overlijden", "dood"),
    "ja": ("死亡", "故人", "亡くな", "逝去"),
    "ko": ("사망", "고인", "별세"),
    "zh-Hans": ("死亡", "已故", "去世", "身故"),
    "pl": ("zmarł", "zgon", "śmier"),
    "sv": ("avlid", "död", "dödsfall"),
}


def setup_error(code: str) -> str:
    """A SetupIntent whose bank account could not be verified, as a webhook sends it."""
    return json.dumps(
        {
            "id": "evt_1Verify",
            "object": "event",
            "type": "setup_intent.setup_failed",
            "data": {
                "object": {
                    "id": "seti_1Verify",
                    "object": "setup_intent",
                    "status": "requires_payment_method",
                    "payment_method_types": ["us_bank_account"],
                    "last_setup_error": {
                        "type": "invalid_request_error",
                        "code": code,
                        "message": "The bank account could not be verified.",
                        "payment_method": {
                            "id": "pm_1Verify",
                            "object": "payment_method",
                            "type": "us_bank_account",
                            "us_bank_account": {"bank_name": "STRIPE TEST BANK", "last4": "6789"},
                        },
                    },
                }
            },
        }
    )


@pytest.mark.parametrize("code", VERIFICATION_CODES)
def test_a_bank_account_that_did_not_verify_is_told_to_verify_it_again(
    catalog: Catalog, code: str
) -> None:
    guard = Guard.from_catalog(catalog)
    for locale in LOCALES:
        for channel in CHANNELS:
            reply_class, sensitive, text = told(setup_error(code), catalog, locale, channel)
            assert (reply_class, sensitive) == (VERIFY, False), (code, locale)
            assert not guard.check(text, locale), (code, locale, channel)
            assert not [word for word in CARD_WORDS if word in text.lower()], (code, locale)
    _, [finding] = analyse_paste(setup_error(code), catalog)
    verdict = finding.explanation.verdict
    assert verdict is not None and verdict.for_customer == VERIFY_LINE
    assert finding.explanation.who_acts == "customer"
    assert finding.explanation.retry in ("after_fix", "never")
    # The card's reading of the same fields would read the bank account's digits as a card's.
    report = finding.report
    assert (report.card_last4, report.card_brand) == (None, None)


def test_the_verification_reply_is_its_own_in_every_language(catalog: Catalog) -> None:
    for locale in LOCALES:
        for channel in CHANNELS:
            text = catalog.reply_template(locale, VERIFY, channel)
            others = {catalog.reply_template(locale, c, channel) for c in BANK_REPLIES - {VERIFY}}
            assert text not in others, (locale, channel)
            assert not [p for p in RETRY_PHRASES[locale] if p in text.lower()], (locale, channel)
    assert "verify" in catalog.reply_template("en", VERIFY, "chat")


def ach_charge(raw: str | None, failure_code: str | None) -> str:
    return charge(
        "us_bank_account", {"type": "issuer_declined", "network_decline_code": raw}, failure_code
    )


@pytest.mark.parametrize("raw", sorted(ACH_RETURNS))
@pytest.mark.parametrize("where", ["raw code", "failure code", "both"])
def test_every_ach_return_is_read_wherever_stripe_puts_it(
    catalog: Catalog, raw: str, where: str
) -> None:
    code = ACH_RETURNS[raw]
    paste = ach_charge(
        raw if where != "failure code" else None, code if where != "raw code" else None
    )
    _, [finding] = analyse_paste(paste, catalog)
    e = finding.explanation
    assert not e.unknown_codes and not e.headline.startswith("Unknown code"), (raw, where)
    network = known_entry(catalog, "network_decline_code", raw)
    said = [network] if where != "failure code" else []
    if where != "raw code":
        said += [x for kind in ("error_code", "decline_code") if (x := catalog.entry(kind, code))]
    strictest = max((s.retry for s in said), key=STRICTNESS.__getitem__)
    assert e.retry == strictest, (raw, where, [s.retry for s in said])
    assert e.reply_class in BANK_REPLIES, (raw, where, e.reply_class)
    if e.retry == "never":
        assert e.reply_class not in set(catalog.vocabulary("reply_invites_retry"))
    assert not e.sensitive  # none of these is DESIGN.md's list


@pytest.mark.parametrize("paste", ["R15", "recipient_deceased", "both", "sepa"])
def test_a_possibly_deceased_holder_is_never_debited_again_nor_told_why(
    catalog: Catalog, paste: str
) -> None:
    text = {
        "R15": ach_charge("R15", None),
        "recipient_deceased": ach_charge(None, "recipient_deceased"),
        "both": ach_charge("R15", "recipient_deceased"),
        "sepa": charge("sepa_debit", {"type": "issuer_declined"}, "recipient_deceased"),
    }[paste]
    for locale in LOCALES:
        for channel in CHANNELS:
            reply_class, sensitive, reply = told(text, catalog, locale, channel)
            assert (reply_class, sensitive) == (RETURNED, False), (paste, locale)
            lowered = reply.lower()
            assert not [w for w in DEATH_WORDS[locale] if w.lower() in lowered], (locale, reply)
            assert not [p for p in RETRY_PHRASES[locale] if p in lowered], (locale, channel)
            assert not [w for w in CARD_WORDS if w in lowered], (locale, channel)
    _, [finding] = analyse_paste(text, catalog)
    e = finding.explanation
    assert (e.retry, e.who_acts) == ("never", "our_team")
    assert e.verdict is not None
    assert e.verdict.for_customer.startswith("Do not debit this account again")
    assert "none with this payment method" in e.verdict.for_retries
    # The agent still reads the reason; only the customer's reply leaves it out.
    assert "deceased" in e.headline.lower() or "deceased" in e.summary.lower()


def test_the_returned_debit_reply_asks_nothing_of_the_account(catalog: Catalog) -> None:
    """Asking whether the account is still open, or for its details, would be asked of whoever
    reads the account holder's mail: the reply only says what happened and offers help."""
    en = catalog.reply_template("en", RETURNED, "email")
    assert "account details" not in en and "still open" not in en
    assert "will not try to collect it from this account again" in en
    for locale in LOCALES:
        for channel in CHANNELS:
            assert catalog.reply_template(locale, RETURNED, channel) != catalog.reply_template(
                locale, "bank_debit_problem", channel
            )


def test_a_payment_not_made_by_card_gets_a_verdict_without_a_card(catalog: Catalog) -> None:
    """The verdict of a wallet's, a local method's or a bank debit's failure is told in that
    method's terms: never "another card", whatever the code and whatever the verdict."""
    codes = [e.code for e in catalog.entries("decline_code")]
    codes += list(catalog.vocabulary("provider_codes"))
    wrong = []
    for method in OTHER_METHODS:
        for code in codes:
            paste = charge(method, {"type": "issuer_declined", "reason": code}, "card_declined")
            _, [finding] = analyse_paste(paste, catalog)
            verdict = finding.explanation.verdict
            assert verdict is not None
            lines = f"{verdict.for_customer} {verdict.for_retries}"
            if "card" in lines.lower():
                wrong.append((method, code, finding.explanation.retry, lines))
    assert not wrong, f"{len(wrong)}, first: {wrong[:5]}"
    by_card = charge("card", {"type": "issuer_declined", "reason": "stolen_card"}, "card_declined")
    _, [finding] = analyse_paste(by_card, catalog)
    assert finding.explanation.verdict is not None
    assert finding.explanation.verdict.for_customer == "Ask for another card or payment method"
