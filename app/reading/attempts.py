"""A log or a copy of labelled lines that holds several attempts (`decline_code=insufficient_funds`
on one line, `decline_code=stolen_card` on the next): each labelled decline code is a failure of
its own, and one that is confidential by its own fields comes first, wherever it stands."""

from __future__ import annotations

from app.reading.labels import labels_before
from app.reading.report import CodeKinds, FailureReport, PasteReading
from app.reading.said_codes import MENTIONED, roles
from app.reading.sensitivity import signals
from app.reading.sweep import evidence

MAX_ATTEMPTS = 20
HEAD = 200_000  # a log's attempts are near each other; a longer text is read for its first


def _labelled(text: str, known: CodeKinds, codes: list[str]) -> list[str]:
    """The decline codes standing right after a decline code's label, in text order; a code
    only listed or compared ("if the decline code is one of: fraudulent, lost_card") is none."""
    lowered = text[:HEAD].lower()
    said = roles(text[:HEAD], codes, known)
    found: list[tuple[int, str]] = []
    for code in codes:
        if said[code] <= {MENTIONED}:
            continue
        at = lowered.find(code)
        while at >= 0:
            if "decline_code" in labels_before(text, at, known.names):
                found.append((at, code))
                break
            at = lowered.find(code, at + len(code))
    return [code for _, code in sorted(found)]


def own_signals(report: FailureReport, known: CodeKinds) -> list[str]:
    """What makes a failure confidential by its own fields, not by the paste's other words."""
    evidence, report.evidence = report.evidence, []
    try:
        return signals(report, known.sensitive, known.sensitive_codes)
    finally:
        report.evidence = evidence


def with_other_attempts(
    reading: PasteReading, text: str, known: CodeKinds, written: list[str]
) -> PasteReading:
    """The reading with a failure for each other labelled decline code of the text, the first
    confidential one first; unchanged when the text labels one decline code only."""
    if len(reading.failures) != 1:
        return reading
    first = reading.failures[0]
    declines = [c for c in written if "decline_code" in known.get(c, ())]
    if len(declines) < 2:
        return reading
    others = [c for c in _labelled(text, known, declines) if c != first.decline_code]
    for code in others[:MAX_ATTEMPTS]:
        attempt = FailureReport(shape="code", decline_code=code)
        if "error_code" in known.get(code, ()):
            attempt.code = code
        if not own_signals(attempt, known):  # the paste's words make it confidential too
            attempt.evidence.extend(evidence(text, known))
        reading.failures.append(attempt)
    confidential = next((f for f in reading.failures if own_signals(f, known)), None)
    if confidential is not None and confidential is not first:
        reading.failures.remove(confidential)
        reading.failures.insert(0, confidential)
    return reading
