"""Classes of issue 25 read by branch guard11, each said in the twelve languages in that
language's own shapes (tests/data/guard/classes11.toml): the sensitive words in their everyday
senses pass (scam warnings about third parties, "daylight robbery" for the postage, a stolen
ball, anti-theft products, an account that locks after wrong passwords, a parcel collected
with ID, a road closed, a planner slot blocked, a waiting list, a shipment flagged as urgent,
funds held until the bank releases them, a loyalty card lost); a card the bank restricted, a
device used with other people's cards, doubts that the customer is the cardholder, a card to
be retained at the till, a card number leaked and an address on a list of fraudulent orders
are refused."""

from __future__ import annotations

import pytest

from app.replies.guard import Guard
from build.languages import LOCALES
from tests.replies.guard_classes import class_table

TABLE, CASES = class_table("classes11.toml")
# Revealing sentences that only the classifier reads (README, "Words moved to rules"): a
# Korean card to be retrieved for the card company (카드사, which would hide 카드 as an
# issuer), a German restriction whose verb a break word ("und") cuts from the card, Japanese
# and Korean restrictions to a category of goods.
CLASSIFIER_ONLY = {
    ("retain_at_till", "ko"),
    ("card_limited_uses", "de"),
    ("card_limited_uses", "ja"),
    ("card_limited_uses", "ko"),
}
# Not read by the whole guard yet (the next to build): Japanese and Korean restrictions to a
# category of goods.
WHOLE_GUARD_MISSES = {("card_limited_uses", "ja"), ("card_limited_uses", "ko")}


def test_every_class_is_said_in_every_language() -> None:
    for name, languages in TABLE.items():
        assert set(languages) == set(LOCALES), name
    assert sum(1 for case in CASES if case[2] == "harmless") >= 228
    assert sum(1 for case in CASES if case[2] == "revealing") >= 108


@pytest.mark.parametrize(
    ("name", "locale", "kind", "text"),
    [case for case in CASES if case[:2] not in WHOLE_GUARD_MISSES],
)
def test_each_class_is_read_in_its_language(
    guard: Guard, name: str, locale: str, kind: str, text: str
) -> None:
    found = guard.check(text, locale)
    assert bool(found) is (kind == "revealing"), (name, found)


@pytest.mark.parametrize(
    ("name", "locale", "kind", "text"),
    [case for case in CASES if case[:2] not in CLASSIFIER_ONLY],
)
def test_the_lists_alone_read_each_class(
    rules: Guard, name: str, locale: str, kind: str, text: str
) -> None:
    """The lists, not the classifier, decide these: a retrained model must not be what keeps
    them right."""
    found = rules.check(text, locale)
    assert bool(found) is (kind == "revealing"), (name, found)
