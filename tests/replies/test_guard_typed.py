"""Slips of whole words ("fruad") are looked up among the text's words instead of being
compiled into the guard's patterns (most of the forms, and most of the first check's time):
what the guard finds must be exactly what one pattern holding them finds, in the same order,
for any words and texts: slips beside listed words, inside longer words, glued to stems,
written in pieces, with an I for an l, next to Japanese letters or to set-aside phrases, and
both kinds of pattern (the shared words with their stems, and a language's edged words)."""

from __future__ import annotations

import random

import pytest

from app.replies.guard_match import set_aside, typed_words, words
from app.replies.guard_rules import (
    MIN_TYPO,
    _edged_pattern,
    _lexicon_pattern,
    form_key,
    typos,
)

_LETTERS = "abdeilnorstu"  # few letters: words, slips and stems often share beginnings


def _word(source: random.Random, low: int, high: int) -> str:
    return "".join(source.choice(_LETTERS) for _ in range(source.randint(low, high)))


def _lists(source: random.Random) -> tuple[list[str], list[str], frozenset[str]]:
    """Listed words (short ones, long ones, phrases), stems, and the slips of the long words,
    keyed as the guard keys forms (an i read as an l)."""
    listed = [form_key(_word(source, 2, 9)) for _ in range(40)]
    listed += [form_key(_word(source, 3, 5) + " " + _word(source, 3, 6)) for _ in range(8)]
    stems = [form_key(_word(source, 4, 8)) for _ in range(10)]
    # stems that begin listed words: a slip and a stem then start at the same letter
    stems += [word[: source.randint(4, 5)] for word in listed if len(word) >= MIN_TYPO][:6]
    slips = {
        slip
        for word in listed
        if len(word) >= MIN_TYPO and word.isalpha()
        for slip in typos(word)
        if slip not in listed
    }
    slips |= {slip for stem in stems[:4] for slip in typos(stem) if slip not in stems}
    # listed words that begin with a slip ("fruad" + "ster"): written in pieces, a listed word
    # and a typed slip start at the same letter, and the listed word must win
    listed += [slip + _word(source, 2, 3) for slip in source.sample(sorted(slips), 4)]
    return list(dict.fromkeys(listed)), list(dict.fromkeys(stems)), frozenset(slips)


def _text(source: random.Random, pieces: list[str]) -> str:
    """A line of words as the guard reads it: the pieces, glued, split, swapped i for l, or
    next to other words, Japanese letters and set-aside blanks."""
    out = []
    for _ in range(60):
        piece = source.choice(pieces)
        kind = source.randrange(9)
        if kind == 0:  # in pieces: "s t o l e n", "sto len"
            cut = source.randrange(1, max(2, len(piece)))
            piece = piece[:cut] + " " * source.randint(1, 4) + piece[cut:]
        elif kind == 1:  # inside a longer word, or glued to another piece
            piece = _word(source, 0, 3) + piece + source.choice(pieces).replace(" ", "")
        elif kind == 2:
            piece = piece.replace("l", "i")
        elif kind == 3:
            piece = "カード" + piece
        elif kind == 4:
            piece = "\x00" * source.randint(1, 5) + " " + piece
        elif kind == 5:
            piece = _word(source, 1, 6)
        out.append(piece)
        out.append(" " * source.choice((1, 1, 1, 2, 4)))
    return "".join(out)


@pytest.mark.parametrize("seed", range(12))
def test_typed_slips_are_found_where_the_pattern_would_find_them(seed: int) -> None:
    source = random.Random(seed)
    listed, stems, slips = _lists(source)
    typed = frozenset(slips)
    assert typed  # the lists must have slips, or the test would compare nothing
    kinds = (
        (_lexicon_pattern([*listed, *slips], stems, slips), _lexicon_pattern(listed, stems, slips)),
        (_edged_pattern([*listed, *slips], True, slips), _edged_pattern(listed, True, slips)),
    )
    spaced = frozenset(word for word in listed if " " in word)
    pieces = [*listed, *stems, *sorted(slips)]
    pieces += [word[:-3] + " " + word[-3:] for word in listed[-4:]]  # slip, then the rest
    seen_typed = 0
    for _ in range(15):
        line = _text(source, pieces)
        (where,) = typed_words(line, typed)
        seen_typed += len(where)
        for whole, without in kinds:
            for overlapping in (False, True):
                expected = list(words(whole, line, overlapping, spaced))
                assert list(words(without, line, overlapping, spaced, where)) == expected
    assert seen_typed  # the texts held slips to look up


def test_typed_slips_beside_set_aside_phrases_and_other_scripts() -> None:
    """A slip is a whole word: not inside a longer one, not in a phrase set aside, found next
    to Japanese letters and with an I for an l."""
    typed = frozenset({"fruad", "stoleen"})
    allowed = _edged_pattern(["no fruad"], hidden=False)
    line = set_aside(allowed, "no fruad  fruads xfruad カードfruad stoieen stoleenx")
    (where,) = typed_words(line, typed)
    assert [line[start:end] for start, end in where] == ["fruad", "stoieen"]
    assert [start for start, _ in where] == [line.index("カード") + 3, line.index("stoieen")]
    assert typed_words("no slip here", typed, frozenset()) == [(), ()]
