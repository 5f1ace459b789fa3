"""The reader's warnings about a paste in every window language (issue 28): each sentence the
reader writes whole is matched by its own form of [warning_forms], never said in English tagged
[EN], and never by a wider form that would carry English words into the language's sentence
("it is an {what}" around the early fraud warning)."""

from __future__ import annotations

import re

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.words import Words
from app.reading.failure_words import TOLD, TOLD_HELD_FOR_REVIEW, TOLD_NOTHING_FAILED
from app.reading.nothing_failed import NOTHING_FAILED_TEXT
from app.reading.notices import EARLY_FRAUD_WARNING
from app.reading.paste import CUT_OFF, FROM_TEXT, FROM_WORDS, SCANNED
from app.reading.tables import NOTHING_FAILED_TABLE, TABLE
from build.languages import LOCALES

FOREIGN = [locale for locale in LOCALES if locale != "en"]
# The warnings the reader writes as whole sentences, with no value of the paste in them.
WHOLE = {
    "cut_off": CUT_OFF,
    "scanned": SCANNED,
    "from_words": FROM_WORDS,
    "from_text": FROM_TEXT,
    "told_no_code": TOLD,
    "told_nothing_failed": TOLD_NOTHING_FAILED,
    "told_held_for_review": TOLD_HELD_FOR_REVIEW,
    "nothing_failed_text": NOTHING_FAILED_TEXT,
    "table": TABLE,
    "nothing_failed_table": NOTHING_FAILED_TABLE,
    "early_fraud_warning": EARLY_FRAUD_WARNING,
}
RUN = 4  # this many English words in a row inside a translation: a mix


def english_runs(sentence: str) -> set[str]:
    words = re.findall(r"[A-Za-z']+", sentence)
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


@pytest.mark.parametrize("language", FOREIGN)
@pytest.mark.parametrize("name", list(WHOLE))
def test_every_whole_warning_is_said_in_the_language(
    catalog: Catalog, language: str, name: str
) -> None:
    english = WHOLE[name]
    said = Words(catalog, language).warning(english)
    assert not said.english and said.text != english, (language, name)
    flat = " ".join(re.findall(r"[A-Za-z']+", said.text))
    mixed = [run for run in english_runs(english) if run in flat]
    assert not mixed, (language, name, mixed, said.text)


def test_english_is_the_source_and_a_wider_form_still_takes_its_values(
    catalog: Catalog,
) -> None:
    """English warnings are the reader's own; "it is an {what}" still says a refund's name."""
    assert all(Words(catalog).warning(w).text == w for w in WHOLE.values())
    refund = "Nothing in this paste failed: it is an application fee refund."
    said = Words(catalog, "de").warning(refund)
    assert not said.english and "application fee refund" in said.text
