"""The catalogue in the agent's language (issue 28): every entry's title in each of the eleven
window languages beside English, technical names and codes kept as agents write them, and a
confidential entry's translated words only ever in the agent's view, never in a reply."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.catalogue.words import Words
from app.replies.replies import reply_for
from app.verdict.explain import explain
from build.languages import LOCALES
from tests.replies.test_reply_invariant import AGENT, report_for

FOREIGN = [locale for locale in LOCALES if locale != "en"]
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "translations"


def explaining() -> list[str]:
    """The window languages whose catalogue says what happened and what to do in their own
    words (a [summaries] table in resources/catalog/translations/LANG.toml); any other shows
    them in English, tagged [EN]."""
    found = []
    for language in FOREIGN:
        with (TRANSLATIONS / f"{language}.toml").open("rb") as handle:
            if "summaries" in tomllib.load(handle):
                found.append(language)
    return found


EXPLAINING = explaining()
SCRIPTS = {"ja": ("HIRAGANA", "KATAKANA", "CJK"), "ko": ("HANGUL",), "zh-Hans": ("CJK",)}
# Names agents write as they are in every language (Dutch "pincode" keeps its PIN).
TECHNICAL = (
    "ACH",
    "API",
    "CVC",
    "PIN",
    "IBAN",
    "SEPA",
    "SKU",
    "URL",
    "SIRET",
    "3DS",
    "3D Secure",
    "Radar",
    "Mastercard",
    "Visa",
    "Stripe",
    "Alipay",
    "Bitcoin",
)
NUMBER = re.compile(r"(?<![\w-])[A-Za-z]?\d+[A-Za-z]?(?!\w)")  # R01, 1A, v2, 24
CODE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")  # advice_code, lost_card


def in_script(text: str, names: tuple[str, ...]) -> bool:
    return any(unicodedata.name(char, "").startswith(names) for char in text if not char.isascii())


def kept(english: str) -> list[str]:
    """What a translation of `english` must write as it is."""
    names = [n for n in TECHNICAL if re.search(rf"\b{re.escape(n)}\b", english)]
    return names + NUMBER.findall(english) + CODE.findall(english)


@pytest.mark.parametrize("language", FOREIGN)
def test_every_entry_has_a_title_in_every_language(catalog: Catalog, language: str) -> None:
    words = Words(catalog, language)
    entries = list(catalog.entries())
    assert len(entries) > 380
    for entry in entries:
        said = words.entry_text("title", entry.kind, entry.code, entry.title)
        assert not said.english, (language, entry.kind, entry.code)
        assert said.text.strip() and said.text != entry.title, (language, entry.code)
        if language in SCRIPTS:
            assert in_script(said.text, SCRIPTS[language]), (language, entry.code, said.text)


@pytest.mark.parametrize("language", FOREIGN)
def test_names_and_codes_stay_as_written(catalog: Catalog, language: str) -> None:
    """ACH R01 stays ACH R01, CVC stays CVC, lost_card stays lost_card, in every field."""
    words = Words(catalog, language)
    for entry in catalog.entries():
        fields = [("title", entry.title), ("summary", entry.summary)]
        for field, english in fields:
            said = words.entry_text(field, entry.kind, entry.code, english)
            if said.english:
                continue
            # A name inside a compound keeps its words: German "3D-Secure-Bestätigung".
            text = said.text.lower().replace("-", " ")
            missing = [n for n in kept(english) if n.lower().replace("-", " ") not in text]
            assert not missing, (language, entry.kind, entry.code, field, missing, said.text)
        steps = words.steps(entry.agent_steps) if entry.agent_steps else None
        for english, step in zip(entry.agent_steps, steps or [], strict=False):
            missing = [n for n in kept(english) if n.lower() not in step.lower()]
            assert not missing, (language, entry.code, "steps", missing, step)


def test_every_window_language_explains_every_entry() -> None:
    """All eleven languages beside English say what happened and what to do (issue 28)."""
    assert EXPLAINING == FOREIGN


@pytest.mark.parametrize("language", FOREIGN)
def test_every_decline_code_and_confidential_entry_is_explained_in_the_language(
    catalog: Catalog, language: str
) -> None:
    """The window's "What happened" and "What to do" for every decline code and confidential
    entry in the language, never a mix: as many steps as the English, each one its own words,
    in the language's script; a summary that tells the agent the reason is confidential says so
    with the language's word of the CONFIDENTIAL line. A language without them says every one
    in English, marked."""
    words = Words(catalog, language)
    confidential = re.split(r"\s*[:：]", words.word("confidential_forms", "lookup").text)[0]
    entries = [e for e in catalog.entries() if e.kind == "decline_code" or e.sensitive]
    assert len(entries) >= 80
    for entry in entries:
        summary = words.entry_text("summary", entry.kind, entry.code, entry.summary)
        steps = words.steps(entry.agent_steps)
        if language not in EXPLAINING:
            assert summary.english and summary.text == entry.summary and steps is None
            continue
        assert not summary.english and summary.text != entry.summary, (language, entry.code)
        assert steps is not None, (language, entry.code)
        assert len(steps) == len(entry.agent_steps), (language, entry.code)
        assert not set(steps) & set(entry.agent_steps), (language, entry.code, steps)
        if language in SCRIPTS:
            for text in (summary.text, *steps):
                assert in_script(text, SCRIPTS[language]), (language, entry.code, text)
        if "Confidential" in entry.summary:
            assert confidential.casefold() in summary.text.casefold(), (language, entry.code)


def test_a_confidential_entrys_words_never_reach_a_reply(catalog: Catalog) -> None:
    """The reasons said in every language are the agent's: the reply to a confidential failure,
    in every language and channel, holds none of them."""
    sensitive = [e for e in catalog.entries() if e.sensitive]
    assert len(sensitive) >= 20
    said = {
        (e.kind, e.code): {
            Words(catalog, language).entry_text(field, e.kind, e.code, text).text
            for language in FOREIGN
            for field, text in (("title", e.title), ("summary", e.summary))
        }
        for e in sensitive
    }
    for entry in sensitive:
        report = report_for(entry)
        explanation = explain(report, catalog)
        assert explanation.sensitive, entry.code
        for locale in LOCALES:
            for channel in CHANNELS:
                reply = reply_for(
                    report, explanation.reply_class, catalog, locale, channel, AGENT
                ).text
                leaked = [t for t in said[(entry.kind, entry.code)] if t in reply]
                assert not leaked, (entry.code, locale, channel, leaked)


@pytest.mark.parametrize("language", LOCALES)
def test_a_title_after_a_colon_goes_on_as_a_sentence(catalog: Catalog, language: str) -> None:
    """ "Card declined: the bank ...": a title's first word is lowered after the headline's
    colon, a one-letter word too (English "A test card", Portuguese "O banco", Italian "I
    dati"); an acronym ("CVC", "ACH") stays, and German keeps every noun's capital."""
    words = Words(catalog, language)
    lowers = catalog.translations(language).get("lower_titles", True) is not False
    for entry in catalog.entries():
        title = words.entry_text("title", entry.kind, entry.code, entry.title).text
        first, after = title.split(" ")[0], words.after_colon(title)
        if not lowers or (len(first) > 1 and first.isupper()):
            assert after == title, (language, entry.code, after)
        elif first.isalpha() and (len(first) == 1 or first[1:].islower()):
            assert after[:1] == title[:1].lower() and after[1:] == title[1:], (language, after)
