"""The guard knows each shipped language's lists and applies them to the right replies."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard, check_reply
from app.replies.normalise import is_cjk
from build.languages import LOCALES

REASONS = ("lost_or_stolen", "fraud", "block_list", "risk_check", "card_kept")


def test_every_language_has_words_for_every_reason(catalog: Catalog, guard: Guard) -> None:
    assert set(guard.locales) == set(LOCALES)
    rows = catalog.guard_rows()
    for locale in LOCALES:
        for reason in REASONS:
            assert any(r[0] == locale and r[1] == reason and r[2] == "words" for r in rows), (
                locale,
                reason,
            )
    assert set(catalog.guard_reasons()) >= {*REASONS, "decline_code"}


@pytest.mark.parametrize("locale", LOCALES)
def test_each_listed_word_is_refused_inside_a_real_reply(
    catalog: Catalog, guard: Guard, locale: str
) -> None:
    safe = (
        catalog.reply_template(locale, "generic_decline", "chat")
        .replace("[[", "")
        .replace("]]", "")
    )
    assert check_reply(safe, locale, guard) == []
    # A language's own words, and English ones (which apply everywhere), in capitals too.
    for row_locale, _, kind, word in catalog.guard_rows():
        if kind not in ("words", "own_language", "within") or row_locale not in (locale, "en"):
            continue
        edited = f"{safe} {word}." if not is_cjk(word) else f"{safe}{word}。"
        assert check_reply(edited, locale, guard), (locale, row_locale, word)
        assert check_reply(edited.upper(), locale, guard), (locale, row_locale, word)


def test_every_language_s_words_apply_to_a_reply_in_another(catalog: Catalog, guard: Guard) -> None:
    for row_locale, _, kind, word in catalog.guard_rows():
        if kind in ("words", "within") and row_locale != "en":
            assert guard.check(f"Hi, {word}.", "en"), (row_locale, word)


@pytest.mark.parametrize(
    ("word", "own", "other"),
    [
        ("vol", "fr", "nl"),
        ("golpe", "pt-BR", "es"),
        ("ingenomen", "nl", "de"),
        ("compromesso", "it", "es"),
        ("radar", "fr", "en"),
    ],
)
def test_own_language_words_apply_to_their_language_only(
    guard: Guard, word: str, own: str, other: str
) -> None:
    assert guard.check(f"Il {word}.", own)
    assert guard.check(f"Il {word}.", other) == [] or word == "radar"


@pytest.mark.parametrize(
    "text",
    [
        "Your card was reported STOLEN.",
        "We suspect fraud on this card.",
        "Our Radar rules blocked it.",
        "The card is on our block list.",
        "Please check your security code.  Stolen.",
        "Your card went missing last week.",
        "This payment was blocked for security reasons.",
    ],
)
def test_english_examples(guard: Guard, text: str) -> None:
    assert check_reply(text, "en", guard)


@pytest.mark.parametrize(
    "text",
    [
        "Please check the security code on the back of your card.",
        "Please try again later with another card.",
        "A digit is missing from the card number.",
        "Your browser blocked the pop-up window from your bank.",
    ],
)
def test_harmless_phrases_pass(guard: Guard, text: str) -> None:
    assert check_reply(text, "en", guard) == []


def test_an_english_word_in_another_language_reply_is_caught(guard: Guard) -> None:
    assert check_reply("Votre carte a été déclarée stolen.", "fr", guard)


def test_a_problem_names_its_reason_and_place(guard: Guard) -> None:
    (problem,) = guard.check("Decline code: merchant_blacklist", "de")
    assert problem.to_json() == {
        "phrase": "merchant_blacklist",
        "reason": "names a confidential decline code",
        "start": 14,
        "end": 32,
    }


@pytest.mark.parametrize(
    "text",
    [
        "Le titulaire a déclaré la perte de sa carte.",  # French: a loss report
        "O titular comunicou a perda do cartão.",  # Portuguese: a loss report
        "Die Karte ist seit gestern verschwunden.",  # German: gone
        "La carta è andata persa ieri.",  # Italian: lost
    ],
)
def test_without_a_locale_every_language_s_concepts_apply(
    catalog: Catalog, guard: Guard, text: str
) -> None:
    """A macro of unknown language is read with every shipped language's rules, not only
    English ones (`check-reply` without --locale); the classifier reads every language."""
    rules = Guard(catalog.guard_rows(), catalog.guard_reasons(), catalog.confusables())
    assert rules.check(text, "en") == []
    assert rules.check(text, None)
    assert guard.check(text, None)


def test_a_word_hyphenated_across_a_line_is_read_whole(guard: Guard) -> None:
    (problem,) = guard.check("Ihre Karte wurde als gestoh-\nlen gemeldet.", None)
    assert "gestoh-\nlen" in problem.phrase


def test_encoded_words_are_decoded_before_checking(guard: Guard) -> None:
    import base64

    run = base64.b64encode(b"your card was reported stolen").decode()
    text = f"Reference: {run}\nThanks!"
    (problem,) = guard.check(text, None)
    assert (problem.phrase, problem.start) == (run, text.index(run))
    assert guard.check("Your card was reported %73%74%6F%6C%65%6E.", None)
    # an ordinary reference or a URL with encoded spaces stays harmless
    assert (
        guard.check("Order ref: XK29ZQ81AB, see https://acme.test/help?q=card%20declined", None)
        == []
    )


def test_a_masked_word_after_other_masked_text_is_still_refused(guard: Guard) -> None:
    # A reply often masks a card number or a name before the word that gives it away.
    for before in ("card ****4242", "Dear J*** D**,", "ticket zq**xy", "card ab##cd"):
        text = f"{before}: we think this is fr**d."
        assert [p.phrase for p in guard.check(text, "en")] == ["fr**d"], before


def test_a_masked_word_is_read_in_the_reply_s_language_after_a_check_in_every_language(
    catalog: Catalog,
) -> None:
    # "v*ls" masks French "vols" (thefts), which means nothing in a Dutch reply: refused when
    # no language is given (every language's words apply), never in Dutch, whichever came first.
    text = "Bedankt, de v*ls is in orde."
    fresh = Guard.from_catalog(catalog)
    assert fresh.check(text, "nl") == []
    assert fresh.check(text, None) != []
    assert fresh.check(text, "nl") == []
    assert fresh.check("Wij vermoeden fr**de.", "nl") != []  # Dutch masked words still count


@pytest.mark.parametrize(
    ("text", "locale", "phrase"),
    [
        ("Votre carte est sur notre li**e noire.", "fr", "li**e noire"),
        ("Your card is on our bl**k list.", "en", "bl**k list"),
        ("Die Karte steht auf der sch**rzen Liste.", "de", "sch**rzen Liste"),
    ],
)
def test_a_masked_word_is_read_with_the_words_after_it(
    guard: Guard, text: str, locale: str, phrase: str
) -> None:
    # The block list masked in its first word: the phrase is only whole with the next word.
    assert [p.phrase for p in guard.check(text, locale)] == [phrase]


def test_a_long_phrase_masked_in_its_first_word_is_refused_whole(
    catalog: Catalog, guard: Guard
) -> None:
    # Listed phrases run to six words ("customers we no longer accept"); a mask in the first
    # word must still find the phrase's last word, whatever its length.
    long = [
        (locale, phrase)
        for locale, _, kind, phrase in catalog.guard_rows()
        if kind == "words"
        and len(phrase.split()) >= 5
        and phrase.split()[0].isascii()
        and phrase.split()[0].isalpha()
        and len(phrase.split()[0]) >= 4
    ]
    assert len(long) >= 20  # every language's long phrases, not one example
    for locale, phrase in long:
        masked = f"{phrase[0].upper()}**{phrase[3:]}"
        assert [p.phrase for p in guard.check(f"Thanks. {masked}.", locale)] == [masked], locale
