"""The guard reads a text once: twice the text takes about twice the time, whatever it holds
(a long word, letters one by one, near misses, Japanese, refused words everywhere)."""

from __future__ import annotations

import time

import pytest

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from tests.replies.guard_texts import PIECES, distinct_sentences, hostile_text

SIZE = 64 * 1024


@pytest.fixture(scope="module")
def guard(catalog: Catalog) -> Guard:
    guard = Guard.from_catalog(catalog)
    guard.check("warm up", None)  # the patterns are compiled once, on the first check
    return guard


def _best_times(guard: Guard, texts: tuple[str, str], rounds: int = 7) -> tuple[float, float]:
    """The least CPU time of several checks of each text, taken in turn so that a busy
    machine slows both alike: the least is the truest."""
    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        for index, text in enumerate(texts):
            started = time.process_time()
            guard.check(text, None)
            best[index] = min(best[index], time.process_time() - started)
    return best[0], best[1]


@pytest.mark.timing
@pytest.mark.parametrize("kind", sorted(PIECES))
def test_twice_the_text_takes_about_twice_the_time(guard: Guard, kind: str) -> None:
    single, double = _best_times(guard, (hostile_text(kind, SIZE), hostile_text(kind, 2 * SIZE)))
    # 3x leaves room for noise; a guard that re-reads per word or per split point shows 4x.
    assert double < 3 * max(single, 0.002), (kind, single, double)


@pytest.mark.timing
def test_twice_as_many_different_sentences_take_about_twice_the_time(catalog: Catalog) -> None:
    """The classifier's worst case: every sentence different, nothing judged before (each check
    gets a fresh guard, whose classifier has remembered no sentence)."""
    texts = (distinct_sentences(SIZE), distinct_sentences(2 * SIZE))
    best = [float("inf"), float("inf")]
    for _ in range(3):
        for index, text in enumerate(texts):
            fresh = Guard.from_catalog(catalog)
            fresh.check("warm up", None)
            started = time.process_time()
            fresh.check(text, None)
            best[index] = min(best[index], time.process_time() - started)
    assert best[1] < 3 * max(best[0], 0.002), best


def test_the_longest_hostile_word_is_refused_at_its_place(guard: Guard) -> None:
    # a word that reveals in every sense: a weak one ("stolen") needs an anchor beside it
    # (resources/guard/README.md, "Anchors"), which a sea of letters does not give
    word = "f r 4 u d u l e n t"
    text = hostile_text("single_letters", 20_000) + f" {word} " + "a" * 20_000
    (problem,) = guard.check(text, None)
    assert problem.phrase == word and text[problem.start : problem.end] == word
