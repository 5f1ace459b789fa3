"""Texts that are not ONE failed Stripe payment (issue 26, session 8): pages, posts and docs that
name codes as examples, other gateways' code tables, Stripe Issuing's authorizations, disputes
told in a note. Each class is rendered several ways and in several languages, and beside each
its opposite: one payment's failure with the same words, which stays a failure (confidential
when its code is)."""

from __future__ import annotations

import itertools
import json

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.reading.conftest import kind_of

CHARGE = "ch_3QxAbCdEfGh1234567"
PI = "pi_3QxAbCdEfGh7654321"


def _confidential_failure(text: str, known: CodeKinds) -> bool:
    reading = read_paste(text, known)
    return bool(reading.failures) and bool(
        signals(reading.failures[0], known.sensitive, known.sensitive_codes)
    )


# Issuing: the business is the card's issuer; its authorizations are no payment it took.
ISSUING_OBJECT = {
    "id": "iauth_1MzFN1K8F4fqH0lBmFq8CjbU",
    "object": "issuing.authorization",
    "amount": 1000,
    "approved": False,
    "merchant_data": {"name": "ROCKET RIDES", "category": "taxicabs_limousines"},
    "request_history": [{"approved": False, "reason": "{reason}", "amount": 1000}],
    "status": "closed",
}
ISSUING_PROSE = (
    "Stripe Issuing: authorization iauth_1MzFN1K8F4fqH0lBxYz was declined, reason: {reason}.",
    "Our cardholder's Stripe Issuing card was declined at a taxi ({reason}), see merchant_data.",
    "When a cardholder uses a card you issued, Stripe creates an issuing_authorization; the "
    "request_history shows the reason ({reason}).",
    "Autorisation Stripe Issuing refusée pour notre titulaire : {reason}.",
    "Stripe Issuing: Autorisierung für unseren Karteninhaber abgelehnt, Grund {reason}.",
    "Autorización de Stripe Issuing rechazada para el titular: {reason}.",
    "Stripe Issuing のオーソリが拒否されました（{reason}）。",
)
ISSUING_REASONS = ("insufficient_funds", "webhook_declined", "card_inactive", "stolen_card")


@pytest.mark.parametrize("reason", ISSUING_REASONS)
def test_stripe_issuing_is_no_payment_taken(known: CodeKinds, reason: str) -> None:
    obj = json.loads(json.dumps(ISSUING_OBJECT).replace("{reason}", reason))
    event = {"id": "evt_1MzFN1K8F4fqH0lBabcdEFGH", "type": "issuing_authorization.request"}
    renderings = [
        json.dumps(obj),
        json.dumps(obj, indent=2),
        json.dumps({**event, "data": {"object": obj}}, indent=2),
        *(text.format(reason=reason) for text in ISSUING_PROSE),
    ]
    for text in renderings:
        assert kind_of(text, known) == "unusable", text


@pytest.mark.parametrize(
    "text",
    (
        f"Charge {CHARGE} declined by the card's issuing bank: do_not_honor.",
        f"Payment {PI} failed, the issuing bank said stolen_card.",
        "カード発行会社により拒否されました。decline_code: lost_card",
        "发卡行拒绝了付款：stolen_card",
        "카드 발급사에서 거절했습니다: stolen_card",
    ),
)
def test_a_payment_the_issuing_bank_declined_stays_a_failure(known: CodeKinds, text: str) -> None:
    assert kind_of(text, known) == "failure", text
    if any(code in text for code in ("stolen_card", "lost_card")):
        assert _confidential_failure(text, known), text


# Pages, posts and docs about payments in general: codes named only as examples.
PAGES = (
    "What is card testing and how to prevent it\nFraudsters use stolen cards to test them on "
    "your checkout. You may notice many declines with codes like {a}, {b} or {c}. To protect "
    "your business, turn on Radar.",
    "How card testing works\nSigns: a spike of declines with codes such as {a}, {b}, {c}. To "
    "stop it, require CAPTCHA on your payment form and rate-limit your checkout.",
    "Understanding declines\nStripe Docs > Payments > Declines\nEvery charge has an outcome. "
    "If the issuer declines, outcome.reason is a decline code such as {a}. When Radar blocks "
    "a payment, you can view the rule in the Dashboard.",
    "Comprendre les refus de paiement\nVos clients peuvent voir un refus pour plusieurs raisons, "
    "par exemple {a}, {b} ou {c}. Nous vous recommandons d'activer Radar.",
    "Häufige Ursachen für Ablehnungen\nIhre Kunden sehen zum Beispiel {a}, {b} oder {c}. Wir "
    "empfehlen, Radar zu aktivieren.",
    "Causas comunes de rechazo\nSus clientes pueden ver, por ejemplo, {a}, {b} o {c}. Le "
    "recomendamos activar Radar para evitar fraudes.",
    "Motivi di rifiuto\nI tuoi clienti possono vedere, ad esempio, {a}, {b} o {c}. Ti "
    "consigliamo di attivare Radar.",
    "Mogelijke oorzaken\nUw klanten kunnen bijvoorbeeld {a}, {b} of {c} zien. We raden aan "
    "Radar in te schakelen.",
)
EXAMPLES = (
    ("card_declined", "incorrect_cvc", "stolen_card"),
    ("insufficient_funds", "expired_card", "lost_card"),
    ("do_not_honor", "fraudulent", "generic_decline"),
)


@pytest.mark.parametrize(("page", "codes"), list(itertools.product(PAGES, EXAMPLES)))
def test_a_page_naming_codes_as_examples_is_unusable(
    known: CodeKinds, page: str, codes: tuple[str, str, str]
) -> None:
    a, b, c = codes
    assert kind_of(page.format(a=a, b=b, c=c), known) == "unusable"


HELP_PAGES = (
    "Why was my payment declined?\nPayments can be declined for many reasons: insufficient "
    "funds, an expired card, or a card reported lost or stolen. If your card was stolen, call "
    "your bank.",
    "Zahlungsfehler: mögliche Gründe\nEine Zahlung kann aus vielen Gründen abgelehnt werden, zum "
    "Beispiel wegen einer als gestohlen gemeldeten Karte. Wenden Sie sich an Ihre Bank.",
    "Pourquoi mon paiement est-il refusé ?\nUn paiement peut être refusé pour plusieurs raisons, "
    "par exemple une carte déclarée volée. Que faire : contactez votre banque.",
)


@pytest.mark.parametrize("page", HELP_PAGES)
def test_a_help_page_naming_stolen_cards_in_passing_is_unusable(
    known: CodeKinds, page: str
) -> None:
    assert kind_of(page, known) == "unusable", page


OPPOSITES = (
    f"Payment {PI} failed with {{a}}. We recommend telling the customer to use another card.",
    "The bank returned the decline code `{a}`. Customer asks what to do, for example whether "
    "to retry.",
    f"Charge {CHARGE}: decline_code: {{a}}. Common causes are listed in the docs.",
    "Le paiement a échoué avec {a}. Nous vous recommandons de contacter la banque.",
)


@pytest.mark.parametrize(
    ("note", "code"),
    list(itertools.product(OPPOSITES, ("stolen_card", "lost_card", "expired_card"))),
)
def test_one_payments_failure_beside_a_pages_words_stays_a_failure(
    known: CodeKinds, note: str, code: str
) -> None:
    text = note.format(a=code)
    reading = read_paste(text, known)
    assert reading.failures and reading.failures[0].decline_code == code, text
    if code in known.sensitive_codes:
        assert _confidential_failure(text, known), text


# Other gateways' tables of codes, however their rows are set.
GATEWAYS = ("sticky.io", "Checkout.com", "Adyen", "Worldpay", "Paysafe")
ROWS = (
    ("do_not_honor", "The issuing bank declined the transaction."),
    ("insufficient_funds", "The card does not have enough funds."),
    ("stolen_card", "The card was reported stolen."),
    ("expired_card", "The card has expired."),
)
NUMERIC_ROWS = (
    ("20005", "Declined - Do not honour"),
    ("20051", "Insufficient funds"),
    ("20054", "Expired card"),
    ("20043", "Stolen card, pick up"),
)


def _rows(rows: tuple[tuple[str, str], ...], form: str) -> str:
    if form == "bars":
        return "Code | Description\n" + "\n".join(f"{c} | {d}" for c, d in rows)
    if form == "tabs":
        return "\n".join(f"{c}\t{d}" for c, d in rows)
    if form == "space":
        return "\n".join(f"{c} {d}" for c, d in rows)
    return "\n".join(f"- {c}: {d}" for c, d in rows)


@pytest.mark.parametrize(
    ("gateway", "form", "rows"),
    list(itertools.product(GATEWAYS, ("bars", "tabs", "space", "bullets"), (ROWS, NUMERIC_ROWS))),
)
def test_another_gateways_code_table_is_unusable(
    known: CodeKinds, gateway: str, form: str, rows: tuple[tuple[str, str], ...]
) -> None:
    text = f"{gateway} decline codes\n{_rows(rows, form)}\n"
    assert kind_of(text, known) == "unusable", text


def test_a_stripe_failure_beside_another_gateways_name_stays_a_failure(known: CodeKinds) -> None:
    for gateway in GATEWAYS:
        text = f"We moved from {gateway} to Stripe. Payment {PI} failed: decline_code: stolen_card"
        assert _confidential_failure(text, known), text


# Disputes told in a note: nothing failed, whatever their reason.
DISPUTES = (
    f"Payment {CHARGE} was disputed by the cardholder. Dispute reason: {{reason}}. Amount $45.00.",
    f'Chargeback received on {PI} — reason "{{reason}}", status needs_response.',
    f"Litige reçu sur le paiement {CHARGE} : motif « {{reason}} », 45,00 €.",
    f"Anfechtung zur Zahlung {CHARGE}, Grund: {{reason}}.",
    f"Disputa abierta en el pago {CHARGE}, motivo: {{reason}}.",
    f"Contestação no pagamento {CHARGE}, motivo: {{reason}}.",
    f"支払い {CHARGE} にチャージバック、理由: {{reason}}",
    f"付款 {CHARGE} 收到争议，原因：{{reason}}",
    f"결제 {CHARGE} 분쟁 발생, 사유: {{reason}}",
)


@pytest.mark.parametrize(
    ("note", "reason"),
    list(itertools.product(DISPUTES, ("fraudulent", "product_not_received", "unrecognized"))),
)
def test_a_dispute_told_in_a_note_is_nothing_failed(
    known: CodeKinds, note: str, reason: str
) -> None:
    text = note.format(reason=reason)
    reading = read_paste(text, known)
    assert not reading.failures, text
    assert reading.warnings == ["Nothing in this paste failed: it is a dispute."], text


@pytest.mark.parametrize(
    "text",
    (
        f"Payment {CHARGE} was declined as fraudulent; the customer threatens a chargeback.",
        f"Charge {CHARGE} failed with stolen_card, customer says she will open a dispute.",
        f"Le paiement {CHARGE} a été refusé : fraudulent. Le client parle de litige.",
    ),
)
def test_a_declined_payment_with_a_dispute_named_stays_a_confidential_failure(
    known: CodeKinds, text: str
) -> None:
    assert _confidential_failure(text, known), text


# One payment's failure set out like a page (bullets, a heading's words, Issuing named in
# passing): its sensitive code is never lost to "a page" (the safe side, DESIGN.md).
SET_OUT_LIKE_A_PAGE = (
    "Troubleshooting notes for ticket 5521\n- customer tried 4 times\n- all declined\n"
    "- last one stolen_card\n- bank won't say more",
    "Possible causes we checked:\n- card expired? no\n- insufficient funds? no\n"
    "- decline code on the payment: lost_card\n- Radar: not blocked",
    "Attempts on order 991:\n1. do_not_honor - 10:02 Visa ending 4242\n"
    "2. insufficient_funds - 10:05 same card\n3. stolen_card - 10:09 same card\n"
    "4. stolen_card - 10:12 same card",
    "Stripe Issuing cardholder? No, this is a normal customer payment. It failed: decline "
    "code fraudulent.",
    "Common decline codes: insufficient_funds, expired_card, do_not_honor. Ours was lost_card.",
    f"Häufige Ursachen laut Bank: Karte gesperrt. Unsere Zahlung {PI} ist mit lost_card "
    "abgelehnt worden.",
)


@pytest.mark.parametrize("text", SET_OUT_LIKE_A_PAGE)
def test_a_failure_set_out_like_a_page_stays_confidential(known: CodeKinds, text: str) -> None:
    assert _confidential_failure(text, known), text


# Another platform's payment-failed webhook, known by its own fields (Paystack's
# `gateway_response`, numeric ids): a code read only from its message is no Stripe field.
@pytest.mark.parametrize(
    ("message", "indent"),
    list(itertools.product(("Insufficient Funds", "Do Not Honor", "Expired Card"), (None, 2))),
)
def test_another_platforms_webhook_is_unusable(
    known: CodeKinds, message: str, indent: int | None
) -> None:
    event = {
        "event": "charge.failed",
        "data": {
            "id": 302961,
            "status": "failed",
            "gateway_response": "Declined",
            "reference": "qTPrJoy9Bx",
            "channel": "card",
            "message": message,
        },
    }
    text = json.dumps(event, indent=indent)
    assert kind_of(text, known) == "unusable", text


def test_a_stripe_error_with_its_own_code_stays_a_failure(known: CodeKinds) -> None:
    error = {
        "error": {
            "type": "card_error",
            "code": "card_declined",
            "decline_code": "insufficient_funds",
            "message": "Your card has insufficient funds.",
        }
    }
    reading = read_paste(json.dumps(error), known)
    assert reading.failures[0].decline_code == "insufficient_funds"


# Another processor named, none of Stripe's marks: theirs, even when its own words say fraud
# ("Refusal reason: FRAUD"); a sensitive code written as Stripe writes it stays a failure.
THEIR_TEXTS = (
    "{name} payment failed: code REJECT_CARD_COMPANY, {words}.",
    "{name}\nRefusal reason: FRAUD\nRaw acquirer response: 59 : {words}",
    "Erro na {name}: ReturnCode 51 - {words}.",
)
THEIR_NAMES = (
    "Toss Payments",
    "토스페이먼츠",
    "Cielo",
    "Adyen",
    "WeChat Pay",
    "微信支付",
    "PAY.JP",
)
THEIR_WORDS = ("Suspected fraud", "Insufficient funds", "Card reported stolen")


@pytest.mark.parametrize(
    ("template", "name", "words"), list(itertools.product(THEIR_TEXTS, THEIR_NAMES, THEIR_WORDS))
)
def test_another_processors_text_is_theirs_whatever_its_words(
    known: CodeKinds, template: str, name: str, words: str
) -> None:
    text = template.format(name=name, words=words)
    assert kind_of(text, known) == "unusable", text


@pytest.mark.parametrize("name", THEIR_NAMES)
def test_a_sensitive_stripe_code_beside_another_processors_name_stays_a_failure(
    known: CodeKinds, name: str
) -> None:
    text = f"We used {name} before. This payment failed with stolen_card."
    assert _confidential_failure(text, known), text


# A Dashboard copy of a payment that succeeded, in the twelve languages' words.
SUCCEEDED = (
    "Pagamento bem-sucedido\nValor: R$ 120,00\nStatus: Bem-sucedido",
    "Pagamento concluído\nValor: R$ 80,00",
    "Pago completado\nImporte: 35,00 €",
    "Zahlung abgeschlossen\nBetrag: 35,00 €",
    "Pagamento completato\nImporto: 35,00 €",
    "Betaling voltooid\nBedrag: € 35,00",
    "Betalning genomförd\nBelopp: 350 kr",
    "Płatność zrealizowana\nKwota: 150 zł",
    "付款已完成\n金额：¥350",
)


@pytest.mark.parametrize("text", SUCCEEDED)
def test_a_succeeded_payment_in_any_language_is_nothing_failed(known: CodeKinds, text: str) -> None:
    assert kind_of(text, known) == "nothing_failed", text


@pytest.mark.parametrize(
    "text",
    (
        "Payment declined: do_not_honour. Customer wants to retry.",
        "declined with DO_NOT_HONOUR again",
        "Bank said do not honour, customer upset.",
    ),
)
def test_the_british_spelling_of_a_code_is_that_code(known: CodeKinds, text: str) -> None:
    assert read_paste(text, known).failures[0].decline_code == "do_not_honor", text
