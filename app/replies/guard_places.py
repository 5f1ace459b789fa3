"""Where a pass of the guard can match, found first, so that the pass reads only there: its
pattern starts with a look back (re then tries it at every character of a megabyte) or with
letters of a Latin text, while what it finds needs a character that few texts hold (a mask,
a digit or sign, a Chinese, Japanese or Korean letter). Each function finds exactly what the
whole pass finds (tests/replies/test_guard_places.py compares them over generated texts)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.replies.normalise import (
    _DIGITS_AND_SIGNS,
    _LETTERS,
    _ONE_BY_ONE,
    LEET,
    _spelled_out,
    cjk_runs,
)

# A masked word: letters, then *, # or • for some of them, then letters ("fr**d").
_MASKED = re.compile(
    r"(?<![a-z0-9@$*#\u2022])(?=[a-z0-9@$*#\u2022]{4})[a-z0-9@$]++([*#\u2022]++)([a-z0-9@$]++)"
)
_MASK = re.compile("[*#\u2022]")
_MASKED_RUN = re.compile("[a-z0-9@$*#\u2022]*")  # the characters a masked word is made of


def masked_words(text: str) -> Iterable[re.Match[str]]:
    """`_MASKED.finditer(text)`, read from the masks (a few in a text) instead of tried at every
    letter: a masked word can only start where a run of its characters starts (the look back),
    so each run that holds a mask is tried from its start, once."""
    position = 0
    while mask := _MASK.search(text, position):
        at = mask.start()
        # the run's start: its characters before the mask, read backwards from the mask to
        # the last run looked at (each character is read once)
        start = at - _MASKED_RUN.match(text[position:at][::-1]).end()  # type: ignore[union-attr]
        if found := _MASKED.match(text, start):
            yield found
        position = _MASKED_RUN.match(text, at).end()  # type: ignore[union-attr]


def near_cjk(line: str, reach: int) -> str:
    """The line with every character further than `reach` from a Chinese, Japanese or Korean
    letter made U+0001, which no pattern reads: the patterns of phrases in those scripts
    (whose matches each hold such a letter and stand within `reach` of it: Rules.cjk_reach)
    then find the same matches, and skip a Latin text's letters in C instead of trying their
    phrases that begin with a Latin letter ("lineアカウント") at every i and l."""
    pieces, last = [], 0
    for start, end in cjk_runs(line):
        start, end = max(start - reach, last), min(end + reach, len(line))
        pieces += ["\x01" * (start - last), line[start:end]]
        last = end
    pieces.append("\x01" * (len(line) - last))
    return "".join(pieces)


def set_aside_cjk(pattern: re.Pattern[str] | None, line: str, near: str) -> tuple[str, str]:
    """The line and its reading near_cjk with the pattern's phrases (allowed phrases in those
    scripts) blanked out in both, found in the reading near such letters."""
    spans = [match.span() for match in pattern.finditer(near)] if pattern else []
    if not spans:
        return line, near
    blanked = []
    for text in (line, near):
        pieces, last = [], 0
        for start, end in spans:
            pieces += [text[last:start], "\x00" * (end - start)]
            last = end
        pieces.append(text[last:])
        blanked.append("".join(pieces))
    return blanked[0], blanked[1]


# app.replies.normalise.words_line's passes over mixed words ("st0len") and letters written one
# by one ("s t 0 l e n"), found from the digits and signs (a few in most texts) instead of tried
# at every letter, as a pattern of such words and `_ONE_BY_ONE.sub(_spelled_out, ...)` would:
# the same words and runs, found where they hold a digit or sign (the only ones either changes).
_RUN_OF_WORD = re.compile("[a-z0-9@$]*")
_WORD_SET = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$")
_LONGEST_RUN = 256  # letters spelled out one by one looked back over (past it: the pattern)


def read_mixed(line: str) -> str:
    """The line with the digits and signs of each word that also has letters read as letters
    ("st0len", "fr@ud"; a number stays one): each word is looked at once."""
    pieces, last, position = [], 0, 0
    while sign := _DIGITS_AND_SIGNS.search(line, position):
        at = sign.start()
        # The word's start: the run of word characters before the sign, read backwards (the
        # stretch from the last word looked at, so each character is read once).
        start = at - _RUN_OF_WORD.match(line[position:at][::-1]).end()  # type: ignore[union-attr]
        end = _RUN_OF_WORD.match(line, at).end()  # type: ignore[union-attr]
        word = line[start:end]
        if _LETTERS.search(word):
            pieces += [line[last:start], word.translate(LEET)]
            last = end
        position = end
    if not pieces:
        return line
    pieces.append(line[last:])
    return "".join(pieces)


def read_spelled(line: str) -> str:
    """`_ONE_BY_ONE.sub(_spelled_out, line)`: only a run of letters written one by one that
    holds a digit or sign changes, so each such sign standing alone is followed back to the
    run's first letter, which the pattern then reads (a run of more than _LONGEST_RUN letters:
    the pattern over the whole line)."""
    pieces, last, position = [], 0, 0
    while sign := _DIGITS_AND_SIGNS.search(line, position):
        at = sign.start()
        position = at + 1
        if (at and line[at - 1] in _WORD_SET) or line[at + 1 : at + 2] in _WORD_SET:
            continue  # inside a word: no letter written alone
        first = _run_start(line, at)
        if first is None:
            return _ONE_BY_ONE.sub(_spelled_out, line)
        run = _ONE_BY_ONE.match(line, first)
        if run is None or run.end() <= at:
            continue
        pieces += [line[last:first], _spelled_out(run)]
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
