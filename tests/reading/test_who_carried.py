"""Who carried THIS payment (issue 26, reading12p): a colleague pastes another processor's failure
and asks which of the team's Stripe macros to use. The word Stripe there is the team's tool, a
denial ("not via Stripe", "不走 Stripe") or a migration ("we moved to Stripe but this one is still
Adyen"): no mark of a Stripe paste, and a code the processor shares with Stripe
(`insufficient_funds`) is no mark either. Every processor x rendering x language x mention is
theirs. The opposites beside them: Stripe's own marks (an id, `decline_code`, an SDK's error
class, "Stripe declined") in the same note are read, and a sensitive code with a Stripe id stays
a confidential failure."""

from __future__ import annotations

import itertools
import json

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from app.reading.sensitivity import signals
from tests.reading.conftest import kind_of
from tests.reading.renderings import mail_quote

# Each processor: the name a colleague writes, its failure's own fields, and the same in prose.
PROCESSORS = {
    "braintree": (
        "Braintree",
        {"Processor Response Code": "2001", "Processor Response Text": "Insufficient Funds"},
        "Braintree answered with processor response code 2001, Insufficient Funds.",
    ),
    "mollie": (
        "Mollie",
        {"status": "failed", "failureReason": "insufficient_funds", "id": "tr_7UhSN1zuXS"},
        "Mollie shows the payment tr_7UhSN1zuXS as failed, failureReason insufficient_funds.",
    ),
    "mercadopago": (
        "Mercado Pago",
        {"status": "rejected", "status_detail": "cc_rejected_insufficient_amount"},
        "Mercado Pago rejected it: status_detail cc_rejected_insufficient_amount.",
    ),
    "alipay": (
        "Alipay",
        {
            "code": "40004",
            "sub_code": "ACQ.BUYER_BALANCE_NOT_ENOUGH",
            "trade_status": "WAIT_BUYER_PAY",
        },
        "Alipay returned sub_code ACQ.BUYER_BALANCE_NOT_ENOUGH for the trade.",
    ),
    "toss": (
        "Toss Payments",
        {"code": "REJECT_CARD_COMPANY", "message": "카드사에서 결제를 거절했습니다."},
        "Toss Payments says REJECT_CARD_COMPANY: the card company refused it.",
    ),
    "payu": (
        "PayU",
        {"statusCode": "INSUFFICIENT_FUNDS", "orderId": "WZHF5FFDRJ140731GUEST000P01"},
        "PayU answered statusCode INSUFFICIENT_FUNDS for order WZHF5FFDRJ140731GUEST000P01.",
    ),
    "nexi": (
        "Nexi XPay",
        {"esito": "KO", "codTrans": "ORD-55120", "messaggio": "Fondi insufficienti"},
        "Nexi XPay: esito KO, Fondi insufficienti (codTrans ORD-55120).",
    ),
    "terminal": (
        "Kartenterminal",
        {"Terminal-ID": "52011234", "TA-Nr": "000417", "Terminal": "abgelehnt", "Grund": "51"},
        "Das Terminal (Terminal-ID 52011234, TA-Nr 000417) meldet: abgelehnt, Antwort 51.",
    ),
    "adyen": (
        "Adyen",
        {"resultCode": "Refused", "refusalReason": "Not enough balance", "pspReference": "88"},
        "Adyen refused it, refusalReason Not enough balance.",
    ),
}


def _labels(fields: dict[str, str]) -> str:
    return "\n".join(f"{key}: {value}" for key, value in fields.items())


RENDERINGS = {
    "labels": lambda fields, prose: _labels(fields),
    "json": lambda fields, prose: json.dumps(fields, ensure_ascii=False, indent=2),
    "prose": lambda fields, prose: prose,
    "email": lambda fields, prose: mail_quote(f"Subject: Payment failed\n\n{_labels(fields)}"),
}
# How the colleague's question mentions Stripe: not at all, as the team's tool, denied as this
# payment's carrier, or as where the team moved; {name} is the processor, {paste} its failure.
ASKS = {
    "none": {
        "en": "Which macro for this one? Paid through {name}:\n{paste}",
        "de": "Welcher Baustein passt hier? Bezahlt über {name}:\n{paste}",
        "fr": "Quelle macro pour celui-ci ? Payé via {name} :\n{paste}",
        "es": "¿Qué macro uso? Pagado con {name}:\n{paste}",
        "it": "Quale macro uso? Pagato con {name}:\n{paste}",
        "nl": "Welke macro hier? Betaald via {name}:\n{paste}",
        "pt-BR": "Qual macro uso? Pago pela {name}:\n{paste}",
        "ja": "どのマクロを使いますか？{name} で支払われたものです:\n{paste}",
        "ko": "어떤 매크로를 쓰나요? {name} 로 결제된 건입니다:\n{paste}",
        "zh-Hans": "用哪个宏？这是 {name} 付款：\n{paste}",
        "pl": "Którego makra użyć? Płatność przez {name}:\n{paste}",
        "sv": "Vilket makro? Betalat via {name}:\n{paste}",
    },
    "tool": {
        "en": "Which of our Stripe macros do we use for this {name} payment?\n{paste}",
        "de": "Welchen unserer Stripe-Textbausteine nehmen wir für diese {name}-Zahlung?\n{paste}",
        "fr": "Quelle macro Stripe utiliser pour ce paiement {name} ?\n{paste}",
        "es": "¿Qué plantilla de Stripe usamos para este pago de {name}?\n{paste}",
        "it": "Quale macro Stripe usiamo per questo pagamento {name}?\n{paste}",
        "nl": "Welke Stripe-macro gebruiken we voor deze {name}-betaling?\n{paste}",
        "pt-BR": "Qual macro do Stripe usamos para esse pagamento da {name}?\n{paste}",
        "ja": "この {name} の決済にはどの Stripe マクロを使えばいいですか？\n{paste}",
        "ko": "이 {name} 결제에는 어떤 Stripe 매크로를 써야 하나요?\n{paste}",
        "zh-Hans": "这笔 {name} 付款用哪个 Stripe 宏回复？\n{paste}",
        "pl": "Którego makra Stripe użyć do tej płatności {name}?\n{paste}",
        "sv": "Vilket Stripe-makro använder vi för den här {name}-betalningen?\n{paste}",
    },
    "denied": {
        "en": "This {name} payment did not go through Stripe, which macro?\n{paste}",
        "de": "Diese Zahlung lief über {name}, nicht über Stripe. Welcher Baustein?\n{paste}",
        "fr": "Ce paiement est passé par {name}, pas via Stripe. Quelle macro ?\n{paste}",
        "es": "Este pago fue por {name}, no pasa por Stripe. ¿Qué macro?\n{paste}",
        "it": "Questo pagamento è su {name}, non passa da Stripe. Quale macro?\n{paste}",
        "nl": "Deze betaling liep via {name}, niet via Stripe. Welke macro?\n{paste}",
        "pt-BR": "Esse pagamento foi pela {name}, não passa pelo Stripe. Qual macro?\n{paste}",
        "ja": "この決済は {name} で、Stripe 経由ではないです。どのマクロ？\n{paste}",
        "ko": "이 결제는 {name} 건이고 Stripe를 거치지 않았어요. 어떤 매크로?\n{paste}",
        "zh-Hans": "这笔是 {name} 的，不走 Stripe。用哪个宏？\n{paste}",
        "pl": "Ta płatność nie idzie przez Stripe, tylko {name}. Które makro?\n{paste}",
        "sv": "Den här betalningen gick inte via Stripe utan {name}. Vilket makro?\n{paste}",
    },
    "moved": {
        "en": "We moved to Stripe last year, but this one is still {name}:\n{paste}",
        "de": "Wir haben auf Stripe umgestellt, aber das hier ist noch {name}:\n{paste}",
        "fr": "On est passés à Stripe, mais celui-ci est encore chez {name} :\n{paste}",
        "es": "Migramos a Stripe, pero este sigue en {name}:\n{paste}",
        "it": "Siamo passati a Stripe, ma questo è ancora {name}:\n{paste}",
        "nl": "We zijn overgestapt naar Stripe, maar deze is nog {name}:\n{paste}",
        "pt-BR": "Migramos para o Stripe, mas este ainda é da {name}:\n{paste}",
        "ja": "Stripe に移行しましたが、これはまだ {name} の決済です:\n{paste}",
        "ko": "Stripe로 이전했지만 이건 아직 {name} 결제예요:\n{paste}",
        "zh-Hans": "我们已经迁移到 Stripe 了，但这笔还是 {name} 的：\n{paste}",
        "pl": "Przeszliśmy na Stripe, ale ta jest jeszcze w {name}:\n{paste}",
        "sv": "Vi har bytt till Stripe, men den här är fortfarande {name}:\n{paste}",
    },
}
LANGUAGES = list(ASKS["tool"])


@pytest.mark.parametrize(
    ("processor", "mention"), list(itertools.product(PROCESSORS, ASKS)), ids="-".join
)
def test_another_processors_failure_is_theirs_whatever_stripe_is_called(
    processor: str, mention: str, known: CodeKinds
) -> None:
    name, fields, prose = PROCESSORS[processor]
    for language, (rendering, render) in itertools.product(LANGUAGES, RENDERINGS.items()):
        text = ASKS[mention][language].format(name=name, paste=render(fields, prose))
        assert kind_of(text, known) == "unusable", (language, rendering, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_payment_said_not_to_go_through_stripe_is_not_explained(
    language: str, known: CodeKinds
) -> None:
    """No processor named at all: the denial alone says whose it is not."""
    paste = "Zahlung abgelehnt: Limit überschritten (insufficient_funds)"
    text = ASKS["denied"][language].format(name="unserem Kassensystem", paste=paste)
    with pytest.raises(UnreadablePaste) as raised:
        read_paste(text, known)
    assert "Stripe" in raised.value.message


# Stripe's own payment in the same note: its marks claim it, whatever else is named.
OURS = {
    "id and labels": "Charge ch_3QxOtherTest01AbCdEfGh\nDecline code: {code}",
    "error json": '{{"error": {{"type": "card_error", "code": "card_declined", '
    '"decline_code": "{code}", "charge": "ch_3QxOtherTest01AbCdEfGh"}}}}',
    "sdk class": "Stripe::CardError: Your card was declined. (decline_code: {code})",
}
CLAIMS = {
    "en": "This one IS Stripe, not {name}. Which macro?\n{paste}",
    "de": "Das hier ist Stripe, nicht {name}. Welcher Baustein?\n{paste}",
    "fr": "Celui-ci est bien Stripe, pas {name}. Quelle macro ?\n{paste}",
    "es": "Este sí es de Stripe, no de {name}. ¿Qué macro?\n{paste}",
    "it": "Questo è Stripe, non {name}. Quale macro?\n{paste}",
    "nl": "Deze is wel Stripe, niet {name}. Welke macro?\n{paste}",
    "pt-BR": "Este é Stripe, não {name}. Qual macro?\n{paste}",
    "ja": "これは {name} ではなく Stripe です。どのマクロ？\n{paste}",
    "ko": "이건 {name} 말고 Stripe 결제예요. 어떤 매크로?\n{paste}",
    "zh-Hans": "这笔是 Stripe 的，不是 {name}。用哪个宏？\n{paste}",
    "pl": "To jest Stripe, nie {name}. Które makro?\n{paste}",
    "sv": "Den här är Stripe, inte {name}. Vilket makro?\n{paste}",
}


@pytest.mark.parametrize(
    ("ours", "code"),
    list(itertools.product(OURS, ("insufficient_funds", "stolen_card", "do_not_honor"))),
)
def test_stripes_own_marks_claim_the_payment(ours: str, code: str, known: CodeKinds) -> None:
    for language, processor in zip(LANGUAGES, itertools.cycle(PROCESSORS), strict=False):
        name = PROCESSORS[processor][0]
        paste = OURS[ours].format(code=code)
        for text in (
            CLAIMS[language].format(name=name, paste=paste),
            ASKS["tool"][language].format(name=name, paste=paste),
        ):
            failures = read_paste(text, known).failures
            assert failures and failures[0].decline_code == code, (language, text)
            sensitive = bool(signals(failures[0], known.sensitive, known.sensitive_codes))
            assert sensitive == (code in known.sensitive_codes), (language, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_stripe_id_beside_their_paste_keeps_a_sensitive_code_confidential(
    language: str, known: CodeKinds
) -> None:
    """The safe side: another processor's paste beside a Stripe charge id and a sensitive code
    stays a confidential failure."""
    name, fields, _ = PROCESSORS["mollie"]
    paste = f"{_labels(fields)}\nStripe charge ch_3QxOtherTest01AbCdEfGh: stolen_card"
    failures = read_paste(ASKS["tool"][language].format(name=name, paste=paste), known).failures
    assert failures
    assert signals(failures[0], known.sensitive, known.sensitive_codes)


# Stripe named only to compare with ("the same mail as with Stripe"), or as what the team's
# replies are written for: no claim of Stripe's either.
COMPARED = {
    "en": "Ours are all written for Stripe; can I use the same reply as with Stripe?\n{paste}",
    "de": "Kann ich dieselbe Antwort nehmen wie bei Stripe?\n{paste}",
    "fr": "Je peux répondre comme avec Stripe ?\n{paste}",
    "es": "¿Respondo como con Stripe?\n{paste}",
    "it": "Rispondo come per Stripe?\n{paste}",
    "nl": "Kan ik dezelfde standaardmail gebruiken als bij Stripe?\n{paste}",
    "pt-BR": "Posso responder como no Stripe?\n{paste}",
    "sv": "Kan jag svara som med Stripe?\n{paste}",
    "pl": "Czy mogę odpisać jak przy Stripe?\n{paste}",
}


@pytest.mark.parametrize("language", COMPARED)
def test_stripe_named_to_compare_with_is_no_claim(language: str, known: CodeKinds) -> None:
    for processor in ("mollie", "braintree", "nexi"):
        name, fields, _ = PROCESSORS[processor]
        paste = f"{name}:\n{_labels(fields)}"
        text = COMPARED[language].format(paste=paste)
        assert kind_of(text, known) == "unusable", text
