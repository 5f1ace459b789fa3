"""Classes of issue 25 read by branch guard10, each said in the twelve languages in that
language's own shapes (tests/data/guard/classes10.toml): idioms built on the sensitive words
in their everyday sense ("stole the show", "lost track of time"), the risk and security of
ordinary things (a delay, frost, a double charge, the security code), security advice and
warnings about scams, the routine of account security, insurance against theft and plain
issuer declines pass; doubts about who paid, customers no longer served, restricted cards, a
new card number asked of the bank and lists of banned addresses are refused."""

from __future__ import annotations

import pytest

from app.replies.guard import Guard
from build.languages import LOCALES
from tests.replies.guard_classes import class_table

TABLE, CASES = class_table("classes10.toml")
# Classes said in every language (the routine of account security is a Latin-script one: its
# Japanese, Korean and Chinese shapes carry no sensitive word).
EVERY_LANGUAGE = {"idioms", "risk_and_security", "security_advice", "issuer_decline"}
EVERY_LANGUAGE |= {"identity_and_service", "scam_warnings", "ordinary_risks"}
EVERY_LANGUAGE |= {"theft_insurance", "banned_lists"}


def test_every_class_is_said_in_every_language() -> None:
    assert set(TABLE) >= EVERY_LANGUAGE
    for name in EVERY_LANGUAGE:
        assert set(TABLE[name]) == set(LOCALES), name
    assert sum(1 for case in CASES if case[2] == "harmless") >= 300


@pytest.mark.parametrize(("name", "locale", "kind", "text"), CASES)
def test_each_class_is_read_in_its_language(
    guard: Guard, name: str, locale: str, kind: str, text: str
) -> None:
    found = guard.check(text, locale)
    assert bool(found) is (kind == "revealing"), (name, found)


@pytest.mark.parametrize(("name", "locale", "kind", "text"), CASES)
def test_the_lists_alone_read_each_class(
    rules: Guard, name: str, locale: str, kind: str, text: str
) -> None:
    """The lists, not the classifier, decide these: a retrained model must not be what keeps
    them right."""
    found = rules.check(text, locale)
    assert bool(found) is (kind == "revealing"), (name, found)
