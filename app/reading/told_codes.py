"""Reasons told in words rather than codes, in the shipped languages: Stripe.js's customer-facing
messages quoted or paraphrased ("Les fonds de votre carte sont insuffisants", "카드 번호가
올바르지 않습니다"), an agent's shorthand ("insuff funds"). Each phrase of vocabulary.toml's
`reason_words` names the decline code it tells; the sweep counts it as a code written in words."""

from __future__ import annotations

import re

from app.reading.labels import no_spaces
from app.reading.report import CodeKinds
from app.reading.told_reasons import NEGATION, breaks_clause, denied_after, negation_reaches_end

HEAD = 20_000  # a customer's email or an agent's note; a longer text is a log, read otherwise
_GAP = r"[^.!?\n\u3002\uff01\uff1f]{0,40}?"  # `…`: up to 40 characters of the same sentence
# A word that turns the reason around just before it ("not insufficient funds", "nicht
# abgelaufen", "n'est pas expirée"): the phrase tells nothing. A colon, a comma or a quote
# between them ends the clause ("ne passe pas : « fonds insuffisants »").
_NEGATION = re.compile(rf"{NEGATION}[^.!?\n:;,\"\u00ab\u00bb\u201c\u201d\u300c]{{0,12}}$")


# Between two words of a phrase, one more short word may stand: a possessive or an auxiliary
# a person adds or Stripe.js's message has ("número do seu cartão", "fel uppstod vid").
_INSERTED = r"\s+(?:[^\s.!?]{1,12}\s+)?"


def _phrase(phrase: str, gaps: str = _GAP, inserted: str = _INSERTED) -> str:
    pieces = [re.escape(piece.strip()).replace(r"\ ", inserted) for piece in phrase.split("…")]
    body = gaps.join(pieces)
    # A phrase of a spaced language starts a word ("wrong cvc", not "headstrong cvc").
    return body if no_spaces(phrase[:1]) else r"(?<!\w)" + body


def _patterns(
    known: CodeKinds,
) -> tuple[dict[str, re.Pattern[str]], dict[str, list[str]]]:
    """One pattern per code, and each phrase on its own with its gaps and the words that may
    stand between its words captured (to look for a negation in them)."""
    cached = known.cache.get("told_codes")
    if isinstance(cached, tuple):
        return cached
    by_code: dict[str, list[str]] = {}
    # Each phrase's own pattern is compiled only when a match of its code is looked at (by
    # re.fullmatch, through re's cache): compiled at once, the hundreds of them filled re's
    # cache of 512 patterns, and a reading's own patterns were compiled again at every paste.
    gapped: dict[str, list[str]] = {}
    # Stripe.js' messages quoted in the customer's language tell their code the same way.
    for phrase, code in {**known.reason_words, **known.customer_messages}.items():
        by_code.setdefault(code, []).append(_phrase(phrase.lower()))
        captured = _phrase(phrase.lower(), f"({_GAP})", r"(\s+(?:[^\s.!?]{1,12}\s+)?)")
        gapped.setdefault(code, []).append(captured)
    patterns = {code: re.compile("|".join(found)) for code, found in by_code.items()}
    known.cache["told_codes"] = (patterns, gapped)
    return patterns, gapped


def _first_words(known: CodeKinds) -> dict[str, tuple[str, ...]]:
    """Each code's phrases' first words: a phrase can match only where its first word stands,
    so a code none of whose first words is in the text is not searched for (a log's 20 KB
    head took a second with every pattern tried at every place)."""
    cached = known.cache.get("told_code_firsts")
    if isinstance(cached, dict):
        return cached
    firsts: dict[str, set[str]] = {}
    for phrase, code in {**known.reason_words, **known.customer_messages}.items():
        first = phrase.lower().split("\u2026")[0]
        # A spaced language's first whole word (`insuff` of "insuff. funds"); a phrase of a
        # script without spaces, its first two letters, found inside the text as they stand.
        words = [first[:2]] if no_spaces(first[:1]) else re.findall(r"\w+", first)[:1]
        if words:
            firsts.setdefault(code, set()).add(words[0])
    found = {code: tuple(words) for code, words in firsts.items()}
    known.cache["told_code_firsts"] = found
    return found


def _negated(match: re.Match[str], head: str, gapped: list[str]) -> bool:
    """Whether a negation before the phrase, inside the words a `…` stands for ("Karte ist
    nicht abgelaufen") or right after it ("만료 아님") denies it; one that a clause break or a
    turning word ends does not ("nicht gestohlen, nur abgelaufen")."""
    broken = False
    for pattern in gapped:
        whole = re.fullmatch(pattern, match.group())
        if whole is None:
            continue
        gaps = "".join(gap or "" for gap in whole.groups())
        if negation_reaches_end(gaps):
            return True
        broken = breaks_clause(gaps)  # the phrase's last words stand in a clause of their own
        break
    if not broken and _NEGATION.search(head[max(0, match.start() - 30) : match.start()]):
        return True
    return denied_after(head, match.end())


def told_codes(lowered: str, known: CodeKinds) -> list[str]:
    """The decline codes a lower-case text tells in words, in the order the text tells them."""
    head = lowered[:HEAD]
    found: list[tuple[int, str]] = []
    patterns, gapped = _patterns(known)
    firsts = _first_words(known)
    tokens = set(re.findall(r"\w+", head))
    for code, pattern in patterns.items():
        if not any(
            word in tokens or (no_spaces(word[:1]) and word in head)
            for word in firsts.get(code, ("",))
        ):
            continue
        at = 0
        # A denied match is passed over a letter at a time, not a match at a time: its words
        # may begin the phrase that is affirmed ("도난 카드가 아니라 만료된 카드").
        while (match := pattern.search(head, at)) is not None:
            if not _negated(match, head, gapped.get(code, [])):
                found.append((match.start(), code))
                break
            at = match.start() + 1
    return [code for _, code in sorted(found)]
