"""Texts that look like one Stripe payment and are not (issue 26, session 9), each class
generated over languages and damages (wrapped, HTML, quoted in an e-mail), and beside each its
opposite, which stays a failure: help articles with numbered steps against a bug report's steps
to reproduce beside a real error; Stripe Issuing's e-mails and webhooks; posts explaining many
codes against one payment's code explained; Stripe's early fraud warning and disputes in the
twelve languages (nothing failed)."""

from __future__ import annotations

import itertools
import json

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.reading.conftest import kind_of
from tests.reading.look_alikes import ARTICLES, DAMAGES, article

CHARGE = "ch_3QxAbCdEfGh1234567"
PI = "pi_3QxAbCdEfGh7654321"
SHAPES = ((4, 4, "{n}. "), (3, 0, "{n}) "), (2, 4, "Step {n}: "), (4, 2, "{n}. "))


def _confidential(text: str, known: CodeKinds) -> bool:
    reading = read_paste(text, known)
    return bool(reading.failures) and bool(
        signals(reading.failures[0], known.sensitive, known.sensitive_codes)
    )


@pytest.mark.parametrize(
    ("language", "damage", "shape"), list(itertools.product(ARTICLES, DAMAGES, SHAPES))
)
def test_a_help_article_with_steps_is_unusable_in_every_language(
    known: CodeKinds, language: str, damage: str, shape: tuple[int, int, str]
) -> None:
    text = DAMAGES[damage](article(language, *shape))
    assert kind_of(text, known) == "unusable", text


# A report's steps tell what someone did, beside the error they met: a failure.
REPORTS = (
    "**Describe the bug**\nPayments fail after the upgrade.\n\n**Steps to reproduce**\n"
    "1. Go to checkout\n2. Enter card 4000 0000 0000 9235\n3. Click Pay\n\n**Error**\n"
    '{{"error": {{"type": "card_error", "code": "card_declined", "decline_code": "{code}", '
    f'"charge": "{CHARGE}"}}}}',
    "Steps to reproduce:\n1. Create a PaymentIntent\n2. Confirm it\n3. Look at the webhook\n\n"
    f"Actual: payment_intent.payment_failed, {PI}, last_payment_error.decline_code = {{code}}",
    "Why was this declined?\n\nHere is what the Dashboard shows:\nPayment ID: "
    f"{PI}\nStatus: Failed\nDecline code: {{code}}\n\n1. Is it safe to retry?\n"
    "2. Should I tell the customer?",
    "Pourquoi ce paiement a-t-il été refusé ?\n\n1. Connectez-vous au Dashboard\n"
    f"2. Cliquez sur le paiement {CHARGE}\n3. Code de refus : {{code}}",
    f"Wie gehe ich damit um?\n\n1. Öffnen Sie die Zahlung {PI}\n2. Ablehnungscode: {{code}}",
)


@pytest.mark.parametrize(
    ("report", "code"),
    list(itertools.product(REPORTS, ("stolen_card", "fraudulent", "insufficient_funds"))),
)
def test_a_reports_steps_beside_a_real_error_stay_a_failure(
    known: CodeKinds, report: str, code: str
) -> None:
    text = report.format(code=code)
    reading = read_paste(text, known)
    assert reading.failures and reading.failures[0].decline_code == code, text
    if code in known.sensitive_codes:
        assert _confidential(text, known), text


@pytest.mark.parametrize(
    "text",
    (
        "Why does checkout fail?\n\nSteps to reproduce\n1. Go to the checkout page\n"
        "2. Enter card 4000 0000 0000 0002\n3. Click Pay\n\nActual result: Your card was "
        "declined.\nExpected: the payment goes through.",
        "Customer's payment failed today with insufficient funds.\n\nWhat I did\n"
        "1. Open the payment in the Dashboard\n2. Click the customer's name\n"
        "3. Select Send a new invoice link",
        "Help! Payment failing\n\n1. Customer tries to pay 49.00 EUR\n2. Stripe says: Your card "
        "has insufficient funds.\n3. Customer says the card has money",
    ),
)
def test_steps_beside_stripes_message_stay_a_failure(known: CodeKinds, text: str) -> None:
    assert kind_of(text, known) == "failure", text


# Stripe Issuing: the business is the card's issuer; its authorizations are no payment taken.
ISSUING_EMAILS = (
    "Subject: Authorization declined on card ending 4242\n\nAn authorization of €23.00 at "
    "CAFE ROMA was declined on the card issued to Jane Doe.\nReason: the authorization "
    "exceeded the card's spending controls.\nReview it in your Dashboard under Issuing > "
    "Authorizations.",
    "Objet : Autorisation refusée sur la carte 4242\n\nUne autorisation de 23,00 € a été "
    "refusée. Motif : limites de dépenses de la carte dépassées.\nVoir Issuing > Autorisations.",
    "Betreff: Autorisierung abgelehnt\n\nEine Autorisierung über 23,00 € wurde abgelehnt. "
    "Grund: Ausgabenlimits der Karte überschritten. Siehe Issuing > Autorisierungen.",
    "Asunto: Autorización rechazada\n\nUna autorización de 23,00 € fue rechazada: se "
    "superaron los límites de gasto de la tarjeta. Consulta Issuing > Autorizaciones.",
    "Authorization declined\nCard: •••• 4242 (Jane Doe)\nMerchant: SHELL 57442\nReason: "
    "Blocked by spending controls (blocked_categories: automated_fuel_dispensers)",
)


@pytest.mark.parametrize(("email", "damage"), list(itertools.product(ISSUING_EMAILS, DAMAGES)))
def test_an_issuing_email_is_unusable(known: CodeKinds, email: str, damage: str) -> None:
    text = DAMAGES[damage](email)
    assert kind_of(text, known) == "unusable", text


@pytest.mark.parametrize(
    "reason", ("spending_controls", "insufficient_funds", "card_inactive", "suspected_fraud")
)
def test_an_issuing_webhook_is_unusable_redacted_or_not(known: CodeKinds, reason: str) -> None:
    obj = {
        "id": "iauth_1NvPqR2eZvKYlo2C0xYzAbCd",
        "object": "issuing.authorization",
        "approved": False,
        "card": {"id": "ic_1NvPqR2eZvKYlo2CabcdEFGH", "spending_controls": {}},
        "merchant_data": {"name": "CAFE ROMA"},
        "request_history": [{"approved": False, "reason": reason, "amount": 2300}],
    }
    redacted = {**obj, "id": "iauth_xxx", "card": {"id": "ic_xxx"}}
    event = {"type": "issuing_authorization.created", "data": {"object": obj}}
    for value in (obj, redacted, event):
        for text in (json.dumps(value), json.dumps(value, indent=2)):
            assert kind_of(text, known) == "unusable", text


# Posts and lists explaining many codes, each with its explanation, sensitive ones among them.
CODES = ("insufficient_funds", "stolen_card", "lost_card", "expired_card", "fraudulent")
EXPLAINED = {
    "en": "means the bank declined it for this reason; ask the customer what to do",
    "fr": "signifie que la banque a refusé pour cette raison",
    "de": "bedeutet, dass die Bank aus diesem Grund abgelehnt hat",
    "ja": "は銀行がこの理由で拒否したことを意味します",
    "es": "significa que el banco lo rechazó por este motivo",
}
SEPARATORS = (": ", " – ", "\uff1a", " | ")


@pytest.mark.parametrize(
    ("language", "separator", "damage"),
    list(itertools.product(EXPLAINED, SEPARATORS, ("plain", "quoted", "html"))),
)
def test_a_post_explaining_many_codes_is_unusable(
    known: CodeKinds, language: str, separator: str, damage: str
) -> None:
    rows = "\n".join(f"{code}{separator}{EXPLAINED[language]}" for code in CODES[:4])
    text = DAMAGES[damage](f"Stripe decline codes\n\n{rows}\n")
    assert kind_of(text, known) == "unusable", text


def test_prose_naming_many_codes_none_told_is_unusable(known: CodeKinds) -> None:
    text = (
        "Decoding declines\n\nMost declines are generic_decline or do_not_honor. "
        "insufficient_funds means the customer is short on money. When you see stolen_card or "
        "lost_card, never retry. fraudulent means the models blocked it, and merchant_blacklist "
        "comes from your own lists."
    )
    assert kind_of(text, known) == "unusable", text


@pytest.mark.parametrize("code", ("stolen_card", "lost_card", "fraudulent"))
def test_one_payments_code_explained_stays_confidential(known: CodeKinds, code: str) -> None:
    for text in (
        f"Payment {PI} failed with {code}. From the docs: {code} – the bank declined it.",
        f"Decline code: {code}\n\n{code}: {EXPLAINED['en']}",
        f"Our payment failed: {code}. Other codes: insufficient_funds: ask for another card; "
        "expired_card: ask for a new card.",
    ):
        assert _confidential(text, known), text


# The early fraud warning and disputes, in every language: nothing failed.
WARNINGS = (
    "Early fraud warning\nThe card issuer reported this payment as fraudulent.\nStatus: Succeeded",
    "Alerte précoce de fraude\nMontant : 49,00 €\nStatut : Réussi",
    "Frühzeitige Betrugswarnung\nBetrag: 49,00 €\nStatus: Erfolgreich",
    "Alerta temprana de fraude\nImporte: 49,00 €\nEstado: Completado",
    "Alerta precoce de fraude\nValor: R$ 49,00",
    "Avviso anticipato di frode\nImporto: 49,00 €",
    "Vroegtijdige fraudewaarschuwing\nBedrag: € 49,00",
    "Tidig varning om bedrägeri\nBelopp: 490 kr",
    "Wczesne ostrzeżenie o oszustwie\nKwota: 49,00 zł",
    "不正利用の早期警告\n金額: ¥4,900\nステータス: 成功",
    "早期欺诈警告\n金额：¥490",
    "조기 사기 경고\n금액: ₩49,000",
)


@pytest.mark.parametrize(("warning", "damage"), list(itertools.product(WARNINGS, DAMAGES)))
def test_an_early_fraud_warning_is_nothing_failed(
    known: CodeKinds, warning: str, damage: str
) -> None:
    text = DAMAGES[damage](warning)
    assert kind_of(text, known) == "nothing_failed", text


DISPUTES = (
    "Litige ouvert sur le paiement {id}\nMotif : frauduleux\nMontant contesté : 120,00 €",
    "Bonjour, le client a fait une contestation pour le paiement {id}. Que faire ?",
    "Zahlungsanfechtung eröffnet für {id}\nGrund: Betrügerisch",
    "Disputa abierta para {id}\nMotivo: Fraudulenta",
    "Contestazione aperta per {id}\nMotivo: Fraudolenta",
    "Geschil geopend voor {id}\nReden: Frauduleus",
    "Spór otwarty dla {id}\nPowód: Oszustwo",
    "Tvist öppnad för {id}\nOrsak: Bedräglig",
    "Contestação aberta para {id}\nMotivo: Fraudulenta",
    "{id} に不審請求の申請がありました\n理由: 不正利用",
)


@pytest.mark.parametrize(
    ("dispute", "payment"), list(itertools.product(DISPUTES, (CHARGE, "ch_3PqRsTuVwXyZ0123")))
)
def test_a_dispute_in_any_language_is_nothing_failed(
    known: CodeKinds, dispute: str, payment: str
) -> None:
    text = dispute.format(id=payment)
    assert kind_of(text, known) == "nothing_failed", text
