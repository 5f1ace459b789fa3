"""A trie of many first letters (the Chinese, Japanese and Korean phrases) is dispatched by
groups of letters for speed: it must find exactly what one alternation of its branches finds,
whatever the words (shared beginnings, one-letter words, an l also read as i, spaces)."""

from __future__ import annotations

import random
import re

import pytest

from app.replies.guard_trie import DISPATCH, GAP, first_letters, trie

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
    pairs = first_letters(words, GAP)
    assert len(pairs) > DISPATCH  # the dispatched form is the one under test
    plain = re.compile("(?:" + "|".join(first + rest for first, rest in pairs) + ")")
    dispatched = re.compile(trie(words, GAP))
    assert dispatched.pattern != plain.pattern
    for _ in range(20):
        text = "".join(source.choice([*_LETTERS, "a", " ", "  "]) for _ in range(3000))
        text += " ".join(source.sample(words, 30))
        found = [m.span() for m in dispatched.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)]
        assert found  # the texts hold the words: a pattern that finds nothing would pass


def _gap_before_each_letter(words: list[str]) -> str:
    """The trie as it was written before the gap was shared: each letter of a node its own
    alternative, its gap before it (the reference the shared gap must agree with)."""
    root: dict = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: dict, first: bool) -> str:  # type: ignore[type-arg]
        options = []
        for ch, child in node.items():
            if not ch:
                continue
            rest = branches(child, first=ch == " ")
            letter = " {1,3}" if ch == " " else "[il]" if ch == "l" else re.escape(ch)
            options.append(("" if first or ch == " " else GAP) + letter + rest)
        if not options:
            return ""
        body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        return f"(?:{body})?" if "" in node else body

    tops = [
        re.escape(letter) + branches(child, first=ch == " ")
        for ch, child in root.items()
        if ch
        for letter in ("il" if ch == "l" else ch)
    ]
    return "(?:" + "|".join(tops) + ")"


@pytest.mark.parametrize("seed", range(8))
def test_one_gap_per_run_of_letters_finds_what_a_gap_per_letter_finds(seed: int) -> None:
    """Words with shared beginnings, phrases of several words, words that end where a longer
    one goes on, an l read as i; texts with their letters one to five spaces apart."""
    source = random.Random(seed)
    letters = "abeilnost "
    words = sorted(
        {
            "".join(source.choice(letters) for _ in range(source.randint(1, 7))).strip()
            for _ in range(150)
        }
        - {""}
    )
    shared = re.compile(trie(words, GAP))
    reference = re.compile(_gap_before_each_letter(words))
    assert shared.pattern != reference.pattern
    for _ in range(20):
        pieces = [source.choice(words) for _ in range(200)]
        spaced = [
            (" " * source.randint(0, 5)).join(piece) if source.random() < 0.3 else piece
            for piece in pieces
        ]
        text = " ".join(spaced)
        found = [m.span() for m in shared.finditer(text)]
        assert found == [m.span() for m in reference.finditer(text)]
        assert found
