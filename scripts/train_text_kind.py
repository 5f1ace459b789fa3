"""Trains the reader's second opinion on a text's kind (app/reading/text_kind.py) and writes
resources/reading/text_kind.bin; or measures it across sets (--measure).

    .venv/bin/python scripts/train_text_kind.py            # train on every labelled text
    .venv/bin/python scripts/train_text_kind.py --measure [--rules READINGS.json]

The inputs are the labelled texts of tests/data/agent_texts (docs/labels.md), each NAME.txt
beside NAME.expect.json, and catalog.db's vocabulary (the rules' signs); the output is
committed with them. Training is the guard's (build/guard_model.py `_train`: multinomial
logistic regression over hashed features, app/hashed.py), deterministic: the same texts give
the same bytes.

--measure trains on the older sets (fixture prefixes a..z, r4..r13) and reads the later ones
(aa..ar, l13, r14*), grouped by set: the model alone, the rules alone, and the rules with the
model where they are unsure. `--rules` takes the rules' readings from a JSON file ({name:
{"kind", "sensitive"}}: an older version's, by scripts/dump_readings.py) instead
of the rules of this tree.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.catalogue.catalog import Catalog  # noqa: E402
from app.hashed import bucket, pack  # noqa: E402
from app.reading import text_kind  # noqa: E402
from app.reading.report import CodeKinds  # noqa: E402
from build.guard_model import _train  # noqa: E402

TEXTS = ROOT / "tests" / "data" / "agent_texts"
OUTPUT = ROOT / "resources" / text_kind.MODEL_FILE
BUCKETS = 1 << 18
SCALE = 1 / 2048
OVERSAMPLE = 3  # a text in which nothing failed, or no one payment, counts three times
SEED = "text-kind"


def later(name: str) -> bool:
    """Whether a fixture is of the later sets (measured on, not trained on, by --measure)."""
    prefix = name.split("_")[0]
    return (len(prefix) == 2 and prefix.isalpha()) or prefix.startswith("r14") or prefix == "l13"


def labelled() -> list[tuple[str, str, str]]:
    """(name, kind, text) of every labelled text, in name order."""
    out = []
    for label in sorted(TEXTS.glob("*.expect.json")):
        name = label.name.removesuffix(".expect.json")
        kind = json.loads(label.read_text(encoding="utf-8"))["kind"]
        out.append((name, kind, (TEXTS / f"{name}.txt").read_text(encoding="utf-8")))
    return out


def train(
    examples: list[tuple[str, list[str]]],
) -> tuple[dict[int, list[float]], list[float]]:
    data = [
        (text_kind.KINDS.index(kind), [bucket(f, BUCKETS) for f in found], "")
        for kind, found in examples
        for _ in range(1 if kind == "failure" else OVERSAMPLE)
    ]
    return _train(data, len(text_kind.KINDS), first_weight=1.0, seed=SEED)


def model_bytes(weights: dict[int, list[float]], bias: list[float]) -> bytes:
    slots, values = pack(weights, SCALE)
    meta = {
        "format": text_kind.FORMAT,
        "kinds": list(text_kind.KINDS),
        "buckets": BUCKETS,
        "scale": SCALE,
        "bias": [round(b, 6) for b in bias],
        "slots_length": len(slots),
    }
    return json.dumps(meta, sort_keys=True).encode("utf-8") + b"\n" + slots + values


def measure(
    texts: list[tuple[str, str, str]],
    found: dict[str, list[str]],
    known: CodeKinds,
    rules: dict[str, dict[str, object]],
) -> None:
    # Texts of this round and after (r15*) were written after the later sets: left out.
    older = [
        (kind, found[name])
        for name, kind, _ in texts
        if not later(name) and not name.startswith("r15")
    ]
    weights, bias = train(older)
    model = text_kind.TextKindModel.from_bytes(model_bytes(weights, bias))
    by_set: dict[str, Counter[str]] = defaultdict(Counter)
    for name, kind, text in texts:
        if not later(name) or name not in rules:
            continue
        read = str(rules[name]["kind"])
        chances = model.probabilities(text, known)
        alone = max(chances, key=chances.__getitem__)
        with_model = read
        if read == "failure" and not rules[name].get("sensitive") and _unsure(text, known):
            with_model = "unusable" if chances["unusable"] >= text_kind.PAGE_ODDS else read
        counts = by_set[name.split("_")[0]]
        counts.update(
            texts=1, model=alone == kind, rules=read == kind, rules_model=with_model == kind
        )
        counts.update(fixed=with_model == kind != read, broke=read == kind != with_model)
    total: Counter[str] = Counter()
    for prefix, counts in sorted(by_set.items()):
        total.update(counts)
        print(_line(prefix, counts))
    print(_line("all", total))


def _unsure(text: str, known: CodeKinds) -> bool:
    """text_kind.unsure's conditions on the text (the readings' sensitivity is given)."""
    from app.reading.instances import _OBJECT, instance_weight
    from app.reading.sweep import evidence

    first, last = text[:64].lstrip()[:1], text[-64:].rstrip()[-1:]
    if first in "{[" and last in "}]":  # read_paste asks only of a text that is not one object
        return False
    if _OBJECT.search(text[: text_kind.HEAD]) is None:
        return False
    weight = instance_weight(text[: text_kind.HEAD], known, text_kind.UNSURE_INSTANCE)
    return weight < text_kind.UNSURE_INSTANCE and not evidence(text, known)


def _line(name: str, counts: Counter[str]) -> str:
    n = counts["texts"]

    def share(key: str) -> str:
        return f"{counts[key]:4d} ({100 * counts[key] / n:5.1f}%)"

    return (
        f"{name:5s} {n:4d} texts  model alone {share('model')}  rules {share('rules')}  "
        f"rules+model {share('rules_model')}  fixed {counts['fixed']} broke {counts['broke']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true")
    parser.add_argument("--rules", type=Path, help="the rules' readings, as JSON")
    args = parser.parse_args()
    texts = labelled()
    with Catalog(ROOT / "catalog.db") as catalog:
        known = catalog.code_kinds()
        found = {name: text_kind.features(text, known) for name, _, text in texts}
        if args.measure:
            if args.rules:
                rules = json.loads(args.rules.read_text(encoding="utf-8"))
            else:
                from tests.reading.test_agent_texts import read_as_labelled

                rules = {n: read_as_labelled(t, catalog) for n, _, t in texts if later(n)}
            measure(texts, found, known, rules)
            return 0
    weights, bias = train([(kind, found[name]) for name, kind, _ in texts])
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_bytes(model_bytes(weights, bias))
    size = OUTPUT.stat().st_size
    kib = math.ceil(size / 1024)
    print(f"{OUTPUT.relative_to(ROOT)}: {len(texts)} texts, {size} bytes, ~{kib} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
