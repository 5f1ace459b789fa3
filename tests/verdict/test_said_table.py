"""What the agent reads in each window language, over the decision table's failures and every
catalogue entry: a failure no entry explains is said in the language (no reason at all) or in
English, marked (an unknown code); English is the explanation as written, never marked as
English; `lookup` says an entry's verdict, with a Mastercard advice code's wait, as the window
says it. A few seconds, so `make mutate` runs it first."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.words import Said, Words
from app.verdict.explain import explain
from app.verdict.explanation import Explanation
from app.verdict.said import as_written, in_language, said_verdict
from app.verdict.wording import entry_words
from build.languages import LOCALES
from tests.verdict.decision_table import cases

pytestmark = pytest.mark.decisions

FOREIGN = [locale for locale in LOCALES if locale != "en"]


@pytest.fixture(scope="module")
def explained(catalog: Catalog) -> dict[str, Explanation]:
    return {name: explain(report, catalog) for name, report in cases(catalog)}


def test_english_is_the_explanation_as_written(
    catalog: Catalog, explained: dict[str, Explanation]
) -> None:
    for name, e in explained.items():
        said = in_language(e, catalog, "en")
        assert said.summary == Said(e.summary), name
        assert said.headline == Said(e.headline), name
        assert said.notes == [Said(note) for note in e.notes], name  # each note, in order
        # Without a catalogue to say it again (app/ui), the window shows the same, as written.
        assert as_written(e) == said, name


def test_a_failure_no_entry_explains_is_said_in_every_language_or_marked_english(
    catalog: Catalog, explained: dict[str, Explanation]
) -> None:
    without = {name: e for name, e in explained.items() if e.primary is None}
    # Unknown codes (one, two) and failures without a reason (a Charge, a PaymentIntent).
    assert len(without) >= 4
    for language in FOREIGN:
        for name, e in without.items():
            summary = in_language(e, catalog, language).summary
            assert isinstance(summary.text, str) and summary.text, (language, name)
            # English only as written and marked so, never unmarked.
            assert summary.english == (summary.text == e.summary), (language, name)
            if e.headline_form and e.headline_form.key == "no_reason":
                assert not summary.english, (language, name)


@pytest.mark.parametrize("language", LOCALES)
def test_lookup_says_each_entrys_verdict_as_the_window_does(
    catalog: Catalog, language: str
) -> None:
    words = Words(catalog, language)
    entries = list(catalog.entries())
    english = {(e.kind, e.code): entry_words(e, catalog) for e in entries}
    told_apart = 0
    for entry in entries:
        said = entry_words(entry, catalog, words)
        assert said == said_verdict(english[entry.kind, entry.code], words), entry.code
        told_apart += said.lines() != english[entry.kind, entry.code].lines()
    # In another language, every entry's lines are in its words (the badges at least).
    assert told_apart == (0 if language == "en" else len(entries))


def test_a_mastercard_wait_is_told_in_lookup(catalog: Catalog) -> None:
    waits = catalog.vocabulary("retry_waits")
    assert len(waits) >= 5
    for code, wait in waits.items():
        entry = catalog.entry("network_advice_code", code)
        assert entry is not None and entry.retry == "later", code
        said = entry_words(entry, catalog)
        assert said.wait_code == code
        assert wait in said.for_customer and wait in said.for_retries, code
        for language in FOREIGN:
            words = Words(catalog, language)
            told = words.group("retry_waits")[code]
            again = entry_words(entry, catalog, words)
            assert told in again.for_customer and told in again.for_retries, (language, code)
