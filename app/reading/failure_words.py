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
_SENTENCE = re.compile(r"[^.!?\u3002\uff01\uff1f\n]+")  # and the CJK full stop, ! and ?
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


def told_failure(text: str, known: CodeKinds) -> bool:
    """Whether a sentence of `text` says that a payment, a card or a charge failed, or that
    Stripe gave an error."""
    things, failing, errors, _ = _patterns(known)
    for sentence in _SENTENCE.finditer(text[:HEAD]):
        clause = sentence.group()
        if things.search(clause) is None:
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
    things, _, _, succeeded = _patterns(known)
    for sentence in _SENTENCE.finditer(text[:HEAD]):
        clause = sentence.group()
        if things.search(clause) is None:
            continue
        if any(_NEGATION.search(clause[: w.start()]) is None for w in succeeded.finditer(clause)):
            return True
    return False
