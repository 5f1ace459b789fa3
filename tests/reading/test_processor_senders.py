"""Another processor's notice told in prose (issue 26, reading11): its name as the failure's
sender ("error from PayPal", "Square says CARD_DECLINED", "GMO Payment Gateway からの") or its own
vocabulary ("Processor Response Code 2046"), in the twelve languages, whatever words it shares
with Stripe ("Do Not Honor", "insufficient funds"): unusable. Beside it the opposite: PayPal or
Square named beside Stripe's own marks (a Stripe id, "Stripe") is Stripe's failure, and a
sensitive code written as a code stays a confidential failure (the safe side)."""

from __future__ import annotations

import itertools

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from app.reading.sensitivity import signals
from tests.reading.conftest import kind_of
from tests.reading.renderings import html_tags, mail_quote

# The failure a processor sent, told in each language: {name} the processor, {what} its words.
SENT = {
    "en": "Payment error from {name}: {what}. The customer tried twice.",
    "de": "Fehlermeldung von {name}: {what}. Der Kunde hat es zweimal versucht.",
    "fr": "{name} renvoie une erreur : {what}. Le client a réessayé deux fois.",
    "es": "{name} devuelve un error: {what}. El cliente lo intentó dos veces.",
    "pt-BR": "Erro retornado por {name}: {what}. O cliente tentou duas vezes.",
    "it": "Errore da {name}: {what}. Il cliente ha riprovato due volte.",
    "nl": "Foutmelding van {name}: {what}. De klant heeft het twee keer geprobeerd.",
    "sv": "Felmeddelande från {name}: {what}. Kunden försökte två gånger.",
    "pl": "Błąd od {name}: {what}. Klient próbował dwa razy.",
    "ja": "{name} からのエラー: {what}。お客様は2回試しました。",
    "zh-Hans": "{name} 返回错误：{what}。客户试了两次。",
    "ko": "{name}에서 오류: {what}. 고객이 두 번 시도했습니다.",
}
SENDERS = ("PayPal", "Square", "GMO Payment Gateway", "Nexi", "Klarna")
WORDS = ("Do Not Honor", "Insufficient Funds", "CARD_DECLINED / GENERIC_DECLINE", "card declined")


@pytest.mark.parametrize(
    ("language", "name", "what"), list(itertools.product(SENT, SENDERS, WORDS))
)
def test_a_failure_another_processor_sent_is_theirs(
    language: str, name: str, what: str, known: CodeKinds
) -> None:
    text = SENT[language].format(name=name, what=what)
    for copied in (text, mail_quote(text), html_tags(text)):
        with pytest.raises(UnreadablePaste) as raised:
            read_paste(copied, known)
        assert name in raised.value.message, copied


@pytest.mark.parametrize("language", SENT)
def test_braintrees_own_words_mark_its_decline(language: str, known: CodeKinds) -> None:
    text = SENT[language].format(name="the gateway", what="Processor Response Code 2046 Declined")
    assert kind_of(text, known) == "unusable"


@pytest.mark.parametrize(("language", "name"), list(itertools.product(SENT, ("PayPal", "Square"))))
def test_stripes_own_marks_keep_it_stripes(language: str, name: str, known: CodeKinds) -> None:
    told = SENT[language].format(name=name, what="do_not_honor")
    for text in (
        f"Stripe charge ch_3QxSenderTest1AbCdEfGh. {told}",
        f"{told} (Stripe: decline_code do_not_honor, pi_3QxSenderTest1AbCdEfGh)",
    ):
        failures = read_paste(text, known).failures
        assert failures and failures[0].decline_code == "do_not_honor", text


@pytest.mark.parametrize("language", SENT)
def test_a_sensitive_code_written_stays_confidential(language: str, known: CodeKinds) -> None:
    text = SENT[language].format(name="PayPal", what="decline_code: stolen_card")
    failures = read_paste(text, known).failures
    assert failures and signals(failures[0], known.sensitive, known.sensitive_codes)


@pytest.mark.parametrize(
    "text",
    [
        "The customer paid with PayPal last time; today Stripe declined the card: do_not_honor.",
        "We sell square tables. The payment failed with decline code insufficient_funds.",
        "Back to square one: decline_code insufficient_funds again on ch_3QxSenderTest1AbCdEfGh.",
    ],
)
def test_a_name_that_is_no_sender_changes_nothing(text: str, known: CodeKinds) -> None:
    assert kind_of(text, known) == "failure"
