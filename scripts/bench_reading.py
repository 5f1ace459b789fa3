"""Times read_paste on large and hostile pastes (BENCHMARKS.md, "Reading what agents have").

    .venv/bin/python scripts/bench_reading.py          # the typical and large pastes
    .venv/bin/python scripts/bench_reading.py hostile  # each hostile paste at 0.5 and 1 MB

Best of several runs; run it beside another checkout (PYTHONPATH=THAT) to compare.
"""

from __future__ import annotations

import contextlib
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import paths  # noqa: E402
from app.catalogue.catalog import Catalog  # noqa: E402
from app.reading.paste import read_paste  # noqa: E402
from app.reading.report import UnreadablePaste  # noqa: E402


def _best(text: str, known: object, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        with contextlib.suppress(UnreadablePaste):
            read_paste(text, known)  # type: ignore[arg-type]
        best = min(best, time.perf_counter() - started)
    return best


def large() -> dict[str, str]:
    events = json.loads((ROOT / "tests/data/pastes/bare_array_of_events.txt").read_text())
    line = "2026-12-06T10:15:02Z INFO request ok path=/v1/charges status=200 " + "x" * 40 + "\n"
    error = json.dumps({"error": {"type": "card_error", "code": "card_declined"}})
    log = line * (1_000_000 // len(line)) + "2026-12-06T10:15:02Z ERROR " + error + "\n"
    words = ["the", "payment", "card", "was", "declined", "customer", "order", "refund"]
    random.seed(1)
    router = (
        "2026-12-06T12:{:02d}:{:02d}Z heroku[router]: at=info method=POST path=/api/checkout "
        'host=shop.example.com request_id={:x} fwd="10.0.{}.{}" dyno=web.{} connect={}ms '
        "service={}ms status={} bytes={} protocol=https\n"
    )
    logfmt = [
        router.format(
            *(random.randrange(n) for n in (60, 60, 2**64, 256, 256, 9, 9, 900)),
            random.choice((200, 201, 402, 500)),
            random.randrange(9999),
        )
        for _ in range(5_000)
    ]
    logfmt.insert(
        2_500,
        "app[web.1]: Stripe::CardError: Your card was declined. "
        "code=card_declined decline_code=stolen_card network_decline_code=43\n",
    )
    return {
        "a Charge, pretty JSON": json.dumps(events[0], indent=2),
        "a 1 MB log": log,
        "1.3 MB of prose": " ".join(random.choice(words) for _ in range(200_000)),
        "a 0.5 MB one-line JSON list": json.dumps({"data": [events[0]] * 400}),
        "a 1 MB log escaped twice": json.dumps(json.dumps(log)),
        "a 1 MB logfmt log (router lines, one error in words)": "".join(logfmt),
    }


HOSTILE = {
    "one long word": "x" * 1_000_000,
    "single letters with spaces": "a " * 500_000,
    "labels with codes": "network decline code 41 " * 40_000,
    "underscores": "a_" * 500_000,
    "quotes": '"' * 1_000_000,
    "percent runs": "%41" * 300_000,
    "php arrows": "[a] => " * 140_000,
    "html breaks": "<br>" * 250_000,
    "wrapped lines": ("y" * 79 + "\n") * 12_500,
    "a label and a network code per line": "x: 43\n" * 170_000,
    "a word and a network code": "code 43 " * 125_000,
}


def main() -> None:
    known = Catalog(paths.catalog_path()).code_kinds()
    if sys.argv[1:] == ["hostile"]:
        for name, text in HOSTILE.items():
            half, whole = _best(text[: len(text) // 2], known, 1), _best(text, known, 1)
            print(f"{name}: 0.5 MB {half:.2f} s, 1 MB {whole:.2f} s")
        return
    for name, text in large().items():
        seconds = _best(text, known, 3 if len(text) > 100_000 else 50)
        print(f"{name} ({len(text) / 1e6:.2f} MB): {seconds * 1000:.2f} ms")


if __name__ == "__main__":
    main()
