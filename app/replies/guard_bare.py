"""Two readings of a finding's surroundings for its anchors (app.replies.guard_anchor): the
whole word a stem stands in, and whether its sentence is a bare statement of a reason."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from app.replies.normalise import CJK_CONTINUING, CJK_LETTERS, WORD_CHARS, is_cjk

Span = tuple[int, int, str]  # start, end and group of a word in the line
_WORD_START = re.compile(f"(?<![{WORD_CHARS}])[{WORD_CHARS}]|(?![{CJK_CONTINUING}])[{CJK_LETTERS}]")
_WORD_AROUND = re.compile(f"[{WORD_CHARS}]+")


def whole_word(line: str, start: int, end: int) -> str | None:
    """The whole word of the line around start..end, in Latin letters (None in other scripts,
    whose words are not spaced, or for a phrase)."""
    if " " in line[start:end] or is_cjk(line[start:end]):
        return None
    low = start
    while low > 0 and _WORD_AROUND.match(line, low - 1) and line[low - 1] != " ":
        low -= 1
    match = _WORD_AROUND.match(line, low)
    return match.group() if match and match.end() >= end else None


# Where a sentence ends, for a bare one: a stop (not the dot of "4.99"), a line break.
# (Written with its characters first, as guard_anchor's colon: the same matches, skipped to
# in C.)
_STOP = re.compile(r"[.!?\u3002\uff01\uff1f\n](?:(?<=[\u3002\uff01\uff1f\n])|(?![a-z0-9]))")
_CUT_SHORT = ".!?"  # stops whose look ahead a window's end cuts short (it sees no letter)
_BARE_REACH = 200
_BARE = 6  # words of a sentence that states a reason and nothing else ("Wij vermoeden fraude.")


def sentence_stops(text: str) -> list[int]:
    """Where the text's sentences end, for `bare` (read once for all findings)."""
    return [match.start() for match in _STOP.finditer(text)]


def bare(
    line: str,
    text: str,
    stops: Sequence[int],
    anchors: Sequence[Span],
    things: Sequence[Span],
    finding: tuple[int, int],
) -> bool:
    """Whether the sentence around the finding is short, names no anchor and no other thing: a
    reply speaks of its payment, and "Foi um golpe.", "Chodzi o kradzież.", "不正です。" state
    its reason ("Dat is bijna diefstal!" is an idiom only beside the cupboard it prices).
    `stops`: sentence_stops of the text."""
    at = finding[0]
    # a bare sentence is short: looked for within a few hundred letters, never the whole text
    # (the stops of the window at..-200 and at..+200, as a search bounded by them finds them:
    # a stop at a window's last letter is one whatever follows it)
    first = max(0, at - _BARE_REACH)
    index = bisect.bisect_left(stops, at)
    if at > first and text[at - 1] in _CUT_SHORT:
        low = at
    elif index and stops[index - 1] >= first:
        low = stops[index - 1] + 1
    elif first:
        return False
    else:
        low = 0
    reach = min(len(text), at + _BARE_REACH)
    if index < len(stops) and stops[index] < reach:
        high = stops[index]
    elif reach > at and text[reach - 1] in _CUT_SHORT:
        high = reach - 1
    else:
        high = reach
    # the reason's own word counts once, however it is spelt out ("f r a u d e")
    words = 1 + len(_WORD_START.findall(line, low, at))
    words += len(_WORD_START.findall(line, _word_end(line, at, high), high))
    if words > _BARE:
        return False
    for spans in (anchors, things):  # sorted: only those that start in the sentence are read
        inside = spans[bisect.bisect_left(spans, (low,)) : bisect.bisect_left(spans, (high,))]
        if any(not finding[0] <= span[0] < finding[1] for span in inside):
            return False
    return True


def _word_end(line: str, at: int, high: int) -> int:
    """Where the run of letters and spelt-out letters from `at` ends ("f r a u d e." as one),
    read no further than `high` (a text of words one space apart is one such run)."""
    match = _SPELT.match(line, at, high)
    return match.end() if match else at


_SPELT = re.compile(f"(?:[{WORD_CHARS}{CJK_LETTERS}][ \\-\u00b7\u30fb]?)+")
