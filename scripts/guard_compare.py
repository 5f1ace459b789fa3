"""Whether a change to the guard's machinery keeps every answer: the same checks, run by two
trees, compared result for result (a speed branch's bar is 0 changed).

    cd TREE && .venv/bin/python scripts/guard_compare.py dump OUT.json [--calls CALLS.jsonl]
    .venv/bin/python scripts/guard_compare.py diff BASE.json BRANCH.json

`dump` checks, with the tree it is run from (the current folder comes first on sys.path):
every string of tests/data/guard/*.toml and resources/replies/*.toml with no locale and with
its own, each file's strings glued fifty at a time (by spaces and by lines), a megabyte of
each hostile kind of tests/replies/guard_texts.py and of different sentences (no locale),
300 KB of them with fr; `--calls` adds the (text, locale) of every check a test run made
(`record` below). Each result is the `repr` of the problems, keyed by the case.

    cd TREE && .venv/bin/python scripts/guard_compare.py record CALLS.jsonl [PYTEST ARGS]

runs pytest (tests/replies unless told) with every Guard.check written down.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, os.getcwd())


def _strings(value: object, locale: str | None) -> Iterator[tuple[str, str | None]]:
    """Every string of a TOML table, with the locale of the nearest key that names one."""
    from build.languages import LOCALES

    if isinstance(value, str):
        yield value, locale
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, locale)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, key if key in LOCALES else locale)


def cases(root: Path, calls: Path | None) -> Iterator[tuple[str, str, str | None]]:
    """(name, text, locale) of every check."""
    from tests.replies.guard_texts import PIECES, distinct_sentences, hostile_text

    files = sorted((root / "tests/data/guard").glob("*.toml"))
    files += sorted((root / "resources/replies").glob("*.toml"))
    for path in files:
        found = list(_strings(tomllib.loads(path.read_text("utf-8")), None))
        for index, (text, locale) in enumerate(found):
            yield f"{path.name}:{index}", text, None
            if locale:
                yield f"{path.name}:{index}:{locale}", text, locale
        for first in range(0, len(found), 50):
            part = [text for text, _ in found[first : first + 50]]
            yield f"{path.name}:glued:{first}", " ".join(part), None
            yield f"{path.name}:lines:{first}", "\n".join(part), None
    for kind in sorted(PIECES):
        yield f"hostile:{kind}", hostile_text(kind, 1024 * 1024), None
        yield f"hostile:{kind}:20k", hostile_text(kind, 20_000), "de"
    yield "distinct", distinct_sentences(1024 * 1024), None
    yield "distinct:fr", distinct_sentences(300 * 1024), "fr"
    if calls is not None:
        for number, row in enumerate(calls.read_text("utf-8").splitlines()):
            text, locale = json.loads(row)
            yield f"call:{number}", text, locale


def dump(out: Path, calls: Path | None) -> None:
    from app import paths
    from app.catalogue.catalog import Catalog
    from app.replies.guard import Guard

    catalog = Catalog(paths.catalog_path())
    guard = Guard.from_catalog(catalog)
    results = {}
    for name, text, locale in cases(Path.cwd(), calls):
        if name == "distinct" or name.startswith("hostile"):
            guard = Guard.from_catalog(catalog)  # nothing judged before: the worst case
        problems = guard.check(text, locale)
        results[name] = hashlib.sha256(repr(problems).encode()).hexdigest()[:16]
        results[name + ":count"] = str(len(problems))
    out.write_text(json.dumps(results, indent=0), "utf-8")
    print(f"{len(results) // 2} checks written to {out}")


def diff(base: Path, branch: Path) -> int:
    before, after = json.loads(base.read_text("utf-8")), json.loads(branch.read_text("utf-8"))
    names = [name for name in before if not name.endswith(":count")]
    changed = [name for name in names if before.get(name) != after.get(name)]
    with_findings = sum(1 for name in names if before[name + ":count"] != "0")
    print(f"{len(names)} checks ({with_findings} with findings): {len(changed)} changed")
    for name in changed[:20]:
        print(" ", name, before[name + ":count"], after.get(name + ":count"))
    return 1 if changed else 0


class _Recorder:
    """A pytest plugin that writes down every Guard.check's text and locale."""

    def __init__(self, out: Path) -> None:
        self.out, self.seen = out, dict[tuple[str, str | None], None]()

    def pytest_configure(self) -> None:
        from app.replies.guard import Guard

        check, seen = Guard.check, self.seen

        def recording(guard: Guard, text: str, locale: str | None = None) -> object:
            seen[text, locale] = None
            return check(guard, text, locale)

        Guard.check = recording  # type: ignore[method-assign]

    def pytest_unconfigure(self) -> None:
        lines = (json.dumps([text, locale]) for text, locale in self.seen)
        self.out.write_text("\n".join(lines) + "\n", "utf-8")


def main() -> int:
    command, *rest = sys.argv[1:]
    if command == "dump":
        calls = Path(rest[2]) if len(rest) > 2 and rest[1] == "--calls" else None
        dump(Path(rest[0]), calls)
        return 0
    if command == "diff":
        return diff(Path(rest[0]), Path(rest[1]))
    if command == "record":
        import pytest

        args = rest[1:] or ["tests/replies"]
        return int(pytest.main(["-q", "-p", "no:cacheprovider", *args], [_Recorder(Path(rest[0]))]))
    raise SystemExit(__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
