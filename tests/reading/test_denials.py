"""A reason denied in its own clause and the real one told after a comma or a turning word
("nicht gestohlen, nur abgelaufen", "도난 카드가 아니라 만료", "pas volée, juste expirée"), in
every shipped language and word order: the one told after is the reason. A reason described in
words and denied is no signal; a confidential CODE named, even to deny it ("not fraudulent,
just insufficient_funds", "kein stolen_card", "not a stolen card"), makes the paste
confidential (DESIGN.md: a sensitive code anywhere, in any sentence, whatever else the paste
says). The mirror image: a harmless reason denied and a confidential one told after it is
confidential, and so is a confidential code no words deny."""

from __future__ import annotations

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, PasteReading
from app.reading.sensitivity import signals

# Per language: a confidential reason denied in its clause, a harmless reason told as a fact
# with its code, the words that turn from one to the other, and the mirror (a harmless reason
# denied, a confidential one told after it).
LANGUAGES = {
    "en": (
        [
            "the card was not reported stolen",
            "it was never flagged as fraud",
            "the card isn't on any block list",
        ],
        [("the card has expired", "expired_card"), ("insufficient funds", "insufficient_funds")],
        [", ", ", just ", " but ", " \u2013 "],
        ["the card has not expired", "it was reported stolen"],
    ),
    "de": (
        [
            "die Karte ist NICHT als gestohlen gemeldet",
            "kein Betrugsverdacht",
            "Karte nicht als verloren gemeldet",
        ],
        [("Karte abgelaufen", "expired_card"), ("unzureichende Deckung", "insufficient_funds")],
        [", ", ", nur ", ", sondern ", " \u2013 "],
        ["Karte nicht abgelaufen", "als gestohlen gemeldet"],
    ),
    "fr": (
        [
            "la carte n'est pas déclarée volée",
            "pas de soupçon de fraude",
            "la carte n'est jamais déclarée perdue",
        ],
        [("carte expirée", "expired_card"), ("fonds insuffisants", "insufficient_funds")],
        [", ", ", juste ", " mais ", ", seulement "],
        ["la carte n'est pas expirée", "déclarée volée"],
    ),
    "es": (
        [
            "la tarjeta no fue reportada como robada",
            "sin sospecha de fraude",
            "la tarjeta nunca fue reportada como perdida",
        ],
        [("tarjeta vencida", "expired_card"), ("fondos insuficientes", "insufficient_funds")],
        [", ", ", solo ", " sino ", ", pero "],
        ["la tarjeta no está vencida", "reportada como robada"],
    ),
    "pt": (
        ["o cartão não foi reportado como roubado", "sem suspeita de fraude"],
        [("cartão vencido", "expired_card"), ("fundos insuficientes", "insufficient_funds")],
        [", ", ", apenas ", " mas ", ", só "],
        ["o cartão não está vencido", "reportado como roubado"],
    ),
    "it": (
        ["la carta non è segnalata come rubata", "nessun sospetto di frode"],
        [("carta scaduta", "expired_card"), ("fondi insufficienti", "insufficient_funds")],
        [", ", ", solo ", " ma "],
        ["la carta non è scaduta", "segnalata come rubata"],
    ),
    "nl": (
        ["de kaart is niet als gestolen gemeld", "geen fraudevermoeden"],
        [("kaart is verlopen", "expired_card"), ("onvoldoende saldo", "insufficient_funds")],
        [", ", ", alleen ", " maar "],
        ["de kaart is niet verlopen", "als gestolen gemeld"],
    ),
    "sv": (
        ["kortet är inte anmält som stulet", "ingen misstanke om bedrägeri"],
        [("kortet har gått ut", "expired_card"), ("otillräckligt saldo", "insufficient_funds")],
        [", ", ", bara ", " utan ", " men "],
        ["kortet är inte utgånget", "anmält som stulet"],
    ),
    "pl": (
        ["karta nie jest zgłoszona jako skradziona", "brak podejrzenia oszustwa"],
        [("karta wygasła", "expired_card"), ("brak środków", "insufficient_funds")],
        [", ", ", tylko ", " ale "],
        ["karta nie wygasła", "zgłoszona jako skradziona"],
    ),
    "ja": (
        ["盗難届のカードではなく", "不正利用の疑いはありません"],
        [("カードの期限切れです", "expired_card"), ("残高不足です", "insufficient_funds")],
        ["", "、", "。"],
        [],
    ),
    "ko": (
        ["도난 신고된 카드가 아니라", "사기 의심 없음"],
        [("만료된 카드입니다", "expired_card"), ("잔액 부족입니다", "insufficient_funds")],
        [" ", ", "],
        [],
    ),
    "zh": (
        ["不是被盗挂失的卡", "没有欺诈嫌疑"],
        [("卡已过期", "expired_card"), ("余额不足", "insufficient_funds")],
        ["，", "，只是", "，而是"],
        [],
    ),
}
# Where the words stand: an agent's note, a call log, a line alone.
AROUND = ["Note on the ticket: {}.", "{}", "Anruf 14:20 / call log: {}. Link sent."]


def _sensitive(reading: PasteReading, known: CodeKinds) -> bool:
    return bool(signals(reading.failures[0], known.sensitive, known.sensitive_codes))


def _cases(language: str) -> list[tuple[str, str]]:
    denied, told, turns, _ = LANGUAGES[language]
    return [
        (around.format(f"{no}{turn}{yes}"), code)
        for no in denied
        for yes, code in told
        for turn in turns
        for around in AROUND
    ]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_a_reason_denied_in_words_then_the_real_one_told_is_the_real_one(
    known: CodeKinds, language: str
) -> None:
    for text, code in _cases(language):
        reading = read_paste(text, known)
        assert reading.failures, text
        assert reading.failures[0].decline_code == code, text
        assert not _sensitive(reading, known), text


@pytest.mark.parametrize("language", sorted(lang for lang in LANGUAGES if LANGUAGES[lang][3]))
def test_a_harmless_reason_denied_then_a_confidential_one_told_is_confidential(
    known: CodeKinds, language: str
) -> None:
    _, _, turns, (no, yes) = LANGUAGES[language]
    for turn in turns:
        for around in AROUND:
            text = around.format(f"{no}{turn}{yes}")
            reading = read_paste(text, known)
            assert reading.failures and _sensitive(reading, known), text


# A code written as a code, denied beside it in each word order, and the real code after it.
DENIED_CODES = [
    "not {bad}, {good}",
    "it's not {bad} but {good}",
    "kein {bad}, sondern {good}",
    "nicht {bad}, nur {good}",
    "pas {bad} mais {good}",
    "nunca {bad}, solo {good}",
    "não {bad}, apenas {good}",
    "niet {bad} maar {good}",
    "inte {bad} utan {good}",
    "{bad} 아님, {good}임",
    "{bad}이 아니라 {good}",
    "{bad}ではなく{good}",
    "不是{bad}，是{good}",
]
SENSITIVE = ["stolen_card", "lost_card", "fraudulent", "merchant_blacklist"]
HARMLESS = ["expired_card", "insufficient_funds", "incorrect_cvc"]


@pytest.mark.parametrize("form", DENIED_CODES)
def test_a_code_denied_beside_it_is_no_reason_but_still_confidential(
    known: CodeKinds, form: str
) -> None:
    for bad in SENSITIVE:
        for good in HARMLESS:
            for around in AROUND:
                text = around.format(form.format(bad=bad, good=good))
                reading = read_paste(text, known)
                assert reading.failures[0].decline_code == good, text
                assert _sensitive(reading, known), text
                assert any(bad in warning for warning in reading.warnings), text


@pytest.mark.parametrize("form", DENIED_CODES)
def test_a_confidential_code_asserted_stays_confidential_whatever_is_denied(
    known: CodeKinds, form: str
) -> None:
    # The same sentences with the roles swapped: the harmless code is denied, the
    # confidential one is the reason; and a confidential code asserted anywhere else.
    for bad in SENSITIVE:
        for good in HARMLESS:
            for text in (
                form.format(bad=good, good=bad),
                form.format(bad=bad, good=good) + f"\nDecline code: {bad}",
                f'{form.format(bad=bad, good=good)}\n{{"decline_code": "{bad}"}}',
            ):
                reading = read_paste(text, known)
                assert reading.failures and _sensitive(reading, known), text


# A question about one reason answered "no" with a confidential reason told in the answer: the
# question is withdrawn, the answer's reason is not.
QUESTIONS = ["Was it insufficient funds?", "Fonds insuffisants ?", "Karte abgelaufen?"]
ANSWERS = [
    "No, the card was reported stolen.",
    "Non, la carte a été déclarée volée.",
    "Nein, die Karte wurde als gestohlen gemeldet.",
    "No, Radar blocked it.",
    "Nope, the bank suspected fraud.",
    "Nee, de kaart staat op de zwarte lijst.",
]


@pytest.mark.parametrize("answer", ANSWERS)
def test_a_no_that_tells_a_confidential_reason_is_confidential(
    known: CodeKinds, answer: str
) -> None:
    for question in QUESTIONS:
        for after in ("", " Decline code: generic_decline"):
            text = f"{question} {answer}{after}"
            reading = read_paste(text, known)
            assert reading.failures and _sensitive(reading, known), text


# A sensitive code misspelled by one letter: alone in a note it is the reason (confidential);
# denied beside it, it is none.
MISSPELLED = ["fradulent", "stollen_card", "merchant_blacklsit", "lsot_card_reported"]


@pytest.mark.parametrize("typo", MISSPELLED[:3])
def test_a_misspelled_sensitive_code_alone_is_the_confidential_reason(
    known: CodeKinds, typo: str
) -> None:
    for around in ("Note: decline code is {} per the bank.", "{}", "Bank rep said {}. Don't tell."):
        text = around.format(typo)
        reading = read_paste(text, known)
        assert reading.failures and _sensitive(reading, known), text


@pytest.mark.parametrize("typo", MISSPELLED[:3])
def test_a_misspelled_sensitive_code_denied_is_no_signal(known: CodeKinds, typo: str) -> None:
    for form in ("It was not {}, the decline was do_not_honor.", "kein {}, sondern do_not_honor"):
        text = form.format(typo)
        reading = read_paste(text, known)
        assert reading.failures[0].decline_code == "do_not_honor", text
        assert not _sensitive(reading, known), text


def test_the_quick_checks_before_a_denial_pattern_change_no_answer() -> None:
    """`denied` skips its patterns for plain ASCII without a negation word (explain's start-up):
    on generated texts (every negation word, cut, in capitals, glued to letters, beside CJK and
    accents) it answers exactly as the patterns alone do."""
    import random
    import re

    from app.reading.told_reasons import _DENIED_AFTER, _DENIED_BEFORE, NEGATION_WORDS, denied

    before, after = re.compile(_DENIED_BEFORE), re.compile(_DENIED_AFTER)
    words = [w.removesuffix(r"\w*") for w in NEGATION_WORDS.split("|")]
    words += ["no", "n't", "n\u2019t", "No es", "no fue", "没有", "不是", "無", "ではない", "아님"]
    words += ["card", "stolen", "is", "the", "a", "ö", "é", "ß", "İ", "ſ", "K"]
    pieces = [*words, *(w.upper() for w in words), *(w[:-1] for w in words if len(w) > 1)]
    pieces += [" ", "  ", ", ", ".", "\n", "_", '"', "x"]
    rng = random.Random(23)
    checked = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        alone = bool(
            before.search(text, max(0, start - 40), start) or after.match(text[end : end + 16])
        )
        assert denied(text, start, end) == alone, (text, start, end)
        checked += alone
    assert checked > 1_000  # denials were among them, not only texts the checks skip


# The lead's case (issue 26, session 8): a note that names confidential codes, as codes or as
# their words, only to deny them, and tells a harmless code.
NAMED_TO_DENY = [
    "Not {bad}, not a block, nothing to worry about - it's just {good}",
    "Not a {words}, just {good}.",
    "Kein {bad}, keine Sperre, nur {good}.",
    "Pas {bad}, rien de grave : c'est juste {good}.",
    "No es {bad}, nada grave, es solo {good}.",
    "Não é {bad}, só {good}.",
    "Non è {bad}, solo {good}.",
    "Geen {bad}, gewoon {good}.",
    "Inte {bad}, bara {good}.",
    "To nie {bad}, tylko {good}.",
    "{bad}ではなく、ただの{good}です。",
    "不是{bad}，只是{good}。",
    "{bad} 아님, 그냥 {good}.",
]


@pytest.mark.parametrize("form", NAMED_TO_DENY)
def test_a_confidential_code_named_only_to_deny_it_keeps_the_paste_confidential(
    known: CodeKinds, form: str
) -> None:
    for bad in SENSITIVE:
        for good in HARMLESS:
            text = form.format(bad=bad, words=bad.replace("_", " "), good=good)
            reading = read_paste(text, known)
            assert reading.failures[0].decline_code == good, text
            assert _sensitive(reading, known), text
