"""The latest state decides (issue 26, reading13n): a note or a message that tells a payment
failed and then went through ("declined with authentication_required, the customer completed
3DS and the retry went through", "andra försöket gick igenom") leaves nothing to answer. The
careful agent answers the failure only while the customer is still stuck (docs/labels.md), so the
one rule is: when the last word of a success (vocabulary.toml `success_words`, not a refund's
or a dispute's) stands after the last word or code of a failure, nothing failed."""

from __future__ import annotations

import re

from app.reading.report import CodeKinds, PasteReading

HEAD = 20_000  # a note or a message about one payment; a log is read attempt by attempt
RETRY_REACH = 300  # a retry told before its success: the sentence or two before it
RESOLVED = (
    "Nothing in this paste failed in the end: it tells of a payment that failed and then went "
    "through (a retry, an authentication completed). Its latest state is a success: answer the "
    "failure only if the customer is still stuck."
)
# Success words too wide for a retry's: a test card's name ("a Stripe success card"), "done"
# in an instruction ("인증 완료하도록 안내": have them complete the authentication).
_NO_RETRY_SUCCESS = frozenset({"success", "완료", "完了", "已完成"})
# Words of an earlier payment than the one that failed ("the first one went through").
_EARLIER = re.compile(
    r"(?i)\b(?:first|earlier|previous|original|erste\w*|vorherig\w*|premi[eè]re?|pr[ée]c[ée]dent\w*"
    r"|primer\w*|primeir\w*|anterior\w*|prim[oa]|precedente|eerste|vorige|f[öo]rsta|tidigare"
    r"|pierwsz\w*|poprzedni\w*)\b|1回目|最初|第一次|之前|첫\s?번째|이전"
)
# A line that opens with a date ("Nov 1, 2026", "1 déc. 2026", "2026-11-01", "01.11.2026").
_DATED_LINE = re.compile(
    r"[ \t>*|-]*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|[^\W\d]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? [^\W\d]{3,9}\.? \d{4})"
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


def _retries(known: CodeKinds) -> re.Pattern[str]:
    """The words that tell a retry or an authentication completed (notice_words)."""
    cached = known.cache.get("latest_retry")
    if isinstance(cached, re.Pattern):
        return cached
    from app.reading.told_states import _part

    words = sorted((w for w, k in known.notice_words.items() if k == "retry_word"), key=len)
    pattern = re.compile("|".join(map(_part, words[::-1])) or r"(?!)", re.IGNORECASE)
    known.cache["latest_retry"] = pattern
    return pattern


def resolved_later(text: str, known: CodeKinds) -> bool:
    """Whether a success told after every failure of the text is its latest state: a word of
    success, not negated, after the last word or code of a failure, in a sentence that tells a
    retry or an authentication ("the retry went through"; not "the first one went through")."""
    if len(text) > HEAD:
        return False
    last = _last_failure(text, known)
    if last < 0:
        return False
    from app.reading.told_states import SENTENCE

    for found in _successes(known).finditer(text, last):
        if found.group().lower() in _NO_RETRY_SUCCESS:
            continue
        if _another_row(text, found.start(), last):
            continue  # a handover sheet's or a report's other row: a payment of its own
        before = text[max(last, found.start() - 16) : found.start()]
        if _NEGATED.search(before) or _denied_inside(found.group()):
            continue  # "not successful", "gick inte igenom", "ging die Zahlung nicht durch"
        start = next((s.start() for s in SENTENCE.finditer(text) if s.end() > found.start()), 0)
        # The clause the success stands in, from its sentence's last break before it, tells of
        # no earlier payment ("first one went through fine"); a retry is told in it or between
        # the failure and it ("vi försökte igen kl 15, då gick betalningen igenom", "Retried
        # on the 5th. Payment succeeded.").
        said = text[start : found.end()]
        while (cut := _last_break(said)) > 0:
            said = said[cut:]
        after = _clause_after(text, found.end())  # "went through on the second try"
        if _EARLIER.search(said + after):
            continue
        if _retries(known).search(said + after):
            return True
        # A retry told before the success's sentence, unless the success is a dated line of a
        # timeline (a Dashboard's or an app's, newest first: its order is no order of events).
        line = text.rfind("\n", 0, found.start()) + 1
        between = text[max(last, found.start() - RETRY_REACH) : found.start()]
        if not _DATED_LINE.match(text, line) and _retries(known).search(between):
            return True
    return False


def _another_row(text: str, at: int, last: int) -> bool:
    """Whether the success at `at` stands in a table's row after the one of the last failure:
    each row is a payment of its own (another customer's), not the failed one's retry."""
    from app.reading.tables import is_row

    line = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return last < line and is_row(text[line : end if end >= 0 else len(text)])


def _denied_inside(said: str) -> bool:
    """Whether a negation stands between the words of a split success ("gick inte igenom")."""
    from app.reading.told_reasons import NEGATION, _pattern

    return " " in said and _pattern(f"(?i){NEGATION}").search(said) is not None


def _clause_after(text: str, end: int) -> str:
    """The words after `end` up to the next clause break or sentence end."""
    from app.reading.told_reasons import _CLAUSE_BREAK, _pattern

    rest = text[end : end + 120]
    stop = _pattern(rf"{_CLAUSE_BREAK}|[.!?\n\u3002]").search(rest)
    return rest[: stop.start()] if stop else rest


def _last_break(said: str) -> int:
    """Where the text after the last clause break of `said` starts, or 0."""
    from app.reading.told_reasons import _CLAUSE_BREAK, _pattern

    ends = [m.end() for m in _pattern(_CLAUSE_BREAK).finditer(said)]
    return ends[-1] if ends and ends[-1] < len(said) else 0


def settle(reading: PasteReading, text: str, known: CodeKinds) -> PasteReading:
    """The reading after every reader: nothing failed for words that tell a failure and then a
    success (not a table or a page), and a nothing-failed reading's confidential reasons (an
    early fraud warning, a fraudulent dispute)."""
    if reading.failures and reading.parse_path == "text" and resolved_later(text, known):
        reading = PasteReading([], reading.parse_path, [RESOLVED])
    if not reading.failures:
        from app.reading.nothing_failed import calm_confidential

        reading.confidential = calm_confidential(text, known)
    return reading
