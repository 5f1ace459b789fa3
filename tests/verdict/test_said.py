"""The explanation in each of the twelve window languages: every verdict, badge, headline form,
note and confidential sentence (finite sets) in that language; every catalogue entry's title in
it or in English marked as English; the Explanation itself (the JSON contract) English."""

from __future__ import annotations

import re
import unicodedata

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.words import Form, Words, say
from app.reading.paste import read_paste
from app.verdict.explain import explain
from app.verdict.said import in_language
from build.catalog_translations import FINITE_GROUPS
from build.languages import LOCALES

FOREIGN = [locale for locale in LOCALES if locale != "en"]
# The script each language's words must be written in (where it is not Latin).
SCRIPTS = {"ja": ("HIRAGANA", "KATAKANA", "CJK"), "ko": ("HANGUL",), "zh-Hans": ("CJK",)}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
# Words a language writes as English does: Dutch "later" is Dutch.
SAME_WORD = {("nl", "verdict_when", "for_customer")}


def english_of(catalog: Catalog, group: str) -> dict[str, str]:
    return catalog.guard_reasons() if group == "guard_reasons" else catalog.vocabulary(group)


def has_words(text: str) -> bool:
    """Whether a text says anything beyond placeholders, codes in brackets and punctuation."""
    bare = PLACEHOLDER.sub("", re.sub(r"\((rule|blocked)\)", "", text))
    return bool(re.search(r"[A-Za-z]{2,}", bare.replace("Stripe", "")))


def in_script(text: str, names: tuple[str, ...]) -> bool:
    return any(unicodedata.name(char, "").startswith(names) for char in text if not char.isascii())


@pytest.mark.parametrize("language", FOREIGN)
def test_every_finite_word_is_in_the_language(catalog: Catalog, language: str) -> None:
    words = Words(catalog, language)
    for group in FINITE_GROUPS:
        english = english_of(catalog, group)
        assert english, group
        for key, source in english.items():
            said = words.word(group, key) if group != "guard_reasons" else None
            text = said.text if said else words.guard_reason(source)
            assert said is None or not said.english, (group, key)
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source))
            if has_words(source) and (language, group, key) not in SAME_WORD:
                assert text != source, (language, group, key)
                if language in SCRIPTS:
                    assert in_script(text, SCRIPTS[language]), (language, group, key, text)


@pytest.mark.parametrize("language", FOREIGN)
def test_every_entry_has_a_headline_in_the_language_or_marked_english(
    catalog: Catalog, language: str
) -> None:
    words, english = Words(catalog, language), Words(catalog)
    translated = 0
    for entry in catalog.entries():
        title = ("title", "title", entry.kind, entry.code, entry.title)
        form = Form("headline_forms", "card_declined", texts=(title,), lowered=("title",))
        said = say(form, words)
        if said.english:  # the whole headline in English, never a German frame around it
            assert said.text == say(form, english).text
        else:
            translated += 1
            assert entry.title not in said.text and said.text != say(form, english).text
            if language in SCRIPTS:
                assert in_script(said.text, SCRIPTS[language])
    assert translated >= 30


SENSITIVE = ("lost_card", "stolen_card", "fraudulent", "merchant_blacklist", "pickup_card")


@pytest.mark.parametrize("language", FOREIGN)
def test_the_confidential_codes_are_named_in_every_language(
    catalog: Catalog, language: str
) -> None:
    words = Words(catalog, language)
    for code in SENSITIVE:
        assert not words.entry_text("title", "decline_code", code, "").english, code


def explained(catalog: Catalog, paste: str):  # type: ignore[no-untyped-def]
    report = read_paste(paste, catalog.code_kinds()).failures[0]
    return explain(report, catalog)


STOLEN = (
    '{"error": {"type": "card_error", "code": "card_declined", "decline_code": "stolen_card",'
    ' "message": "Your card was declined."}}'
)
ADVISED = (
    '{"object": "charge", "status": "failed", "failure_code": "card_declined", "livemode": false,'
    ' "outcome": {"type": "issuer_declined", "reason": "insufficient_funds",'
    ' "network_advice_code": "25", "network_decline_code": "51"},'
    ' "payment_method_details": {"card": {"brand": "mastercard", "last4": "4444"}}}'
)


@pytest.mark.parametrize("language", FOREIGN)
def test_a_confidential_decline_is_said_in_the_language(catalog: Catalog, language: str) -> None:
    e = explained(catalog, STOLEN)
    said = in_language(e, catalog, language)
    assert not said.headline.english and said.headline.text != e.headline
    assert said.confidential is not None and not said.confidential.english
    assert "stolen_card" in said.confidential.text and "CONFIDENTIAL" not in said.confidential.text
    assert said.verdict is not None and e.verdict is not None
    for mine, theirs in zip(said.verdict.lines(), e.verdict.lines(), strict=True):
        assert mine != theirs
    assert e.headline == "Card declined: card reported stolen"  # the contract stays English


@pytest.mark.parametrize("language", FOREIGN)
def test_notes_and_waits_are_said_or_marked(catalog: Catalog, language: str) -> None:
    e = explained(catalog, ADVISED)
    said = in_language(e, catalog, language)
    assert e.test_mode and len(said.notes) == len(e.notes)
    test_note = said.notes[0]
    assert not test_note.english and test_note.text != e.notes[0]
    for note, english in zip(said.notes, e.notes, strict=True):
        assert note.english or note.text != english
        assert not note.english or note.text == english
    wait = Words(catalog, language).group("retry_waits")["25"]
    assert said.verdict is not None and wait in said.verdict.for_customer + said.verdict.for_retries


def test_english_is_the_explanation_as_written(catalog: Catalog) -> None:
    for paste in (STOLEN, ADVISED):
        e = explained(catalog, paste)
        said = in_language(e, catalog, "en")
        assert said.headline.text == e.headline and not said.headline.english
        assert [n.text for n in said.notes] == e.notes
        assert said.confidential is None or said.confidential.text == e.confidential
        assert said.verdict == e.verdict
