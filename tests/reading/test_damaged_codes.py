"""A sensitive code damaged as a person copying a screenshot, or a character reader, damages it
(a digit or sign for the letter it looks like, a capital I for an l, spaces beside the
underscore, a word broken by one space, alone or with the code's words spaced, letters spaced
out) still makes the paste confidential
and is read as its reason: generated for every sensitive code, every kind of damage and several
frames in several languages. A harmless code damaged the same ways is never taken for a
sensitive one."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from app.reading.misspelled import MIN_LENGTH, misspelled
from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.reading.conftest import failures_of

# What each letter may be copied as, by eye or by a character reader.
LOOK_ALIKES = {"o": "0", "l": "1I|", "e": "3", "a": "4@", "s": "5$", "t": "7", "i": "1"}

FRAMES = [  # one after another over the forms
    "decline_code: {}",
    "Decline code     {}",
    "decIine_code: {}",
    "Payment failed\nOutcome: issuer declined\nDecline code: {}\nID: pi_3QTj0… (cut)",
    "Kod odmowy: {}\nWynik: Odrzucone przez wydawcę karty",
    "Ablehnungscode: {} (vom Screenshot abgetippt)",
    "The bank said {}. Customer wants to retry.",
    '{{"error": {{"code": "card_declined", "decline_code": "{}"}}}}',
]


def _codes(known: CodeKinds) -> list[str]:
    """The sensitive codes written as words: not network codes ("43", read after their label)
    nor one-word outcomes and levels shorter than `fraudulent` ("blocked", "highest": ordinary
    words, read under their field's name)."""
    return sorted(
        c for c in known.sensitive_codes if c[:1].isalpha() and ("_" in c or len(c) >= MIN_LENGTH)
    )


def damaged(code: str) -> Iterator[str]:
    """Every single damage of `code`, and a few of them together."""
    if "_" in code:
        for at in [i for i, c in enumerate(code) if c == "_"]:
            for spaced in (" _", "_ ", " _ "):
                yield code[:at] + spaced + code[at + 1 :]
    for at, letter in enumerate(code):
        for other in LOOK_ALIKES.get(letter, ""):
            if other == "I" and at == 0:
                continue  # a capital I opening a word reads as I
            yield code[:at] + other + code[at + 1 :]
    for at in range(2, len(code) - 1):
        if "_" not in code[at - 1 : at + 1]:
            yield code[:at] + " " + code[at:]  # one word broken by a space
    for at in range(2, len(code) - 1):
        if "_" not in code[at - 1 : at + 1]:
            yield code[:at] + "-\n" + code[at:]  # broken at a line's end with a hyphen
    if "_" in code:  # a word broken by a space, the others spaced (`st olen card`, `lost c ard`)
        for at in range(2, len(code) - 1):
            pieces = (code[:at] + " " + code[at:]).replace("_", " ")
            if "_" not in code[at - 1 : at + 1]:
                yield pieces
    for underscore in "\u2017\uff3f" if "_" in code else "":
        yield code.replace("_", underscore)  # read as a double or a full-width low line
    if "_" in code:  # the code's words, one letter copied as its look-alike
        words = code.replace("_", " ")
        for letter, others in LOOK_ALIKES.items():
            if letter in words[2:]:
                at = words.index(letter, 2)
                yield words[:at] + others[0] + words[at + 1 :]
    first = code.split("_")[0]
    yield "-".join(first) + code[len(first) :]  # s-t-o-l-e-n_card
    yield " ".join(code)  # spaced out letter by letter
    for together in (code.upper().replace("_", "_ "), code.replace("o", "0").replace("_", " _")):
        if together.lower() != code:
            yield together


def test_every_damage_of_every_sensitive_code_is_read_as_that_code(known: CodeKinds) -> None:
    codes = _codes(known)
    assert {"fraudulent", "stolen_card", "lost_card", "merchant_blacklist"} <= set(codes)
    tried = 0
    for code in codes:
        for form in damaged(code):
            tried += 1
            # the code first (a code written inside it, `stolen_ card`, may follow)
            found = misspelled(f"decline_code: {form}", known.sensitive_codes)
            assert found[:1] == [code] and set(found) <= known.sensitive_codes, form
    assert tried > 300


def test_a_paste_with_a_damaged_sensitive_code_is_confidential(known: CodeKinds) -> None:
    """Each damaged form read whole, in one of the frames in turn (every frame gets every kind
    of damage over the codes)."""
    turn = 0
    for code in _codes(known):
        for form in damaged(code):
            frame = FRAMES[turn % len(FRAMES)]
            turn += 1
            if frame.startswith("{") and "\n" in form:
                frame = FRAMES[0]  # a JSON string holds no line break
            text = frame.format(form)
            reading = read_paste(text, known)
            assert reading.failures, text
            first = reading.failures[0]
            assert signals(first, known.sensitive, known.sensitive_codes), text
            if frame[0] in "dDK{" and "decline_code" in known.get(code, ()):
                # a labelled field: the decline code is its reason (or, for a code made of
                # codes, the sensitive code written whole inside it: `lost_or_ stolen_card`)
                read = first.decline_code or ""
                assert read == code or (read in known.sensitive_codes and read in code), text
    assert turn > 500


# Written after the rules above were built, measured once (25 of 26 read right; the miss, a
# word both broken and spaced, "st olen card", was built as a class of its own later), then
# kept here.
SCREENSHOT_COPIES = [
    ("Screenshot retyped: Decline code \u2014 stolen\u2017card, Outcome declined by issuer", True),
    ("decline code: fraudu-\nlent (line cut in the chat)", True),
    ("Ticket 8812: card declined, reason st0len card per the screenshot", True),
    ("Zahlung fehlgeschlagen. Ablehnungscode: L0ST_CARD", True),
    ("Motif du refus : frauduIent (copie d'\u00e9cran floue)", True),
    ("C\u00f3digo de rechazo: pick up_card", True),
    ("Codice di rifiuto: restricted _ card", True),
    ("Zrzut ekranu przepisany: decline code st olen card", True),
    ("Weigeringscode: merchant_bIacklist", True),
    ("\u62d2\u5426\u30b3\u30fc\u30c9\uff1astolen_ card\uff08\u624b\u5165\u529b\uff09", True),
    ("\uac70\uc808 \ucf54\ub4dc: fr audulent", True),
    ("\u62d2\u4ed8\u4ee3\u7801\uff1alost_or _stolen_card", True),
    ("Kod odmowy: 5tolen_card", True),
    ("Avvisningskod: FRAUDULENT", True),
    ("decline_code = 'pickup_c ard'", True),
    ("err: card_declined / decline: s-t-o-l-e-n_card", True),
    ("OCR: Decl1ne c0de: lost_c4rd", True),
    ("declineCode: secur1ty_violation", True),
    ("Decline code: insufficient_ funds, please retry later", False),
    ("decline code: expired _card (new card on file)", False),
    ("Order 4471, ref ST0RE-59, last4 4242, card declined: do_not_honor", False),
    ("The customer lost her card holder in the store, payment failed: incorrect_cvc", False),
    ("decline code: card_velocity_ exceeded", False),
    ("Bank said: restricted hours for wire transfers; decline code generic_decline", False),
    ("Payment failed: pro cessing_error, retry", False),
    ("decline code: l o s t  t i m e? no, it was expired_card", False),
]


# Written after the broken-and-spaced class was built (2026-12-07, eleventh session), measured
# once: 17 of 18 (the miss, a piece of one letter, "lost c ard", was built after), then kept.
SCREENSHOT_COPIES += [
    ("Retyped from the phone photo: decline code fra udulent? outcome issuer declined", True),
    ("Zahlung abgelehnt \u2013 Code laut Foto: stol en card", True),
    ("code de refus (recopi\u00e9) : lo st card", True),
    ("c\u00f3digo de rechazo: merchant blac klist", True),
    ("Motivo: pick up ca rd (dalla foto del cliente)", True),
    ("weigeringscode: restric ted card", True),
    ("\u62d2\u5426\u30b3\u30fc\u30c9\uff1alost or sto len card", True),
    ("\uac70\uc808 \ucf54\ub4dc: sto len card", True),
    ("Kod odmowy wg zdj\u0119cia: fraudu lent", True),
    ("Avvisningskod (avskrivet): lost c ard", True),
    ("\u62d2\u4ed8\u4ee3\u7801\uff1astolen ca rd\uff08\u622a\u56fe\u624b\u6284\uff09", True),
    ("Ticket #55: customer sent a photo, decline code looks like 'merch ant blacklist'", True),
    ("decline code: insuff icient funds (typed from the screenshot)", False),
    ("Decline code: expi red card, customer will update", False),
    ("code: do not hon or, per the photo", False),
    ("The customer lost a card game and then the payment failed: incorrect_cvc", False),
    ("Die Karte ist nicht gestohlen, der Code lautet card velo city exceeded", False),
    ("We had lost connection; the card was fine, code processing_error", False),
]


@pytest.mark.parametrize(("text", "sensitive"), SCREENSHOT_COPIES)
def test_copies_of_screenshots_read_as_a_careful_agent_would(
    known: CodeKinds, text: str, sensitive: bool
) -> None:
    failures = failures_of(text, known)  # a harmless one may also read as unusable
    assert failures or not sensitive, text
    assert any(signals(f, known.sensitive, known.sensitive_codes) for f in failures) is sensitive


def test_no_harmless_code_damaged_is_taken_for_a_sensitive_one(known: CodeKinds) -> None:
    harmless = sorted(
        c for c in known if c not in known.sensitive_codes and c.isascii() and c[:1].isalpha()
    )
    assert len(harmless) > 100
    for code in harmless:
        for form in damaged(code):
            assert misspelled(f"decline_code: {form}", known.sensitive_codes) == [], form


@pytest.mark.parametrize(
    "text",
    [
        "Order 10:41, R$ 59,90, ref 4000 0000 0000 0002, pi_3QTj0sT0len1",
        "f r e e  s h i p p i n g and l o s t  t i m e",
        "The last card on file expired; the customer's new card works.",
        "lost card? no: the card was replaced before the payment, code expired_card",
        json.dumps({"statement_descriptor": "ST0RE 5T0LEN GOODS", "last4": "4242"}),
        "She lost her card last year; this payment failed with insufficient_funds.",
    ],
)
def test_ordinary_words_and_numbers_are_no_damaged_code(known: CodeKinds, text: str) -> None:
    assert misspelled(text, known.sensitive_codes) == []
