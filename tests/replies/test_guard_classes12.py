"""Classes of issue 25 read by branch guard12, each said in the twelve languages in that
language's own shapes (tests/data/guard/classes12.toml): generic warnings about scams aimed at
customers, account security as a login, idioms of price and quiet, insurance and lost property
that are not the card, lists that are not block lists and holds that are not the card's pass;
a bank that wants the card kept if shown again, a card in other hands, a device on an
exclusion list, an internal note pasted by mistake, doubts about who is behind a purchase, a
card registered as missing and a corporate card restricted by the bank are refused; from the
lead's note, scams told by their name and a SIM card locked pass. The frames that let the
harmless ones through are resources/guard/README.md, "Frames"."""

from __future__ import annotations

import pytest

from app.replies.guard import Guard
from build.languages import LOCALES
from tests.replies.guard_classes import class_table

TABLE, CASES = class_table("classes12.toml")
# Read by the classifier only (the lists have no rule for them): a card "in other hands" in ten
# languages, a device on a list of excluded ones (de, en, nl), a card registered as having
# disappeared (en), a Korean and a Swedish corporate card restricted, who is behind a purchase
# in Swedish ("vem", a question's word, is neutral) and Chinese.
CLASSIFIER_ONLY = {
    *(("other_hands", locale) for locale in LOCALES if locale not in {"en", "ja"}),
    ("excluded_device", "de"),
    ("excluded_device", "en"),
    ("excluded_device", "nl"),
    ("registered_missing", "en"),
    ("corporate_restricted", "ko"),
    ("corporate_restricted", "sv"),
    ("who_is_behind", "sv"),
    ("who_is_behind", "zh-Hans"),
}
# Not read by the whole guard yet (the next to build): "you blocked our official account" in
# English and French (the classifier's: the frame clears the lists' word), and a Chinese toll
# paid by card in the clause of the voucher not lost in the post (a comma is no clause's end).
WHOLE_GUARD_MISSES = {
    ("not_block_lists", "en"),
    ("not_block_lists", "fr"),
    ("not_card_holds", "zh-Hans"),
}


def test_every_class_is_said_in_every_language() -> None:
    for name, languages in TABLE.items():
        assert set(languages) == set(LOCALES), name
    assert sum(1 for case in CASES if case[2] == "harmless") >= 168
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
