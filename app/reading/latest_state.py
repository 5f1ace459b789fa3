"""The latest state decides (issue 26, reading13n): a note or a message that tells a payment
failed and then went through ("declined with authentication_required, the customer completed
3DS and the retry went through", "andra försöket gick igenom") leaves nothing to answer. The
careful agent answers the failure only while the customer is still stuck (LABELS.md), so the
one rule is: when the last word of a success (vocabulary.toml `success_words`, not a refund's
or a dispute's) stands after the last word or code of a failure, nothing failed."""

from __future__ import annotations

import re

from app.reading.report import CodeKinds, PasteReading

HEAD = 20_000  # a note or a message about one payment; a log is read attempt by attempt
RESOLVED = (
    "Nothing in this paste failed in the end: it tells of a payment that failed and then went "
    "through (a retry, an authentication completed). Its latest state is a success: answer the "
    "failure only if the customer is still stuck."
)
_NEGATED = re.compile(r"(?i)(?:\b(?:not|never|nicht|nie|pas|no|não|non|niet|inte|nie)\b|n't)\W*$")


def _successes(known: CodeKinds) -> re.Pattern[str]:
    """The success words, without those of a refund or a dispute (no retry's success)."""
    cached = known.cache.get("latest_success")
    if isinstance(cached, re.Pattern):
        return cached
    from app.reading.told_states import _part

    others = {w for w, kind in known.document_words.items() if kind in ("refund", "dispute")}
    words = known.failure_words[3] if len(known.failure_words) > 3 else {}
    kept = sorted((w for w in words if w not in others and "refund" not in w), key=len)[::-1]
    pattern = re.compile("|".join(map(_part, kept)) or r"(?!)", re.IGNORECASE)
    known.cache["latest_success"] = pattern
    return pattern


def _last_failure(head: str, known: CodeKinds) -> int:
    """Where the last word of a failure or the last code written as a code ends, or -1."""
    from app.reading.failure_words import _patterns
    from app.reading.sweep import codes_in

    ends = [m.end() for m in _patterns(known)[1].finditer(head)]
    if not ends:
        return -1  # a code alone (a refund's reason) tells no attempt that failed
    lowered = head.lower()
    for code in codes_in(head, known, as_words=False):
        at = lowered.rfind(code.lower())
        if at >= 0:
            ends.append(at + len(code))
    return max(ends, default=-1)


def resolved_later(text: str, known: CodeKinds) -> bool:
    """Whether a success told after every failure of the text is its latest state: a word of
    success, not negated, after the last word or code of a failure."""
    if len(text) > HEAD:
        return False
    last = _last_failure(text, known)
    if last < 0:
        return False
    for found in _successes(known).finditer(text, last):
        before = text[max(last, found.start() - 16) : found.start()]
        if not _NEGATED.search(before):
            return True
    return False


def latest_state(reading: PasteReading, text: str, known: CodeKinds) -> PasteReading:
    """The reading of words that tell a failure and then a success: nothing failed."""
    if not reading.failures or reading.parse_path not in ("text", "scanner"):
        return reading
    if not resolved_later(text, known):
        return reading
    return PasteReading([], reading.parse_path, [RESOLVED])
