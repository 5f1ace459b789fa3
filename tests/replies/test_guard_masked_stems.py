"""A stem the guard finds inside words ("fraud" in "fraudulent", the lists' `within` kind) is
refused when a few of its letters are masked and the word goes on ("fr**dulent"). Generated
over every stem of the lists. Not yet: a mask that leaves one letter of the stem before the
word goes on ("st**dulent" for the Swedish "stöld" folded, "fr**ding"): the masked index is keyed
by the two characters after the mask, a space among them (the test marked xfail below)."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard

SUFFIXES = ("ulent", "ing", "s")


def _stems(catalog: Catalog) -> list[tuple[str, str]]:
    """(locale, stem) of every `within` stem a mask can cover two letters of (ASCII letters, at
    least five: two before the mask, one after)."""
    found = {
        (locale, phrase.lower())
        for locale, _, kind, phrase in catalog.guard_rows()
        if kind == "within" and phrase.isascii() and phrase.isalpha() and len(phrase) >= 5
    }
    assert len(found) >= 5
    return sorted(found)


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_masked_stem_inside_a_longer_word_is_refused(
    rules: Guard, catalog: Catalog, suffix: str
) -> None:
    missed = []
    for locale, stem in _stems(catalog):
        mask = 2 if len(stem) >= 6 else 1  # at least two of the stem's letters after it
        token = f"{stem[:2]}{'*' * mask}{stem[2 + mask :]}{suffix}"
        text = f"Thanks for waiting. We looked: {token} was the reason."
        phrases = [p.phrase for p in rules.check(text, locale)]
        if token not in phrases:
            missed.append((locale, token, phrases))
    assert not missed, missed[:10]


@pytest.mark.xfail(strict=True, reason="a mask leaving one letter of a stem is not yet found")
def test_a_mask_leaving_one_letter_of_a_stem_inside_a_longer_word(
    rules: Guard, catalog: Catalog
) -> None:
    five = [(locale, stem) for locale, stem in _stems(catalog) if len(stem) == 5]
    assert five
    for locale, stem in five:
        token = f"{stem[:2]}**{stem[4]}ing"
        text = f"Thanks for waiting. We looked: {token} was the reason."
        assert token in [p.phrase for p in rules.check(text, locale)], (locale, token)
