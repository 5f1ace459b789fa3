"""check_reply knows the revealing words of every shipped language."""

from __future__ import annotations

import pytest

from app.core.catalog import Catalog
from app.core.guard import Guard, check_reply

LOCALES = ("en", "es", "fr", "de", "pt-BR", "it", "nl", "ja")


@pytest.fixture(scope="module")
def guard(catalog: Catalog) -> Guard:
    return Guard(catalog.guard_phrases())


def test_every_language_has_its_own_list(guard: Guard) -> None:
    assert set(guard.locales) == set(LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_each_revealing_word_is_flagged_inside_a_real_reply(catalog: Catalog, guard: Guard,
                                                            locale: str) -> None:
    safe = catalog.reply_template(locale, "generic_decline", "chat").replace("[[", "").replace(
        "]]", "")
    assert check_reply(safe, locale, guard) == []
    revealing, _ = catalog.guard_phrases()[locale]
    for word in revealing:
        edited = f"{safe} {word}." if locale != "ja" else f"{safe}{word}。"
        assert check_reply(edited, locale, guard), (locale, word)
        assert check_reply(edited.upper() if locale != "ja" else edited, locale, guard)


@pytest.mark.parametrize("text", [
    "Your card was reported STOLEN.", "We suspect fraud on this card.",
    "Our Radar rules blocked it.", "The card is on our block list.",
    "Please check your security code.  Stolen.",
])
def test_english_examples(guard: Guard, text: str) -> None:
    assert check_reply(text, "en", guard)


def test_harmless_phrases_pass(guard: Guard) -> None:
    assert check_reply("Please check the security code on the back of your card.", "en",
                       guard) == []
    assert check_reply("Please try again later with another card.", "en", guard) == []


def test_an_english_word_in_another_language_reply_is_caught(guard: Guard) -> None:
    assert check_reply("Votre carte a été déclarée stolen.", "fr", guard)
