"""The classifier's packed sums (app/replies/guard_model.py) score a sentence exactly as the
model is defined: each feature of `features` hashed with `bucket`, its stored int16 weights
times the scale summed one by one, normalised by the square root of the count, a softmax.
Worked out here the slow way, from the stored rows, for every sentence of the guard's test
tables in every language and for long sentences cut into pieces: the same floats, the same
verdicts (the shortcut for a sentence whose likeliest class is harmless included)."""

from __future__ import annotations

import json
import math
import tomllib
import zlib
from array import array
from itertools import accumulate
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog
from app.replies.guard_model import (
    HARMLESS,
    GuardModel,
    bucket,
    features,
    pieces,
    sentence_words,
)
from app.replies.normalise import Normaliser, words_line

DATA = Path(__file__).parent.parent / "data" / "guard"


class _Reference:
    """The model read feature by feature, as training defines it (no packing, no cache)."""

    def __init__(self, rows: dict[str, bytes]) -> None:
        meta = json.loads(rows["meta"].decode("utf-8"))
        self.classes, self.bias = meta["classes"], meta["bias"]
        self.buckets, self.scale, self.threshold = meta["buckets"], meta["scale"], meta["threshold"]
        gaps, values = array("I"), array("h")
        gaps.frombytes(zlib.decompress(rows["slots"]))
        values.frombytes(zlib.decompress(rows["weights"]))
        width = len(self.classes)
        self.weights = {
            slot: [v * self.scale for v in values[i * width : (i + 1) * width]]
            for i, slot in enumerate(accumulate(gaps))
        }

    def scores(self, words: list[str]) -> list[float]:
        names = features(words)
        sums = [0.0] * len(self.classes)
        for name in names:
            for c, weight in enumerate(self.weights.get(bucket(name, self.buckets), ())):
                sums[c] += weight
        norm = 1 / math.sqrt(len(names)) if names else 0.0
        total = [b + s * norm for b, s in zip(self.bias, sums, strict=True)]
        exps = [math.exp(t - max(total)) for t in total]
        return [e / sum(exps) for e in exps]

    def judge(self, words: list[str]) -> str | None:
        probabilities = self.scores(words)
        if 1 - probabilities[self.classes.index(HARMLESS)] < self.threshold:
            return None
        return max(
            (p, c) for c, p in zip(self.classes, probabilities, strict=True) if c != HARMLESS
        )[1]


def _texts() -> list[str]:
    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, list):
            return [s for item in value for s in strings(item)]
        if isinstance(value, dict):
            return [s for item in value.values() for s in strings(item)]
        return []

    return [
        text
        for path in sorted(DATA.glob("*.toml"))
        for text in strings(tomllib.loads(path.read_text(encoding="utf-8")))
    ]


@pytest.fixture(scope="module")
def sentences(catalog: Catalog) -> list[list[str]]:
    """The words of every sentence of the guard's tables, and of each table's texts run
    together into sentences of hundreds of words (read in pieces)."""
    normaliser = Normaliser(catalog.confusables())
    found = []
    texts = _texts()
    joined = [" ".join(texts[i : i + 30]).replace(".", ",") for i in range(0, len(texts), 30)]
    for text in texts + joined:
        folded = normaliser.fold(text).text
        for words in sentence_words(folded, words_line(folded)):
            found.extend(pieces(words))
    return found


def test_the_packed_sums_give_the_very_scores_of_the_features(
    catalog: Catalog, sentences: list[list[str]]
) -> None:
    rows = dict(catalog.guard_model())
    model, reference = GuardModel.from_rows(rows), _Reference(rows)
    assert len(sentences) > 5000
    assert any(len(words) == 40 for words in sentences)  # long sentences' pieces too
    differ = [words for words in sentences if model.scores(words) != reference.scores(words)]
    assert differ == []


def test_the_packed_sums_give_the_same_verdicts(
    catalog: Catalog, sentences: list[list[str]]
) -> None:
    rows = dict(catalog.guard_model())
    model, reference = GuardModel.from_rows(rows), _Reference(rows)
    verdicts = [(model.judge(words), reference.judge(words)) for words in sentences]
    assert [pair for pair in verdicts if pair[0] != pair[1]] == []
    refused = sum(1 for ours, _ in verdicts if ours is not None)
    assert 0 < refused < len(verdicts)  # both kinds are compared


def test_a_word_seen_first_in_one_sentence_scores_the_same_later(catalog: Catalog) -> None:
    """Rows worked out on first sight and kept give the scores a fresh model gives."""
    rows = dict(catalog.guard_model())
    warm = GuardModel.from_rows(rows)
    sentences = [f"your card was reported stolen ref ref{n} today".split() for n in range(50)]
    first = [warm.scores(words) for words in sentences]
    again = [warm.scores(words) for words in sentences]
    fresh = [GuardModel.from_rows(rows).scores(words) for words in sentences[:5]]
    assert first == again and first[:5] == fresh
