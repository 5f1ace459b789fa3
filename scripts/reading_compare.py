"""Whether a change to the reader keeps every reading: the same pastes, read by two trees,
compared reading for reading (a speed branch's bar is 0 changed).

    cd TREE && .venv/bin/python scripts/reading_compare.py dump OUT.json
    .venv/bin/python scripts/reading_compare.py diff BASE.json BRANCH.json

`dump` reads, with the tree it is run from (the current folder comes first on sys.path), every
text file under tests/data (and each in lower case) and the large texts of
scripts/bench_reading.py; each result is the `repr` of the reading (or of the refusal's kind,
sentence and confidential codes), keyed by the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, os.getcwd())


def cases(root: Path) -> Iterator[tuple[str, str]]:
    from scripts.bench_reading import large

    for path in sorted((root / "tests/data").rglob("*")):
        if not path.is_file():
            continue
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:
            continue
        name = path.relative_to(root).as_posix()
        yield name, text
        yield name + ":lower", text.lower()
    yield from large().items()


def dump(out: Path) -> None:
    from app import paths
    from app.catalogue.catalog import Catalog
    from app.reading.paste import read_paste
    from app.reading.report import UnreadablePaste

    known = Catalog(paths.catalog_path()).code_kinds()
    results = {}
    for name, text in cases(Path.cwd()):
        try:
            seen = repr(read_paste(text, known))
        except UnreadablePaste as error:
            seen = repr(("unreadable", error.args, getattr(error, "confidential", ())))
        results[name] = hashlib.sha256(seen.encode()).hexdigest()[:16]
    out.write_text(json.dumps(results, indent=0), "utf-8")
    print(f"{len(results)} readings written to {out}")


def diff(base: Path, branch: Path) -> int:
    before, after = json.loads(base.read_text("utf-8")), json.loads(branch.read_text("utf-8"))
    changed = [name for name in before if before[name] != after.get(name)]
    print(f"{len(before)} readings: {len(changed)} changed")
    for name in changed[:20]:
        print(" ", name)
    return 1 if changed else 0


def main() -> int:
    command, *rest = sys.argv[1:]
    if command == "dump":
        dump(Path(rest[0]))
        return 0
    if command == "diff":
        return diff(Path(rest[0]), Path(rest[1]))
    raise SystemExit(__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
