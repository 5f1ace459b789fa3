"""app.replies.normalise.words_line's readings of digits and signs as letters ("st0len",
"s t 0 l e n"), found from the digits and signs (a few in most texts) instead of by patterns
tried at every letter: the same words and runs (tests/replies/test_guard_places.py compares
them over generated texts). Given the tables and patterns they apply by normalise, which
defines them."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

_SIGNS = re.compile("[0-9@$]")  # normalise's digits and signs that stand for letters
_LETTERS = re.compile("[a-z]")

_RUN_OF_WORD = re.compile("[a-z0-9@$]*")
_WORD_SET = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$")
_LONGEST_RUN = 256  # letters spelled out one by one looked back over (past it: the pattern)


def read_mixed(line: str, leet: Mapping[int, str]) -> str:
    """The line with the digits and signs of each word that also has letters read as letters
    ("st0len", "fr@ud"; a number stays one): each word is looked at once."""
    pieces, last, position = [], 0, 0
    while sign := _SIGNS.search(line, position):
        at = sign.start()
        # The word's start: the run of word characters before the sign, read backwards (the
        # stretch from the last word looked at, so each character is read once).
        start = at - _RUN_OF_WORD.match(line[position:at][::-1]).end()  # type: ignore[union-attr]
        end = _RUN_OF_WORD.match(line, at).end()  # type: ignore[union-attr]
        word = line[start:end]
        if _LETTERS.search(word):
            pieces += [line[last:start], word.translate(leet)]
            last = end
        position = end
    if not pieces:
        return line
    pieces.append(line[last:])
    return "".join(pieces)


def read_spelled(
    line: str, one_by_one: re.Pattern[str], spelled_out: Callable[[re.Match[str]], str]
) -> str:
    """`one_by_one.sub(spelled_out, line)`: only a run of letters written one by one that
    holds a digit or sign changes, so each such sign standing alone is followed back to the
    run's first letter, which the pattern then reads (a run of more than _LONGEST_RUN letters:
    the pattern over the whole line)."""
    pieces, last, position = [], 0, 0
    while sign := _SIGNS.search(line, position):
        at = sign.start()
        position = at + 1
        if (at and line[at - 1] in _WORD_SET) or line[at + 1 : at + 2] in _WORD_SET:
            continue  # inside a word: no letter written alone
        first = _run_start(line, at)
        if first is None:
            return one_by_one.sub(spelled_out, line)
        run = one_by_one.match(line, first)
        if run is None or run.end() <= at:
            continue
        pieces += [line[last:first], spelled_out(run)]
        last = position = run.end()
    if not pieces:
        return line
    pieces.append(line[last:])
    return "".join(pieces)


def _run_start(line: str, at: int) -> int | None:
    """The first of the letters written one by one (each alone, one to three spaces apart)
    that ends with the one at `at`; None past _LONGEST_RUN of them."""
    for _ in range(_LONGEST_RUN):
        before = at - 1
        while before >= 0 and at - before <= 4 and line[before] == " ":
            before -= 1
        if (
            not 1 <= at - 1 - before <= 3
            or before < 0
            or line[before] not in _WORD_SET
            or (before > 0 and line[before - 1] in _WORD_SET)
        ):
            return at
        at = before
    return None
