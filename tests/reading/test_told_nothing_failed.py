"""Nothing failed, told by a customer or a receipt (issue 26, reading12p): a customer replying
above a quoted receipt asks for an invoice with their tax id; a customer asks why they were
charged two, three or four times; an invoice "already paid" told as done ("rachunek
zapłacono"); a dispute won or lost told in a CRM note. Each, in the twelve languages, reads
as nothing failed. The opposites: the same words beside a failure (a code, Stripe's message)
read the failure, a denied "paid" is no notice, and a receipt's label alone is none."""

from __future__ import annotations

import itertools

import pytest

from app.reading.notices import NOTHING_FAILED_NOTICES
from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from build.languages import LOCALES
from tests.reading.conftest import kind_of
from tests.reading.renderings import html_tags, mail_quote

# A customer's reply above Stripe's receipt: their question, then the receipt's lines.
RECEIPTS = {
    "en": (
        "Please send me an invoice with our VAT number GB123456789.",
        "Receipt from Acme Ltd",
        "Amount paid",
        "Date paid",
    ),
    "de": (
        "Bitte eine Rechnung mit unserer USt-IdNr. DE123456789.",
        "Quittung von Acme GmbH",
        "Bezahlter Betrag",
        "Zahlungsdatum",
    ),
    "fr": (
        "Pouvez-vous m'envoyer une facture avec notre numéro de TVA FR12345678901 ?",
        "Reçu de Acme SAS",
        "Montant payé",
        "Date du paiement",
    ),
    "es": (
        "Necesito factura a nombre de mi empresa, NIF B12345678.",
        "Recibo de Acme SL",
        "IMPORTE PAGADO",
        "FECHA DE PAGO",
    ),
    "it": (
        "Mi serve la fattura con la partita IVA IT12345678901.",
        "Ricevuta di Acme Srl",
        "Importo pagato",
        "Data di pagamento",
    ),
    "nl": (
        "Graag een factuur met ons btw-nummer NL123456789B01.",
        "Ontvangstbewijs van Acme BV",
        "Betaald bedrag",
        "Betaaldatum",
    ),
    "pt-BR": (
        "Preciso da nota com o CNPJ 12.345.678/0001-90.",
        "Recibo da Acme Ltda",
        "Valor pago",
        "Data do pagamento",
    ),
    "ja": (
        "インボイス登録番号 T1234567890123 入りの請求書をお願いします。",
        "Acme株式会社の領収書",
        "お支払い金額",
        "支払日",
    ),
    "ko": (
        "사업자등록번호 123-45-67890 으로 세금계산서 부탁드립니다.",
        "Acme 영수증",
        "결제 금액",
        "결제일",
    ),
    "zh-Hans": ("请开发票，税号 91310000MA1FL8XXXX。", "Acme 的收据", "已付金额", "支付日期"),
    "pl": (
        "Proszę o fakturę na NIP 1234567890.",
        "Potwierdzenie od Acme sp. z o.o.",
        "Kwota zapłacona",
        "Data płatności",
    ),
    "sv": (
        "Kan ni skicka en faktura med vårt momsnummer SE556677889901?",
        "Kvitto från Acme AB",
        "Betalt belopp",
        "Betalningsdatum",
    ),
}


def _receipt(language: str) -> str:
    ask, title, paid, date = RECEIPTS[language]
    quoted = f"{title}\n{paid}  49,00 €\n{date}  3.3.2026\nVisa •••• 4242"
    return f"{ask}\n\n" + "\n".join(f"> {line}" for line in quoted.split("\n"))


@pytest.mark.parametrize("language", RECEIPTS)
def test_a_reply_above_a_receipt_is_nothing_failed(language: str, known: CodeKinds) -> None:
    text = _receipt(language)
    for copied in (text, mail_quote(text), html_tags(text)):
        reading = read_paste(copied, known)
        assert not reading.failures, copied
        assert reading.warnings == [NOTHING_FAILED_NOTICES["receipt"]], copied


# How often: a count in words or digits; and the customer's question around it.
CHARGED: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": ("Why was I charged {times} for one order?", ("twice", "three times", "4 times")),
    "de": ("Warum wurde mir das {times} abgebucht?", ("zweimal", "dreimal", "4 mal")),
    "fr": ("Pourquoi ai-je été débité {times} ?", ("deux fois", "quatre fois", "3 fois")),
    "es": ("¿Por qué me han cobrado {times} la suscripción?", ("dos veces", "cuatro veces")),
    "it": ("Perché mi avete addebitato {times} l'abbonamento?", ("due volte", "tre volte")),
    "nl": ("Waarom is er {times} afgeschreven?", ("twee keer", "vier keer", "3 keer")),
    "pt-BR": ("Por que fui cobrado {times} este mês?", ("duas vezes", "quatro vezes")),
    "ja": ("なぜ{times}請求されたのですか？", ("二回", "4回")),
    "ko": ("왜 {times} 결제되었나요?", ("두 번", "네 번")),
    "zh-Hans": ("为什么被扣{times}款？", ("两次", "四次")),
    "pl": ("Dlaczego pobrano {times} opłatę?", ("dwa razy", "cztery razy", "dwukrotnie")),
    "sv": ("Varför har det dragits {times} från mitt kort?", ("två gånger", "fyra gånger")),
}


@pytest.mark.parametrize("language", CHARGED)
def test_charged_more_than_once_is_nothing_failed(language: str, known: CodeKinds) -> None:
    asked, counts = CHARGED[language]
    for times in counts:
        text = f"Hi,\n{asked.format(times=times)}\nOrder 5512"
        reading = read_paste(text, known)
        assert not reading.failures, text
        assert reading.warnings == [NOTHING_FAILED_NOTICES["double_charge"]], text


PAID = {
    "en": "Hello, the invoice INV-2093 has been paid on 12 March, please confirm.",
    "de": "Hallo, die Rechnung RE-2093 wurde bezahlt, bitte bestätigen.",
    "fr": "Bonjour, la facture F-2093 a été réglée le 12 mars.",
    "es": "Hola, la factura F-2093 ha sido pagada el 12 de marzo.",
    "it": "Buongiorno, la fattura 2093 è stata saldata il 12 marzo.",
    "nl": "Hallo, factuur 2093 is betaald op 12 maart.",
    "pt-BR": "Olá, a fatura 2093 foi paga em 12 de março.",
    "ja": "請求書 2093 は支払済です。ご確認ください。",
    "ko": "청구서 2093 결제 완료했습니다. 확인 부탁드립니다.",
    "zh-Hans": "发票 2093 已支付，请确认。",
    "pl": "Dzień dobry, rachunek zapłacono 12.03, proszę o potwierdzenie. FV/2026/03/118.",
    "sv": "Hej, faktura 2093 är betald sedan 12 mars.",
}


@pytest.mark.parametrize("language", PAID)
def test_an_invoice_told_paid_is_nothing_failed(language: str, known: CodeKinds) -> None:
    reading = read_paste(PAID[language], known)
    assert not reading.failures
    assert reading.warnings == [NOTHING_FAILED_NOTICES["already_paid"]]


DISPUTES = {
    "en": "CRM note: dispute won, funds returned to the balance. Customer informed.",
    "de": "CRM-Notiz: Streitfall gewonnen, Betrag wieder gutgeschrieben.",
    "fr": "Note CRM : litige gagné, fonds restitués.",
    "es": "Nota CRM: disputa ganada, fondos devueltos al saldo.",
    "it": "Nota CRM: contestazione vinta, fondi restituiti al conto. Cliente informato.",
    "nl": "CRM-notitie: geschil gewonnen, bedrag teruggeboekt.",
    "pt-BR": "Nota do CRM: disputa ganha, valor devolvido ao saldo.",
    "ja": "CRMメモ: チャージバックに勝ちました。資金は残高に戻りました。",
    "ko": "CRM 메모: 분쟁 승소, 금액이 잔액으로 돌아왔습니다.",
    "zh-Hans": "CRM 备注：争议胜诉，资金已退回余额。",
    "pl": "Notatka CRM: spór wygrany, środki wróciły na saldo.",
    "sv": "CRM-anteckning: tvisten vunnen, pengarna tillbaka på saldot.",
}


@pytest.mark.parametrize("language", DISPUTES)
def test_a_closed_dispute_in_a_note_is_nothing_failed(language: str, known: CodeKinds) -> None:
    for text in (
        DISPUTES[language],
        DISPUTES[language] + " Dispute fee 15,00 €.",
    ):
        reading = read_paste(text, known)
        assert not reading.failures, text
        assert reading.warnings == [NOTHING_FAILED_NOTICES["dispute_closed"]], text


BESIDE = [
    ("\nSeparately, order 77: decline_code: stolen_card", "stolen_card"),
    ("\nAnd pi_3Px77AbCdEfGhIj: Decline code = do_not_honor", "do_not_honor"),
]


@pytest.mark.parametrize(("language", "beside"), list(itertools.product(LOCALES, BESIDE)))
def test_a_failure_beside_them_is_read(
    language: str, beside: tuple[str, str], known: CodeKinds
) -> None:
    extra, code = beside
    for text in (_receipt(language), PAID[language], DISPUTES[language]):
        failures = read_paste(text + extra, known).failures
        assert failures and failures[0].decline_code == code, text + extra


@pytest.mark.parametrize(
    "text",
    [
        "Die Rechnung RE-2093 wurde nicht bezahlt, die Karte wurde abgelehnt.",
        "Faktura FV/2026/03/118 nie została opłacona, karta odrzucona.",
        "The invoice INV-2093 was not paid: your card was declined.",
    ],
)
def test_a_denied_paid_is_no_notice(text: str, known: CodeKinds) -> None:
    assert kind_of(text, known) == "failure"


def test_a_receipts_label_alone_is_no_receipt(known: CodeKinds) -> None:
    text = "Amount paid: 0.00 — the card was declined: Your card has insufficient funds."
    assert kind_of(text, known) == "failure"
