"""How well the reader reads texts it was not built on: a held-out set is a folder of
NAME.txt beside NAME.expect.json, labelled as docs/labels.md says (the same form as
tests/data/agent_texts/). Prints the share read right and how many of the confidential failures
were marked confidential.

    .venv/bin/python scripts/reading_eval.py FOLDER [FOLDER ...] [-v]

-v lists every text read differently, with its label and what was read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.catalogue.catalog import Catalog  # noqa: E402
from tests.reading.test_agent_texts import read_as_labelled  # noqa: E402


def measure(catalog: Catalog, folder: Path, show: bool) -> tuple[int, int, int, int]:
    """(read right, texts, confidential marked, confidential) over one held-out folder."""
    right = total = marked = confidential = 0
    for label in sorted(folder.glob("*.expect.json")):
        name = label.name.removesuffix(".expect.json")
        expected = json.loads(label.read_text(encoding="utf-8"))
        text = (folder / f"{name}.txt").read_text(encoding="utf-8", errors="replace")
        found = read_as_labelled(text, catalog)
        wrong = {key for key, value in expected.items() if found.get(key) != value}
        total += 1
        right += not wrong
        if expected.get("sensitive") or expected.get("confidential"):
            confidential += 1  # a failure's mark, or the warning of a text where nothing failed
            marked += bool(found.get("sensitive") or found.get("confidential"))
        if wrong and show:
            print(f"  {name}: expected {expected}, read {found}")
    return right, total, marked, confidential


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    with Catalog(ROOT / "catalog.db") as catalog:
        for folder in args.folders:
            right, total, marked, confidential = measure(catalog, folder, args.verbose)
            share = 100 * right / total if total else 0.0
            print(
                f"{folder.name}: {right} / {total} = {share:.1f}% read right, "
                f"{marked} of {confidential} confidential marked"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
