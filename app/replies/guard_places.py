"""Where a pass of the guard can match, found first, so that the pass reads only there: its
pattern starts with a look back (re then tries it at every character of a megabyte) or with
letters of a Latin text, while what it finds needs a character that few texts hold (a mask, a
Chinese, Japanese or Korean letter; app.replies.signs does the same for digits and signs).
Each function finds exactly what the whole pass finds (tests/replies/test_guard_places.py
compares them over generated texts)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.replies.normalise import cjk_runs

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
