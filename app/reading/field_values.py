"""Sensitive values under their field's name, wherever they stand in a paste.

A reader that picks fields out of text keeps the first value of each field, so the second
object of a code literal, a log of two attempts or a table (`type: 'blocked'`, `risk_level:
"highest"`, `network_decline_code: 43`) could leave a Radar block or a sensitive network code
unread. An outcome type or a risk level is an ordinary word ("blocked", "highest") and counts
only under its field's name; this finds each one there, whatever the style of the name.
"""

from __future__ import annotations

import re

from app.reading.labels import labels_before
from app.reading.report import CodeKinds

# The kinds whose sensitive values are ordinary words or digits, and the fields that carry them.
# `type` carries an outcome type in the Charge's `outcome` object.
_CARRIERS = {
    "outcome_type": ("outcome_type", "outcome", "type"),
    "risk_level": ("risk_level",),
    "network_status": ("network_status",),
    "outcome_reason": ("reason",),
    "network_decline_code": ("network_decline_code",),
}


def _values(known: CodeKinds) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Each sensitive value of those kinds and its kind, and a pattern that finds them."""
    cached = known.cache.get("field_values")
    if isinstance(cached, tuple):
        return cached
    kinds = {code: kind for kind, code in sorted(known.sensitive) if kind in _CARRIERS}
    alternatives = "|".join(re.escape(code) for code in sorted(kinds, key=len, reverse=True))
    # A value after a time's colon (`12:43`) is not one.
    pattern = (
        re.compile(rf"(?<![\w.\-])(?<!\d:)(?:{alternatives})(?![\w\-])", re.IGNORECASE)
        if kinds
        else None
    )
    known.cache["field_values"] = (kinds, pattern)
    return kinds, pattern


def sensitive_field_values(text: str, known: CodeKinds) -> list[str]:
    """The sensitive values the text gives under their field's name (`blocked`, `highest`, `43`),
    each once, in order."""
    kinds, pattern = _values(known)
    found: list[str] = []
    if pattern is None:
        return found
    for match in pattern.finditer(text):
        value = match.group().lower()
        if value in found:
            continue
        if not labels_before(text, match.start(), known.names).isdisjoint(_CARRIERS[kinds[value]]):
            found.append(value)
            if len(found) == len(kinds):
                break
    return found
