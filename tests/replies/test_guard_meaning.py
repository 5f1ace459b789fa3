"""Classes of meaning the lists read (issue 25, branch guard8): a wallet taken with the card in
it, a bank that wants the shop to keep the card, a card refused after an earlier incident,
access to the shop refused, a card tried out with test purchases, a screening that marked the
order, a stolen card beside a stolen parcel. Each class is said in all twelve languages,
revealing and harmless with the same verb or noun (tests/data/guard/meaning.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.replies.guard import Guard
from build.languages import LOCALES

TABLE = tomllib.loads(
    (Path(__file__).parent.parent / "data" / "guard" / "meaning.toml").read_text(encoding="utf-8")
)
CASES = [
    (name, locale, revealing, harmless)
    for name, languages in TABLE.items()
    for locale, (revealing, harmless) in languages.items()
]


def test_every_class_is_said_in_every_language() -> None:
    assert len(TABLE) >= 6
    for name, languages in TABLE.items():
        assert set(languages) == set(LOCALES), name


@pytest.mark.parametrize(("name", "locale", "revealing", "harmless"), CASES)
def test_a_class_is_refused_and_its_everyday_sense_passes(
    guard: Guard, name: str, locale: str, revealing: str, harmless: str
) -> None:
    assert guard.check(revealing, locale), (name, revealing)
    assert guard.check(harmless, locale) == [], (name, harmless)


@pytest.mark.parametrize(("name", "locale", "revealing", "harmless"), CASES)
def test_the_lists_alone_read_the_class(
    rules: Guard, name: str, locale: str, revealing: str, harmless: str
) -> None:
    """The lists, not the classifier, refuse these: a retrained model must not be what
    keeps them refused."""
    assert rules.check(revealing, locale), (name, revealing)
    assert rules.check(harmless, locale) == [], (name, harmless)
