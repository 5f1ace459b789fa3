"""Classes a real-paste holdout showed (set e, harvested from public issue trackers): a Charge
outcome printed wherever its writer put it, a block told in words of any order and language,
a network code after its abbreviation, and another processor's error not read as Stripe's."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from tests.reading.conftest import failures_of

OUTCOMES = {
    "issuer_declined": ("do_not_honor", "declined_by_network", False),
    "blocked": ("highest_risk_level", "not_sent_to_network", True),
    "invalid": ("invalid_account", "not_sent_to_network", False),
}


def _outcome(kind: str) -> dict[str, object]:
    reason, status, _ = OUTCOMES[kind]
    return {
        "network_status": status,
        "reason": reason,
        "risk_level": "normal",
        "seller_message": "Stripe's message.",
        "type": kind,
        "network_decline_code": "05",
    }


def _placements(kind: str) -> dict[str, str]:
    outcome = _outcome(kind)
    error = {"code": "card_declined", "type": "card_error", "message": "Your card was declined."}
    body = json.dumps(outcome, indent=2)
    return {
        "beside the error": json.dumps({"error": error, "outcome": outcome}, indent=2),
        "inside the error": json.dumps({"error": {**error, "outcome": outcome}}),
        "inside last_payment_error": json.dumps(
            {
                "type": "payment_intent.payment_failed",
                "data": {
                    "object": {
                        "id": "pi_3Nabcdefghijklmn",
                        "last_payment_error": {**error, "outcome": outcome},
                    }
                },
            }
        ),
        "alone under a sentence": f"From the API response:\n\n{body}\n",
        "alone with its key": f'Found this:\n"outcome": {body},\nthanks',
        "in a log line": f"2026-01-02 10:00:00 ERROR charge failed outcome={json.dumps(outcome)}",
    }


@pytest.mark.parametrize("kind", OUTCOMES)
@pytest.mark.parametrize("place", list(_placements("blocked")))
def test_an_outcome_is_read_wherever_it_stands(known: CodeKinds, kind: str, place: str) -> None:
    reading = read_paste(_placements(kind)[place], known)
    assert reading.failures, place
    report = reading.failures[0]
    assert report.outcome is not None and report.outcome.type == kind
    assert report.network_decline_code == "05"
    _, _, sensitive = OUTCOMES[kind]
    assert (kind == "blocked") == sensitive


def test_an_authorized_outcome_alone_is_nothing_failed(known: CodeKinds) -> None:
    outcome = {**_outcome("issuer_declined"), "type": "authorized", "reason": None}
    reading = read_paste(f"The outcome was:\n{json.dumps(outcome, indent=2)}", known)
    assert reading.failures == []


def test_words_around_an_object_fill_its_gaps(known: CodeKinds) -> None:
    """A factory or a log writes some fields as code and the outcome as a dict."""
    outcome = json.dumps(_outcome("issuer_declined"), indent=4)
    text = (
        "failed = factory.Trait(\n    status=enums.ChargeStatus.failed,\n"
        "    failure_code=enums.ApiErrorCode.expired_card,\n"
        f"    outcome={outcome},\n)"
    )
    report = read_paste(text, known).failures[0]
    assert report.code == "expired_card" and report.outcome is not None


BLOCKED = [
    "the payment was blocked on Stripe and the order was set to Failed",
    "Stripe blocked it",
    "Radar blocked this payment",
    "blocked in Stripe's dashboard, see the order",
    "their payment gets flagged as highest risk and fails",
    "Zahlung wurde von Stripe blockiert",
    "Radar a bloqué le paiement",
    "pago bloqueado por Radar",
    "pagamento bloccato da Stripe",
    "betaling geblokkeerd door Radar",
    "betalningen blockerades av Stripe",
    "płatność zablokowana przez Stripe",
    "Stripe によってブロックされました",
    "Stripe 拦截了这笔付款",
    "Stripe에서 차단되었습니다",
]


@pytest.mark.parametrize("text", BLOCKED)
def test_a_block_told_in_words_is_confidential(known: CodeKinds, text: str) -> None:
    report = read_paste(f"Order 1042: {text}.", known).failures[0]
    assert report.outcome is not None and report.outcome.type == "blocked"


@pytest.mark.parametrize("text", ["Stripe did not block it, the bank declined: do_not_honor"])
def test_a_block_denied_is_not_one(known: CodeKinds, text: str) -> None:
    report = read_paste(text, known).failures[0]
    assert report.outcome is None or report.outcome.type != "blocked"


@pytest.mark.parametrize("label", ["NDC", "ndc", "network resp", "Network response", "scheme code"])
@pytest.mark.parametrize("between", ["=", ": ", " "])
def test_a_network_code_after_its_abbreviation(known: CodeKinds, label: str, between: str) -> None:
    text = f"Amex declined, {label}{between}63, generic_decline in stripe. retry or not?"
    report = read_paste(text, known).failures[0]
    assert report.network_decline_code == "63"


def test_every_other_processors_error_is_not_read_as_stripes(
    known: CodeKinds, catalog: Catalog
) -> None:
    """Each word of the table (a processor's name, or a name only its errors print)."""
    names = catalog.vocabulary("other_processors")
    assert len(names) >= 20
    for word, title in names.items():
        for text in (
            f'{word.upper()} error: Code=80 "Do Not Honor" (insufficient funds?)',
            f"We switched to {word} last year. Their API says card_declined / do_not_honor.",
        ):
            with pytest.raises(UnreadablePaste) as raised:
                read_paste(text, known)
            assert title in raised.value.message and "not from Stripe" in raised.value.message


@pytest.mark.parametrize(
    "extra",
    [" (the Stripe charge ch_3Nabcdefghijkl)", " decline_code: do_not_honor", " stolen_card"],
)
def test_a_processors_name_beside_stripes_own_signs_is_still_read(
    known: CodeKinds, extra: str
) -> None:
    """Moving from Braintree to Stripe, a note names both; a sensitive code keeps it ours."""
    reading = read_paste(f"Braintree says Do Not Honor{extra}", known)
    assert reading.failures


# A payment failure told in words, one sentence per shipped language, and the everyday texts
# that must stay "nothing to use".
TOLD = [
    "My payment card is being declined even though it is active.",
    "Sometimes the card info is fine, but it can decline charges for the subscription.",
    "the renewal charge failed twice this week",
    "Customer says the payment didn't go through at checkout.",
    "Die Zahlung ist fehlgeschlagen, bitte prüfen.",
    "Le paiement a été refusé hier soir.",
    "El pago fue rechazado dos veces.",
    "O pagamento foi recusado pelo banco.",
    "Il pagamento è stato rifiutato.",
    "De betaling is mislukt.",
    "Betalningen nekades i kassan.",
    "Płatność została odrzucona.",
    "決済に失敗しました。",
    "付款失败了。",
    "결제가 거절되었습니다.",
    "Stripe error while talking with one of our backends when we process a charge",
]
NOT_TOLD = [
    "Thanks, I will look into it this afternoon.",
    "The payment was not declined, it went through fine.",
    "Our checkout page has a typo in the footer.",
    "The card arrived in the post today.",
]


@pytest.mark.parametrize("text", TOLD)
def test_a_failure_told_in_words_is_a_failure_without_its_reason(
    known: CodeKinds, text: str
) -> None:
    reading = read_paste(f"Ticket 4471: {text}", known)
    assert len(reading.failures) == 1
    report = reading.failures[0]
    assert report.code is None and report.decline_code is None
    assert any("gives no code" in warning for warning in reading.warnings)


@pytest.mark.parametrize("text", NOT_TOLD)
def test_everyday_words_are_not_a_failure(known: CodeKinds, text: str) -> None:
    failures = failures_of(text, known)
    assert failures == []  # "it went through fine": nothing failed


REPORTED = {
    "her bank told her the card was reported stolen last month": "stolen_card",
    "the card is flagged as lost in their system": "lost_card",
    "Bank: card listed as lost or stolen": "stolen_card",
    "Die Karte wurde als gestohlen gemeldet.": "stolen_card",
    "La carte a été déclarée perdue.": "lost_card",
    "La tarjeta fue reportada como robada.": "stolen_card",
    "O cartão foi reportado como perdido.": "lost_card",
    "La carta è stata segnalata come rubata.": "stolen_card",
    "De kaart is als gestolen opgegeven.": "stolen_card",
    "Karta została zgłoszona jako skradziona.": "stolen_card",
    "カードの盗難届が出ています。": "stolen_card",
    "这张卡已挂失。": "lost_card",
    "카드 분실 신고가 되어 있습니다.": "lost_card",
}
STORIES = [
    "My old card was stolen in the summer so the bank sent me a new one.",
    "Customer asked whether her card was stolen. It wasn't: the code is incorrect_zip.",
    "I lost my card last week and now use my partner's.",
]


@pytest.mark.parametrize("text", list(REPORTED))
def test_a_card_reported_lost_or_stolen_in_words_is_confidential(
    known: CodeKinds, text: str
) -> None:
    report = read_paste(f"Payment declined. {text}", known).failures[0]
    found = {*report.evidence, report.decline_code}
    assert REPORTED[text] in found or ("lost or stolen" in text and "lost_card" in found)


@pytest.mark.parametrize("text", STORIES)
def test_a_card_stolen_in_a_customers_story_is_not_the_reason(known: CodeKinds, text: str) -> None:
    reading = read_paste(f"Payment declined. {text}", known)
    report = reading.failures[0]
    assert not {"stolen_card", "lost_card"} & {*report.evidence, report.decline_code}


@pytest.mark.parametrize(
    "text",
    [
        "Open the developer tools and you will see that `g.stripe` was blocked.",
        "Brave blocks js.stripe.com, so the Stripe script never loads.",
        "Our firewall blocked Stripe's webhook endpoint.",
    ],
)
def test_a_browser_or_firewall_blocking_stripe_is_not_a_payment_block(
    known: CodeKinds, text: str
) -> None:
    failures = failures_of(text, known)
    assert all(r.outcome is None or r.outcome.type != "blocked" for r in failures)


@pytest.mark.parametrize("result", ["Failed", "failed"])
def test_a_mobile_sdks_failed_result_is_a_failure_without_reason(
    known: CodeKinds, result: str
) -> None:
    text = json.dumps(
        {"code": result, "declineCode": None, "localizedMessage": None, "stripeErrorCode": None}
    )
    reading = read_paste(f"confirmPayment gave {text}", known)
    assert len(reading.failures) == 1 and reading.failures[0].code is None


@pytest.mark.parametrize(
    ("trace", "error_type"),
    [
        (
            "Uncaught exception 'Stripe\\Error\\InvalidRequest' with message 'No such",
            "invalid_request_error",
        ),
        ("Fatal error: Uncaught Stripe\\Error\\Card: Your card was declined.", "card_error"),
        ("when clicking Complete, a `Stripe::CardError` is raised", "card_error"),
        (
            "when an InvalidRequestException (IRE) is thrown, no code is given",
            "invalid_request_error",
        ),
    ],
)
def test_an_sdk_class_named_where_it_was_raised_gives_the_error_type(
    known: CodeKinds, trace: str, error_type: str
) -> None:
    reading = read_paste(f"Checkout with Stripe failed. {trace}", known)
    assert reading.failures[0].error_type == error_type


ADVICE_LABELS = [
    "advice code",
    "Advice code:",
    "Empfehlungscode:",
    "code de conseil :",
    "Código de asesoramiento:",
    "código de orientação:",
    "codice di consiglio:",
    "adviescode:",
    "アドバイスコード:",
    "어드바이스 코드:",
    "建议代码:",
    "kod porady:",
    "rådskod:",
]


@pytest.mark.parametrize("label", ADVICE_LABELS)
def test_a_code_of_two_kinds_after_an_advice_label_is_the_advice_code(
    known: CodeKinds, label: str
) -> None:
    """`try_again_later` is a decline code and an advice code: the label says which."""
    text = f"Dashboard: network decline code 59 on a Visa, {label} try_again_later. Retry?"
    report = read_paste(text, known).failures[0]
    assert report.advice_code == "try_again_later"
    assert report.network_decline_code == "59"


@pytest.mark.parametrize("particle", ["가", "는", "은", "이"])
def test_a_korean_label_with_its_particle_names_the_network_code(
    known: CodeKinds, particle: str
) -> None:
    text = f"마스터카드인데 네트워크 거절 코드{particle} 34로 나와요. 무슨 뜻이에요?"
    report = read_paste(text, known).failures[0]
    assert report.network_decline_code == "34"


@pytest.mark.parametrize(
    ("quoted", "field", "code"),
    [
        ("Your card dose not support this type of purchase!", "decline_code", "card_not_supported"),
        (
            'the checkout said "your card was declined for making repeated attempts too often or '
            'exceeding its amount limit"',
            "decline_code",
            "card_velocity_exceeded",
        ),
        (
            "An error occured while processing your card, try again in a little bit.",
            "code",
            "processing_error",
        ),
    ],
)
def test_a_long_stripe_message_quoted_with_a_slip_is_still_recognised(
    known: CodeKinds, quoted: str, field: str, code: str
) -> None:
    report = read_paste(f"Customer email: {quoted} What should I do?", known).failures[0]
    assert getattr(report, field) == code


def test_a_messages_words_scattered_over_sentences_are_not_a_message(known: CodeKinds) -> None:
    text = (
        "Your order is on its way. The card on file does not support this. "
        "Type of purchase: gift. Thanks!"
    )
    with pytest.raises(UnreadablePaste):
        read_paste(text, known)
