"""Nothing failed and failures told in words (issue 26, reading14s), each class generated over
the shipped languages and the renderings an agent pastes (a note, an e-mail quote, a chat line
with a timestamp, HTML): a payment that went through on a later try (the verb split by its
subject as Swedish, German and Dutch put it, or the retry told a sentence before the success),
a payout completed, a shop's receipt, a till's end-of-day report, a capture or an authorization
told failed in a developer's issue, a network response code after "code", a handover sheet's
latest row, Stripe's test-mode message. And the opposites: a retry that failed again, a failure
beside a payout or a receipt, a sensitive code stays marked."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import pytest

from app.reading.latest_state import RESOLVED
from app.reading.notices import NOTHING_FAILED_NOTICES
from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.reading.conftest import failures_of, kind_of
from tests.reading.renderings import html_tags


def _chat(text: str) -> str:
    return "\n".join(f"[14:0{n % 10}] agent: {line}" for n, line in enumerate(text.split("\n")))


def _quoted(text: str) -> str:
    return "Forwarding the customer's case:\n\n" + "\n".join(
        f"> {line}" for line in text.split("\n")
    )


RENDERINGS: tuple[Callable[[str], str], ...] = (lambda t: t, _chat, _quoted, html_tags)

# A failure, then a retry and the success, the success's verb split by its subject.
LATER = {
    "sv": (
        "Betalningen nekades med insufficient_funds i morse. Kunden fyllde på kontot och vi "
        "försökte igen kl 15, då gick {thing} igenom."
    ),
    "de": (
        "Die Zahlung wurde mit insufficient_funds abgelehnt. Der Kunde hat es am Abend erneut "
        "versucht, dann ging {thing} durch."
    ),
    "nl": (
        "De betaling werd geweigerd met insufficient_funds. De klant probeerde het opnieuw en "
        "toen ging {thing} door."
    ),
}
THINGS = {"sv": ("betalningen", "den"), "de": ("die Zahlung", "sie"), "nl": ("de betaling", "het")}
# A failure, a retry in a sentence of its own, the success in the next.
RETRIED_BEFORE = {
    "en": "Renewal declined with do_not_honor on Monday. Smart Retries retried on Thursday. {s}",
    "de": "Verlängerung mit do_not_honor abgelehnt. Am Donnerstag erneut belastet. {s}",
    "fr": "Renouvellement refusé (do_not_honor) lundi. Nouvelle tentative jeudi. {s}",
    "es": "Renovación rechazada con do_not_honor el lunes. Reintento el jueves. {s}",
    "it": "Rinnovo rifiutato con do_not_honor lunedì. Nuovo tentativo giovedì. {s}",
    "pt-BR": "Renovação recusada com do_not_honor na segunda. Nova tentativa na quinta. {s}",
    "sv": "Förnyelsen nekades med do_not_honor i måndags. Nytt försök i torsdags. {s}",
    "pl": "Odnowienie odrzucone z do_not_honor w poniedziałek. Ponowna próba w czwartek. {s}",
}
# Said as the bill's state now, or as "this time".
NOW = (
    "The invoice payment failed last week with insufficient_funds. Stripe retried it this "
    "morning and the invoice is now paid.",
    "Płatność odrzucona (insufficient_funds). Klient ponowił płatność – tym razem przeszła.",
    "Zahlung mit insufficient_funds abgelehnt. Diesmal ging sie durch.",
    "Charge failed: card_declined. The customer updated the card; the second charge was "
    "successful.",
    "Kunden fick ett nekat köp (insufficient_funds) men när hon provade igen gick köpet igenom.",
    "Paiement refusé (insufficient_funds). Cette fois, le paiement est passé.",
)


@pytest.mark.parametrize("text", NOW)
def test_a_success_told_as_now_or_this_time_is_the_latest_state(
    text: str, known: CodeKinds
) -> None:
    assert kind_of(text, known) == "nothing_failed", text


SUCCEEDED = {
    "en": "Payment succeeded.",
    "de": "Zahlung erfolgreich.",
    "fr": "Paiement réussi.",
    "es": "Pago exitoso.",
    "it": "Pagamento riuscito.",
    "pt-BR": "Pagamento aprovado.",
    "sv": "Betalningen lyckades.",
    "pl": "Płatność udana.",
}


@pytest.mark.parametrize(("language", "render"), list(itertools.product(LATER, RENDERINGS)))
def test_a_success_with_its_verb_split_is_the_latest_state(
    language: str, render: Callable[[str], str], known: CodeKinds
) -> None:
    for thing in THINGS[language]:
        text = render(LATER[language].format(thing=thing))
        reading = read_paste(text, known)
        assert not reading.failures, text
        assert reading.warnings == [RESOLVED], text


@pytest.mark.parametrize("language", RETRIED_BEFORE)
def test_a_retry_told_before_its_success_is_the_latest_state(
    language: str, known: CodeKinds
) -> None:
    text = RETRIED_BEFORE[language].format(s=SUCCEEDED[language])
    for copied in (text, _chat(text)):
        assert kind_of(copied, known) == "nothing_failed", copied


FAILED_AGAIN = {
    "en": "Charge failed with insufficient_funds on the 3rd. We retried on the 5th and it was "
    "declined again.",
    "sv": "Betalningen nekades med insufficient_funds. Vi försökte igen, men den nekades igen.",
    "de": "Die Zahlung wurde mit insufficient_funds abgelehnt. Erneut versucht, wieder abgelehnt.",
    "fr": "Paiement refusé (insufficient_funds). Nouvelle tentative jeudi : refusé à nouveau.",
}


# The split verb denied between its words: the retry failed again.
DENIED_SPLIT = {
    "sv": "Betalningen nekades med insufficient_funds. Vi försökte igen, men det gick inte igenom.",
    "de": "Mit insufficient_funds abgelehnt. Erneut versucht, aber die Zahlung ging nicht durch.",
    "nl": "Geweigerd met insufficient_funds. Opnieuw geprobeerd, maar het ging niet door.",
}
FAILED_AGAIN.update(DENIED_SPLIT)


@pytest.mark.parametrize("language", FAILED_AGAIN)
def test_a_retry_that_failed_again_stays_a_failure(language: str, known: CodeKinds) -> None:
    failures = failures_of(FAILED_AGAIN[language], known)
    assert failures and failures[0].decline_code == "insufficient_funds"


def test_a_success_of_an_earlier_payment_after_a_retry_is_no_latest_state(
    known: CodeKinds,
) -> None:
    text = (
        "Declined with do_not_honor today. The customer retried twice. The first payment of "
        "the month went through fine."
    )
    assert failures_of(text, known)[0].decline_code == "do_not_honor"


# A payout completed, told by Stripe's notice or a note in each language.
PAYOUTS = {
    "en": "Your payout of $1,204.50 to the account ending 4421 is completed.",
    "de": "Ihre Auszahlung über 1.204,50 € ist abgeschlossen.",
    "es": "La transferencia de 1.204,50 € a su cuenta se ha completada.",
    "pt-BR": "O repasse de R$ 1.204,50 foi concluído.",
    "it": "Il versamento di 1.204,50 € è completato.",
    "nl": "Uw uitbetaling van € 1.204,50 is voltooid.",
    "pl": "Wypłata 1 204,50 zł została zrealizowana.",
    "ja": "¥182,400 の入金が完了しました。振込先：三井住友銀行 ****5678",
    "zh-Hans": "您的提现 ¥8,400.00 已完成，请留意银行账户。",
    "ko": "₩1,204,500 정산 지급이 완료되었습니다.",
}


@pytest.mark.parametrize(("language", "render"), list(itertools.product(PAYOUTS, RENDERINGS)))
def test_a_payout_completed_is_nothing_failed(
    language: str, render: Callable[[str], str], known: CodeKinds
) -> None:
    text = render(PAYOUTS[language])
    reading = read_paste(text, known)
    assert not reading.failures, text
    assert reading.warnings == [NOTHING_FAILED_NOTICES["payout"]], text


@pytest.mark.parametrize("language", PAYOUTS)
def test_a_payout_beside_a_failure_reads_the_failure(language: str, known: CodeKinds) -> None:
    text = "The charge was declined as stolen_card.\n" + PAYOUTS[language]
    failures = failures_of(text, known)
    assert failures and failures[0].decline_code == "stolen_card", text


# A shop's receipt: its word, how it was paid, a total.
RECEIPTS = {
    "en": ("Receipt #1042", "Paid with Visa •••• 4242", "Total"),
    "de": ("Quittung Nr. 1042", "Bezahlt mit Visa •••• 4242", "Summe"),
    "fr": ("Reçu n° 1042", "Payé avec Visa •••• 4242", "Total"),
    "es": ("Recibo n.º 1042", "Pagado con Visa •••• 4242", "Total"),
    "it": ("Ricevuta n. 1042", "Pagato con Visa •••• 4242", "Totale"),
    "nl": ("Ontvangstbewijs 1042", "Betaald met Visa •••• 4242", "Totaal"),
    "pt-BR": ("Recibo nº 1042", "Pago com Visa •••• 4242", "Total"),
    "sv": ("Kvitto #1042", "Betalat med Visa •••• 4242", "Totalt"),
    "pl": ("Paragon nr 1042", "Zapłacono kartą Visa •••• 4242", "Suma"),
    "ja": ("領収書 No.1042", "お支払い方法 Visa •••• 4242", "合計"),
    "zh-Hans": ("收据 1042", "支付方式 Visa •••• 4242", "合计"),
    "ko": ("영수증 1042", "결제 수단 Visa •••• 4242", "합계"),
}


def _receipt(language: str) -> str:
    title, paid, total = RECEIPTS[language]
    return f"{title}\nKaffebutiken\n2 x 500 g   298,00\n{total}   347,00\n{paid}"


@pytest.mark.parametrize(("language", "render"), list(itertools.product(RECEIPTS, RENDERINGS)))
def test_a_shop_receipt_is_nothing_failed(
    language: str, render: Callable[[str], str], known: CodeKinds
) -> None:
    text = render(_receipt(language))
    reading = read_paste(text, known)
    assert not reading.failures, text
    assert reading.warnings == [NOTHING_FAILED_NOTICES["receipt"]], text


# A card terminal's slip (approved) and a web shop's receipt naming its payment method.
SLIPS = (
    "KVITTO\nICA Nära\nKÖP\nVISA Contactless\n************1234\nGODKÄND\nBelopp: 245,00 SEK",
    "KUNDENBELEG\nQuittung\nKartenzahlung Visa Debit\nBetrag EUR 12,40\nZahlung genehmigt",
    "RECEIPT\nSALE\nVISA ****1234\nAPPROVED\nTOTAL $18.20",
    "Tack för din beställning!\nKvitto för order #20931\nTotalt 399 kr\nBetalningssätt: Kort",
    "Receipt for order #20931\nTotal $39.00\nPayment method: Visa ending 4242",
)


@pytest.mark.parametrize("text", SLIPS)
def test_a_slip_or_a_shop_receipt_is_nothing_failed(text: str, known: CodeKinds) -> None:
    assert kind_of(text, known) == "nothing_failed", text
    declined = f"{text}\nPayment method declined: do_not_honor"
    assert failures_of(declined, known)[0].decline_code == "do_not_honor", declined


@pytest.mark.parametrize("language", RECEIPTS)
def test_a_receipt_beside_a_decline_reads_the_decline(language: str, known: CodeKinds) -> None:
    text = _receipt(language) + "\n\nThe next order was declined: decline_code: do_not_honor"
    failures = failures_of(text, known)
    assert failures and failures[0].decline_code == "do_not_honor", text


# A card terminal's or a till's end-of-day report.
DAY_REPORTS = {
    "en": "End of Day Batch Report #0147",
    "de": "Z-Bericht Nr. 0147 / Tagesabschluss",
    "fr": "Rapport Z n° 0147 - clôture journalière",
    "es": "Informe Z 0147 - cierre de caja",
    "it": "Chiusura giornaliera n. 0147",
    "nl": "Dagafsluiting 0147",
    "pt-BR": "Relatório Z 0147 - fechamento de caixa",
    "sv": "Dagsavslut 0147",
    "pl": "Raport dobowy 0147",
    "ja": "日計表 No.0147",
    "zh-Hans": "日结报表 0147",
    "ko": "일마감 0147",
}


def _day_report(language: str) -> str:
    return (
        f"{DAY_REPORTS[language]}\n12.04.2026 22:03\nTerminal-ID: 52004711\nVisa 22  812,40\n"
        "Mastercard 15  472,20\nEUR 1.284,60\n"
    )


@pytest.mark.parametrize(("language", "render"), list(itertools.product(DAY_REPORTS, RENDERINGS)))
def test_an_end_of_day_report_is_nothing_failed(
    language: str, render: Callable[[str], str], known: CodeKinds
) -> None:
    text = render(_day_report(language))
    reading = read_paste(text, known)
    assert not reading.failures, text
    assert reading.warnings == [NOTHING_FAILED_NOTICES["day_report"]], text


@pytest.mark.parametrize("language", DAY_REPORTS)
def test_a_day_report_beside_a_stripe_failure_reads_it(language: str, known: CodeKinds) -> None:
    text = _day_report(language) + "\nAnd pi_3Px77AbCdEfGhIj: decline_code: lost_card"
    failures = failures_of(text, known)
    assert failures and failures[0].decline_code == "lost_card", text


# A developer's issue telling in prose that a capture, an authorization or a PaymentIntent
# failed, with no code: a failure whose reason is on the payment, never confidential.
PROSE = (
    "Captures stop working after a week\n\nWe capture when the order ships. For late orders "
    "the capture expired quietly and the customer was never charged.",
    "Since upgrading stripe-node the authorization is declined for every Amex card.",
    "Our PaymentIntent fails right after confirm on iOS, only in production. Stripe 23.1.",
    "3DS payments fail silently in our app: the sheet closes and nothing is charged.",
    "Stripe says the customer has no payment source attached when our cron job charges them.",
    "Nach dem Update wird die Autorisierung bei jeder Bestellung abgelehnt.",
    "Depuis la mise à jour, l'autorisation est refusée pour les cartes Amex.",
    "Desde la actualización la autorización es rechazada en todos los pedidos.",
)


@pytest.mark.parametrize("text", PROSE)
def test_a_failure_told_in_prose_is_a_failure(text: str, known: CodeKinds) -> None:
    reading = read_paste(text, known)
    assert len(reading.failures) == 1, text
    assert not reading.confidential, text


# A network response code after a label of Stripe's code: the network's code, never a code
# guessed from the words around it.
NUMBERED = (
    "Voice memo, transcribed: the bank told her the decline was code {n}, she has a new card.",
    "Chat 10:42 customer: my bank app says decline code {n}",
    "Notiz: Die Bank nannte den Ablehnungscode {n}.",
)


@pytest.mark.parametrize(("said", "number"), list(itertools.product(NUMBERED, ("51", "54", "05"))))
def test_a_number_after_code_is_the_network_code(said: str, number: str, known: CodeKinds) -> None:
    text = said.format(n=number)
    failures = failures_of(text, known)
    assert failures and failures[0].network_decline_code == number, text


@pytest.mark.parametrize("said", NUMBERED)
def test_a_sensitive_number_after_code_is_marked(said: str, known: CodeKinds) -> None:
    text = said.format(n="43")
    reading = read_paste(text, known)
    assert reading.failures and reading.failures[0].network_decline_code == "43", text
    assert signals(reading.failures[0], known.sensitive, known.sensitive_codes), text


@pytest.mark.parametrize("number", ("43", "41", "07"))
def test_a_number_after_another_code_is_no_network_code(number: str, known: CodeKinds) -> None:
    text = f"Declined with insufficient_funds. Coupon code {number} applied at checkout."
    reading = read_paste(text, known)
    assert reading.failures[0].network_decline_code is None, text
    assert not signals(reading.failures[0], known.sensitive, known.sensitive_codes), text


# A handover sheet: several rows of one payment, each with its time; the latest is answered.
HEADER = "time\tagent\tpayment\tstatus\tdecline_code\tnote"
ROWS = (
    "2026-05-01 09:12\tmaria\tpi_3AbCdEf12345\tfailed\tinsufficient_funds\tasked to top up",
    "2026-05-02 14:40\tjonas\tpi_3AbCdEf12345\tfailed\texpired_card\tnew card needed",
    "2026-05-01 17:30\tmaria\tpi_3AbCdEf12345\tfailed\tincorrect_cvc\tretyped",
)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_the_latest_row_of_a_handover_sheet_is_answered(
    order: tuple[int, ...], known: CodeKinds
) -> None:
    text = "\n".join([HEADER, *(ROWS[i] for i in order)])
    dotted = re.sub(r"2026-05-(\d\d)", r"\1.05.2026", text)  # day first, as Europe writes it
    for copied in (text, text.replace("\t", ";"), dotted):
        failures = failures_of(copied, known)
        assert failures and failures[0].decline_code == "expired_card", copied


def test_a_sensitive_row_is_answered_before_a_later_one(known: CodeKinds) -> None:
    rows = [ROWS[0].replace("insufficient_funds", "stolen_card"), ROWS[1]]
    failures = failures_of("\n".join([HEADER, *rows]), known)
    assert failures[0].decline_code == "stolen_card"


# Stripe's message for a real card in test mode, and its twin for a test card in live mode.
@pytest.mark.parametrize(
    ("message", "code"),
    [
        (
            "Your card was declined. Your request was in test mode, but used a non test card. "
            "For a list of valid test cards, visit: https://stripe.com/docs/testing.",
            "test_mode_live_card",
        ),
        ("Your request was in test mode, but used a non test card.", "test_mode_live_card"),
        (
            "Your card was declined. Your request was in live mode, but used a known test card.",
            "live_mode_test_card",
        ),
    ],
)
def test_the_test_mode_messages_name_their_codes(message: str, code: str, known: CodeKinds) -> None:
    for text in (
        message,
        f"Laravel Cashier on our staging app: a tester's real Visa failed, Stripe said: {message}",
    ):
        failures = failures_of(text, known)
        assert failures and failures[0].decline_code == code, text
