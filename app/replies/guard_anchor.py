"""A weak concept word needs an anchor: it reveals only when its clause ties it to this
payment (resources/guard/README.md, "Anchors").

A weak word is a `near` rule's word whose rule needs nothing (theft, robbery, scam, security
reasons...) or a word of the group `framed` (fraud, list, loss, blocked, a participle of theft
that is also said of a bike). Alone it says nothing of the card: "a stolen bike", "pickpockets
at the market", "a scam going round", "a reserve list". It is refused only when a word of the
payment or its payer stands in its clause (the groups of `ANCHORS`: the card, the payment, the
account, the cardholder, the customer, "you", the issuer, the card number) and no word of
another thing (the groups of `THINGS`: a bike, time, a road, a parcel, a slot, a guest list)
stands nearer to it: "your bike was stolen" speaks of the bike. A pronoun ("it was stolen")
anchors the word when the clause before it names the card, the payment or the account.

The words that reveal in every sense stay refused anywhere ("stolen card", *fraudulent*,
"block list", Radar): they are in no such group.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from app.replies.guard_bare import Span, bare, sentence_stops, whole_word
from app.replies.guard_match import _WORD_LETTERS, Found, Hits, clause_ends
from app.replies.guard_rules import Rules, form_key
from app.replies.normalise import CJK_CONTINUING, CJK_LETTERS, WORD_CHARS, is_cjk

# The words that tie a clause to this payment or its payer.
ANCHORS = frozenset(
    (
        *("card", "payment", "account", "owner", "person", "you", "issuer", "number"),
        # the order or address judged, the system that judged it, its refusal ("Refused: fraud")
        *("order", "judge", "checker", "declined"),
    )
)
# The words a pronoun stands for, in the clause before it ("your card ... it was stolen").
NAMED = frozenset(("card", "payment", "account", "number", "owner"))
# The words a clause with no anchor of its own takes from the clause before it in the same
# sentence ("your address is on a list of addresses we no longer ship to because of fraud").
INHERITED = NAMED | {"order", "person", "checker", "judge", "issuer", "declined"}
# The words of another thing: a weak word nearer to one of them speaks of it.
THINGS = frozenset(("neutral", "frame", "thing"))
# "you" is the weakest anchor: it counts as this many words further away than it is (as in
# the `near` rules), so "you" before "your bike was stolen" loses to the bike.
_WEAKER = {"you": 2, "pronoun": 1}
# "you" and the customer hold within this many words of the finding (Chinese, Japanese,
# Korean: letters), and only when no other thing is as near: "Ladrão que rouba ladrão tem cem
# anos de perdão, brincou o cliente" is a customer's joke, not a theft of theirs.
_WEAK_WINDOW = 6
_WEAK_WINDOW_CJK = 12
_WINDOWED = frozenset(("you", "person"))
_SPELT_OUT = 64  # how far before its clause a word spelt out with stops may begin
_BESIDE_CJK = 1  # letters between a weak word and a thing right beside it, in these scripts
# (and in Chinese and Japanese a comma, folded to ",": 租用相机的保险包括被盗, 您只需支付免赔额)
# (Written with its characters first: re then skips to one in C instead of trying the look
# back at every letter.)
_COLON = re.compile(f"[:\uff1a,\u3001](?:(?<=[:\uff1a])(?![0-9])|(?<=[{CJK_LETTERS}][,\u3001]))")
_WORD_START = re.compile(f"(?<![{WORD_CHARS}])[{WORD_CHARS}]|(?![{CJK_CONTINUING}])[{CJK_LETTERS}]")


def weak_findings(hits: Hits, rules: Rules, line: str, found: Found, first_near: int) -> set[int]:
    """The indexes in `found` of weak findings: a `near` rule's word whose rule needs nothing
    (and is not one of `neutral = "none"`), or a word of the group `framed`."""
    weak_rules = {
        str(index)
        for index, rule in enumerate(rules.near)
        if not rule.needs and rule.neutral != "none"
    }
    # Each different labels' tuple is asked once (a text has a few hundred of them, and tens
    # of thousands of hits): the starts of hits with a weak rule's word.
    asked: dict[int, bool] = {}
    weak_starts = set()
    for start, _, labels in hits:
        is_weak = asked.get(id(labels))
        if is_weak is None:
            is_weak = asked[id(labels)] = any(
                kind == "anchor" and value in weak_rules for kind, value in labels
            )
        if is_weak:
            weak_starts.add(start)
    weak = set()
    framed = ("group", "framed")
    known_labels = rules.labels
    # A form is judged once (a long text says the same few words thousands of times): is it
    # of the group `framed`, and does it hold an anchor of its own.
    judged: dict[str, tuple[bool, bool]] = {}
    for index, (start, end, _) in enumerate(found):
        written = line[start:end]
        if (start and line[start - 1] in _WORD_LETTERS) or (
            end < len(line) and line[end] in _WORD_LETTERS
        ):  # (a whole word's own edges: nothing to widen, the common case, asked first)
            whole = whole_word(line, start, end)
            if whole is not None and whole != written:
                # a stem inside a longer word ("stöld" in "kortstöld") is weak only when the
                # whole word is ("stölder"): a compound of the stem reveals in every sense
                written = whole
        verdict = judged.get(written)
        if verdict is None:
            verdict = judged[written] = (
                framed in known_labels.get(form_key(written), ()),
                _holds_anchor(rules, written),
            )
        if (verdict[0] or (index >= first_near and start in weak_starts)) and not verdict[1]:
            weak.add(index)
    return weak


# Per compiled rules: the forms of their anchor words, in Latin letters and in other scripts.
_ANCHOR_FORMS: dict[int, tuple[Rules, frozenset[str], tuple[str, ...]]] = {}


def _holds_anchor(rules: Rules, written: str) -> bool:
    """Whether a phrase holds an anchor of its own (Korean 카드를 보관: the card is in it)."""
    forms = _ANCHOR_FORMS.get(id(rules))
    if forms is None or forms[0] is not rules:
        if len(_ANCHOR_FORMS) > 64:
            _ANCHOR_FORMS.clear()
        anchored = [
            form
            for form, labels in rules.labels.items()
            if any(kind == "group" and value in ANCHORS for kind, value in labels)
        ]
        forms = _ANCHOR_FORMS[id(rules)] = (
            rules,
            frozenset(f for f in anchored if not is_cjk(f)),
            tuple(f for f in anchored if is_cjk(f)),
        )
    if is_cjk(written):
        key = written.replace(" ", "")
        return any(form in key for form in forms[2])
    words = written.split()
    return len(words) > 1 and any(form_key(word) in forms[1] for word in words)


def drop_unanchored(
    line: str,
    text: str,
    hits: Hits,
    rules: Rules,
    found: Found,
    first_near: int,
    lines: Sequence[int] = (),
    ends: list[int] | None = None,
) -> int:
    """Drops, in place, the weak findings whose clause does not anchor them to this payment;
    returns where the first finding of a `near` rule now is (`first_near` less those dropped
    before it). `ends`: clause_ends of the text, when they are known."""
    weak = weak_findings(hits, rules, line, found, first_near)
    if not weak:
        return first_near
    anchors: list[Span] = []
    things: list[Span] = []
    pronouns: list[Span] = []
    # what each different labels' tuple makes of a hit, worked out once: its anchors' groups,
    # or else a thing ("thing") or a pronoun ("pronoun"), or nothing (most hits)
    sorted_as: dict[int, tuple[str, ...]] = {}
    for start, end, labels in hits:
        kinds = sorted_as.get(id(labels))
        if kinds is None:
            kinds = sorted_as[id(labels)] = _sorted_as(labels)
        if not kinds:
            continue
        if kinds[0] == "thing":
            things.append((start, end, "thing"))
        elif kinds[0] == "pronoun":
            pronouns.append((start, end, "pronoun"))
        else:
            anchors += [(start, end, group) for group in kinds]
    if "account" in {group for _, _, group in anchors}:
        # "your account" is the account's, not "you" as a subject (as in the `near` rules)
        accounts = {start for start, _, group in anchors if group == "account"}
        anchors = [a for a in anchors if not (a[2] == "you" and a[0] in accounts)]
    anchors.sort()
    # a word inside an anchor's phrase is the anchor's ("mail" in "e-mail", "livraison" in
    # "adresse de livraison")
    things = sorted(t for t in things if not _overlaps(anchors, t))
    pronouns.sort()
    # a stop between two letters of Chinese, Japanese or Korean spells a word out ("カ.ー.ド")
    ends = [
        at
        for at in (clause_ends(text, hits, lines) if ends is None else ends)
        if not (0 < at < len(text) - 1 and is_cjk(text[at - 1]) and is_cjk(text[at + 1]))
    ]
    # a colon ends what a clause speaks of, as a break word does ("keep your bag closed in
    # front of you: pickpockets are common"); "Reason: card reported stolen" keeps its card
    colons = [match.start() for match in _COLON.finditer(text)]
    if colons:
        ends = sorted({*ends, *colons})

    def within(spans: Sequence[Span], low: int, high: int) -> list[Span]:
        """The spans in the clause low..high (a word spelt out with stops, "カ.ー.ド", may
        begin a little before it)."""
        if not spans:
            return []
        first = bisect.bisect_left(spans, (low - _SPELT_OUT,))
        return [s for s in spans[first : bisect.bisect_left(spans, (high,))] if s[1] > low]

    kept: Found = []
    moved = first_near
    stops: list[int] | None = None  # where sentences end, for a bare one (read when needed)
    for index, finding in enumerate(found):
        if index not in weak:
            kept.append(finding)
            continue
        start, end = finding[0], finding[1]
        # its clause, from before its first letter to after its last (a word spelt out with
        # stops, "リ.ス.ク", spans several)
        clause = bisect.bisect_right(ends, start)
        low = ends[clause - 1] if clause else -1
        last = bisect.bisect_left(ends, end - 1)
        high = ends[last] if last < len(ends) else len(text) + 1
        # a thing on the finding's own words (a frame that is also a reason: 冒充) is no other
        nearby = [t for t in within(things, low, high) if not (t[0] < end and start < t[1])]
        own = [a for a in within(anchors, low, high) if not a[0] <= start < a[1]]
        if not own and clause:
            own = _from_clause_before(
                text, anchors, ends, clause, bool(within(pronouns, low, high)), bool(nearby)
            )
        if not own and not nearby and last < len(ends) and _COLON.match(text, high):
            # a reason said first in Chinese or Japanese, its payment after a comma
            # (因涉嫌诈骗, 交易已被拦截)
            after = ends[last + 1] if last + 1 < len(ends) else len(text) + 1
            own = [a for a in within(anchors, high, after) if a[2] in INHERITED][:1]
        if not own and not nearby:
            if stops is None:
                stops = sentence_stops(text)
            if bare(line, text, stops, anchors, things, (start, end)):
                own = [(start, start, "card")]  # a bare statement of a reason: its own
        if own and not _speaks_of_thing(line, own, nearby, start, end):
            kept.append(finding)
        elif index < first_near:
            moved -= 1
    found[:] = kept
    return moved


def _sorted_as(labels: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """A hit's anchor groups; else ("thing",) or ("pronoun",); else nothing."""
    groups = [value for kind, value in labels if kind == "group"]
    # a word of an anchor's group and of another thing's is the anchor ("order")
    if any(group in ANCHORS for group in groups):
        return tuple(group for group in groups if group in ANCHORS)
    if any(group in THINGS for group in groups):
        return ("thing",)
    return ("pronoun",) if "pronoun" in groups else ()


def _speaks_of_thing(
    line: str,
    anchors: Sequence[Span],
    things: Sequence[Span],
    start: int,
    end: int,
) -> bool:
    """Whether the finding speaks of another thing of its clause: one right beside it ("a
    stolen bike"; in Chinese, Japanese and Korean within `_BESIDE_CJK` letters:
    盗まれたノートパソコン), or one between it and each of its anchors, when those are weak
    ("din cykel är stulen": you, the customer, the bank, the order; not "ihr Konto in der
    Lern-App wegen Zahlungsbetrugs gesperrt": a card, payment or account holds)."""
    # a thing right after the finding ("a stolen bike", 盗まれたノートパソコン) speaks of it; one
    # right before it does too unless the card, payment or account is in the clause ("die
    # Karte wurde aus Ihrem Auto entwendet": where it was taken from)
    named = any(anchor[2] in NAMED for anchor in anchors)
    after = [thing for thing in things if thing[0] >= end]
    if _beside(line, after if named else things, start, end) and not _beside(
        line, anchors, start, end
    ):
        return True

    def words_to(span: Span) -> int:
        low, high = (end, span[0]) if span[0] >= end else (span[1], start)
        return len(_WORD_START.findall(line, low, max(low, high) + 1))

    # a thing that holds the finding and more ("broadcast list", "lost property") speaks of
    # it; a thing that is the finding's own word (冒充, a frame and a reason) is no other thing
    if not named and any(
        thing[0] <= start and end <= thing[1] and thing[1] - thing[0] > end - start
        for thing in things
    ):
        return True
    things = [thing for thing in things if not (thing[0] < end and start < thing[1])]
    nearest = min((words_to(thing) for thing in things), default=None)

    def holds(anchor: Span) -> bool:
        """A card, payment or account holds; a weak anchor holds unless a thing stands
        between it and the finding or nearer to the finding ("Ich habe Sie auf die Liste
        für die Nachlieferung gesetzt": the list of a restock)."""
        if anchor[2] in NAMED:
            return True
        first, last = sorted((anchor[0], start))
        if any(first < thing[0] < last for thing in things):
            return False
        if anchor[2] not in _WINDOWED:
            return True
        if anchor[0] >= end and any(thing[1] <= start for thing in things):
            # the thing before the word is what it speaks of; "you" after it is told what to
            # do ("Die Straße ist wegen Bauarbeiten gesperrt, bitte nutzen Sie den Hintereingang")
            return False
        far = words_to(anchor) + _WEAKER.get(str(anchor[2]), 0)
        window = _WEAK_WINDOW_CJK if is_cjk(line[start:end]) else _WEAK_WINDOW
        return far <= window and (nearest is None or far < nearest)

    return not any(holds(anchor) for anchor in anchors)


def _from_clause_before(
    text: str,
    anchors: Sequence[tuple[int, int, str]],
    ends: Sequence[int],
    clause: int,
    pronoun: bool,
    has_thing: bool,
) -> list[Span]:
    """The anchor of a clause with none of its own: the card, payment, account, number or
    cardholder of the clause before, when a pronoun stands for it ("your card ... it was
    stolen") or, in the same sentence, when the clause names no other thing ("the bank asks
    for a new card, as the old one may not be used after the theft")."""
    low = ends[clause - 1]
    before = ends[clause - 2] if clause > 1 else -1
    # a break word ("because", "so", "want") or a colon ends the clause before in the same
    # sentence; across a stop or a line only a pronoun points back, and only to the card,
    # the payment, the account, the number or the cardholder
    joined = text[low : low + 1].isalnum() or _COLON.match(text, low) is not None
    if not (pronoun or (joined and not has_thing)):
        return []
    wanted = INHERITED if joined else NAMED
    named = (
        a[2] in wanted
        for a in anchors[
            bisect.bisect_right(anchors, (before,)) : bisect.bisect_left(anchors, (low,))
        ]
        if a[0] > before
    )
    if any(named):
        return [(low, low, "card")]  # the clause before names it
    return []


def _overlaps(spans: Sequence[Span], span: Span) -> bool:
    """Whether `span` overlaps one of the sorted `spans` (each a few words long at most)."""
    index = bisect.bisect_left(spans, (span[1],))
    return any(other[1] > span[0] for other in spans[max(0, index - 4) : index])


def _beside(line: str, spans: Sequence[Span], start: int, end: int) -> bool:
    """Whether one of `spans` touches the finding start..end: no word between (in Chinese,
    Japanese and Korean at most `_BESIDE_CJK` letters, a particle: 盗まれたノートパソコン)."""
    for span in spans:
        if start <= span[0] < end:
            continue
        low, high = (end, span[0]) if span[0] >= end else (span[1], start)
        if low <= high:
            between = len(_WORD_START.findall(line, low, high))
            if between <= (_BESIDE_CJK if is_cjk(line[max(low - 1, 0) : high + 1]) else 0):
                return True
    return False
