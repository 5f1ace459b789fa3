"""A note that names two decline codes tells two failures: both are listed, a sensitive one
first and the other confidential too (its words are in the same paste)."""

from __future__ import annotations

import itertools

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals

NOTES = [
    "First attempt: {}. The customer updated the card and the second attempt came back {}.",
    "Two declines today: one with {} at 10:02 and another with {} at 10:15.",
    "retried 2x -> {} then {}",
]
PLAIN = ["insufficient_funds", "expired_card", "incorrect_cvc", "do_not_honor"]
SENSITIVE = ["stolen_card", "lost_card", "fraudulent"]


@pytest.mark.parametrize("note", NOTES)
def test_two_codes_in_a_note_are_two_failures(known: CodeKinds, note: str) -> None:
    for first, second in itertools.permutations(PLAIN, 2):
        reading = read_paste(note.format(first, second), known)
        codes = [f.decline_code for f in reading.failures]
        assert codes == [first, second], note.format(first, second)


@pytest.mark.parametrize("note", NOTES)
def test_a_sensitive_one_of_two_comes_first_and_both_are_confidential(
    known: CodeKinds, note: str
) -> None:
    for plain, sensitive in itertools.product(PLAIN, SENSITIVE):
        for pair in ((plain, sensitive), (sensitive, plain)):
            reading = read_paste(note.format(*pair), known)
            assert reading.failures[0].decline_code == sensitive, note.format(*pair)
            for failure in reading.failures:
                assert signals(failure, known.sensitive, known.sensitive_codes)
