"""Texts in which nothing failed or no payment is (issue 26, reading11): Stripe's notice that a
dispute's fee was taken (unusable: a notice about the account), a customer's e-mail that a
payment was taken twice or an invoice is already paid (nothing failed: the payments went
through), in the twelve languages and as copied (quoted, HTML, CRLF). Beside each the opposite:
the same words with a failed payment told (its id and code) read as that failure."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from tests.reading.conftest import kind_of
from tests.reading.renderings import crlf, html_tags, mail_quote, word_wrapped

DISPUTE_FEE = {
    "en": "Subject: A dispute fee was charged\n\nA dispute fee of $15.00 has been debited from "
    "your Stripe balance for a payment your customer disputed.",
    "de": "Betreff: Anfechtungsgebühr\n\nFür eine angefochtene Zahlung wurde eine "
    "Anfechtungsgebühr von 15,00 € von Ihrem Stripe-Guthaben abgezogen.",
    "fr": "Objet : Frais de litige\n\nDes frais de litige de 15,00 € ont été prélevés sur votre "
    "solde Stripe pour un paiement contesté.",
    "es": "Asunto: Comisión por disputa\n\nSe ha cobrado una comisión por disputa de 15,00 € de "
    "tu saldo de Stripe por un pago disputado.",
    "pt-BR": "Assunto: Taxa de contestação\n\nUma tarifa de contestação de R$ 75,00 foi "
    "debitada do seu saldo Stripe por um pagamento contestado.",
    "it": "Oggetto: Commissione di contestazione\n\nUna commissione di contestazione di 15,00 € "
    "è stata addebitata sul tuo saldo Stripe.",
    "nl": "Onderwerp: Geschilkosten\n\nEr zijn geschilkosten van € 15,00 van je Stripe-saldo "
    "afgeschreven voor een betwiste betaling.",
    "sv": "Ämne: Tvisteavgift\n\nEn tvisteavgift på 150 kr har dragits från ditt Stripe-saldo "
    "för en bestridd betalning.",
    "pl": "Temat: Opłata za spór\n\nOpłata za spór w wysokości 60 zł została pobrana z salda "
    "Stripe za zakwestionowaną płatność.",
    "ja": "件名: 不審請求の手数料について\n\n不審請求が申請された支払いについて、不審請求手数料 "
    "¥2,000 が Stripe 残高から差し引かれました。",
    "zh-Hans": "主题：争议费\n\n由于一笔付款被提出争议，已从您的 Stripe 余额中扣除争议费 "
    "15.00 美元。",
    "ko": "제목: 분쟁 수수료 안내\n\n이의 제기된 결제에 대해 분쟁 수수료 ₩20,000이 Stripe 잔액에서 "
    "차감되었습니다.",
}
DOUBLE_CHARGE = {
    "en": "Hi, I was charged twice for my order — two payments of $49.00 on my statement.",
    "de": "Hallo, mir wurde meine Bestellung doppelt abgebucht, zweimal 49,00 € auf dem Konto.",
    "fr": "Bonjour, j'ai été débité deux fois pour ma commande, 29,90 € apparaît deux fois.",
    "es": "Hola, me han cobrado dos veces el pedido, veo dos cargos de 49,00 €.",
    "pt-BR": "Olá, fui cobrado duas vezes pelo pedido, aparecem dois valores de R$ 99,00.",
    "it": "Salve, mi è stato addebitato due volte l'ordine: doppio addebito di 49,00 €.",
    "nl": "Hallo, mijn bestelling is twee keer afgeschreven, twee keer € 49,00.",
    "sv": "Hej, beloppet har dragits två gånger för min beställning, två gånger 499 kr.",
    "pl": "Dzień dobry, za zamówienie pobrano dwukrotnie 199 zł z mojego konta.",
    "ja": "注文の代金が二重請求されています。明細に 4,980 円が2回あります。",
    "zh-Hans": "您好，我的订单被重复扣款了，账单上有两笔 199 元。",
    "ko": "주문 금액이 이중 결제되었습니다. 명세서에 49,000원이 두 번 있습니다.",
}
ALREADY_PAID = {
    "en": "Hello, I already paid invoice INV-0031 but I keep getting reminders. Please check.",
    "de": "Hallo, ich habe die Rechnung INV-0031 bereits bezahlt, bekomme aber Mahnungen.",
    "fr": "Bonjour, j'ai déjà payé la facture INV-0031 mais je reçois encore des relances.",
    "es": "Hola, ya pagué la factura INV-0031 pero sigo recibiendo recordatorios.",
    "pt-BR": "Olá, já paguei a fatura INV-0031 mas continuo recebendo lembretes.",
    "it": "Salve, ho già pagato la fattura INV-0031 ma ricevo ancora solleciti.",
    "nl": "Hallo, ik heb factuur INV-0031 al betaald maar krijg nog herinneringen.",
    "sv": "Hej, jag har redan betalat faktura INV-0031 men får fortfarande påminnelser.",
    "pl": "Dzień dobry, już zapłaciłem fakturę INV-0031, a nadal dostaję przypomnienia.",
    "ja": "請求書 INV-0031 は支払い済みですが、督促メールが届きます。",
    "zh-Hans": "您好，发票 INV-0031 我已经付款了，但还在收到催款提醒。",
    "ko": "안녕하세요, 청구서 INV-0031을 이미 결제했는데 계속 알림이 옵니다.",
}
DAMAGES: tuple[Callable[[str], str], ...] = (str, word_wrapped, html_tags, mail_quote, crlf)
FAILED = "\n\nSeparately, charge ch_3QxPaidTest01AbCdEfGh failed: decline_code insufficient_funds."


@pytest.mark.parametrize(("language", "damage"), list(itertools.product(DISPUTE_FEE, DAMAGES)))
def test_a_dispute_fee_notice_is_no_failed_payment(
    language: str, damage: Callable[[str], str], known: CodeKinds
) -> None:
    assert kind_of(damage(DISPUTE_FEE[language]), known) == "unusable"


@pytest.mark.parametrize(
    ("texts", "language", "damage"),
    list(itertools.product(("double", "paid"), DOUBLE_CHARGE, DAMAGES)),
)
def test_a_payment_taken_twice_or_already_paid_is_nothing_failed(
    texts: str, language: str, damage: Callable[[str], str], known: CodeKinds
) -> None:
    text = (DOUBLE_CHARGE if texts == "double" else ALREADY_PAID)[language]
    reading = read_paste(damage(text), known)
    assert reading.failures == []
    assert reading.warnings and reading.warnings[0].startswith("Nothing in this paste failed")


@pytest.mark.parametrize("language", DOUBLE_CHARGE)
def test_a_failure_told_beside_them_is_read(language: str, known: CodeKinds) -> None:
    for text in (DISPUTE_FEE[language], DOUBLE_CHARGE[language], ALREADY_PAID[language]):
        failures = read_paste(text + FAILED, known).failures
        assert failures and failures[0].decline_code == "insufficient_funds", text


def test_paid_already_in_a_complaint_about_a_delivery_is_no_notice(known: CodeKinds) -> None:
    text = "Customer: my parcel never came. I paid already and want it or my money back."
    assert kind_of(text, known) == "unusable"


def test_a_disputes_page_naming_its_fee_is_the_dispute(known: CodeKinds) -> None:
    text = (
        "Anfechtung\n120,00 €\nGrund: Produkt nicht erhalten\nDer angefochtene Betrag und eine "
        "Anfechtungsgebühr von 20,00 € wurden abgezogen.\nID  ch_3QxFeeTest001AbCdEfGh"
    )
    assert kind_of(text, known) == "nothing_failed"
