"""Nothing failed, told in words (issue 26, reading13n): a payout paid or on its way, a dispute
opened, under review, won or lost, a refund issued. Each is told by a sentence (or a Dashboard's
block of short lines) that names the thing and a state of it, in any shipped language, with the
state not denied and no word of failure beside it. The words are vocabulary.toml's: a payout's
nouns and states and the states of a dispute and a refund are `notice_words`, the nouns of a
dispute and a refund `document_words`."""

from __future__ import annotations

import re

from app.reading.report import CodeKinds

HEAD = 20_000  # what an agent copies about one payout, dispute or refund
SHORT_LINE = 60  # a Dashboard's block: "Payout" / "€1,245.00" / "Paid" on lines of their own
# A sentence ends at a full stop before a space (not inside "1.245,00" or "js.stripe.com").
SENTENCE = re.compile(r"(?:[^.!?\u3002\uff01\uff1f\n]|[.!?](?=\S))+[.!?\u3002\uff01\uff1f]?")
_BLOCK = re.compile(rf"(?m)(?:^[^\n]{{0,{SHORT_LINE}}}(?:\n|\Z)){{2,8}}")
# The thing each state is of: its nouns' kind (in which table) and its states' kinds.
TOLD = {
    "dispute": (("document_words", "dispute"), ("dispute_state", "dispute_closed")),
    "refund": (("document_words", "refund"), ("refund_state",)),
    "payout": (("notice_words", "payout_word"), ("payout_state", "already_paid")),
}
# The kinds of notice_words that only a thing's noun makes a notice: never one alone.
STATE_KINDS = frozenset({"payout_word", "payout_state", "dispute_state", "refund_state"})


# "…" in a phrase: up to three words stand there (a verb's particle after its subject, as
# Swedish, German and Dutch put it: "gick betalningen igenom", "ging die Zahlung durch").
_SPLIT = r"\s+(?:[^\W\d]+\s+){0,3}"


def _part(phrase: str) -> str:
    """A phrase as a pattern: a Latin-script word stands as a word, "*" ends a stem, "…"
    stands for up to three words, and Japanese, Chinese or Korean stand inside others."""
    stem = phrase.endswith("*")
    body = _SPLIT.join(re.escape(p.strip()) for p in phrase.rstrip("*").split("…"))
    latin_start, latin_end = phrase[0] < "\u3000", phrase.rstrip("*")[-1] < "\u3000"
    lead = re.escape(phrase.lstrip()[0])
    if latin_start and body.startswith(lead) and lead != "\n":
        # The word's edge asked after its first letter (`(?<!\w.)`, the same places as
        # `(?<!\w)` before it): every phrase then starts with a letter, and re skips in C to
        # a place where one of them stands instead of trying each phrase at every letter.
        body = lead + r"(?<!\w.)" + body.removeprefix(lead)
    elif latin_start:
        body = r"(?<!\w)" + body
    return body + (r"\w*" if stem else r"(?!\w)" if latin_end else "")


def _patterns(known: CodeKinds) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    cached = known.cache.get("told_states")
    if isinstance(cached, dict):
        return cached
    tables = {"document_words": known.document_words, "notice_words": known.notice_words}
    patterns = {}
    for thing, ((table, noun), states) in TOLD.items():
        nouns = [w for w, kind in tables[table].items() if kind == noun]
        said = [w for w, kind in known.notice_words.items() if kind in states]
        if nouns and said:
            patterns[thing] = tuple(
                re.compile("|".join(map(_part, sorted(words, key=len, reverse=True))))
                for words in (nouns, said)
            )
    known.cache["told_states"] = patterns
    return patterns  # type: ignore[return-value]


def _units(head: str) -> list[tuple[int, int]]:
    """Where each sentence and each block of short lines stands."""
    spans = [m.span() for m in SENTENCE.finditer(head)]
    return spans + [m.span() for m in _BLOCK.finditer(head)]


def told_state(text: str, known: CodeKinds) -> tuple[str, list[tuple[int, int]]] | None:
    """The thing whose state the text tells ("dispute", "refund" or "payout": the one told
    first) and where each sentence telling a state of it stands, or None."""
    from app.reading.failure_words import says_failed
    from app.reading.told_reasons import denied

    head = text[:HEAD]
    lowered = head.lower()
    told: dict[str, list[tuple[int, int]]] = {}
    first: dict[str, int] = {}
    for thing, (nouns, states) in _patterns(known).items():
        for start, end in _units(lowered):
            unit = lowered[start:end]
            if not nouns.search(unit):
                continue
            if not any(not denied(unit, *said.span()) for said in states.finditer(unit)):
                continue
            if says_failed(head[start:end], known):
                continue  # "the payout failed", "refund declined": no state of a success
            told.setdefault(thing, []).append((start, end))
            first.setdefault(thing, start)
    if not told:
        return None
    thing = min(first, key=first.__getitem__)
    return thing, told[thing]


def reasons_only(rest: str, codes: list[str], thing: str, known: CodeKinds) -> bool:
    """Whether the codes written beside a dispute or a refund are only its reasons
    (`fraudulent`, `product_not_received`, `requested_by_customer`), none after a label of a
    decline ("decline_code: fraudulent" is a failure's)."""
    if thing == "payout":
        return False
    kinds = ("dispute_reason",) if thing == "dispute" else ("refund_reason", "dispute_reason")
    reasons = {w for w, kind in known.document_words.items() if kind in kinds}
    if not set(codes) <= reasons:
        return False
    from app.reading.labels import labels_before

    lowered = rest.lower()
    for code in codes:
        for found in re.finditer(rf"(?<![a-z0-9_]){re.escape(code)}(?![a-z0-9_])", lowered):
            labels = labels_before(rest, found.start(), known.names)
            if labels & {"decline_code", "failure_code", "code", "network_decline_code"}:
                return False
    return True
