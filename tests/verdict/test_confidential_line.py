"""The agent's confidential line in another language is that language's, or wholly English and
marked English when one of its reasons has no title in it (a German frame around an English
title would be a silent mix). Every reason the shipped catalogue can put in the line has its
title in every language, so the fallback serves a code added before its translation: such a
code is made here as a copy of each real reason under a code no translation names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.catalogue.catalog import Catalog, CatalogEntry
from app.catalogue.words import Words
from app.records import replace
from app.verdict.confidential import ConfidentialReasons, confidential_text, stripe_block_reason
from build.languages import LOCALES

FOREIGN = [locale for locale in LOCALES if locale != "en"]


def _lines(catalog: Catalog, entry: CatalogEntry) -> Iterator[tuple[str, ConfidentialReasons]]:
    """Every place the reason can stand in the line: a sensitive one as a reason or a word of
    the text, a block's reason (explain's rule) before a sensitive reason or alone."""
    if entry.sensitive:
        yield "reason", ConfidentialReasons(entries=(entry,), outcome_type=None)
        yield "word", ConfidentialReasons(entries=(), outcome_type=None, words=(entry,))
        return
    assert stripe_block_reason(entry, "blocked") is entry, entry.code
    stolen = catalog.entry("decline_code", "stolen_card")
    assert stolen is not None
    yield "block", ConfidentialReasons(entries=(stolen,), outcome_type="blocked", block=entry)
    yield "block alone", ConfidentialReasons(entries=(), outcome_type="blocked", block=entry)


def _reasons(catalog: Catalog) -> list[CatalogEntry]:
    """Every entry a confidential line can name: the sensitive ones and a block's reasons."""
    found = [e for e in catalog.entries() if e.sensitive or stripe_block_reason(e, "blocked")]
    assert len(found) >= 20
    return found


@pytest.mark.parametrize("language", FOREIGN)
def test_every_reason_of_the_line_is_named_in_the_language(catalog: Catalog, language: str) -> None:
    words = Words(catalog, language)
    english = Words(catalog)
    for entry in _reasons(catalog):
        for where, reasons in _lines(catalog, entry):
            said = confidential_text(reasons, words)
            assert not said.english, (entry.code, where)
            assert said.text != confidential_text(reasons, english).text, (entry.code, where)


@pytest.mark.parametrize("language", FOREIGN)
def test_a_reason_without_a_translation_makes_the_whole_line_english_and_marked(
    catalog: Catalog, language: str
) -> None:
    words = Words(catalog, language)
    english = Words(catalog)
    for real in _reasons(catalog):
        new = replace(real, code=f"{real.code}_added_later", title=f"{real.title} (added later)")
        for where, reasons in _lines(catalog, new):
            said = confidential_text(reasons, words)
            expected = confidential_text(reasons, english)
            assert said.english is True, (real.code, where)
            assert said.text == expected.text, (real.code, where)
            assert new.title in said.text and not expected.english, (real.code, where)
