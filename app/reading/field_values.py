"""Sensitive values under their field's name, wherever they stand in a paste.

A reader that picks fields out of text keeps the first value of each field, so the second
object of a code literal, a log of two attempts or a table (`type: 'blocked'`, `risk_level:
"highest"`, `network_decline_code: 43`) could leave a Radar block or a sensitive network code
unread. An outcome type or a risk level is an ordinary word ("blocked", "highest") and counts
only under its field's name; this finds each one there, whatever the style of the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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


# A text of ASCII up to this long is searched for each value with str.find (13 values: a few
# microseconds), where compiling the values' pattern costs every paste about 0.35 ms; a longer
# one (a log) has the pattern compiled once, as re finds many values faster.
_FIND_CHARS = 64_000
# What joins a value to the characters before it or after it (the patterns' edges, for ASCII).
_WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_JOINS_BEFORE = frozenset(_WORD + ".-")
_JOINS_AFTER = frozenset(_WORD + "-")
_DIGITS = frozenset("0123456789")


def _values(known: CodeKinds) -> tuple[dict[str, str], str | None, str | None, tuple[str, ...]]:
    """Each sensitive value of those kinds and its kind, a pattern that finds them in any
    case, and one that finds them in a lower-cased text of ASCII (a pattern that ignores
    case is tried at every character; this one starts with the values' first letters, which
    re finds in C), each compiled by re when first used; and the values in lower case when
    each is of letters, digits and `_` (found with str.find then, _found_at)."""
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
    ascii_lowered = rf"(?:{edged})(?![\w\-])" if kinds else None
    lowered = tuple(code.lower() for code in ordered)
    plain = lowered if all(value and _JOINS_AFTER.issuperset(value) for value in lowered) else ()
    found = (kinds, pattern, ascii_lowered, plain)
    known.cache["field_values"] = found
    return found


def _found_at(lowered: str, values: tuple[str, ...]) -> list[tuple[int, str]]:
    """Where the ASCII pattern finds each value in a lower-cased text of ASCII, in order, for
    values of letters, digits, `_` and `-`: standing alone, so no two overlap or start at one
    place."""
    found = []
    for value in values:
        at = lowered.find(value)
        while at != -1:
            end = at + len(value)
            before = lowered[at - 1] if at else ""
            if (
                before not in _JOINS_BEFORE
                and not (before == ":" and at > 1 and lowered[at - 2] in _DIGITS)
                and lowered[end : end + 1] not in _JOINS_AFTER
            ):
                found.append((at, value))
            at = lowered.find(value, at + 1)
    found.sort()
    return found


def sensitive_field_values(text: str, known: CodeKinds) -> list[str]:
    """The sensitive values the text gives under their field's name (`blocked`, `highest`, `43`),
    each once, in order."""
    kinds, pattern, ascii_lowered, plain = _values(known)
    found: list[str] = []
    if pattern is None or ascii_lowered is None:
        return found
    # Text of ASCII lowers letter for letter, where ignoring case matches just those letters.
    matches: Iterable[tuple[int, str]]
    if not text.isascii():
        matches = [(match.start(), match.group()) for match in re.finditer(pattern, text)]
    elif plain and len(text) <= _FIND_CHARS:
        matches = _found_at(text.lower(), plain)
    else:
        lowered = text.lower()
        matches = ((match.start(), match.group()) for match in re.finditer(ascii_lowered, lowered))
    for start, value in matches:
        value = value.lower()
        if value in found:
            continue
        if not labels_before(text, start, known.names).isdisjoint(_CARRIERS[kinds[value]]):
            found.append(value)
            if len(found) == len(kinds):
                break
    return found
