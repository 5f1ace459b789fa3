"""Reading takes time in proportion to the paste: twice the text takes about twice the time,
whatever shape it has (logs of every shape, prose, escaped logs, hostile repetitions). A
reader that re-read the text per label, per phrase or per line shows 4x and more."""

from __future__ import annotations

import contextlib
import json
import random
import time
from collections.abc import Callable
from functools import partial

import pytest

from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from tests.reading.long_logs import SHAPES, long_log

SIZE = 48 * 1024


def _prose(size: int) -> str:
    source = random.Random(3)
    words = ["the", "payment", "card", "was", "declined", "customer", "order", "refund"]
    return " ".join(source.choice(words) for _ in range(size // 5))[:size]


# Each kind of text at a given size; the logs carry one sensitive failure in their middle.
KINDS: dict[str, Callable[[int], str]] = {
    **{f"log, {shape}": partial(long_log, shape, code="stolen_card") for shape in SHAPES},
    "prose": _prose,
    "a logfmt log escaped twice": lambda size: json.dumps(
        json.dumps(long_log("logfmt", size, "lost_card"))
    ),
    "a label and a network code per line": lambda size: "x: 43\n" * (size // 6),
    "a word and a network code": lambda size: "code 43 " * (size // 8),
    "labels with codes": lambda size: "network decline code 41 " * (size // 24),
    "single letters with spaces": lambda size: "a " * (size // 2),
    "php arrows": lambda size: "[a] => " * (size // 7),
}


def _best_times(known: CodeKinds, texts: tuple[str, str], rounds: int = 5) -> tuple[float, float]:
    """The least CPU time of several readings of each text, taken in turn so that a busy
    machine slows both alike."""
    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        for index, text in enumerate(texts):
            started = time.process_time()
            with contextlib.suppress(UnreadablePaste):
                read_paste(text, known)
            best[index] = min(best[index], time.process_time() - started)
    return best[0], best[1]


@pytest.mark.parametrize("kind", list(KINDS))
def test_twice_the_paste_takes_about_twice_the_time(catalog: Catalog, kind: str) -> None:
    known = catalog.code_kinds()
    make = KINDS[kind]
    with contextlib.suppress(UnreadablePaste):  # patterns compiled, labels memoised
        read_paste(make(1024), known)
    single, double = _best_times(known, (make(SIZE), make(2 * SIZE)))
    # 3x leaves room for noise; a reader that re-reads the text per label or per line shows 4x.
    assert double < 3 * max(single, 0.002), (kind, single, double)
