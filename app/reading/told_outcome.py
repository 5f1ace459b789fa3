"""An outcome told as a row or in words rather than as an object's field: "Outcome: blocked by
Radar", "outcome type says blocked", "Ergebnis: blockiert", a Dashboard copy whose Outcome row a
browser translated ("结果	已阻止", "結果 ブロック"). A value counts only right after an Outcome
label; the labels and values are vocabulary.toml's `outcome_rows`."""

from __future__ import annotations

import re

from app.reading.labels import alternation
from app.reading.report import CodeKinds
from app.reading.told_reasons import denied

_NOT_AFTER = r"[\w.]"  # a label right after a dot is part of a name (`charge.outcome`)
HEAD = 20_000  # a note or a Dashboard copy; a longer text is a log, whose fields the readers read
# What may stand between the label and its value: a colon, a tab, an arrow, and the few words a
# person writes there ("outcome type says blocked", "Ergebnis ist blockiert", "结果为 已阻止").
_BETWEEN = (
    r"[\s:=\uff1a|\-\u2013>\"'`]*(?:(?:type|typ|tipo|says|said|shows|is|was|ist|war|est|es"
    r"|era|è|é|är|var|is|jest|to|was|は|为|為|是|은|는|:)[\s:=\uff1a|\-\u2013>\"'`]*){0,3}"
)


def _pattern(known: CodeKinds) -> re.Pattern[str]:
    cached = known.cache.get("outcome_rows")
    if isinstance(cached, re.Pattern):
        return cached
    labels = [word for word, value in known.outcome_rows.items() if value == "label"]
    values = [word for word, value in known.outcome_rows.items() if value != "label"]
    label, value = alternation(labels, _NOT_AFTER), alternation(values, _NOT_AFTER)
    pattern = re.compile(rf"(?:{label}){_BETWEEN}(?P<value>{value})")
    known.cache["outcome_rows"] = pattern
    return pattern


def _first_words(known: CodeKinds) -> frozenset[str]:
    """The first word of each Outcome label (the label as written up to its first space)."""
    cached = known.cache.get("outcome_row_firsts")
    if isinstance(cached, frozenset):
        return cached
    labels = [word for word, value in known.outcome_rows.items() if value == "label"]
    firsts = frozenset(label.split(" ", 1)[0] for label in labels if label)
    known.cache["outcome_row_firsts"] = firsts
    return firsts


def row_outcome(text: str, known: CodeKinds) -> str | None:
    """The outcome type an Outcome label's value tells, the first not denied, or None."""
    if not known.outcome_rows:
        return None
    lowered = text[:HEAD].lower()
    if not any(first in lowered for first in _first_words(known)):
        return None  # every label starts with its first word as written: none stands here
    for match in _pattern(known).finditer(lowered):
        start, end = match.span("value")
        if not denied(lowered, start, end):
            return known.outcome_rows.get(" ".join(match.group("value").split()))
    return None
