"""How well the guard reads sentences it was not built on: the rules alone against the rules
with the classifier, on tests/data/guard/holdout3.toml (never a training sentence) and any
other held-out table of the same form.

    .venv/bin/python scripts/guard_eval.py [tests/data/guard/holdout4.toml ...]

The classifier is the one in catalog.db (run `make catalog` first); --retrain trains one from
resources/ in memory instead (what `make catalog` would store), without writing anything.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.catalogue.catalog import Catalog  # noqa: E402
from app.replies.guard import Guard  # noqa: E402

HOLDOUT = ROOT / "tests" / "data" / "guard" / "holdout3.toml"


def measure(guard: Guard, path: Path, show: bool) -> tuple[int, int, int, int]:
    """(revealing refused, revealing, harmless refused, harmless) over a held-out table."""
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    counts = [0, 0, 0, 0]
    for locale, sets in table.items():
        for text in sets["revealing"]:
            counts[1] += 1
            if guard.check(text, locale):
                counts[0] += 1
            elif show:
                print(f"  missed   {locale}: {text}")
        for text in sets["harmless"]:
            counts[3] += 1
            if problems := guard.check(text, locale):
                counts[2] += 1
                if show:
                    print(f"  refused  {locale}: {text}  <- {problems[0].phrase!r}")
    return counts[0], counts[1], counts[2], counts[3]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", nargs="*", type=Path, default=[HOLDOUT])
    parser.add_argument("--retrain", action="store_true", help="train from resources/ first")
    parser.add_argument("--show", action="store_true", help="list every mistake")
    args = parser.parse_args()
    catalog = Catalog(ROOT / "catalog.db")
    rows, reasons, confusables = (
        catalog.guard_rows(),
        catalog.guard_reasons(),
        catalog.confusables(),
    )
    model = catalog.guard_model()
    if args.retrain:
        from app.catalogue.vocabulary import CHANNELS
        from build.catalog_source import replies_dir
        from build.guard_model import load_training, reply_examples, train_model
        from build.replies import load_replies

        problems: list[str] = []
        classes = list(catalog.vocabulary("reply_classes"))
        replies = load_replies(replies_dir(ROOT / "resources" / "catalog"), classes, problems)
        examples = load_training(ROOT / "resources" / "guard" / "training", reasons, problems)
        if problems:
            print("\n".join(problems))
            return 1
        examples += reply_examples(replies, CHANNELS)
        model = train_model(examples, reasons, confusables, report=print)
    if model is None:
        print("catalog.db has no classifier: run `make catalog` or pass --retrain")
        return 1
    rules = Guard(rows, reasons, confusables)
    both = Guard(rows, reasons, confusables, model)
    for path in args.tables:
        print(path.name)
        for name, guard in (("rules alone", rules), ("rules + classifier", both)):
            refused, revealing, wrong, harmless = measure(guard, path, args.show)
            print(
                f"  {name}: {refused}/{revealing} = {100 * refused / revealing:.1f}% revealing "
                f"refused, {wrong}/{harmless} = {100 * wrong / harmless:.1f}% harmless refused"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
