"""Texts that look close to one failed Stripe payment and are not (issue 26, set s): Stripe's
webhook-delivery e-mail, a dispute or chargeback-rate warning, a Radar early fraud warning,
another processor's refusal, a help page or a test-card table. Each phrase of the notices'
vocabulary is tried in several surroundings, and the opposite class is kept: the same notice
beside a real failure (a code, Stripe's message) still reads that failure, and confidential
when its reason is."""

from __future__ import annotations

import tomllib

import pytest

from app.catalogue.catalog import Catalog
from app.reading.notices import EARLY_FRAUD_WARNING, HELPER_KINDS, NOTHING_FAILED_NOTICES
from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from app.replies.analyse import analyse_paste
from tests.conftest import ROOT

VOCABULARY = tomllib.loads((ROOT / "resources/catalog/vocabulary.toml").read_text())
# A bill's words only qualify "already paid" (reading.notices): no notice of their own.
NOTICES = sorted(
    (w, kind) for w, kind in VOCABULARY["notice_words"].items() if kind not in HELPER_KINDS
)
# The processors' names (the vocabulary also names a few by a field only they print, such as
# Culqi's `merchant_message`: a field's name in a sentence is no processor named).
PROCESSORS = sorted(w for w in VOCABULARY["other_processors"] if "_" not in w)

# Around a notice's phrase: an e-mail's greeting, a forwarded message, a ticket's note.
AROUND = [
    "Hi there,\n\nWe're contacting you because of the {words} on your account in live mode. "
    "We attempted {n} times since March {n}, 2026.\n\nThe Stripe team",
    "> On {n} Mar 2026, support wrote:\n> {words}. Please have a look in the Dashboard.\n",
    "Customer forwarded this — {words} — what do we do? (ticket #{n}0{n})",
]
# A real failure written beside the notice: a code under its field's name, Stripe's message.
BESIDE = [
    ("\nSeparately, order {n}: decline_code: stolen_card", "stolen_card", True),
    ("\nAlso the renewal failed: Your card has insufficient funds.", "insufficient_funds", False),
    ("\nAnd pi_3Px{n}AbCdEfGh: Decline code = do_not_honor", "do_not_honor", False),
]


@pytest.mark.parametrize(("words", "notice"), NOTICES)
def test_every_notice_is_said_for_what_it_is(known: CodeKinds, words: str, notice: str) -> None:
    for index, around in enumerate(AROUND):
        for written in (words, words.upper() if words.isascii() else words):
            text = around.format(words=written, n=index + 3)
            if notice == "early_fraud_warning":
                reading = read_paste(text, known)
                assert not reading.failures, text
                assert reading.warnings == [EARLY_FRAUD_WARNING], text
            elif notice in NOTHING_FAILED_NOTICES:  # the payments went through (a bill's)
                receipt = " (receipt)" if notice == "receipt" else ""  # its label's word
                reading = read_paste(f"{text}\nInvoice INV-{index}0{index}{receipt}", known)
                assert not reading.failures, text
                assert reading.warnings == [NOTHING_FAILED_NOTICES[notice]], text
            else:
                with pytest.raises(UnreadablePaste) as raised:
                    read_paste(text, known)
                assert "not one failed payment" in raised.value.message or (
                    "not a payment" in raised.value.message
                ), text


@pytest.mark.parametrize(("words", "notice"), NOTICES[::3])
def test_a_failure_beside_a_notice_is_read(
    catalog: Catalog, known: CodeKinds, words: str, notice: str
) -> None:
    for index, (beside, code, sensitive) in enumerate(BESIDE):
        text = AROUND[index].format(words=words, n=index + 4) + beside.format(n=index + 4)
        _, findings = analyse_paste(text, catalog)
        assert findings, text
        assert findings[0].report.decline_code == code, text
        assert findings[0].explanation.sensitive is sensitive, text


WEBHOOK_EMAILS = [
    "We're contacting you because we've had some trouble sending requests to a webhook endpoint "
    "associated with your account in live mode. The failing webhook endpoint is "
    "https://example.com/hooks/stripe. Please note that in most cases a failing webhook does not "
    "impact your payments or payouts. We've attempted to notify the endpoint {n} times since "
    "February 5 at 11:08AM. The endpoint responded with HTTP 500.",
    "Stripe has been unable to send requests to your webhook endpoint https://shop.example.de/"
    "stripe for {n} days. Most recently your endpoint responded with 500. If it keeps failing, "
    "we will stop sending events to it.",
    "Bonjour, nous avons rencontré des difficultés pour envoyer des requêtes à un endpoint de "
    "webhook associé à votre compte. L'endpoint en échec est https://exemple.fr/webhook. Nous "
    "avons tenté de notifier l'endpoint {n} fois ; il a répondu avec le code 500.",
    "Hola: hemos tenido problemas al enviar solicitudes a un endpoint de webhook de tu cuenta "
    "({n} intentos fallidos). Hemos intentado notificar al endpoint desde el lunes.",
]
RATE_WARNINGS = [
    "Your account has been flagged by Visa for an unusually high chargeback rate ({n}%) last "
    "month. A failure to do so results in fines under the chargeback monitoring programme.",
    "Mastercard: your dispute rate of 1.{n}% is above the Excessive Chargeback threshold; the "
    "payments that failed to settle are not counted.",
    "Ihre Anfechtungsquote lag im letzten Monat bei {n} %. Zahlungen wurden deshalb abgelehnt, "
    "wenn Sie nichts unternehmen.",
    "今月のチャージバック率が{n}%を超えました。決済が拒否される可能性があります。",
]


@pytest.mark.parametrize("n", [2, 7, 11])
def test_stripes_webhook_and_rate_mails_are_no_payment(known: CodeKinds, n: int) -> None:
    for text in WEBHOOK_EMAILS + RATE_WARNINGS:
        with pytest.raises(UnreadablePaste):
            read_paste(text.format(n=n), known)


EARLY_FRAUD_WARNINGS = [
    "Early fraud warning\nThe card issuer reported this payment as potentially fraudulent.\n"
    "Fraud type\tMade with stolen card (made_with_stolen_card)\nAmount\t${n}.00\nStatus\t"
    "Succeeded",
    "早期不正警告\nカード発行会社から、この支払いが不正利用の可能性があると報告されました。\n"
    "不正の種類\t盗難カードによる使用 (made_with_lost_card)\n金額\t¥{n}800\nステータス\t成功",
    "Avertissement précoce de fraude reçu pour ch_3Qx{n}AbCdEfGhIj (unauthorized_use_of_card). "
    "Le paiement a abouti.",
]


@pytest.mark.parametrize("n", [3, 8])
def test_an_early_fraud_warning_is_nothing_failed(catalog: Catalog, n: int) -> None:
    for text in EARLY_FRAUD_WARNINGS:
        reading, findings = analyse_paste(text.format(n=n), catalog)
        assert not findings, text
        assert reading.warnings == [EARLY_FRAUD_WARNING], text


OTHER_PROCESSOR = [
    "{name} returned: Transaction declined, reason 05 Do Not Honor (request {n}).",
    "Customer paid through {name}, not through Stripe. {name} says: card declined ({n}).",
    "Klant betaalde via {name}, niet via Stripe. Foutmelding: geweigerd door de bank ({n}).",
]


@pytest.mark.parametrize("word", PROCESSORS[::2])
def test_another_processors_refusal_is_not_stripes(known: CodeKinds, word: str) -> None:
    for n, around in enumerate(OTHER_PROCESSOR):
        text = around.format(name=word, n=n)  # as its errors print it
        with pytest.raises(UnreadablePaste) as raised:
            read_paste(text, known)
        assert "not from Stripe" in raised.value.message, text


@pytest.mark.parametrize("word", PROCESSORS[1::5])
def test_a_stripe_failure_beside_another_processors_name_is_read(
    catalog: Catalog, word: str
) -> None:
    for text, code, sensitive in (
        (
            f"We moved from {word} to Stripe; now decline_code: lost_card on ch_3Pz1AbCdEfGh",
            "lost_card",
            True,
        ),
        (
            f"Not {word} this time: Stripe says Your card has insufficient funds.",
            "insufficient_funds",
            False,
        ),
    ):
        _, findings = analyse_paste(text, catalog)
        assert findings and findings[0].report.decline_code == code, text
        assert findings[0].explanation.sensitive is sensitive, text


def test_stripes_paypal_payment_method_failing_is_a_stripe_failure(catalog: Catalog) -> None:
    text = (
        '{"error": {"type": "card_error", "code": "payment_method_provider_decline", '
        '"message": "The payment was declined by PayPal.", "payment_method": {"type": "paypal"}}}'
    )
    _, findings = analyse_paste(text, catalog)
    assert findings and findings[0].report.code == "payment_method_provider_decline"


def test_another_processors_object_in_which_nothing_failed_is_not_stripes(
    known: CodeKinds,
) -> None:
    for descriptor in ("CULQI*", "culqi"):
        text = (
            '{"object": "charge", "id": "chr_test_M4efNkiZX9jszJQA", "amount": 1000, '
            '"outcome": {"type": "venta_exitosa", "merchant_message": "La operación fue '
            f'autorizada"}}, "statement_descriptor": "{descriptor}"}}'
        )
        with pytest.raises(UnreadablePaste):
            read_paste(text, known)


# A test-card table of a help page, its descriptions in a language written without spaces.
CARD_TABLES = [
    "4000 0000 0000 0101 | CVCチェック失敗 |\n4000 0000 0000 4954 | リスクレベルが高い課金 |\n"
    "4000 0000 0000 9995 | 資金不足 |",
    "4000000000000002\t卡被拒绝的测试\n4000000000009995\t余额不足的卡片\n4000000000009987\t"
    "卡片已挂失的测试",
    "- 4000 0000 0000 0002: 카드 거절 테스트\n- 4000 0000 0000 9995: 잔액 부족 테스트\n"
    "- 4000 0000 0000 0069: 카드 만료 테스트",
]


@pytest.mark.parametrize("table", CARD_TABLES)
def test_a_test_card_table_in_any_script_is_no_payment(known: CodeKinds, table: str) -> None:
    with pytest.raises(UnreadablePaste) as raised:
        read_paste(table, known)
    assert "page or list" in raised.value.message


# A failure beside a notice told otherwise than by a code: `stripe listen`'s failure event, a
# payment's id with its decline told in words.
FAILURE_BESIDE_A_NOTICE = [
    "Our webhook delivery failed again last night:\n"
    "2026-04-02 10:00:01   --> charge.failed [evt_1PxAbCdEfGhIjKlM]\n"
    "2026-04-02 10:00:01  <--  [500] POST http://localhost:4242/webhook [evt_1PxAbCdEfGhIjKlM]",
    "Stripe says: \"We've had some trouble sending requests to a webhook endpoint associated "
    'with your account."\nSeparately, the charge ch_3PqF6gFz2bXkQw9E2nOp was declined this '
    "morning and the customer wants to know why.",
    "Early fraud warning on ch_3PqG7hFz2bXkQw9E3sTu last week. Today pi_3PqH8iFz2bXkQw9E4zAb "
    "failed: the card was declined.",
]


@pytest.mark.parametrize("text", FAILURE_BESIDE_A_NOTICE)
def test_a_failure_told_beside_a_notice_is_read(known: CodeKinds, text: str) -> None:
    assert read_paste(text, known).failures


@pytest.mark.parametrize("word", PROCESSORS[::4])
def test_another_processors_error_object_is_not_stripes_but_stripes_is(
    known: CodeKinds, word: str
) -> None:
    theirs = (
        f"{word} checkout failed: "
        '{"error": {"code": "BAD_REQUEST_ERROR", "description": "Payment failed because the '
        'card was declined", "reason": "payment_failed"}}'
    )
    with pytest.raises(UnreadablePaste):
        read_paste(theirs, known)
    for ours in (
        f'We left {word} last year. Now: {{"error": {{"message": "An unknown error occurred", '
        '"type": "api_error"}}',
        f'{word} is gone; now {{"error": {{"code": "card_declined", "decline_code": '
        '"do_not_honor"}}',
    ):
        assert read_paste(ours, known).failures, ours
