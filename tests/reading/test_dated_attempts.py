"""A note listing a payment's attempts by date (issue 26, session 9, lead note C): the latest
attempt is the one answered, in any date form of the twelve languages and in any order the
note lists them; a confidential code in any attempt comes first (the safe side)."""

from __future__ import annotations

import itertools

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals

# Three days as notes write them: month names of several languages, ISO, day-month, CJK.
DAYS = (
    ("28 Nov", "29 Nov", "30 Nov"),
    ("Nov 28", "Nov 29", "Nov 30"),
    ("2026-11-28", "2026-11-29", "2026-11-30"),
    ("28.11.", "29.11.", "30.11."),
    ("28 nov.", "29 nov.", "30 nov."),
    ("28 de noviembre", "29 de noviembre", "30 de noviembre"),
    ("1er déc", "2 déc", "3 déc"),
    ("28 listopada", "29 listopada", "30 listopada"),
    ("11月28日", "11月29日", "11月30日"),
    ("11월 28일", "11월 29일", "11월 30일"),
)
ATTEMPTS = ("authentication_required", "do_not_honor", "insufficient_funds")
JOINS = (" / ", "\n", "; ")


@pytest.mark.parametrize(
    ("days", "join", "newest_first"), list(itertools.product(DAYS, JOINS, (False, True)))
)
def test_the_latest_dated_attempt_is_answered(
    known: CodeKinds, days: tuple[str, str, str], join: str, newest_first: bool
) -> None:
    lines = [f"{day}: {code}" for day, code in zip(days, ATTEMPTS, strict=True)]
    text = "Attempts on this order:\n" + join.join(lines[::-1] if newest_first else lines)
    failure = read_paste(text, known).failures[0]
    assert failure.decline_code == "insufficient_funds", text


def test_a_code_beside_the_latest_decline_stays_with_it(known: CodeKinds) -> None:
    text = "28 Nov authentication_required / 29 Nov card_declined / insufficient_funds"
    failure = read_paste(text, known).failures[0]
    assert (failure.code, failure.decline_code) == ("card_declined", "insufficient_funds")


@pytest.mark.parametrize("days", DAYS[:4])
def test_a_confidential_attempt_comes_first_whenever_it_was(
    known: CodeKinds, days: tuple[str, str, str]
) -> None:
    codes = ("stolen_card", "do_not_honor", "insufficient_funds")
    text = " / ".join(f"{day} {code}" for day, code in zip(days, codes, strict=True))
    failure = read_paste(text, known).failures[0]
    assert failure.decline_code == "stolen_card", text
    assert signals(failure, known.sensitive, known.sensitive_codes), text
