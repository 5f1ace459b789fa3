"""The reading matrix: every canonical failure, printed in every language's form, damaged by every
way of copying, alone and in pairs, reads back to its fields, and no rendering of a sensitive
failure is ever left unmarked (issue 26).

Sizes (tests/reading/renderings.py): 18 failures x 23 renderings x (1 + 16 damages) alone, and
9 failures (every sensitive decline code and two others) x 23 renderings x 120 pairs of damage.
"""

from __future__ import annotations

from itertools import combinations

import pytest

from app.catalogue.catalog import Catalog
from app.reading.report import UnreadablePaste
from app.replies.analyse import analyse_paste
from tests.reading.renderings import (
    DAMAGE,
    LOSSY,
    RENDERINGS,
    Canonical,
    canonicals,
)

CANONICALS = canonicals()
PAIR_CANONICALS = [c for c in CANONICALS if c.sensitive] + [
    c for c in CANONICALS if c.decline_code in ("insufficient_funds", "expired_card")
]
SINGLE = [("none",), *((name,) for name in DAMAGE)]
PAIRS = list(combinations(DAMAGE, 2))


def _render(c: Canonical, rendering: str, damage: tuple[str, ...]) -> str:
    text = RENDERINGS[rendering](c)
    for name in damage:
        if name != "none":
            text = DAMAGE[name](text)
    return text


def _problems(c: Canonical, text: str, damage: tuple[str, ...], catalog: Catalog) -> list[str]:
    try:
        _, findings = analyse_paste(text, catalog)
    except UnreadablePaste as error:
        return [f"unreadable: {error.message}"]
    if not findings:
        return ["no failure"]
    first = findings[0]
    report, sensitive = first.report, first.explanation.sensitive
    lossy = LOSSY.intersection(damage)
    problems = []
    if lossy:
        if c.sensitive and c.decline_code and c.decline_code in text and not sensitive:
            problems.append("sensitive code still in the text, not marked")
        if not c.sensitive and sensitive:
            problems.append("marked confidential")
        return problems
    if sensitive != c.sensitive:
        problems.append(f"sensitive is {sensitive}")
    if report.decline_code != c.decline_code:
        problems.append(f"decline_code {report.decline_code!r}")
    if report.code != c.code:
        problems.append(f"code {report.code!r}")
    if report.error_type != c.error_type:
        problems.append(f"error_type {report.error_type!r}")
    return problems


def _check(
    rendering: str, damage: tuple[str, ...], cases: list[Canonical], catalog: Catalog
) -> None:
    failed = {}
    for c in cases:
        text = _render(c, rendering, damage)
        problems = _problems(c, text, damage, catalog)
        if problems:
            failed[c.decline_code or c.code] = problems
    assert not failed, f"{rendering} + {'+'.join(damage)}: {failed}"


@pytest.mark.parametrize("damage", SINGLE, ids="+".join)
@pytest.mark.parametrize("rendering", list(RENDERINGS))
def test_every_rendering_with_each_damage_reads_back(
    rendering: str, damage: tuple[str, ...], catalog: Catalog
) -> None:
    _check(rendering, damage, CANONICALS, catalog)


@pytest.mark.parametrize("damage", PAIRS, ids="+".join)
@pytest.mark.parametrize("rendering", list(RENDERINGS))
def test_every_rendering_with_two_damages_reads_back(
    rendering: str, damage: tuple[str, ...], catalog: Catalog
) -> None:
    _check(rendering, damage, PAIR_CANONICALS, catalog)
