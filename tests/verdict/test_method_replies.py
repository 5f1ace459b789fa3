"""Replies that fit the payment method (issue 22, item 5): a wallet, a local method or a bank
debit is told nothing about a card; its confidential and its reasonless declines get one and the
same method-neutral text; and a bank debit's failure is told as what the customer can do about it
(add funds, set up a new mandate, settle a dispute, give an open account's details)."""

from __future__ import annotations

import json

import pytest

from app.agent.history import HistoryRecord, Known
from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.reading.paste import read_paste
from app.replies.analyse import analyse_paste
from app.replies.guard import Guard
from app.verdict.explain import explain
from build.languages import LOCALES
from tests.catalogue.test_sepa_codes import CARD_WORDS
from tests.conftest import DESIGN_SENSITIVE, ROOT
from tests.replies.test_reply_truth import BANK_DECLINED, NOTHING_TAKEN, RETRY_PHRASES
from tests.test_docs import blocks

# Payment methods that are not cards: wallets and local methods, then bank debits.
OTHER_METHODS = (
    "paypal",
    "klarna",
    "twint",
    "alipay",
    "ideal",
    "sepa_debit",
    "us_bank_account",
    "bacs_debit",
)
NEUTRAL = "generic_decline_any_method"


def charge(method: str, outcome: dict[str, str | None], failure_code: str | None = None) -> str:
    """A failed Charge paid by `method`, with Stripe's fields where Stripe puts them."""
    details: dict[str, object] = {"type": method, method: {}}
    if method == "card":
        details[method] = {"brand": "visa", "last4": "4242"}
    return json.dumps(
        {
            "id": "ch_3Method",
            "object": "charge",
            "amount": 2500,
            "currency": "eur",
            "status": "failed",
            "livemode": True,
            "failure_code": failure_code,
            "failure_message": "Declined.",
            "outcome": {"network_status": "declined_by_network", **outcome},
            "payment_method_details": details,
        }
    )


def told(paste: str, catalog: Catalog, locale: str, channel: str) -> tuple[str, bool, str]:
    """The reply class, whether it is confidential, and the reply's text."""
    _, [finding] = analyse_paste(paste, catalog, locale, channel)
    return finding.explanation.reply_class, finding.explanation.sensitive, finding.reply.text


def confidential_pastes(method: str) -> dict[str, str]:
    """A confidential decline of every kind DESIGN.md names, paid by `method`."""
    declined = {"type": "issuer_declined"}
    pastes = {
        code: charge(method, {**declined, "reason": code}, "card_declined")
        for kind, code in sorted(DESIGN_SENSITIVE)
        if kind == "decline_code"
    }
    pastes["blocked"] = charge(
        method,
        {
            "type": "blocked",
            "reason": "highest_risk_level",
            "network_status": "not_sent_to_network",
        },
    )
    pastes["rule"] = charge(
        method, {"type": "blocked", "reason": "rule", "network_status": "not_sent_to_network"}
    )
    return pastes


@pytest.mark.parametrize("method", OTHER_METHODS)
@pytest.mark.parametrize("channel", CHANNELS)
def test_a_confidential_decline_of_another_method_reads_as_its_reasonless_one(
    catalog: Catalog, method: str, channel: str
) -> None:
    guard = Guard.from_catalog(catalog)
    for locale in LOCALES:
        reasonless = [
            told(
                charge(method, {"type": "issuer_declined", "reason": code}, "card_declined"),
                catalog,
                locale,
                channel,
            )
            for code in ("generic_decline", "partner_generic_decline")
        ]
        for reply_class, sensitive, _text in reasonless:
            assert (reply_class, sensitive) == (NEUTRAL, False), (method, locale)
        assert reasonless[0][2] == reasonless[1][2]
        for code, paste in confidential_pastes(method).items():
            reply_class, sensitive, text = told(paste, catalog, locale, channel)
            where = f"{code} by {method} {locale}/{channel}"
            assert sensitive and reply_class == NEUTRAL, where
            assert text == reasonless[0][2], where  # byte for byte: indistinguishable
            assert not any(word in text.lower() for word in CARD_WORDS), where
            assert not guard.revealing_words(text, locale), where


@pytest.mark.parametrize("locale", LOCALES)
def test_a_card_payment_keeps_the_cards_generic_decline(catalog: Catalog, locale: str) -> None:
    for code, paste in confidential_pastes("card").items():
        reply_class, sensitive, text = told(paste, catalog, locale, "email")
        assert sensitive and reply_class == "generic_decline", code
        generic = charge(
            "card", {"type": "issuer_declined", "reason": "generic_decline"}, "card_declined"
        )
        assert text == told(generic, catalog, locale, "email")[2], code


@pytest.mark.parametrize(
    "code",
    [
        "partner_high_risk_customer",
        "lost_or_stolen_card",
        "partner_generic_decline",
        "compliance_violation",
    ],
)
def test_a_providers_code_without_a_method_type_is_not_told_about_a_card(
    catalog: Catalog, code: str
) -> None:
    """A bare error from a wallet's provider: its code alone says no card was used, the same way
    for its confidential and its reasonless codes."""
    paste = json.dumps(
        {
            "error": {
                "type": "card_error",
                "code": "payment_method_provider_decline",
                "decline_code": code,
                "message": "Declined.",
            }
        }
    )
    for locale in LOCALES:
        reply_class, _, text = told(paste, catalog, locale, "chat")
        assert reply_class == NEUTRAL, (code, locale)
        assert text == catalog.reply_template(locale, NEUTRAL, "chat")


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_the_neutral_generic_decline_says_what_the_cards_says_without_a_card(
    catalog: Catalog, locale: str, channel: str
) -> None:
    text = catalog.reply_template(locale, NEUTRAL, channel)
    lowered = text.lower()
    assert NOTHING_TAKEN[locale].lower() in lowered, text
    assert not [word for word in BANK_DECLINED[locale] if word.lower() in lowered], text
    assert not [phrase for phrase in RETRY_PHRASES[locale] if phrase in lowered], text
    assert not [word for word in CARD_WORDS if word in lowered], text
    assert text != catalog.reply_template(locale, "provider_declined", channel)


# Each bank-debit failure of Stripe's SEPA table and ACH returns, and the reply it gets.
BANK_CASES = {
    ("sepa_debit", "insufficient_funds", None): "bank_insufficient_funds",
    ("us_bank_account", None, "R01"): "bank_insufficient_funds",
    ("us_bank_account", None, "R09"): "bank_insufficient_funds",
    ("sepa_debit", "authorization_revoked", None): "mandate_revoked",
    ("sepa_debit", "debit_authorization_not_match", None): "mandate_revoked",
    ("us_bank_account", None, "R07"): "mandate_revoked",
    ("us_bank_account", None, "R29"): "mandate_revoked",
    ("sepa_debit", "debit_not_authorized", None): "mandate_revoked",
    ("us_bank_account", None, "R10"): "mandate_revoked",
    ("sepa_debit", "debit_disputed", None): "debit_disputed",
    ("sepa_debit", "account_closed", None): "bank_debit_problem",
    ("sepa_debit", "invalid_account_number", None): "bank_debit_problem",
    ("us_bank_account", None, "R02"): "bank_debit_problem",
    ("us_bank_account", None, "R03"): "bank_debit_problem",
    ("sepa_debit", "generic_could_not_process", None): NEUTRAL,
    ("sepa_debit", "refer_to_customer", None): NEUTRAL,
}
# A word of each reply that says what the customer does, in every language.
FUNDS = {
    "en": "funds",
    "es": "saldo",
    "fr": "solde",
    "de": "Guthaben",
    "pt-BR": "saldo",
    "it": "fondi",
    "nl": "saldo",
    "ja": "残高",
    "ko": "잔액",
    "zh-Hans": "余额",
    "pl": "środków",
    "sv": "pengar",
}
MANDATE = {
    "en": "mandate",
    "es": "mandato",
    "fr": "mandat",
    "de": "Mandat",
    "pt-BR": "mandato",
    "it": "mandato",
    "nl": "machtiging",
    "ja": "マンデート",
    "ko": "동의",
    "zh-Hans": "授权",
    "pl": "mandat",
    "sv": "medgivande",
}
DISPUTED = {
    "en": "disputed",
    "es": "reclamación",
    "fr": "contesté",
    "de": "widersprochen",
    "pt-BR": "contestado",
    "it": "contestato",
    "nl": "betwist",
    "ja": "異議",
    "ko": "이의",
    "zh-Hans": "异议",
    "pl": "zakwestionowane",
    "sv": "bestridits",
}
OPEN = {
    "en": "still open",
    "es": "abierta",
    "fr": "toujours ouvert",
    "de": "noch besteht",
    "pt-BR": "continua aberta",
    "it": "ancora aperto",
    "nl": "nog bestaat",
    "ja": "解約",
    "ko": "해지",
    "zh-Hans": "注销",
    "pl": "nadal otwarty",
    "sv": "fortfarande är öppet",
}
SAYS = {
    "bank_insufficient_funds": FUNDS,
    "mandate_revoked": MANDATE,
    "debit_disputed": DISPUTED,
    "bank_debit_problem": OPEN,
}


@pytest.mark.parametrize(
    ("case", "expected"),
    BANK_CASES.items(),
    ids=lambda v: "-".join(filter(None, v)) if isinstance(v, tuple) else v,
)
def test_a_bank_debit_failure_gets_the_reply_of_its_case(
    catalog: Catalog, case: tuple[str, str | None, str | None], expected: str
) -> None:
    method, failure_code, raw = case
    outcome = {"type": "issuer_declined", "network_decline_code": raw}
    for locale in LOCALES:
        for channel in CHANNELS:
            reply_class, sensitive, text = told(
                charge(method, outcome, failure_code), catalog, locale, channel
            )
            assert (reply_class, sensitive) == (expected, False), (case, locale)
            assert not any(word in text.lower() for word in CARD_WORDS), (case, locale)
            if expected in SAYS:
                assert SAYS[expected][locale] in text, (case, locale, channel)


def test_the_bank_debit_replies_differ_from_each_other(catalog: Catalog) -> None:
    classes = (
        "bank_insufficient_funds",
        "mandate_revoked",
        "debit_disputed",
        "bank_debit_problem",
        NEUTRAL,
    )
    for locale in LOCALES:
        for channel in CHANNELS:
            texts = {catalog.reply_template(locale, c, channel) for c in classes}
            assert len(texts) == len(classes), (locale, channel)


def test_a_bank_debit_reply_invites_a_retry_only_where_money_was_short(catalog: Catalog) -> None:
    """Adding funds mends a debit short of money; a revoked mandate, a dispute or a closed
    account is not mended by trying the same debit again."""
    invites = set(catalog.vocabulary("reply_invites_retry"))
    assert "bank_insufficient_funds" in invites
    assert not invites & {"mandate_revoked", "debit_disputed", "bank_debit_problem", NEUTRAL}
    for locale in LOCALES:
        for channel in CHANNELS:
            for reply_class in ("mandate_revoked", "debit_disputed"):
                text = catalog.reply_template(locale, reply_class, channel).lower()
                assert not [p for p in RETRY_PHRASES[locale] if p in text], (reply_class, locale)


def test_the_verdict_speaks_of_the_bank_debit(catalog: Catalog) -> None:
    cases = {
        ("us_bank_account", None, "R01"): "add funds to the bank account",
        ("sepa_debit", "authorization_revoked", None): "new mandate",
        ("sepa_debit", "debit_disputed", None): "dispute the debit",
    }
    for (method, failure_code, raw), words in cases.items():
        outcome = {"type": "issuer_declined", "network_decline_code": raw}
        _, [finding] = analyse_paste(charge(method, outcome, failure_code), catalog)
        verdict = finding.explanation.verdict
        assert verdict is not None and words in verdict.for_customer, (failure_code, raw)


# Codes whose card reply a wallet's customer must not read, and the reply they get instead.
WALLET_CASES = {
    "insufficient_funds": "provider_declined",
    "expired_card": "provider_declined",
    "incorrect_cvc": "provider_declined",
    "card_velocity_exceeded": "provider_declined",
    "do_not_honor": NEUTRAL,
    "stop_payment_order": NEUTRAL,
    "transaction_not_allowed": NEUTRAL,
}


@pytest.mark.parametrize(("code", "expected"), WALLET_CASES.items())
@pytest.mark.parametrize("method", ["paypal", "klarna"])
def test_a_card_code_on_a_wallet_gets_a_reply_about_the_payment_service(
    catalog: Catalog, code: str, expected: str, method: str
) -> None:
    paste = charge(method, {"type": "issuer_declined", "reason": code}, "card_declined")
    for locale in LOCALES:
        for channel in CHANNELS:
            reply_class, sensitive, text = told(paste, catalog, locale, channel)
            assert (reply_class, sensitive) == (expected, False), (code, locale)
            assert not any(word in text.lower() for word in CARD_WORDS), (code, locale, channel)
    by_card = charge("card", {"type": "issuer_declined", "reason": code}, "card_declined")
    assert told(by_card, catalog, "en", "email")[0] != expected  # a card keeps its own reply


@pytest.mark.parametrize("method", ["paypal", "card"])
def test_the_headline_says_payment_or_card_as_the_method_was(catalog: Catalog, method: str) -> None:
    for code in ("stolen_card", "insufficient_funds", "do_not_honor"):
        paste = charge(method, {"type": "issuer_declined", "reason": code}, "card_declined")
        _, [finding] = analyse_paste(paste, catalog)
        start = "Card declined: " if method == "card" else "Payment declined: "
        assert finding.explanation.headline.startswith(start), (code, method)


@pytest.mark.parametrize("method", ["paypal", "klarna", "sepa_debit", "kr_card"])
def test_a_ticket_reopened_from_history_is_told_in_the_same_words(
    catalog: Catalog, method: str
) -> None:
    """History keeps a payment's type when Stripe has it, so the reply stays the method's."""
    known = Known.from_catalog(catalog)
    for paste in (
        *confidential_pastes(method).values(),
        charge(
            method, {"type": "issuer_declined", "reason": "insufficient_funds"}, "card_declined"
        ),
    ):
        report = read_paste(paste, catalog.code_kinds()).failures[0]
        again = HistoryRecord.from_report(report, known).report()
        assert again.payment_method_type == method
        first, second = explain(report, catalog), explain(again, catalog)
        assert (second.reply_class, second.headline) == (first.reply_class, first.headline)


def test_the_command_line_page_says_whose_generic_decline_and_its_example_holds(
    catalog: Catalog,
) -> None:
    """DESIGN.md's "byte-for-byte the generic decline" is the generic decline of the payment's
    method (docs/command-line.md): the page says so, and its PayPal pastes, one confidential and
    one without a reason, get the same bytes in every language and channel."""
    page = (ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")
    assert "the generic decline of the payment's method" in " ".join(page.split())
    files = {info: body for _, info, body in blocks(page) if info.startswith("file=paypal")}
    fraud, reasonless = files["file=paypal-fraudulent.json"], files["file=paypal-declined.json"]
    for locale in LOCALES:
        for channel in CHANNELS:
            confidential = told(fraud, catalog, locale, channel)
            plain = told(reasonless, catalog, locale, channel)
            assert confidential[:2] == (NEUTRAL, True) and plain[:2] == (NEUTRAL, False)
            assert confidential[2] == plain[2], (locale, channel)
