"""What a clause speaks of: a sensitive concept counts only when its clause speaks of the
customer's payment, not when it is generic advice about third parties, an idiom, or about
another thing (resources/guard/README.md, "Frames").

After the words and `near` rules have found their phrases, each finding that a frame may clear
(a `near` rule's word, or a word of the group `framed`: "fraud" in "the bank's fraud team",
never "fraudulent" or "stolen card") is looked at in its clause. It is let through when the
clause holds a word of the group `frame` (never ask, hang up, claims to be, insurance, lost
property, a waiting list, yourself...) and no word of the payment itself (groups `card`,
`payment`, `owner`) outside such a frame phrase ("canteen card" is no card of this payment).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from operator import itemgetter

from app.replies.guard_anchor import drop_unanchored
from app.replies.guard_clauses import hits_near
from app.replies.guard_match import Found, Hits, check_near, clause_ends
from app.replies.guard_rules import Rules, form_key

# A sentence ends at a full stop, a question or exclamation mark (not at "4.99").
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f](?:(?<=[\u3002\uff01\uff1f])|(?![a-z0-9]))")
# The words that say a clause speaks of this payment or its payer (the card, the payment, the
# cardholder, the customer, their e-mail or device): a frame does not clear it.
PAYER = frozenset(("card", "payment", "owner", "person"))
# The words that keep advice of a neighbouring sentence from speaking for a sentence: it names
# this payment, its account or its payer itself.
_NAMED_HERE = (PAYER - {"payment"}) | {"account", "number", "you", "order", "issuer", "declined"}
# The words that tie advice to this card: it speaks only for its own sentence.
_TIED = frozenset(("card", "number", "owner"))
_ADVICE = ("group", "advice")


def read_clauses(
    line: str,
    text: str,
    hits: Hits,
    rules: Rules,
    found: Found,
    lines: Sequence[int],
) -> list[tuple[int, int]]:
    """The `near` rules over the clauses of the text, then the frames over every finding;
    returns the sentences of advice about third parties (the classifier's are let through)."""
    first_near = len(found)
    ends = None  # where the clauses end: worked out once, for the near rules and the frames
    if rules.near and any(kind == "anchor" for _, _, labels in hits for kind, _ in labels):
        hits.sort(key=lambda hit: hit[0])
        ends = clause_ends(text, hits, lines)
        check_near(line, text, hits, rules.near, found, lines, ends)
    if found and hits:
        hits.sort(key=lambda hit: hit[0])
        ends = clause_ends(text, hits, lines) if ends is None else ends
        near = hits_near(hits, found, text, ends)  # the words a finding's clauses hold
        first_near = drop_unanchored(line, text, near, rules, found, first_near, lines, ends)
        clear_framed(line, text, near, rules, found, first_near, lines, ends)
    # Each different labels' tuple is asked once, in C (tens of thousands of hits, a few
    # hundred tuples, alive while the hits are)
    every = list(map(itemgetter(2), hits))
    ids = list(map(id, every))
    tuples = dict(zip(ids, every, strict=True))
    of_advice = {key for key, labels in tuples.items() if _ADVICE in labels}
    if not of_advice:
        return []
    advice = sorted(itertools.compress(map(itemgetter(0), hits), map(of_advice.__contains__, ids)))
    stops = [-1, *(m.start() for m in _SENTENCE_END.finditer(text)), len(text) + 1]
    spans: list[tuple[int, int]] = []
    for at in advice:
        index = bisect.bisect_right(stops, at)
        span = (stops[index - 1], stops[index])
        if not spans or spans[-1] != span:
            spans.append(span)
    return spans


def without_advice(
    refused: Iterable[tuple[int, int, str]], advice: list[tuple[int, int]]
) -> Iterable[tuple[int, int, str]]:
    """The classifier's sentences less those in a sentence of advice about third parties
    ("if a caller from the bank's fraud team asks for a code, hang up")."""
    if not advice:
        return refused
    starts = [low for low, _ in advice]
    kept = []
    for finding in refused:
        index = bisect.bisect_right(starts, finding[0]) - 1
        if index < 0 or not advice[index][0] <= finding[0] < advice[index][1]:
            kept.append(finding)
    return kept


def clear_framed(
    line: str,
    text: str,
    hits: Hits,
    rules: Rules,
    found: Found,
    first_near: int,
    lines: Sequence[int] = (),
    ends: list[int] | None = None,
) -> None:
    """Drops, in place, the findings a frame clears: those of `near` rules (from
    `first_near` on) and framed words, in a clause with a frame and no word of the payment.
    `ends`: clause_ends of the text, when they are known."""
    frames: list[tuple[int, int]] = []
    payer: list[int] = []
    framed: set[int] = set()
    advice: list[int] = []
    named: list[int] = []  # words of this payment or its payer, for advice's next sentence
    tied: list[int] = []  # words of this card: advice about it speaks for itself
    for start, end, labels in hits:
        for kind, value in labels:
            if kind != "group":
                continue
            if value == "frame":
                frames.append((start, end))
            elif value == "advice":
                frames.append((start, end))
                advice.append(start)
            elif value == "framed":
                framed.add(start)
            elif value in PAYER:
                payer.append(start)
            if value in _NAMED_HERE:
                named.append(start)
            if value in _TIED:
                tied.append(start)
    if not frames:
        return
    frames.sort()
    advice.sort()
    frame_starts = [start for start, _ in frames]
    if ends is None:
        ends = clause_ends(text, hits, lines)
    stops = [match.start() for match in _SENTENCE_END.finditer(text)] if advice else []

    def inside_frame(at: int) -> bool:
        index = bisect.bisect_right(frame_starts, at) - 1
        return index >= 0 and frames[index][0] <= at < frames[index][1]

    payer = sorted(at for at in payer if not inside_frame(at))
    kept: Found = []
    for index, finding in enumerate(found):
        start = finding[0]
        if index < first_near and start not in framed and not is_framed(line, finding, rules):
            kept.append(finding)
            continue
        clause = bisect.bisect_right(ends, start)
        low = ends[clause - 1] if clause else -1
        high = ends[clause] if clause < len(ends) else len(text) + 1
        # a frame within the finding's own words does not count, a longer one does ("冒充"
        # is a frame and a reason, Spanish "seguro" insurance and "no está seguro" not sure)
        first, last = bisect.bisect_left(frame_starts, low), bisect.bisect_left(frame_starts, high)
        has_frame = any(
            not (start <= frames[i][0] and frames[i][1] <= finding[1]) for i in range(first, last)
        )
        has_payer = bisect.bisect_left(payer, high) > bisect.bisect_left(payer, low)
        # advice speaks for its whole sentence ("the SMS that claims to be the bank and asks
        # for card details is phishing; do not open it")
        sentence = bisect.bisect_right(stops, start)
        low = stops[sentence - 1] if sentence else -1
        high = stops[sentence] if sentence < len(stops) else len(text) + 1
        in_advice = bisect.bisect_left(advice, high) > bisect.bisect_left(advice, low)
        if not in_advice and advice:
            in_advice = _advice_beside(stops, advice, sorted(named), sorted(tied), sentence)
        if in_advice or (has_frame and not has_payer):
            continue
        kept.append(finding)
    found[:] = kept


def _advice_beside(
    stops: list[int], advice: list[int], named: list[int], tied: list[int], sentence: int
) -> bool:
    """Whether generic advice in the sentence before or after speaks for this one, which names
    no card, account or payer of its own ("ZUS never sends payment links by SMS. Such a message
    is an attempt at fraud."; "Scammers send fake payment requests. Never click one."). Advice
    about this card ("do not enter that card number elsewhere") speaks only for itself."""

    def holds(words: list[int], index: int) -> bool:
        low, high = bounds[index], bounds[index + 1]
        return bisect.bisect_left(words, high) > bisect.bisect_left(words, low)

    bounds = [-1, *stops, 1 << 62]
    if holds(named, sentence):
        return False
    return any(
        0 <= other < len(bounds) - 1 and holds(advice, other) and not holds(tied, other)
        for other in (sentence - 1, sentence + 1)
    )


def is_framed(line: str, finding: tuple[int, int, str], rules: Rules) -> bool:
    """Whether a finding is a word of the group `framed` (a stem found inside a word, too)."""
    return ("group", "framed") in rules.labels.get(form_key(line[finding[0] : finding[1]]), ())
