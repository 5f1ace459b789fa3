"""What the guard's classifier costs: the rules alone against the rules with the classifier,
in the same process and in turn (best CPU time of several checks, no locale).

    .venv/bin/python scripts/bench_guard_model.py

The texts are those of tests/benchmarks/test_bench_guard.py (a piece repeated), and 1 MB of
sentences that are all different (the ordinary edits of tests/data/guard/harmless.toml, each
with its own reference written in letters), the classifier's worst case: nothing is judged
twice.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.catalogue.catalog import Catalog  # noqa: E402
from app.replies.guard import Guard  # noqa: E402
from tests.replies.guard_texts import PIECES, distinct_sentences, hostile_text  # noqa: E402

SIZES = (1024, 10 * 1024, 100 * 1024, 1024 * 1024)


def best(guard: Guard, text: str, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.process_time()
        guard.check(text, None)
        times.append(time.process_time() - started)
    return min(times)


def main() -> None:
    catalog = Catalog(ROOT / "catalog.db")
    rules = Guard(catalog.guard_rows(), catalog.guard_reasons(), catalog.confusables())
    both = Guard.from_catalog(catalog)
    for guard in (rules, both):
        guard.check("warm up", None)
    print("| text | 1 KB | 10 KB | 100 KB | 1 MB |\n| --- | --- | --- | --- | --- |")
    kinds = {kind: (lambda size, kind=kind: hostile_text(kind, size)) for kind in sorted(PIECES)}
    kinds["distinct_sentences"] = distinct_sentences
    for kind, make in kinds.items():
        cells = []
        for size in SIZES:
            text, rounds = make(size), 5 if size < SIZES[-1] else 3
            if kind == "distinct_sentences":  # a fresh guard each time: nothing judged before
                fresh = [Guard.from_catalog(catalog) for _ in range(rounds)]
                for guard in fresh:
                    guard.check("warm up", None)
                ours = min(best(guard, text, 1) for guard in fresh)
            else:
                ours = best(both, text, rounds)
            alone = best(rules, text, rounds)
            cells.append(f"{alone * 1000:.1f} / {ours * 1000:.1f} ms")
        print(f"| {kind} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
