"""A reply is checked in its own language: another language's `near` concepts (sentences whose
words are everyday words in the reply's language) are that language's refusals, not the
reply's; a text of unknown language (no locale) is read as any language
(tests/replies/test_guard_no_locale.py). Generated from each language's own lists."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard, check_reply
from build.languages import LOCALES
from tests.replies.test_guard_no_locale import _concepts

OTHERS = [locale for locale in LOCALES if locale != "en"]


@pytest.mark.parametrize("locale", OTHERS)
def test_another_language_s_concepts_are_not_an_english_reply_s_refusals(
    rules: Guard, catalog: Catalog, locale: str
) -> None:
    sentences = _concepts(catalog, locale)
    if not sentences:
        pytest.skip(f"{locale} has no near rules that need a group")
    own = [s for s in sentences if check_reply(s, locale, rules)]
    in_english = [s for s in sentences if check_reply(s, "en", rules)]
    assert len(own) == len(sentences)  # each is its own language's refusal
    assert len(in_english) < len(own), locale  # most are everyday words in English
