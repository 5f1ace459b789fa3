"""One entry point for build work: `python -m build.tasks catalog|check-catalog`."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from build.catalog import CatalogBuildError, build, fingerprint

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "resources" / "catalog"
CATALOG = ROOT / "catalog.db"


def catalog(out: Path) -> int:
    try:
        source = build(SOURCE_DIR, out)
    except CatalogBuildError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"built {out} ({len(source.entries)} entries, catalogue {source.release['version']})")
    return 0


def check_catalog() -> int:
    """Fails when the committed catalog.db differs from a fresh build of resources/catalog/."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "catalog.db"
        if catalog(fresh) != 0:
            return 1
        if not CATALOG.exists() or fingerprint(fresh) != fingerprint(CATALOG):
            print("catalog.db is out of date with resources/catalog/: run `make catalog`",
                  file=sys.stderr)
            return 1
    print("catalog.db is up to date")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build.tasks")
    commands = parser.add_subparsers(dest="task", required=True)
    build_cmd = commands.add_parser("catalog", help="build catalog.db from resources/catalog/")
    build_cmd.add_argument("--out", type=Path, default=CATALOG)
    commands.add_parser("check-catalog", help="fail if catalog.db is out of date")
    args = parser.parse_args(argv)
    if args.task == "catalog":
        return catalog(args.out)
    return check_catalog()


if __name__ == "__main__":
    sys.exit(main())
