"""Times the reply guard on reply packs: a normal pack, every reply, and the worst 256 KB pack.

Usage: .venv/bin/python scripts/bench_guard.py   (prints CPU and wall time, best of 7)
CPU time is given beside wall time because the development machine is shared and busy.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import paths
from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from app.replies.packs import MAX_PACK_BYTES, ReplyPack, load_pack


def best(run, rounds: int = 7) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    run()
    cpu, wall = [], []
    for _ in range(rounds):
        started_cpu, started = time.process_time(), time.perf_counter()
        run()
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    return min(cpu) * 1000, min(wall) * 1000


def main() -> None:
    catalog = Catalog(paths.catalog_path())
    guard = Guard.from_catalog(catalog)
    classes, locales = catalog.vocabulary("reply_classes"), catalog.reply_locales()

    def shipped(languages: tuple[str, ...]) -> str:
        return ReplyPack("Bench", {(c, loc, ch): catalog.reply_template(loc, c, ch)
                                   for c in classes for loc in languages
                                   for ch in ("email", "chat")}).to_toml()

    body = ("Your payment[[ of {amount}]] did not go through, sorry. Please try another card. "
            * 8 + "Please try again later. " * 200)[:3990]
    worst = ""
    for locale in locales:
        for reply_class in classes:
            table = f'[replies.{reply_class}."{locale}"]\nemail = "{body}"\nchat = "{body}"\n'
            if len((worst + table).encode()) < MAX_PACK_BYTES:
                worst += table
    cases = [("normal pack: every reply class in 2 languages", shipped(("en", "de"))),
             ("every reply class in all 8 languages", shipped(locales)),
             ("worst pack the limits allow (4,000-character texts, 8 optional parts)", worst)]
    for name, text in cases:
        cpu, wall = best(lambda text=text: load_pack(text, classes, locales, guard),
                         3 if text is worst else 7)
        print(f"{name} ({len(text.encode()) // 1024} KB): CPU {cpu:.0f} ms, wall {wall:.0f} ms")
    reply = catalog.reply_template("de", "generic_decline", "email")
    cpu, wall = best(lambda: guard.check(reply, "de"), 50)
    print(f"one email reply checked: CPU {cpu:.2f} ms, wall {wall:.2f} ms")


if __name__ == "__main__":
    main()
