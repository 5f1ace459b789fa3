"""Per-keystroke search latency: every prefix of typical queries, on the real catalogue and on
a synthetic one ten times larger. Prints p50 and p95 in milliseconds (goal: p95 under 5 ms).

    .venv/bin/python scripts/bench_search.py
"""

from __future__ import annotations

import copy
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.catalogue.catalog import Catalog  # noqa: E402
from app.catalogue.search import Searcher  # noqa: E402
from build.catalog import write_catalog  # noqa: E402
from build.catalog_source import load_source  # noqa: E402

QUERIES = ["insuficient funds", "card reported stolen", "cvv wrong", "do_not_honor",
           "expired card", "authentication required", "rate limit", "zip code wrong",
           "too many pin attempts", "currency not supported"]


def keystrokes() -> list[str]:
    return [q[:n] for q in QUERIES for n in range(1, len(q) + 1)]


def measure(path: Path) -> tuple[float, float, int]:
    with Catalog(path) as catalog:
        entries = sum(catalog.info().counts.values())
        times = []
        for _ in range(3):
            searcher = Searcher(catalog)  # a fresh one: no answer is cached from a former round
            for text in keystrokes():
                start = time.perf_counter()
                searcher.search(text, limit=50)
                times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)], entries


def synthetic(folder: Path, factor: int = 10) -> Path:
    """The real source with every entry repeated `factor` times under new code names."""
    source = load_source(ROOT / "resources" / "catalog")
    entries = []
    for n in range(factor):
        for entry in source.entries:
            clone = copy.deepcopy(entry)
            if n:
                clone["code"] = f"{entry['code']}_v{n}"
            entries.append(clone)
    bigger = type(source)(source.release, source.vocabulary, entries, source.replies,
                          source.source_hash)
    out = folder / "catalog-x10.db"
    write_catalog(bigger, out)
    return out


def main() -> int:
    p50, p95, n = measure(ROOT / "catalog.db")
    print(f"real catalogue ({n} entries): p50 {p50:.2f} ms, p95 {p95:.2f} ms per keystroke")
    with tempfile.TemporaryDirectory() as folder:
        p50, p95, n = measure(synthetic(Path(folder)))
    print(f"synthetic x10 ({n} entries): p50 {p50:.2f} ms, p95 {p95:.2f} ms per keystroke")
    return 0


if __name__ == "__main__":
    sys.exit(main())
