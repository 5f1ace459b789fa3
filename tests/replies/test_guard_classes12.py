"""Classes of issue 25 read by branch guard12, each said in the twelve languages in that
language's own shapes (tests/data/guard/classes12.toml): generic warnings about scams aimed at
customers, account security as a login, idioms of price and quiet, insurance and lost property
that are not the card, lists that are not block lists and holds that are not the card's pass;
a bank that wants the card kept if shown again, a card in other hands, a device on an
exclusion list, an internal note pasted by mistake, doubts about who is behind a purchase, a
card registered as missing and a corporate card restricted by the bank are refused. The frames
that let the harmless ones through are resources/guard/README.md, "Frames"."""

from __future__ import annotations

import pytest

from app.replies.guard import Guard
from build.languages import LOCALES
from tests.replies.guard_classes import class_table

TABLE, CASES = class_table("classes12.toml")
# Read by the classifier only (the lists have no rule for them): set below after measuring.
CLASSIFIER_ONLY: set[tuple[str, str]] = set()
# Not read by the whole guard yet (the next to build), each named with why.
WHOLE_GUARD_MISSES: set[tuple[str, str]] = set()


def test_every_class_is_said_in_every_language() -> None:
    for name, languages in TABLE.items():
        assert set(languages) == set(LOCALES), name
    assert sum(1 for case in CASES if case[2] == "harmless") >= 144
    assert sum(1 for case in CASES if case[2] == "revealing") >= 84


@pytest.mark.parametrize(
    ("name", "locale", "kind", "text"),
    [case for case in CASES if case[:2] not in WHOLE_GUARD_MISSES],
)
def test_each_class_is_read_in_its_language(
    guard: Guard, name: str, locale: str, kind: str, text: str
) -> None:
    found = guard.check(text, locale)
    assert bool(found) is (kind == "revealing"), (name, [p.phrase for p in found])


@pytest.mark.parametrize(
    ("name", "locale", "kind", "text"),
    [
        case
        for case in CASES
        if case[:2] not in CLASSIFIER_ONLY and case[:2] not in WHOLE_GUARD_MISSES
    ],
)
def test_the_lists_alone_read_each_class(
    rules: Guard, name: str, locale: str, kind: str, text: str
) -> None:
    """The frames and lists, not the classifier, decide these."""
    found = rules.check(text, locale)
    assert bool(found) is (kind == "revealing"), (name, [p.phrase for p in found])
