"""A code only compared, listed as an example or denied beside the code a note tells as the
payment's is not chosen first (issue 26, set t): in the twelve shipped languages, for every pair
of a plain and a sensitive code in either role. A sensitive code anywhere still makes the paste
confidential; only the chosen reason changes."""

from __future__ import annotations

import itertools

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals

# {told} is this payment's reason, {other} only compared, listed or denied.
NOTES = {
    "en": [
        "is {other} basically the same as {told}? ours was {told}, Visa, $82.00",
        "Q: {other} vs {told}, which is worse? The one on my ticket came back {told}.",
        "Use this macro for {other} or expired_card. Actual case: decline code = {told}.",
        "Do not use it for {other}. In our case it was {told} (ch_3QyA8dK2mZ0pWs4b).",
    ],
    "de": [
        "Ist {other} dasselbe wie {told}? Bei uns kam {told} zurück.",
        "Makro nur für Codes wie z.B. {other}. Unserer war {told}, 49,00 €.",
    ],
    "fr": [
        "{other} c'est la même chose que {told} ? Chez nous : {told}.",
        "Macro à utiliser par exemple pour {other}. Le nôtre : {told}, 35,00 €.",
    ],
    "es": [
        "¿{other} es lo mismo que {told}? En nuestro caso: {told}.",
        "Plantilla para casos como por ejemplo {other}. El nuestro fue {told}.",
    ],
    "it": [
        "{other} è la stessa cosa di {told}? Nel nostro caso: {told}.",
        "Macro da usare ad esempio per {other}. Il nostro era {told}.",
    ],
    "pt": [
        "{other} é a mesma coisa que {told}? No nosso caso: {told}.",
        "Modelo para casos por exemplo {other}. O nosso: {told}.",
    ],
    "nl": [
        "Is {other} hetzelfde als {told}? Bij ons: {told}.",
        "Macro voor bijvoorbeeld {other}. Die van ons was {told}.",
    ],
    "sv": [
        "Är {other} samma sak som {told}? I vårt fall: {told}.",
        "Makro för till exempel {other}. Vår var {told}.",
    ],
    "pl": [
        "Czy {other} to samo co {told}? U nas: {told}.",
        "Szablon na przykład dla {other}. Nasz to {told}.",
    ],
    "ja": [
        "{other}と{told}は同じですか？今回は {told} で拒否されました。",
        "例えば {other} の場合のマクロです。こちらは {told} でした。",
    ],
    "zh": [
        "{other} 和 {told} 一样吗？这次是 {told}。",
        "例如 {other} 时用这个模板。我们这笔是 {told}。",
    ],
    "ko": [
        "{other}와 {told}는 같은가요? 이번 건은 {told}입니다.",
        "예를 들어 {other}일 때 쓰는 매크로입니다. 저희 건은 {told}입니다.",
    ],
}
PLAIN = ["do_not_honor", "insufficient_funds", "transaction_not_allowed", "card_velocity_exceeded"]
SENSITIVE = ["stolen_card", "restricted_card", "merchant_blacklist"]
CASES = [(lang, note) for lang, notes in NOTES.items() for note in notes]


@pytest.mark.parametrize(("lang", "note"), CASES)
def test_the_told_code_is_the_reason_and_a_sensitive_one_still_confidential(
    known: CodeKinds, lang: str, note: str
) -> None:
    pairs = [
        *itertools.product(PLAIN, SENSITIVE),  # a sensitive code only mentioned
        *((s, p) for p, s in itertools.product(PLAIN, SENSITIVE)),  # a sensitive one told
        *itertools.permutations(PLAIN[:3], 2),
    ]
    for told, other in pairs:
        text = note.format(told=told, other=other)
        reading = read_paste(text, known)
        first = reading.failures[0]
        assert first.decline_code == told, (lang, text)
        if {told, other} & known.sensitive_codes:
            assert signals(first, known.sensitive, known.sensitive_codes), (lang, text)


@pytest.mark.parametrize(
    "text",
    [
        "Two fails: 1) incorrect_cvc, she mistyped 2) stolen_card <-- ??? who flagged her?",
        "First attempt: insufficient_funds. The second attempt came back lost_card.",
        "declined: do_not_honor and stolen_card",
    ],
)
def test_codes_not_singled_out_keep_the_sensitive_one_first(known: CodeKinds, text: str) -> None:
    first = read_paste(text, known).failures[0]
    assert first.decline_code in known.sensitive_codes, text


# A reason raised in an indirect question ("she asked if her card was flagged as stolen") beside
# the code the bank returned, in each shipped language: the returned code is the reason, and the
# paste stays confidential (a sensitive reason in plain sight is never left unmarked; issue 26).
INDIRECT = (
    "Customer asked if her card was flagged as stolen - it was not stolen_card, the bank "
    "returned {code}. Exp 11/26.",
    "He wondered whether the card had been reported lost. Decline code: {code}.",
    "Le client demande si sa carte a été signalée volée. Code de refus : {code}.",
    "Kunde fragt, ob seine Karte als gestohlen markiert wurde. Ablehnungscode: {code}.",
    "La clienta pregunta si su tarjeta fue marcada como robada. Código de rechazo: {code}.",
    "O cliente perguntou se o cartão foi marcado como roubado. Código de recusa: {code}.",
    "La cliente chiede se la carta è stata segnalata come rubata. Codice di rifiuto: {code}.",
    "Klant vraagt of de kaart als gestolen gemarkeerd is. Weigeringscode: {code}.",
    "Kunden undrar om kortet markerats som stulet. Avvisningskod: {code}.",
    "Klientka pyta, czy karta została oznaczona jako skradziona. Kod odmowy: {code}.",
    "お客様はカードが盗難届の対象かどうか尋ねています。拒否コード: {code}。",
    "客户询问她的卡是否被盗挂失。拒绝代码：{code}。",
    "고객이 카드가 도난 신고되었는지 물었습니다. 거절 코드: {code}.",
)


@pytest.mark.parametrize("note", INDIRECT)
def test_a_reason_raised_in_an_indirect_question_leaves_the_told_code_confidential(
    known: CodeKinds, note: str
) -> None:
    for code in ("expired_card", "incorrect_cvc", "insufficient_funds"):
        text = note.format(code=code)
        first = read_paste(text, known).failures[0]
        assert first.decline_code == code, text
        assert signals(first, known.sensitive, known.sensitive_codes), text
