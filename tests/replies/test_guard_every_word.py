"""Every word of the guard's lists has a harmless use, or is marked as one that reveals in
every sense (issue 25, Done when): an everyday frame is generated for each word of each
language's lists (tests/data/guard/every_word.toml says how) and must pass the guard, beside
the revealing tables, which must keep being refused."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.replies.guard import Guard
from build.languages import LOCALES

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = tomllib.loads((ROOT / "tests" / "data" / "guard" / "every_word.toml").read_text("utf-8"))
_NOT_REASONS = ("locale", "allowed", "breaks", "groups")


def _lists(locale: str) -> dict:  # type: ignore[type-arg]
    return tomllib.loads((ROOT / "resources" / "guard" / f"{locale}.toml").read_text("utf-8"))


def _plain(word: str) -> str:
    """A word as the guard compares it, near enough: without case or accents ("stöld" is the
    stem "stold", "złodziej" the stem "zlodziej")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("ł", "l"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def everyday_frames(locale: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(reason, word, harmless sentence) for every word of the language's lists that has an
    everyday sense, and (reason, word) for every word that reveals in every sense: a word of
    `words`, `within` or `own_language` outside the group `framed` (its language's or
    English's), a word of a rule that needs words near it and that nothing clears, and the
    words `always_words` names (a rule's word that also reveals alone, as "nicked" or a stem
    inside it does). A word of a rule that needs nothing is weak (README, "Anchors")."""
    lists, spec = _lists(locale), DATA["locales"][locale]
    groups = lists.get("groups", {})
    # English's groups apply to every reply: its weak words are weak in every language
    english = _lists("en").get("groups", {}).get("framed", [])
    framed = {_plain(word) for word in [*groups.get("framed", []), *english]}
    marked = {
        word.casefold() for words in DATA["always_words"].get(locale, {}).values() for word in words
    }
    strong = {
        word.casefold()
        for reason, kinds in lists.items()
        if reason not in _NOT_REASONS and isinstance(kinds, dict)
        for kind in ("words", "within", "own_language")
        for word in kinds.get(kind, [])
    }
    # a word of a rule that needs nothing is weak in every rule it is in (README, "Anchors"):
    # alone it passes, beside an anchor it is refused
    weak = {
        word.casefold(): rule
        for reason, kinds in lists.items()
        if reason not in _NOT_REASONS and isinstance(kinds, dict)
        for rule in kinds.get("near", [])
        if not rule["near"] and rule.get("neutral", "nearer") != "none"
        for word in rule["words"]
    }
    frames: dict[str, tuple[str, str, str]] = {}
    always: dict[str, tuple[str, str]] = {}
    for reason, kinds in lists.items():
        if reason in _NOT_REASONS or not isinstance(kinds, dict):
            continue
        told = [
            (word, None)
            for kind in ("words", "within", "own_language")
            for word in kinds.get(kind, [])
        ]
        told += [(word, rule) for rule in kinds.get("near", []) for word in rule["words"]]
        for word, rule in told:
            key = word.casefold()
            if key in frames or key in always:
                continue
            cards = [c.casefold() for c in groups.get("card", [])]
            if (
                key in weak
                and key not in (strong | marked | framed)
                and not any(
                    card in key
                    for card in cards  # "other people's cards" holds its anchor
                )
            ):
                # weak: alone, or beside an everyday thing, it passes (README, "Anchors")
                frames[key] = (reason, word, f"{spec['thing']} {word}.")
                continue
            if _plain(key) in framed:
                frames[key] = (reason, word, f"{spec['advice']}: {word}.")
            elif key in strong or key in marked or rule is None:
                always[key] = (reason, word)
            elif rule["near"] or rule.get("neutral", "nearer") in ("nearer", "any"):
                frames[key] = (reason, word, f"{spec['thing']} {word}.")  # speaks of the thing
            elif rule["neutral"] == "none":
                always[key] = (reason, word)
            else:  # a group of everyday senses clears it
                frames[key] = (reason, word, f"{groups[rule['neutral']][0]} {word}.")
    return list(frames.values()), list(always.values())


CASES = [
    pytest.param(locale, reason, word, text, id=f"{locale}-{reason}-{index}")
    for locale in LOCALES
    for index, (reason, word, text) in enumerate(everyday_frames(locale)[0])
]


def test_every_language_and_reason_has_a_frame_spec() -> None:
    assert set(DATA["locales"]) == set(LOCALES)
    for locale in LOCALES:
        frames, always = everyday_frames(locale)
        assert frames, locale
        assert {reason for reason, _ in always} <= set(DATA["always"]), locale
        for reason, words in DATA["always_words"].get(locale, {}).items():
            assert reason in DATA["always"], (locale, reason)
            # a marked word is one of the lists' (a stale mark fails here)
            assert {word.casefold() for word in words} <= {w.casefold() for _, w in always}, (
                locale,
                reason,
            )


def test_the_harmless_table_is_as_large_as_the_revealing_one() -> None:
    """Issue 25: a harmless set as large as the revealing one, in every language."""
    revealing = tomllib.loads((ROOT / "tests" / "data" / "guard" / "revealing.toml").read_text())
    for locale in LOCALES:
        told = sum(len(texts) for texts in revealing.get(locale, {}).values())
        assert len(everyday_frames(locale)[0]) >= told, locale


@pytest.mark.parametrize(("locale", "reason", "word", "text"), CASES)
def test_every_word_with_an_everyday_sense_passes_in_its_frame(
    rules: Guard, locale: str, reason: str, word: str, text: str
) -> None:
    found = rules.check(text, locale)
    assert not found, (word, reason, [p.phrase for p in found])


@pytest.mark.parametrize("locale", LOCALES)
def test_a_word_that_reveals_in_every_sense_is_refused_alone(rules: Guard, locale: str) -> None:
    """The marking is true: each such word, alone in a sentence, is refused."""
    passed = [word for _, word in everyday_frames(locale)[1] if not rules.check(f"{word}.", locale)]
    assert not passed, passed
