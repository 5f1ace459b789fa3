"""A payment failure told in words without a code or a Stripe message ("my card keeps getting
declined", "Zahlung fehlgeschlagen", "決済に失敗しました"): a failure whose reason is not in the
paste, so the agent is told where to find it instead of "no Stripe payload"."""

from __future__ import annotations

import re

from app.reading.labels import no_spaces
from app.reading.report import CodeKinds
from app.reading.told_reasons import NEGATION

HEAD = 20_000  # what an agent copies about one payment; a longer text is a log, read otherwise
# A word that turns the failure around just before it ("was not declined", "nie abgelehnt").
_NEGATION = re.compile(rf"(?i){NEGATION}[^.!?\n]{{0,12}}$")
# A sentence ends at a full stop, ! or ? (and the CJK full stop, ! and ?), but not at a point
# between two digits: an amount ("$2,380.00", "1.234,56 €") or a version stays in its sentence.
_SENTENCE = re.compile(r"(?:[^.!?\u3002\uff01\uff1f\n]|(?<=\d)\.(?=\d))+")
TOLD = (
    "The paste says a payment failed but gives no code or Stripe error: the reason is on the "
    "payment in Stripe (see What to do)."
)


def _pattern(words: dict[str, str]) -> re.Pattern[str]:
    spaced = sorted((w for w in words if not no_spaces(w)), key=len)[::-1]
    joined = sorted((w for w in words if no_spaces(w)), key=len)[::-1]
    # A word of prose, not part of a name in code (`stripe.error.CardError`, `on_failed`).
    parts = (
        [rf"(?<![\w.\\/])(?:{'|'.join(map(re.escape, spaced))})(?![\w\\/(]|\.\w)"] if spaced else []
    )
    if joined:
        parts.append("|".join(map(re.escape, joined)))
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


_STRIPE = re.compile(r"(?i)stripe")


def _patterns(known: CodeKinds) -> tuple[re.Pattern[str], ...]:
    cached = known.cache.get("failure_words")
    if not isinstance(cached, tuple):
        cached = known.cache["failure_words"] = tuple(map(_pattern, known.failure_words))
    return cached


def _not_payment(known: CodeKinds) -> tuple[re.Pattern[str], frozenset[str]]:
    """What a failure may be about that is no payment, as one pattern, and the words of
    failure_things that say nothing of money by themselves (vocabulary.toml)."""
    cached = known.cache.get("not_payment")
    if not isinstance(cached, tuple):
        words = known.failure_words[5] if len(known.failure_words) > 5 else {}
        things = {word: lang for word, lang in words.items() if lang == "thing"}
        generic = frozenset(word for word, kind in words.items() if kind == "generic")
        cached = known.cache["not_payment"] = (_pattern(things), generic)
    return cached


def _about_payment(clause: str, things: re.Pattern[str], known: CodeKinds, text: str) -> bool:
    """Whether a sentence names a payment, a card or a charge (or Stripe or a status, unless
    the text speaks of a webhook, a customer id or an id not found: then it is about those)."""
    named = {found.group().lower() for found in things.finditer(clause)}
    if not named:
        return False
    not_payment, generic = _not_payment(known)
    return not (named <= generic and not_payment.search(text, 0, HEAD))


def says_failed(text: str, known: CodeKinds) -> bool:
    """Whether a word of failure ("declined", "nekades", "拒否") stands in the text, not
    turned around by a negation just before it."""
    failing = _patterns(known)[1]
    for sentence in _SENTENCE.finditer(text[:HEAD]):
        clause = sentence.group()
        if any(_NEGATION.search(clause[: w.start()]) is None for w in failing.finditer(clause)):
            return True
    return False


def told_failure(text: str, known: CodeKinds) -> bool:
    """Whether a sentence of `text` says that a payment, a card or a charge failed, or that
    Stripe gave an error; not a webhook's delivery or a customer the API did not find."""
    things, failing, errors = _patterns(known)[:3]
    for sentence in _SENTENCE.finditer(text[:HEAD]):
        clause = sentence.group()
        if not _about_payment(clause, things, known, text):
            continue
        words = list(failing.finditer(clause))
        if _STRIPE.search(clause):
            words += errors.finditer(clause)
        if any(_NEGATION.search(clause[: word.start()]) is None for word in words):
            return True
    return False


TOLD_NOTHING_FAILED = (
    "Nothing in this paste failed: its words say a payment succeeded, or speak of a refund or "
    "a dispute."
)


def told_nothing_failed(text: str, known: CodeKinds) -> bool:
    """Whether a sentence of `text` says a payment succeeded or was refunded or disputed
    (asked only of a text that tells no failure)."""
    return _told(text, _patterns(known)[3], known)


TOLD_HELD_FOR_REVIEW = (
    "Nothing in this paste failed: its words say a payment is or was held for review (by "
    "Radar or a manual review); the review and its outcome are on the payment in the Dashboard."
)


def told_held_for_review(text: str, known: CodeKinds) -> bool:
    """Whether a sentence of `text` says a payment or an order is or was held for review
    (asked only of a text that tells no failure)."""
    patterns = _patterns(known)
    return len(patterns) > 4 and _told(text, patterns[4], known)


def _told(text: str, words: re.Pattern[str], known: CodeKinds) -> bool:
    """Whether a sentence speaks of a payment and, not negated, says one of `words`."""
    things = _patterns(known)[0]
    for sentence in _SENTENCE.finditer(text[:HEAD]):
        clause = sentence.group()
        if not _about_payment(clause, things, known, text):
            continue
        if any(_NEGATION.search(clause[: w.start()]) is None for w in words.finditer(clause)):
            return True
    return False
