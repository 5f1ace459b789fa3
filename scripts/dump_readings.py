"""Writes what a version of the reader reads from each labelled text, for
scripts/train_text_kind.py --rules (the rules of an older version against later sets).

    git archive COMMIT | tar -x -C OLD     # that version's tree, its catalog.db with it
    .venv/bin/python scripts/dump_readings.py OLD FOLDER OUT.json

Prints nothing but the count; OUT.json is {name: {"kind", "sensitive"}}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> int:
    tree, folder, out = (Path(arg).resolve() for arg in sys.argv[1:4])
    sys.path.insert(0, str(tree))  # that version's app and tests, not this one's
    from app.catalogue.catalog import Catalog

    try:
        from tests.reading.test_agent_texts import read_as_labelled as read
    except ImportError:  # its name before the thirteenth session
        from tests.reading.test_agent_texts import _reading as read  # type: ignore[attr-defined]
    readings = {}
    with Catalog(tree / "catalog.db") as catalog:
        for label in sorted(folder.glob("*.expect.json")):
            name = label.name.removesuffix(".expect.json")
            text = (folder / f"{name}.txt").read_text(encoding="utf-8", errors="replace")
            found = read(text, catalog)
            readings[name] = {"kind": found["kind"], "sensitive": found.get("sensitive")}
    out.write_text(json.dumps(readings, indent=0, sort_keys=True), encoding="utf-8")
    print(len(readings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
