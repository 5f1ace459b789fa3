"""A note that lists a payment's attempts by date ("28 Nov authentication_required / 29 Nov
card_declined / insufficient_funds", "2026-11-29: expired_card", "11月30日 do_not_honor"): the
latest attempt is the one a careful agent answers, unless a confidential code stands in any
of them (that one first, DESIGN.md). Dates in the twelve languages' month names and in ISO,
day-month and CJK forms; a date with no month name and no year ("28/11") is too ambiguous."""

from __future__ import annotations

import re

# Each month's first letters in the shipped languages, by its number.
_MONTHS = (
    ("jan", "ene", "gen", "sty", "janv"),
    ("feb", "fév", "fev", "févr", "lut"),
    ("mar", "mär", "mrz", "mrt", "mars"),
    ("apr", "avr", "abr", "kwi"),
    ("may", "mai", "mei", "maj", "mag"),
    ("jun", "juin", "giu", "cze"),
    ("jul", "juil", "lug", "lip"),
    ("aug", "août", "ago", "sie"),
    ("sep", "sept", "set", "wrz"),
    ("oct", "okt", "out", "ott", "paź", "paz"),
    ("nov", "lis"),
    ("dec", "déc", "dez", "dic", "gru"),
)
_MONTH = {name: number for number, names in enumerate(_MONTHS, 1) for name in names}
_NAME = "|".join(sorted(map(re.escape, _MONTH), key=len, reverse=True))
_DATE = re.compile(
    rf"(?i)\b(?P<y1>\d{{4}})-(?P<m1>\d{{1,2}})-(?P<d1>\d{{1,2}})\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:er|\.)?\s*(?:de\s+)?(?P<n2>{_NAME})[a-zäéû]*\.?(?!\w)"
    rf"|(?<!\w)(?P<n3>{_NAME})[a-zäéû]*\.?\s+(?P<d3>\d{{1,2}})\b(?!:\d)"
    r"|\b(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4})?"
    r"|(?P<m5>\d{1,2})\s*[月월]\s*(?P<d5>\d{1,2})\s*[日일]"
)


def _when(match: re.Match[str]) -> tuple[int, int, int] | None:
    """The date a match tells as (year or 0, month, day), or None when it is no date."""
    found = match.groupdict()
    year = int(found["y1"] or found["y4"] or 0)
    if found["n2"] or found["n3"]:
        month = _MONTH.get((found["n2"] or found["n3"]).lower())
        day = int(found["d2"] or found["d3"])
    else:
        month = int(found["m1"] or found["m4"] or found["m5"])
        day = int(found["d1"] or found["d4"] or found["d5"])
    return (year, month, day) if month and 1 <= month <= 12 and 1 <= day <= 31 else None


def latest(text: str, codes: list[str], sensitive: frozenset[str]) -> list[str]:
    """The codes of the latest dated attempt, when two attempts or more each stand after their
    date and none of the codes is confidential; else []."""
    if len(codes) < 2 or any(code in sensitive for code in codes):
        return []
    dates = [(when, match.end()) for match in _DATE.finditer(text) if (when := _when(match))]
    lowered = text.lower()
    attempts = []
    for index, (when, start) in enumerate(dates):
        end = dates[index + 1][1] if index + 1 < len(dates) else len(text)
        told = [code for code in codes if code in lowered[start:end]]
        if told:
            attempts.append((when, start, told))
    if len(attempts) < 2:
        return []
    return max(attempts, key=lambda attempt: (attempt[0], attempt[1]))[2]
