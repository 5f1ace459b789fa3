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


def _values(known: CodeKinds) -> tuple[dict[str, str], str | None, re.Pattern[str] | None]:
    """Each sensitive value of those kinds and its kind, a pattern that finds them in any
    case, and one that finds them in a lower-cased text of ASCII (a pattern that ignores
    case is tried at every character; this one starts with the values' first letters, which
    re finds in C). The first is needed only for a text beyond ASCII: left to re to compile
    when one comes (0.4 ms of reading any paste of ASCII)."""
    cached = known.cache.get("field_values")
    if isinstance(cached, tuple):
        return cached
    kinds = {code: kind for kind, code in sorted(known.sensitive) if kind in _CARRIERS}
    ordered = sorted(kinds, key=len, reverse=True)
    alternatives = "|".join(re.escape(code) for code in ordered)
    # A value after a time's colon (`12:43`) is not one.
    pattern = rf"(?i)(?<![\w.\-])(?<!\d:)(?:{alternatives})(?![\w\-])" if kinds else None
    # Grouped by first letter, longest first within each: one look at the edge a letter.
    firsts: dict[str, list[str]] = {}
    for code in (code.lower() for code in ordered):
        firsts.setdefault(code[0], []).append(re.escape(code[1:]))
    edged = "|".join(
        re.escape(first) + r"(?<![\w.\-].)(?<!\d:.)(?:" + "|".join(rests) + ")"
        for first, rests in firsts.items()
    )
    ascii_lowered = re.compile(rf"(?:{edged})(?![\w\-])") if kinds else None
    known.cache["field_values"] = (kinds, pattern, ascii_lowered)
    return kinds, pattern, ascii_lowered


def sensitive_field_values(text: str, known: CodeKinds) -> list[str]:
    """The sensitive values the text gives under their field's name (`blocked`, `highest`, `43`),
    each once, in order."""
    kinds, pattern, ascii_lowered = _values(known)
    found: list[str] = []
    if pattern is None or ascii_lowered is None:
        return found
    # Text of ASCII lowers letter for letter, where ignoring case matches just those letters.
    matches = ascii_lowered.finditer(text.lower()) if text.isascii() else re.finditer(pattern, text)
    for match in matches:
        value = match.group().lower()
        if value in found:
            continue
        if not labels_before(text, match.start(), known.names).isdisjoint(_CARRIERS[kinds[value]]):
            found.append(value)
            if len(found) == len(kinds):
                break
    return found
