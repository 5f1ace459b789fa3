"""explain()'s decisions over every catalogue code match the reviewed table
(tests/data/decisions.jsonl, tests/verdict/decision_table.py), and the table itself keeps
DESIGN.md's rules: a confidential failure gets the generic decline, a forbidden retry is never
invited. One run takes about a second, so `make mutate` runs it for every mutant."""

from __future__ import annotations

from typing import Any

import pytest

from app.catalogue.catalog import Catalog
from app.verdict.explain import generic_decline
from tests.verdict.decision_table import read_table, table

# Decisions pinned over many codes in a second: `make mutate` runs these first.
pytestmark = pytest.mark.decisions


@pytest.fixture(scope="module")
def pinned() -> dict[str, dict[str, Any]]:
    return read_table()


def _differences(name: str, want: dict[str, Any] | None, got: dict[str, Any] | None) -> str:
    if want is None or got is None:
        return f"{name}: {'new case' if want is None else 'case gone'}"
    fields = sorted(k for k in want.keys() | got.keys() if want.get(k) != got.get(k))
    return f"{name}: " + "; ".join(f"{k} {want.get(k)!r} -> {got.get(k)!r}" for k in fields)


def test_every_case_is_decided_as_the_reviewed_table_says(
    catalog: Catalog, pinned: dict[str, dict[str, Any]]
) -> None:
    now = table(catalog)
    changed = [
        _differences(name, pinned.get(name), now.get(name))
        for name in sorted(pinned.keys() | now.keys())
        if pinned.get(name) != now.get(name)
    ]
    assert not changed, (
        f"{len(changed)} of {len(now)} rows differ from tests/data/decisions.jsonl (if meant, "
        "write it again with `python -m tests.verdict.decision_table` and review the diff):\n"
        + "\n".join(changed[:12])
    )


def test_the_table_covers_every_code_of_the_catalogue(
    catalog: Catalog, pinned: dict[str, dict[str, Any]]
) -> None:
    told = {ref for r in pinned.values() for ref in r.get("entries", "").split()}
    every = {f"{e.kind}/{e.code}" for e in catalog.entries()}
    assert every - told == set()


def test_a_confidential_row_gets_only_the_generic_decline(
    pinned: dict[str, dict[str, Any]],
) -> None:
    replies = {generic_decline(True), generic_decline(False)}
    confidential = [r for r in pinned.values() if r.get("sensitive")]
    assert len(confidential) > 150
    for r in confidential:
        assert r["verdict"].split(" / ")[2] in replies, r
        assert "confidential" in r, r


def test_no_row_invites_a_retry_its_verdict_forbids(
    catalog: Catalog, pinned: dict[str, dict[str, Any]]
) -> None:
    invites = set(catalog.vocabulary("reply_invites_retry"))
    verdicts = [r["verdict"].split(" / ") for r in pinned.values() if "verdict" in r]
    assert {retry for retry, _, _ in verdicts} >= {"now", "later", "after_fix", "never"}
    assert [v for v in verdicts if v[0] == "never" and v[2] in invites] == []
