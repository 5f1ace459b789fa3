"""Replies that tell the truth (issue 17): what each reply class promises the customer holds for
every code sent to it, in every language and channel."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.reading.report import FailureReport, Outcome
from app.verdict.explain import explain
from build.languages import LOCALES

# How each language says "the bank declined it": the generic reply also goes to payments the
# bank never saw (a block list, a Radar block, not sent to the network), so it must not say so.
BANK_DECLINED = {
    "en": ("declined", "did not share"),
    "es": ("rechaz", "no nos indicó"),
    "fr": ("refus", "ne nous a pas communiqué"),
    "de": ("abgelehnt", "keinen Grund"),
    "pt-BR": ("recus", "não nos informou"),
    "it": ("rifiut", "non ci ha comunicato"),
    "nl": ("geweigerd", "geen reden"),
    "ja": ("承認されません", "承認されず", "ご案内はございません"),
    "ko": ("거절", "승인하지", "승인되지"),
    "zh-Hans": ("拒绝", "批准"),
    "pl": ("odrzuc", "odmów"),
    "sv": ("neka", "avvis", "avslag"),
}
# "No money was taken", as each language's generic reply says it.
NOTHING_TAKEN = {
    "en": "no money was taken",
    "es": "no se le ha cobrado nada",
    "fr": "aucun montant ne vous a été débité",
    "de": "nichts abgebucht",
    "pt-BR": "nenhum valor foi cobrado",
    "it": "non Le è stato addebitato nulla",
    "nl": "geen geld afgeschreven",
    "ja": "ご請求は発生しておりません",
    "ko": "청구된 금액은 없습니다",
    "zh-Hans": "未向您收取任何费用",
    "pl": "nie pobraliśmy żadnych środków",
    "sv": "inga pengar har dragits",
}
BANK = {
    "en": "bank",
    "es": "banco",
    "fr": "banque",
    "de": "Bank",
    "pt-BR": "banco",
    "it": "banca",
    "nl": "bank",
    "ja": "カード発行会社",
    "ko": "카드사",
    "zh-Hans": "银行",
    "pl": "bank",
    "sv": "bank",
}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_the_generic_decline_is_neutral_about_who_declined(
    catalog: Catalog, locale: str, channel: str
) -> None:
    text = catalog.reply_template(locale, "generic_decline", channel)
    lowered = text.lower()
    assert not [word for word in BANK_DECLINED[locale] if word.lower() in lowered], text
    assert NOTHING_TAKEN[locale].lower() in lowered, text
    # The bank is one option the customer has, after trying another card or method.
    assert lowered.count(BANK[locale].lower()) == 1, text
    assert lowered.index(BANK[locale].lower()) > len(lowered) // 2, text


# How each language asks the customer to try the same payment again.
RETRY_PHRASES = {
    "en": ("try again", "try it again"),
    "es": ("volver a intentar", "vuelva a intentar"),
    "fr": ("réessayer", "réessayez"),
    "de": ("erneut", "noch einmal"),
    "pt-BR": ("tentar novamente", "tente novamente", "tentar de novo"),
    "it": ("riprovare", "riprovi"),
    "nl": ("opnieuw proberen", "probeer het opnieuw", "daarna opnieuw"),
    "ja": ("再度お試し", "改めてお試し", "もう一度お試し"),
    "ko": ("다시 시도", "재시도"),
    "zh-Hans": ("再次尝试", "重试", "再试"),
    "pl": ("spróbować ponownie", "spróbuj ponownie", "ponowić"),
    "sv": ("försök igen", "försöka igen", "prova igen"),
}
STOPPED = {
    ("decline_code", c)
    for c in (
        "stop_payment_order",
        "revocation_of_authorization",
        "revocation_of_all_authorizations",
    )
} | {("network_decline_code", c) for c in ("R0", "R1", "R3")}
# Declines that forbid a retry without saying why: their reply must not guess that the customer
# told the bank to stop (issue 22).
UNEXPLAINED_STOPS = ("do_not_try_again", "transaction_not_allowed")


def test_stop_orders_and_revocations_get_the_payment_stopped_reply(catalog: Catalog) -> None:
    for kind, code in STOPPED:
        entry = catalog.entry(kind, code)
        assert entry is not None and entry.retry == "never", code
        assert entry.reply_class == "payment_stopped", code
    for code in UNEXPLAINED_STOPS:
        entry = catalog.entry("decline_code", code)
        assert entry is not None and entry.retry == "never", code
        assert entry.reply_class == "use_another_payment_method", code


@pytest.mark.parametrize("locale", LOCALES)
def test_the_replies_for_a_stopped_card_never_say_try_again(catalog: Catalog, locale: str) -> None:
    # payment_stopped, what explain() sends when advice forbids a retry, and the generic decline.
    for reply_class in ("payment_stopped", "use_another_payment_method", "generic_decline"):
        for channel in CHANNELS:
            text = catalog.reply_template(locale, reply_class, channel).lower()
            found = [p for p in RETRY_PHRASES[locale] if p in text]
            assert not found, (reply_class, channel, found)


def test_never_retry_entries_never_get_an_inviting_reply(catalog: Catalog) -> None:
    inviting = set(catalog.vocabulary("reply_invites_retry"))
    for entry in catalog.entries():
        if entry.retry == "never":
            assert entry.reply_class not in inviting, (entry.kind, entry.code)


def test_do_not_try_again_advice_turns_an_inviting_reply_into_another_card(
    catalog: Catalog,
) -> None:
    inviting = set(catalog.vocabulary("reply_invites_retry"))
    turned = 0
    for entry in catalog.entries("decline_code"):
        report = FailureReport(
            shape="error",
            error_type="card_error",
            code="card_declined",
            decline_code=entry.code,
            advice_code="do_not_try_again",
        )
        explanation = explain(report, catalog)
        assert explanation.retry == "never", entry.code
        assert explanation.reply_class not in inviting, entry.code
        turned += entry.reply_class in inviting
    assert turned >= 10


def outcome_report(**outcome: str) -> FailureReport:
    return FailureReport(
        shape="charge", code="card_declined", livemode=True, outcome=Outcome(**outcome)
    )


# Payments the bank never saw, or whose approval Stripe cancelled: the reply is the generic one.
STOPPED_BEFORE_THE_BANK = [
    {"type": "blocked", "reason": "merchant_blacklist", "network_status": "not_sent_to_network"},
    {"type": "blocked"},
    {"type": "blocked", "reason": "highest_risk_level"},
    {"reason": "highest_risk_level"},
    {"risk_level": "highest", "network_status": "not_sent_to_network"},
    {"type": "blocked", "reason": "rule", "network_status": "not_sent_to_network"},
    {"reason": "rule", "network_status": "not_sent_to_network"},
    {"type": "issuer_declined", "network_status": "reversed_after_approval"},
    {"network_status": "reversed_after_approval", "risk_level": "elevated"},
]


@pytest.mark.parametrize("outcome", STOPPED_BEFORE_THE_BANK, ids=lambda o: "-".join(o.values()))
def test_radar_signals_are_confidential_and_get_the_generic_reply(
    catalog: Catalog, outcome: dict[str, str]
) -> None:
    explanation = explain(outcome_report(**outcome), catalog)
    assert explanation.sensitive and explanation.confidential
    assert explanation.reply_class == "generic_decline"


def test_a_rule_that_only_sent_the_payment_to_review_is_not_confidential(catalog: Catalog) -> None:
    explanation = explain(
        outcome_report(type="manual_review", reason="rule", network_status="approved_by_network"),
        catalog,
    )
    assert not explanation.sensitive and explanation.reply_class == "payment_under_review"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("decline_code", "security_violation"), ("network_decline_code", "63")),
        (("decline_code", "restricted_card"), ("network_decline_code", "62")),
        (("outcome_type", "blocked"), ("network_status", "reversed_after_approval")),
        (("outcome_type", "blocked"), ("outcome_reason", "highest_risk_level")),
        (("outcome_type", "blocked"), ("risk_level", "highest")),
    ],
)
def test_codes_that_mean_the_same_are_equally_sensitive(
    catalog: Catalog, first: tuple[str, str], second: tuple[str, str]
) -> None:
    one, other = catalog.entry(*first), catalog.entry(*second)
    assert one is not None and other is not None
    assert one.sensitive and other.sensitive
    assert one.reply_class == other.reply_class == "generic_decline"


@pytest.mark.parametrize("livemode", [True, False, None])
def test_a_test_card_on_a_live_payment_sends_the_agent_to_look_for_card_testing(
    catalog: Catalog, livemode: bool | None
) -> None:
    report = FailureReport(
        shape="error",
        error_type="card_error",
        code="card_declined",
        decline_code="testmode_decline",
        livemode=livemode,
    )
    explanation = explain(report, catalog)
    steps = " ".join(explanation.agent_steps)
    assert ("card testing" in steps) is (livemode is True)
    if livemode:
        assert "Radar's risk panel" in explanation.agent_steps[0]


# Each audited code and the reply class that tells the customer the truth about it.
RIGHT_CLASS = {
    ("error_code", "amount_too_large"): "amount_not_accepted",
    ("error_code", "amount_too_small"): "amount_not_accepted",
    ("error_code", "charge_already_refunded"): "refund_already_issued",
    ("error_code", "charge_disputed"): "dispute_in_progress",
    ("error_code", "refund_disputed_payment"): "dispute_in_progress",
    ("network_advice_code", "24"): "try_again_tomorrow",
    ("network_advice_code", "25"): "try_again_tomorrow",
    ("network_advice_code", "01"): "card_details_changed",
    ("decline_code", "new_account_information_available"): "card_details_changed",
    ("error_code", "idempotency_key_in_use"): "possible_duplicate",
    ("error_code", "token_in_use"): "possible_duplicate",
    ("decline_code", "duplicate_transaction"): "possible_duplicate",
    ("network_decline_code", "58"): "problem_on_our_side",
    ("error_code", "payment_method_currency_mismatch"): "problem_on_our_side",
    # Over a limit only (issue 22, item 8): "above or below" is for codes where both can be.
    ("decline_code", "withdrawal_count_limit_exceeded"): "card_limit_reached",
    ("decline_code", "card_velocity_exceeded"): "card_limit_reached",
    ("network_decline_code", "61"): "card_limit_reached",
    ("network_decline_code", "N4"): "card_limit_reached",
    ("decline_code", "invalid_amount"): "amount_limit",
    ("network_decline_code", "13"): "amount_limit",
    # In person (issue 22, item 5): a phone or watch to confirm on, a card the reader misread.
    ("decline_code", "mobile_device_authentication_required"): "confirm_on_device",
    ("decline_code", "invalid_track_data"): "card_not_read",
}


@pytest.mark.parametrize(("key", "reply_class"), RIGHT_CLASS.items(), ids=lambda v: str(v))
def test_audited_codes_get_the_reply_that_fits(
    catalog: Catalog, key: tuple[str, str], reply_class: str
) -> None:
    entry = catalog.entry(*key)
    assert entry is not None and entry.reply_class == reply_class


@pytest.mark.parametrize(
    "pair",
    [
        (
            ("decline_code", "withdrawal_count_limit_exceeded"),
            ("decline_code", "card_velocity_exceeded"),
        ),
        (("decline_code", "processing_error"), ("error_code", "processing_error")),
        (("decline_code", "expired_card"), ("error_code", "expired_card")),
        (("decline_code", "expired_card"), ("network_decline_code", "54")),
        (("decline_code", "security_violation"), ("network_decline_code", "63")),
    ],
)
def test_two_names_for_one_meaning_give_the_same_verdict(
    catalog: Catalog, pair: tuple[tuple[str, str], tuple[str, str]]
) -> None:
    one, other = (catalog.entry(*key) for key in pair)
    assert one is not None and other is not None
    assert (one.retry, one.who_acts, one.reply_class) == (
        other.retry,
        other.who_acts,
        other.reply_class,
    )


def test_expired_card_steps_match_its_retry(catalog: Catalog) -> None:
    for key in (
        ("decline_code", "expired_card"),
        ("error_code", "expired_card"),
        ("network_decline_code", "54"),
    ):
        entry = catalog.entry(*key)
        assert entry is not None and entry.retry == "after_fix", key
        assert any("expiry date" in step for step in entry.agent_steps), key


# Words each language's reply must use for the audited classes.
TOMORROW = {
    "en": "tomorrow",
    "es": "mañana",
    "fr": "demain",
    "de": "morgen",
    "pt-BR": "amanhã",
    "it": "domani",
    "nl": "morgen",
    "ja": "明日",
    "ko": "내일",
    "zh-Hans": "明天",
    "pl": "jutro",
    "sv": "i morgon",
}
MAY_HAVE = {
    "en": "may have been",
    "es": "es posible",
    "fr": "peut-être",
    "de": "möglicherweise",
    "pt-BR": "pode ter sido",
    "it": "potrebbe",
    "nl": "mogelijk",
    "ja": "可能性",
    "ko": "가능성",
    "zh-Hans": "可能",
    "pl": "mogła zostać",
    "sv": "kan ha",
}
IN_A_FEW_MINUTES = {
    "en": "few minutes",
    "es": "unos minutos",
    "fr": "quelques minutes",
    "de": "einigen Minuten",
    "pt-BR": "alguns minutos",
    "it": "qualche minuto",
    "nl": "paar minuten",
    "ja": "数分",
    "ko": "몇 분",
    "zh-Hans": "几分钟",
    "pl": "kilka minut",
    "sv": "några minuter",
}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_audited_classes_say_what_is_true(catalog: Catalog, locale: str, channel: str) -> None:
    def text(reply_class: str) -> str:
        return catalog.reply_template(locale, reply_class, channel).lower()

    assert TOMORROW[locale] in text("try_again_tomorrow")
    assert IN_A_FEW_MINUTES[locale].lower() not in text("try_again_tomorrow")
    assert MAY_HAVE[locale] in text("possible_duplicate")
    for ours in ("amount_not_accepted", "problem_on_our_side"):
        assert BANK[locale].lower() not in text(ours), ours
    for settled in ("refund_already_issued", "dispute_in_progress"):
        assert text(settled) != text("payment_under_review")
        assert NOTHING_TAKEN[locale].lower() not in text(settled), settled


# The weakest entries' steps must say exactly where the agent looks.
WHERE_TO_LOOK = {
    ("decline_code", "transaction_not_allowed"): ("decline details",),
    ("decline_code", "no_action_taken"): ("decline details", "earlier attempts"),
    ("network_decline_code", "21"): ("decline details", "earlier attempts"),
    ("decline_code", "withdrawal_count_limit_exceeded"): ("decline details", "earlier attempts"),
    ("error_code", "payment_intent_authentication_failure"): ("payment link", "timeline"),
    ("network_status", "reversed_after_approval"): ("Radar's risk panel",),
}


@pytest.mark.parametrize(("key", "places"), WHERE_TO_LOOK.items(), ids=lambda v: str(v))
def test_weak_entries_say_where_to_look(
    catalog: Catalog, key: tuple[str, str], places: tuple[str, ...]
) -> None:
    entry = catalog.entry(*key)
    assert entry is not None
    steps = " ".join(entry.agent_steps)
    assert all(place in steps for place in places), steps
    assert "Dashboard" in steps


def test_a_payment_that_never_reached_the_network_gets_the_neutral_reply(catalog: Catalog) -> None:
    explanation = explain(outcome_report(network_status="not_sent_to_network"), catalog)
    assert explanation.reply_class == "generic_decline"
