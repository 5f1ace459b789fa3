"""Where the clauses of a text end, for the guard's `near` rules and frames: at a full stop, a
question or exclamation mark or a semicolon, at a line break that ends one (a greeting's, a
sign-off's), and at the break words of the text's language ("but")."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter

from app.replies.guard_rules import Label
from app.replies.normalise import Folded

Found = list[tuple[int, int, str]]  # (start, end, reason) in the folded text
Hits = list[tuple[int, int, tuple[Label, ...]]]  # words near rules look at

# A clause ends at a full stop, a question or exclamation mark or a semicolon (not at the dot
# of "s.t.o.l.e.n" or "4.99").
# (Written with the stops first: re then skips to one in C, three times as fast as trying the
# alternatives at every character.)
_CLAUSE_END = re.compile(r"[.!?;\u3002\uff01\uff1f](?:(?<=[\u3002\uff01\uff1f])|(?![a-z0-9]))")
# A line of the original and its break (line_ends): the line's text without its break.
# Anchored at a line's start and read whole (its trailing spaces stripped after): a lazy line
# tried from every letter made a long line quadratic.
_LINE = re.compile(r"(?m)^([^\n]*)\n(?=[ \t]*(\S?))")


def _breaks(hits: Hits) -> list[int]:
    """Where the break words of the text's language stand. A break of another language than
    the reply's (English, or any when there is no locale) counts when that language has the
    most group words in the text: Portuguese "mais" (more) does not cut a clause as French
    "mais" (but) does."""
    # Counted by each different labels' tuple (a text has a few hundred, and tens of thousands
    # of hits): the tuples are those of the rules, alive while the hits are.
    every = list(map(itemgetter(2), hits))
    ids = list(map(id, every))
    times = Counter(ids)
    votes: dict[str, int] = {}
    breaks: dict[int, list[str]] = {}
    for labels in dict(zip(ids, every, strict=True)).values():
        for kind, value in labels:
            if kind == "break":
                breaks.setdefault(id(labels), []).append(value)
            elif kind == "language":
                votes[value] = votes.get(value, 0) + times[id(labels)]
    if not breaks:
        return []
    most = max(votes.values(), default=0)
    # how many of each tuple's breaks count: each is one end where such a hit starts
    kept = {
        key: count
        for key, languages in breaks.items()
        if (
            count := sum(
                1
                for language in languages
                if not language or not most or votes.get(language, 0) == most
            )
        )
    }
    starts = map(itemgetter(0), itertools.compress(hits, map(kept.__contains__, ids)))
    if all(count == 1 for count in kept.values()):
        return list(starts)
    chosen = itertools.compress(ids, map(kept.__contains__, ids))
    return [start for start, key in zip(starts, chosen, strict=True) for _ in range(kept[key])]


def line_ends(folded: Folded) -> list[int]:
    """Line breaks that end a clause, in the folded text: after a line that ends with a comma
    or a colon, or after a line of at most three words (a greeting, a sign-off, a name) when
    the next begins with a capital. A line broken without a stop ("Your card\nwas blocked",
    a sentence wrapped by a mail client) runs on."""
    breaks = [
        match.end() - 1
        for match in _LINE.finditer(folded.original)
        if (last := match.group(1).rstrip(" \t\r")).endswith((",", ":"))
        or (len(last.split()) <= 3 and match.group(2).isupper())
    ]
    return folded.folded_positions(breaks) if breaks else []


def clause_ends(text: str, hits: Hits, lines: Sequence[int] = ()) -> list[int]:
    """Where the clauses of the text end: stops, the line breaks that end one, break words."""
    ends = [m.start() for m in _CLAUSE_END.finditer(text)]
    ends += lines
    ends += _breaks(hits)
    ends.sort()
    return ends


# How far from a finding the anchors and frames read (app.replies.guard_anchor,
# app.replies.guard_frames): its sentence, and this many clause ends and letters either side
# of it, far more than they look (the clause before and after, a bare sentence's 200 letters,
# a word spelt out with stops 64 letters before its clause, a short phrase overlapping).
_READ_CLAUSES = 8
_READ_LETTERS = 512
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f](?:(?<=[\u3002\uff01\uff1f])|(?![a-z0-9]))")
# A text with more findings than its hits over this is read whole (no hit is far from one).
_FEW = 32


def hits_near(hits: Hits, found: Found, text: str, ends: list[int]) -> Hits:
    """The hits (sorted by start) around the findings: the anchors and frames judge a finding
    by the words of its clauses and sentence, so a megabyte with a hundred findings need not
    have its forty thousand words sorted into anchors, things and frames. The same hits, in
    order, where a finding could read them; all of them when findings are many."""
    if not found or len(found) * _FEW > len(hits):
        return hits
    stops = [match.start() for match in _SENTENCE_END.finditer(text)]
    last_end, last_stop = len(ends) - 1, len(stops) - 1
    spans = []
    for start, end in sorted({(finding[0], finding[1]) for finding in found}):
        clause = bisect.bisect_right(ends, start)
        after = bisect.bisect_left(ends, end - 1)
        sentence = bisect.bisect_right(stops, start)
        closing = bisect.bisect_left(stops, end - 1)
        low = min(
            start,
            ends[clause - _READ_CLAUSES] if clause >= _READ_CLAUSES else 0,
            stops[sentence - 1] if sentence else 0,
        )
        high = max(
            end,
            ends[min(after + _READ_CLAUSES, last_end)] if ends else 0,
            stops[min(closing, last_stop)] if stops and closing <= last_stop else len(text),
        )
        if after + _READ_CLAUSES > last_end:
            high = len(text)
        spans.append((max(0, low - _READ_LETTERS), high + _READ_LETTERS))
    starts = list(map(itemgetter(0), hits))
    kept: Hits = []
    reach = -1
    for low, high in spans:  # sorted by low; each run of hits taken once
        low = max(low, reach)
        if high <= low:
            continue
        kept += hits[bisect.bisect_left(starts, low) : bisect.bisect_left(starts, high)]
        reach = high
    return kept
