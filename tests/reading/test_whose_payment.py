"""Whose payment a text tells (issue 26, reading15p; app/reading/attribution.py): another
processor named as the one that declined, refused or returned a code is theirs, in the twelve
languages, whatever else names Stripe (the team's macro, a move, a processor used before); a
Stripe failure that names another processor only in passing (used before, moved away from, a
customer's other shops) is still read. Generated over the processors of every region and script
of vocabulary.toml, the twelve languages and three renderings (as written, chat lines, an e-mail
quote)."""

from __future__ import annotations

import itertools

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste

# One processor of each region and script, as its merchants write it (vocabulary.toml).
PROCESSORS = [
    "Adyen",
    "Cielo",
    "Nexi",
    "Redsys",
    "Worldline",
    "Bambora",
    "Openpay",
    "Kushki",
    "Niubiz",
    "PayMongo",
    "Paysera",
    "Moov",
    "Hyperswitch",
    "Xendit",
    "Paystack",
    "PayTabs",
    "Interswitch",
    "Windcave",
    "토스페이먼츠",
    "KG이니시스",
    "GMOペイメントゲートウェイ",
    "SBペイメントサービス",
    "连连支付",
    "易宝支付",
]
# Names that are also words or Stripe payment methods, written as names.
SENDERS = ["Nets", "Toast", "Rede", "Clover", "Verifone", "Recurly", "Square", "PayPal"]

# The processor named as the failure's source, with Stripe named idly beside it (the team's
# macro, a move, a processor used before, a denial), in each language.
THEIRS = {
    "en": [
        "{name} declined the card: 05 Do Not Honor. Can I use our Stripe macro?",
        "The payment was refused by {name} (refusal code 05). We moved from Stripe last year.",
    ],
    "de": [
        "{name} hat die Zahlung abgelehnt (Code 05). Passt unser Stripe-Textbaustein?",
        "Zahlung bei {name} abgelehnt, Code 05. Früher hatten wir Stripe.",
    ],
    "fr": [
        "Paiement refusé par {name} : code 05. On peut utiliser notre modèle Stripe ?",
        "KO de {name}, code 05, carte refusée. Ce n'est pas passé par Stripe.",
    ],
    "es": [
        "La transacción fue rechazada por {name}: código 05. ¿Uso la plantilla de Stripe?",
        "{name} rechazó el pago con código 05. Antes usábamos Stripe.",
    ],
    "pt-BR": [
        "Pagamento recusado pela {name}, código 05. Nós usávamos Stripe antes.",
        "A {name} recusou o cartão: código 05. Qual resposta padrão do Stripe uso?",
    ],
    "it": [
        "Pagamento rifiutato da {name}: codice 05. Usiamo la macro Stripe?",
        "Esito KO su {name}, codice 05. In passato avevamo Stripe.",
    ],
    "nl": [
        "De betaling is geweigerd door {name}: code 05. Kan ik onze Stripe-macro gebruiken?",
        "{name} weigerde de kaart, code 05. Vroeger zaten we op Stripe.",
    ],
    "sv": [
        "Betalningen nekades hos {name}, svarskod 05. Kan jag använda vårt Stripe-makro?",
        "{name} nekade kortet: kod 05. Tidigare hade vi Stripe.",
    ],
    "pl": [
        "Płatność odrzucona przez {name}: kod 05. Czy użyć naszego szablonu Stripe?",
        "{name} odrzucił kartę, kod 05. Wcześniej korzystaliśmy ze Stripe.",
    ],
    "ja": [
        "{name}で決済エラーになりました（コード05）。Stripe のマクロで返信していいですか？",
        "{name} が拒否しました。コード 05。以前は Stripe を使っていました。",
    ],
    "ko": [
        "{name}에서 결제가 거절됐어요 (코드 05). 우리 Stripe 매크로 써도 되나요?",
        "{name}에서 카드 승인 거절, 코드 05. 예전에 Stripe를 썼어요.",
    ],
    "zh-Hans": [
        "{name}返回错误：卡被拒绝（代码05）。可以用我们的 Stripe 模板回复吗？",
        "在{name}支付失败，代码 05。我们以前用的是 Stripe。",
    ],
}

# Stripe's failure with another processor named only in passing, in each language: Stripe
# named as the carrier, or not named at all.
OURS = {
    "en": [
        "Stripe declined the renewal: insufficient_funds. We used to be on {name}.",
        "The card was declined: insufficient_funds. We moved from {name} to a new provider.",
    ],
    "de": [
        "Stripe lehnte die Zahlung ab: insufficient_funds. Früher hatten wir {name}.",
        "Die Karte wurde abgelehnt: insufficient_funds. Vorher waren wir bei {name}.",
    ],
    "fr": [
        "Stripe a refusé le paiement : insufficient_funds. Avant, nous étions chez {name}.",
        "La carte a été refusée : insufficient_funds. Auparavant nous utilisions {name}.",
    ],
    "es": [
        "Stripe rechazó el pago: insufficient_funds. Antes usábamos {name}.",
        "La tarjeta fue rechazada: insufficient_funds. Anteriormente usábamos {name}.",
    ],
    "pt-BR": [
        "Stripe recusou o pagamento: insufficient_funds. Nós usávamos {name} antes.",
        "O cartão foi recusado: insufficient_funds. Anteriormente usávamos {name}.",
    ],
    "it": [
        "Stripe ha rifiutato il pagamento: insufficient_funds. In passato usavamo {name}.",
        "La carta è stata rifiutata: insufficient_funds. Precedentemente avevamo {name}.",
    ],
    "nl": [
        "Stripe weigerde de betaling: insufficient_funds. Vroeger gebruikten we {name}.",
        "De kaart is geweigerd: insufficient_funds. Voorheen zaten we bij {name}.",
    ],
    "sv": [
        "Stripe nekade betalningen: insufficient_funds. Tidigare använde vi {name}.",
        "Kortet nekades: insufficient_funds. Förut hade vi {name}.",
    ],
    "pl": [
        "Stripe odrzucił płatność: insufficient_funds. Wcześniej korzystaliśmy z {name}.",
        "Karta odrzucona: insufficient_funds. Dawniej mieliśmy {name}.",
    ],
    "ja": [
        "Stripe で決済が拒否されました: insufficient_funds。以前は {name} を使っていました。",
        "カードが拒否されました: insufficient_funds。前は {name} を使っていました。",
    ],
    "ko": [
        "Stripe에서 결제 거절: insufficient_funds. 예전에 {name}를 썼어요.",
        "카드 결제 실패: insufficient_funds. 이전에 {name}를 사용했어요.",
    ],
    "zh-Hans": [
        "Stripe 返回 insufficient_funds，支付失败。我们以前用的是 {name}。",
        "银行卡被拒绝：insufficient_funds。之前我们用的是 {name}。",
    ],
}


def _chat(text: str) -> str:
    return "\n".join(f"[10:4{n}] Agent: {line}" for n, line in enumerate(text.split(". ")))


def _quoted(text: str) -> str:
    return "On Tue, a colleague wrote:\n" + "\n".join(f"> {line}" for line in text.split(". "))


RENDERINGS = {"as written": lambda t: t, "chat": _chat, "e-mail quote": _quoted}


def _cases(templates: dict[str, list[str]], names: list[str]) -> list[tuple[str, str, str]]:
    """Each language's templates with names taken in turn, in each rendering."""
    turn = itertools.cycle(names)
    return [
        (language, rendering, template.format(name=next(turn)))
        for language, written in templates.items()
        for template in written
        for rendering in RENDERINGS
        for _ in range(2)
    ]


@pytest.mark.parametrize(("language", "rendering", "text"), _cases(THEIRS, PROCESSORS))
def test_another_processor_named_as_the_decliner_is_theirs(
    known: CodeKinds, language: str, rendering: str, text: str
) -> None:
    with pytest.raises(UnreadablePaste) as raised:
        read_paste(RENDERINGS[rendering](text), known)
    assert "not from Stripe" in raised.value.message or "not go through" in raised.value.message


# A name that is a Stripe payment method after "by" is Stripe's own message ("The payment was
# declined by PayPal."): a sender is said otherwise in English.
SENDERS_THEIRS = {
    **THEIRS,
    "en": [THEIRS["en"][0], "The payment was refused at {name} (code 05). We moved from Stripe."],
}


@pytest.mark.parametrize(("language", "rendering", "text"), _cases(SENDERS_THEIRS, SENDERS))
def test_a_processor_whose_name_is_a_word_named_as_the_decliner_is_theirs(
    known: CodeKinds, language: str, rendering: str, text: str
) -> None:
    with pytest.raises(UnreadablePaste):
        read_paste(RENDERINGS[rendering](text), known)


@pytest.mark.parametrize(("language", "rendering", "text"), _cases(OURS, PROCESSORS + SENDERS))
def test_a_stripe_failure_naming_another_processor_in_passing_is_read(
    known: CodeKinds, language: str, rendering: str, text: str
) -> None:
    reading = read_paste(RENDERINGS[rendering](text), known)
    assert reading.failures and reading.failures[0].decline_code == "insufficient_funds", text


@pytest.mark.parametrize(
    "text",
    [
        "Customer paid with PayPal on our Stripe checkout; declined, do_not_honor.",
        "Stripe returned card_declined (do_not_honor). The card works on Adyen at other shops.",
        "The payment failed: do_not_honor. Customer had paid with PayPal last month.",
        "Stripe says stolen_card. Früher lief alles über Adyen.",
        "Nets på Stripe? Nej: kortet nekades av banken, insufficient_funds, i Stripe.",
        "Paid by PayPal through Stripe: payment_method_provider_decline.",
        # A customer whose name is also a processor's (Tamara, Stone): no processor's failure.
        "Tamara says her card was declined: insufficient_funds.",
        "Mr Stone said the card was declined with insufficient_funds.",
    ],
)
def test_a_stripe_failure_beside_another_name_stays_stripes(known: CodeKinds, text: str) -> None:
    assert read_paste(text, known).failures, text


@pytest.mark.parametrize(
    "text",
    [
        '{"ReturnCode": "57", "ReturnMessage": "Cartão Expirado", "ProofOfSale": "674532"}',
        '{"transaction_error": {"error_code": "declined", "gateway_error_code": "05"}}',
        '{"cardDetails": {"failureCode": "insufficient-funds", "status": "failed"}}',
        '{"status": "failed", "unified_code": "UE_9000", "error_code": "card_declined"}',
        "ResponseCode: 99, ResponseSource: Netaxept, ResponseText: Refused by issuer",
        "res_result=NG&res_err_code=10100001",
    ],
)
def test_another_processors_result_fields_are_theirs(known: CodeKinds, text: str) -> None:
    with pytest.raises(UnreadablePaste):
        read_paste(text, known)
