"""How the guard's patterns are read over a line of words: which matches count (pieces glued
into a word, phrases inside phrases), and which words of `near` rules have, in their clause,
the words they need (app.replies.guard explains the lists)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from operator import itemgetter

from app.replies.guard_clauses import Found, Hits, clause_ends
from app.replies.guard_rules import Label, NearRule, Rules, form_key
from app.replies.normalise import (
    CJK_CONTINUING,
    CJK_LETTERS,
    WORD_CHARS,
    is_cjk,
)

# Where words start, to count them: a Japanese or Chinese letter, a Hangul syllable's first
# consonant (its vowel and final consonant, folded apart, are no words), a Latin word.
_WORD_START = re.compile(f"(?<![{WORD_CHARS}])[{WORD_CHARS}]|(?![{CJK_CONTINUING}])[{CJK_LETTERS}]")
# "you" is the weakest subject: it counts as this many words further away than it is.
_WEAKER = {"you": 2}
Typed = Sequence[tuple[int, int]]  # where the line's typed words are (typed_words)
_WORD = re.compile(f"[{WORD_CHARS}]+")
_WORD_LETTERS = frozenset(filter(_WORD.fullmatch, map(chr, range(128))))  # WORD_CHARS, listed


def words(
    pattern: re.Pattern[str],
    line: str,
    overlapping: bool = False,
    spaced: frozenset[str] = frozenset(),
    typed: Typed = (),
) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, as written, is a stem) of the pattern's matches, leaving out words glued
    from ordinary pieces ("per te" is not "perte"): pieces glue when one is a single letter
    ("los t"), all are one or two letters (markdown: "st ol en"), or the word is long ("sto
    len"); a phrase written with its own spaces ("non ha") is no glue. A stem (found inside
    words) glues only letters spelled out or marked up ("está f" is not "estaf"). With
    `overlapping`, phrases that start inside a phrase of several words are found too ("pas
    sûre que" inside "n'est pas sûre que"). An edged pattern (app.replies.guard_rules) is
    read over the line with a space put first: its word at `position` has its edge there.
    `typed`: the (start, end) of the words of the line that are slips looked up, not matched
    (typed_words), found where the pattern would have found them had they been in it: the
    leftmost first, and at one place a word of the pattern first (a typed word is a whole
    word, tried after the words written in pieces), then the typed word, then a stem."""
    edged = "w" in pattern.groupindex
    group = pattern.groupindex.get("w", 0)
    source = " " + line if edged else line
    verdicts: dict[tuple[str, bool], bool] = {}
    starts = [start for start, _ in typed]  # once: the pattern is read again from many places
    count = len(starts)
    position = 0
    # One loop reads the pattern from `position` (again from inside a phrase of several words,
    # or after a typed word that covers a match); typed words are given as they come.
    while True:
        index = bisect.bisect_left(starts, position)
        first = starts[index] if index < count else None
        for match in pattern.finditer(source, position):
            if edged:
                start, end = match.span(group)
                start, end, stem = start - 1, end - 1, False
            else:
                (start, end), stem = match.span(), match.lastindex is not None
            covered = False
            while first is not None and (first < start or (first == start and stem)):
                typed_end = typed[index][1]
                if typed_end > start:
                    covered = True  # the typed word covers the match: read again after it
                    break
                # Before the match and clear of it: the pattern's next match from after the
                # typed word is this one (nothing of it starts in between). A typed word is
                # one word: given as it is.
                yield first, typed_end, line[first:typed_end], False
                index += 1
                first = starts[index] if index < count else None
            if covered:
                start, end = typed[index]
                yield start, end, line[start:end], False
                position = end + 1 if edged else end
                break
            written = line[start:end]
            if " " in written:
                verdict = verdicts.get((written, stem))
                if verdict is None:
                    verdict = verdicts[written, stem] = " ".join(written.split()) in spaced or (
                        _spelled if stem else _glued
                    )(written)
                if not verdict:  # look again from the next letter: a shorter word may start
                    position = start + 1
                    break
                yield start, end, written, stem
                if overlapping:  # a shorter phrase may start inside this one
                    position = start + 1
                    break
            else:
                yield start, end, written, stem
            position = end + 1 if edged else end
            while first is not None and first < position:
                index += 1
                first = starts[index] if index < count else None
        else:
            for start, end in typed[index:]:
                yield start, end, line[start:end], False
            return
        if position > len(line):
            return


def typed_words(line: str, *typed: frozenset[str]) -> list[Typed]:
    """For each set of typed slips, the (start, end) of the words of the line that are among
    them (with an i read as an l, as forms are keyed): the line's words are gathered once
    into a set, so a text with no slip costs a split, not a pattern of thousands of slips."""
    if not any(typed):
        return [() for _ in typed]
    keyed = line.replace("i", "l")
    # Letters, digits, signs, spaces and set-aside phrases; a run with Chinese, Japanese or
    # Korean letters (which may touch a word) is split into its words too.
    present = set(keyed.replace("\x00", " ").split())
    if not keyed.isascii():
        present.update(*(_WORD.findall(run) for run in present if not run.isascii()))
    spans: list[Typed] = []
    for slips in typed:
        found = slips & present
        if not found:
            spans.append(())
            continue
        where = []
        for word in found:  # a few words, each found by str.find, kept where it is whole
            start = keyed.find(word)
            while start >= 0:
                end = start + len(word)
                if (start == 0 or keyed[start - 1] not in _WORD_LETTERS) and (
                    end == len(keyed) or keyed[end] not in _WORD_LETTERS
                ):
                    where.append((start, end))
                start = keyed.find(word, start + 1)
        spans.append(sorted(where))
    return spans


def set_aside(pattern: re.Pattern[str], line: str) -> str:
    """The line with the edged pattern's words (allowed phrases) blanked out, in place. Each
    is found even where it starts inside another ("van uw tijd" and "tijd stelen" in "van uw
    tijd stelen"): a phrase set aside must not cut the next one short."""
    source, spans, position = " " + line, [], 0
    while match := pattern.search(source, position):
        start, end = match.span("w")
        spans.append((start - 1, end - 1))
        position = start  # the edge of a phrase that starts after this one's first letter
    pieces, last = [], 0
    for start, end in spans:
        start = max(start, last)
        if end > start:
            pieces += [line[last:start], "\x00" * (end - start)]
            last = end
    pieces.append(line[last:])
    return "".join(pieces)


def scan(
    rules: Rules,
    pattern: re.Pattern[str],
    line: str,
    found: Found,
    hits: Hits,
    typed: Typed = (),
) -> None:
    """Every form of `pattern` in the line: a strong word is a finding at once; anchors,
    groups and breaks wait for their clause. Forms met again are looked up once. `typed`:
    where the rules' typed slips stand in the line (typed_words), for the pattern that holds
    the rules' words."""
    seen: dict[str, tuple[str | None, tuple[Label, ...]]] = {}
    for start, end, written, stem in words(pattern, line, bool(rules.near), rules.spaced, typed):
        if stem:
            found.append((start, end, rules.within_reasons[form_key(written)]))
            continue
        known = seen.get(written)
        if known is None:
            kinds = rules.labels[form_key(written)]
            strong = next((value for kind, value in kinds if kind == "strong"), None)
            known = seen[written] = (strong, tuple(k for k in kinds if k[0] != "strong"))
        if known[0] is not None:
            found.append((start, end, known[0]))
        if known[1]:
            hits.append((start, end, known[1]))


def _spelled(written: str) -> bool:
    return max(len(piece) for piece in written.split()) <= 2


def _glued(written: str) -> bool:
    pieces = [len(piece) for piece in written.split()]
    if len(pieces) == 1 or is_cjk(written):
        return True
    return sum(pieces) >= 6 or min(pieces) == 1 or max(pieces) <= 2


def sort_match(
    start: int,
    end: int,
    labels: tuple[Label, ...],
    found: Found,
    hits: Hits,
) -> None:
    """A strong word is a finding at once; anchors, groups and breaks wait for the clause."""
    strong = next((value for kind, value in labels if kind == "strong"), None)
    if strong is not None:
        found.append((start, end, strong))
    if any(kind != "strong" for kind, _ in labels):
        hits.append((start, end, labels))


def check_near(
    line: str,
    text: str,
    hits: Hits,
    rules: list[NearRule],
    found: Found,
    lines: Sequence[int] = (),
    ends: list[int] | None = None,
) -> None:
    """Anchors that have, in their clause and window, the words their rule needs, with no
    neutral word as near: "card ... lost" refused, "lost ... time" not. `lines` are the line
    breaks that end a clause (`line_ends`); `ends`, clause_ends of the text when known."""
    if ends is None:
        ends = clause_ends(text, hits, lines)
    # Each different labels' tuple is read once (a text has a few hundred of them, and tens
    # of thousands of hits): the starts of its hits are gathered, then given to its groups.
    # The hits are in the order of their starts (read_clauses sorts them), so each group's
    # positions, sorted, are those of its hits in order.
    ids = list(map(id, map(itemgetter(2), hits)))
    starts = list(map(itemgetter(0), hits))
    word_ends = dict(zip(starts, map(itemgetter(1), hits), strict=True))
    by_labels: dict[int, list[int]] = {}
    anchored: set[int] = set()
    named: dict[str, list[int]] = {}  # group -> the tuples that name it (once each time)
    for labels in dict(zip(ids, map(itemgetter(2), hits), strict=True)).values():
        for kind, value in labels:
            if kind == "group":
                named.setdefault(value, []).append(id(labels))
                by_labels[id(labels)] = []
            elif kind == "anchor":
                anchored.add(id(labels))
    for start, key in zip(starts, ids, strict=True):
        if (where := by_labels.get(key)) is not None:
            where.append(start)
    groups: dict[str, list[int]] = {}
    for value, keys in named.items():
        if len(keys) == 1:
            groups[value] = list(by_labels[keys[0]])
        else:
            groups[value] = sorted(itertools.chain.from_iterable(map(by_labels.__getitem__, keys)))
    if "you" in groups and "account" in groups:
        # "your account" is the account's, not "you" as a subject: the block words near an
        # account have a rule of their own, which the routine of signing in clears
        accounts = set(groups["account"])
        groups["you"] = [at for at in groups["you"] if at not in accounts]
    neutral = groups.get("neutral", [])
    negations = groups.get("negation", [])

    def nearest(
        positions: list[int],
        at: int,
        end: int,
        window: int,
        outside: bool = False,
        before: bool = False,
    ) -> int | None:
        """Words between the anchor at..end and the nearest position in its clause and
        window, plus one (1 for the word just before or after it). With `outside`, a word
        within the anchor's own phrase does not count: "fait" is a neutral word of another
        language, but not inside French "pas été fait par". With `before`, only words before
        the anchor count (a negation: "not blocked", not "blocked, not expired")."""
        if not positions:
            return None
        where = bisect.bisect_left(positions, at)
        best = None
        candidates = (
            (where - 1, where - 2, where - 3)  # a phrase that starts earlier may end nearer
            if before
            else (where - 1, bisect.bisect_left(positions, end))
            if outside
            else (where - 1, where, where + 1)
        )
        for index in candidates:
            if 0 <= index < len(positions) and positions[index] != at:
                other = positions[index]
                if not clause_start <= other < clause_end:  # in another clause
                    continue
                if other < at:
                    low, high = word_ends[other], at + 1
                else:
                    low, high = end, other + 1
                if high - low > window * 40:
                    continue
                distance = counted.get((low, high))
                if distance is None:  # the same stretch is counted once for every rule
                    distance = counted[low, high] = len(_WORD_START.findall(line, low, high))
                if distance <= window and (best is None or distance < best):
                    best = distance
        return best

    counted: dict[tuple[int, int], int] = {}  # words between two places
    # Each labels' tuple's rules, less those that need a group with no word in the text (they
    # refuse nothing here, whatever stands near): worked out once per tuple, in its order.
    present = {name for name, positions in groups.items() if positions}
    usable: dict[int, list[NearRule]] = {}
    for start, end, labels in itertools.compress(hits, map(anchored.__contains__, ids)):
        chosen = usable.get(id(labels))
        if chosen is None:
            chosen = usable[id(labels)] = [
                rules[int(value)]
                for kind, value in labels
                if kind == "anchor"
                and all(not need.isdisjoint(present) for need in rules[int(value)].needs)
            ]
        if not chosen:
            continue
        # The anchor's clause: from the last end at or before it to the next one after it.
        clause = bisect.bisect_right(ends, start)
        clause_start = ends[clause - 1] if clause else -1
        clause_end = ends[clause] if clause < len(ends) else len(line) + 1
        for rule in chosen:
            if rule.negation and nearest(negations, start, end, rule.negation, before=True):
                continue  # "your account is not blocked": the sentence says it is not
            if rule.neutral in ("nearer", "any", "none"):
                near_neutral = nearest(neutral, start, end, rule.window, outside=True)
            else:  # a group of everyday senses: only its words clear the word, as "any" does
                cleared = nearest(groups.get(rule.neutral, []), start, end, rule.window)
                if cleared is not None:
                    continue
                near_neutral = None
            if rule.neutral == "none":
                near_neutral = None
            elif rule.neutral == "any" and near_neutral is not None:
                continue
            for need in rule.needs:
                # "you" is the weakest subject: a neutral word as near wins ("you can block
                # a date"), where a card as near does not.
                distances = [
                    (found_at + _WEAKER.get(group, 0))
                    for group in need
                    # (nearest finds nothing where the group has no word in the clause: asked
                    # first, in C, for the tens of thousands of groups a clause lacks)
                    if (positions := groups.get(group))
                    and (inside := bisect.bisect_left(positions, clause_start)) < len(positions)
                    and positions[inside] < clause_end
                    and (found_at := nearest(positions, start, end, rule.window)) is not None
                ]
                distance = min(distances, default=None)
                if distance is None or (near_neutral is not None and near_neutral < distance):
                    break
            else:
                found.append((start, end, rule.reason))
                break
