"""The guard on texts of 1 KB to 1 MB, ordinary and hostile: goal under 1 s for 1 MB
(BENCHMARKS.md). `make bench` prints the table; `make test` runs each once."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from tests.replies.guard_texts import PIECES, REVEALING, hostile_text

SIZES = {"1KB": 1024, "10KB": 10 * 1024, "100KB": 100 * 1024, "1MB": 1024 * 1024}


@pytest.fixture(scope="module")
def guard(catalog: Catalog) -> Guard:
    guard = Guard.from_catalog(catalog)
    guard.check("warm up", None)
    return guard


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("kind", sorted(PIECES))
def test_check_a_long_text(benchmark, guard: Guard, kind: str, size: str) -> None:  # type: ignore[no-untyped-def]
    text = hostile_text(kind, SIZES[size])
    problems = benchmark(guard.check, text, None)
    assert bool(problems) == (kind in REVEALING)


def test_first_check_builds_the_patterns(benchmark, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    """What the first copy of a session pays: reading the lists and compiling the patterns."""

    def first_check() -> None:
        Guard.from_catalog(catalog).check("Your payment did not go through.", "de")

    benchmark.pedantic(first_check, rounds=3, iterations=1)
