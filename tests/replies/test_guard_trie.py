"""A trie of many first letters (the Chinese, Japanese and Korean phrases) is dispatched by
groups of letters for speed: it must find exactly what one alternation of its branches finds,
whatever the words (shared beginnings, one-letter words, an l also read as i, spaces)."""

from __future__ import annotations

import random
import re

import pytest

from app.replies.guard_rules import _DISPATCH, _GAP, _first_letters, _trie

_LETTERS = [chr(0x4E00 + 37 * n) for n in range(120)] + list("カードの盗難紛失lip ")


def _words(source: random.Random, count: int) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        length = source.choice((1, 2, 3, 4, 6))
        word = "".join(source.choice(_LETTERS) for _ in range(length)).strip()
        if word:
            words.add(word)
    return sorted(words)


@pytest.mark.parametrize("seed", range(8))
def test_a_dispatched_trie_finds_what_one_alternation_finds(seed: int) -> None:
    source = random.Random(seed)
    words = _words(source, 400)
    pairs = _first_letters(words, _GAP)
    assert len(pairs) > _DISPATCH  # the dispatched form is the one under test
    plain = re.compile("(?:" + "|".join(first + rest for first, rest in pairs) + ")")
    dispatched = re.compile(_trie(words, _GAP))
    assert dispatched.pattern != plain.pattern
    for _ in range(20):
        text = "".join(source.choice([*_LETTERS, "a", " ", "  "]) for _ in range(3000))
        text += " ".join(source.sample(words, 30))
        found = [m.span() for m in dispatched.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)]
        assert found  # the texts hold the words: a pattern that finds nothing would pass
