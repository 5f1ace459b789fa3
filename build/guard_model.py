"""Trains the guard's classifier (app/replies/guard_model.py) for catalog.db, in pure Python.

The sentences come from resources/guard/training/<locale>.toml: frames whose {slots} are
filled from lists of subjects, predicates and objects of every reason and of harmless
everyday uses, so the model learns the concepts rather than a list of sentences; the shipped
replies (every variant, sentence by sentence) are harmless examples too. Every language with
a file is read, so a new language is a data change. Training is deterministic: the same
resources give the same weights, byte for byte.
"""

from __future__ import annotations

import json
import math
import operator
import random
import re
import tomllib
import zlib
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from app.replies.guard_model import (
    FORMAT,
    HARMLESS,
    bucket,
    features,
    pieces,
    sentence_words,
)
from app.replies.normalise import Normaliser, words_line
from app.replies.templates import TemplateError, variants

BUCKETS = 1 << 20
EPOCHS = 5
RATE = 2.0
SCALE = 1 / 2048  # weights are stored as int16 steps of this size (up to 16)
HARMLESS_WEIGHT = 2.0  # a harmless sentence refused costs more than a revealing one missed
# The threshold is chosen on a quarter of the training sentences the model is trained
# without (whole frames at a time): the share of its harmless ones it may refuse.
TARGET_HARMLESS_REFUSED = 0.01
PER_FRAME = 48  # sentences composed from one frame at most
_SLOT = re.compile(r"\{([a-z_]+)\}")

Example = tuple[str, str, str]  # (class, text, group): a group's sentences share a frame


def load_training(folder: Path, reasons: Iterable[str], problems: list[str]) -> list[Example]:
    """Every training sentence of every language with a file in `folder`."""
    classes = {*reasons, HARMLESS}
    examples: list[Example] = []
    for path in sorted(folder.glob("*.toml")):
        where = f"guard/training/{path.name}"
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            problems.append(f"{where}: not valid TOML ({error})")
            continue
        locale = data.get("locale")
        if locale != path.stem:
            problems.append(f"{where}: `locale` must be {path.stem!r}")
        shared = data.get("slots", {})
        for name, table in data.items():
            if name in ("locale", "slots"):
                continue
            if name not in classes or not isinstance(table, dict):
                problems.append(f"{where}: [{name}] is neither a reason nor `harmless`")
                continue
            examples += _compose(f"{locale}:{name}", name, table, shared, where, problems)
    return examples


def _compose(
    key: str,
    name: str,
    table: dict[str, Any],
    shared: dict[str, Any],
    where: str,
    problems: list[str],
) -> list[Example]:
    """A class's sentences: its whole `sentences`, and every frame with its slots filled; each
    sub-table is a concept of the class (`[card_kept.keeping]`: the bank wants the card
    kept, in the shapes the language says it), composed the same way, its slots taken from
    its own lists, then the class's, then `[slots]`."""
    out: list[Example] = []
    own = {slot: found for slot, found in table.items() if not isinstance(found, dict)}
    for concept, sub in table.items():
        if isinstance(sub, dict):
            out += _compose(f"{key}.{concept}", name, sub, {**shared, **own}, where, problems)
    out += [(name, text, f"{key}:s{i // 8}") for i, text in enumerate(table.get("sentences", []))]
    for number, frame in enumerate(table.get("frames", [])):
        names = _SLOT.findall(frame)
        found_lists = [table.get(slot, shared.get(slot)) for slot in names]
        lists: list[list[str]] = [f for f in found_lists if isinstance(f, list) and f]
        if len(lists) != len(names):
            missing = [slot for slot, f in zip(names, found_lists, strict=True) if not f]
            problems.append(f"{where}: [{name}] frame {number + 1} names no list {missing}")
            continue
        rng = random.Random(f"{key}:{number}")
        possible = math.prod([len(found) for found in lists])
        made: dict[str, None] = {}
        for _ in range(min(PER_FRAME, possible) * 3):
            if len(made) >= min(PER_FRAME, possible):
                break
            text = _fill(frame, [rng.choice(found) for found in lists])
            made[text[0].upper() + text[1:]] = None
        wrapped = _wrapped(list(made), shared, rng)
        out += [(name, text, f"{key}:f{number}") for text in [*made, *wrapped]]
    return out


def _wrapped(texts: list[str], shared: dict[str, Any], rng: random.Random) -> list[str]:
    """Each sentence once more inside a clause that says nothing of its class, from the
    language's `lead` and `tail` lists ("Did you know that ...?", "..., so the payment keeps
    failing"): agents wrap what they say so, and the model is to learn that such a clause
    neither hides a reason nor makes one (it is in sentences of every class)."""
    leads, tails = shared.get("lead", []), shared.get("tail", [])
    out = []
    for text in texts:
        if leads and (not tails or rng.random() < 0.5):
            out.append(f"{rng.choice(leads)} {text[0].lower()}{text[1:]}")
        elif tails:
            out.append(text.rstrip(".!?\u3002\uff01\uff1f") + rng.choice(tails))
    return out


def _fill(frame: str, chosen: list[str]) -> str:
    """A frame with its slots filled, in order, by `chosen`."""
    pieces = iter(chosen)
    return _SLOT.sub(lambda _match: next(pieces), frame)


def reply_examples(replies: dict[str, Any], channels: tuple[str, ...]) -> list[Example]:
    """The shipped replies, every variant, as harmless examples."""
    out: list[Example] = []
    for locale, data in replies.items():
        for reply_class, texts in data["replies"].items():
            for channel in channels:
                try:
                    found = variants(texts[channel])
                except TemplateError:
                    continue
                out += [(HARMLESS, text, f"reply:{locale}:{reply_class}") for text in found]
    return out


def _sentences(text: str, normaliser: Normaliser) -> list[list[str]]:
    folded = normaliser.fold(text).text
    found = sentence_words(folded, words_line(folded))
    return [piece for words in found for piece in pieces(words)]


def _vectors(
    examples: list[Example], classes: list[str], normaliser: Normaliser
) -> list[tuple[int, list[int], str]]:
    """(class index, feature slots, group): harmless texts give one example per sentence."""
    out, seen = [], set()
    for name, text, group in examples:
        pieces = _sentences(text, normaliser)
        if name != HARMLESS:
            pieces = [[word for words in pieces for word in words]]
        for words in pieces:
            key = (name, " ".join(words))
            if words and key not in seen:  # a reply's variants share most sentences
                seen.add(key)
                slots = [bucket(f, BUCKETS) for f in features(words)]
                out.append((classes.index(name), slots, group))
    return out


def _train(
    data: list[tuple[int, list[int], str]], width: int
) -> tuple[dict[int, list[float]], list[float]]:
    """Multinomial logistic regression by stochastic gradient descent, in a fixed order.

    Sums and updates go through zip and map so that the loops over classes run in C:
    training stays a few seconds per language."""
    weights: dict[int, list[float]] = {}
    bias = [0.0] * width
    order = list(range(len(data)))
    rng = random.Random("guard-model")
    zero = [0.0] * width
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch)
        for index in order:
            target, slots, _ = data[index]
            norm = 1 / math.sqrt(len(slots))
            rows = [weights.get(s) or weights.setdefault(s, zero[:]) for s in slots]
            columns = zip(zero, *rows, strict=True)
            scores = [b + sum(column) * norm for b, column in zip(bias, columns, strict=True)]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            whole = sum(exps)
            weight = HARMLESS_WEIGHT if target == 0 else 1.0
            grads = [weight * e / whole for e in exps]
            grads[target] -= weight
            step = [rate * g * norm for g in grads]
            bias[:] = map(operator.sub, bias, [0.1 * rate * g for g in grads])
            for row in rows:
                row[:] = map(operator.sub, row, step)
    return weights, bias


def _not_harmless(weights: dict[int, list[float]], bias: list[float], slots: list[int]) -> float:
    zero = [0.0] * len(bias)
    norm = 1 / math.sqrt(len(slots))
    columns = zip(zero, *(weights.get(s, zero) for s in slots), strict=True)
    scores = [b + sum(column) * norm for b, column in zip(bias, columns, strict=True)]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    return 1 - exps[0] / sum(exps)


def train_model(
    examples: list[Example],
    reasons: Iterable[str],
    confusables: dict[str, str],
    report: Callable[[str], None] | None = None,
) -> dict[str, bytes]:
    """The `guard_model` table's rows (meta, slots, weights) trained on `examples`."""
    classes = [HARMLESS, *sorted(set(reasons) & {name for name, _, _ in examples})]
    data = _vectors(examples, classes, Normaliser(confusables))
    # Whole frames are set aside together, so the threshold is chosen on sentences whose
    # shape the model did not see: a fairer stand-in for a new sentence.
    aside = [row for row in data if _fold_of(row[2]) == 0]
    kept = [row for row in data if _fold_of(row[2]) != 0]
    weights, bias = _train(kept, len(classes))
    harmless = sorted(_not_harmless(weights, bias, s) for k, s, _ in aside if k == 0)
    revealing = [_not_harmless(weights, bias, s) for k, s, _ in aside if k != 0]
    allowed = int(len(harmless) * TARGET_HARMLESS_REFUSED)
    threshold = min(0.99, harmless[-1 - allowed] + 1e-6) if harmless else 0.5
    threshold = max(threshold, 0.5)
    if report:
        caught = sum(p >= threshold for p in revealing)
        report(
            f"guard model: threshold {threshold:.3f} set aside {len(aside)} sentences: "
            f"{caught}/{len(revealing)} revealing refused, "
            f"{sum(p >= threshold for p in harmless)}/{len(harmless)} harmless refused"
        )
    weights, bias = _train(data, len(classes))
    return _rows(weights, bias, classes, threshold)


def _fold_of(group: str) -> int:
    return zlib.crc32(group.encode("utf-8")) % 4


def _rows(
    weights: dict[int, list[float]], bias: list[float], classes: list[str], threshold: float
) -> dict[str, bytes]:
    gaps, values, last = array("I"), array("h"), 0
    for slot in sorted(weights):
        steps = [max(-32767, min(32767, round(w / SCALE))) for w in weights[slot]]
        if any(steps):
            gaps.append(slot - last)
            last = slot
            values.extend(steps)
    meta = {
        "format": FORMAT,
        "classes": classes,
        "buckets": BUCKETS,
        "scale": SCALE,
        "bias": [round(b, 6) for b in bias],
        "threshold": round(threshold, 6),
    }
    return {
        "meta": json.dumps(meta, sort_keys=True).encode("utf-8"),
        "slots": zlib.compress(gaps.tobytes(), 9),
        "weights": zlib.compress(values.tobytes(), 9),
    }
