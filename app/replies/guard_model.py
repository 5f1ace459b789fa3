"""The guard's second line: a linear model that reads a sentence's meaning where no list did.

The rules (app.replies.guard) refuse the words and concepts they were written for; each new
set of sentences brings paraphrases no list foresaw ("the card is no longer with its owner").
This model scores every sentence of the folded text (app.replies.normalise, so disguises are
undone first) over hashed features: each word, its character 3- to 5-grams (German compounds,
inflections), each pair of neighbouring words, and each Japanese letter (with the
pairs, its words). It is a multinomial logistic regression trained at build time
(build/guard_model.py) on sentences composed from resources/guard/training/, and stored in
catalog.db (table `guard_model`). A sentence is refused when the probability that it is not
harmless reaches the threshold chosen at build time; the reason is the likeliest one.

Scoring is linear: a word's contribution is worked out once per distinct word and kept.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from array import array
from collections.abc import Iterator
from itertools import pairwise

from app.replies.normalise import CJK_LETTERS

FORMAT = 1  # the layout of the stored model; a model of another format is not used
HARMLESS = "harmless"
# A word of Latin letters, or one Japanese letter (each counts as a word, as in the rules'
# windows: the pairs of neighbours then stand for Japanese words).
_WORD = re.compile(f"[a-z0-9@$]+|[{CJK_LETTERS}]")
_CJK = re.compile(f"[{CJK_LETTERS}]")
# Where a sentence ends in the folded text (Latin and Japanese punctuation, line breaks).
_SENTENCE_END = re.compile(r"[.!?;\n\u3002\uff01\uff1f]+")
MAX_WORDS = 40  # a longer sentence is read in pieces of this many words
# A fragment of fewer words is left to the rules: one or two words say too little about what
# a sentence speaks of ("Il vol." is Dutch for "it is full", French for a theft).
MIN_WORDS = 4
_LONGEST = 24  # letters of a word that count (one long token must not cost its square)
_CACHE_LIMIT = 50_000
GRAMS = (4,)  # lengths of the character n-grams of a word


def bucket(feature: str, buckets: int) -> int:
    """A feature's slot in the model: a stable hash (Python's own changes between runs)."""
    return zlib.crc32(feature.encode("utf-8")) % buckets


def word_features(word: str) -> list[str]:
    """The features one word gives, whatever its neighbours."""
    if _CJK.match(word):
        return ["j:" + word]
    marked = f"<{word}>"
    grams = [marked[i : i + n] for n in GRAMS for i in range(len(marked) - n + 1)]
    return ["w:" + word, *("c:" + gram for gram in grams)]


def pair_feature(first: str, second: str) -> str:
    return f"b:{first} {second}"


def sentence_words(text: str, line: str) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, words) of each sentence of a folded text, long ones in pieces; `line` is
    the text as app.replies.normalise.words_line reads it, character for character. Words
    are cut to their first letters (one long token must not cost its square)."""
    position = 0
    ends = [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    for end in ends:
        words = _WORD.findall(line, position, end)
        if len(words) > MAX_WORDS:
            found = list(_WORD.finditer(line, position, end))
            for first in range(0, len(found), MAX_WORDS):
                piece = found[first : first + MAX_WORDS]
                yield piece[0].start(), piece[-1].end(), _cut([m.group() for m in piece])
        elif words:
            start = _WORD.search(line, position, end).start()  # type: ignore[union-attr]
            yield start, position + len(line[position:end].rstrip()), _cut(words)
        position = end + 1


def _cut(words: list[str]) -> list[str]:
    return [word if len(word) <= _LONGEST else word[:_LONGEST] for word in words]


def distinct(words: list[str]) -> tuple[list[str], list[str]]:
    """A sentence's different words and different pairs of neighbours: a word said forty
    times weighs as much as once ("a a a a ..." is not a stronger sentence than "a")."""
    pairs = [pair_feature(a, b) for a, b in pairwise(words)]
    return list(dict.fromkeys(words)), list(dict.fromkeys(pairs))


def features(words: list[str]) -> list[str]:
    """Every feature of a sentence, as the model scores it (training reads them this way)."""
    once, pairs = distinct(words)
    return [f for word in once for f in word_features(word)] + pairs


class GuardModel:
    """Weights per hashed feature and class, as the builder stored them."""

    def __init__(self, meta: dict[str, object], slots: bytes, weights: bytes) -> None:
        """`meta`: format, classes, buckets, scale, threshold; `slots`: the used buckets
        (uint32); `weights`: one int16 per class for each, in the same order."""
        if meta.get("format") != FORMAT:
            raise ValueError(f"the model has format {meta.get('format')}, not {FORMAT}")
        self.classes = [str(c) for c in meta["classes"]]  # type: ignore[attr-defined]
        self.threshold = float(meta["threshold"])  # type: ignore[arg-type]
        self.buckets = int(meta["buckets"])  # type: ignore[call-overload]
        scale = float(meta["scale"])  # type: ignore[arg-type]
        self.bias = [float(b) for b in meta["bias"]]  # type: ignore[attr-defined]
        used, values = array("I"), array("h")
        used.frombytes(slots)
        values.frombytes(weights)
        width = len(self.classes)
        if len(values) != len(used) * width or HARMLESS not in self.classes:
            raise ValueError("the model's weights do not match its classes")
        if self.buckets <= 0 or not 0 < self.threshold <= 1 or len(self.bias) != width:
            raise ValueError("the model's settings are out of range")
        self._harmless = self.classes.index(HARMLESS)
        self._weights = {
            slot: tuple(v * scale for v in values[i * width : (i + 1) * width])
            for i, slot in enumerate(used)
        }
        self._zero = (0.0,) * width
        self._words: dict[str, tuple[tuple[float, ...], int]] = {}

    @classmethod
    def from_rows(cls, rows: dict[str, bytes]) -> GuardModel:
        """The model from the `guard_model` table's (name, value) rows."""
        meta = json.loads(rows["meta"].decode("utf-8"))
        return cls(meta, rows["slots"], rows["weights"])

    def _word(self, word: str) -> tuple[tuple[float, ...], int]:
        """A word's summed weights and number of features, worked out once per word."""
        known = self._words.get(word)
        if known is None:
            known = self._feature_sum(word_features(word))
            if len(self._words) > _CACHE_LIMIT:
                self._words.clear()
            self._words[word] = known
        return known

    def _pair(self, pair: str) -> tuple[tuple[float, ...], int]:
        known = self._words.get(pair)
        if known is None:
            slot = zlib.crc32(pair.encode("utf-8")) % self.buckets
            known = self._words[pair] = (self._weights.get(slot, self._zero), 1)
        return known

    def _feature_sum(self, names: list[str]) -> tuple[tuple[float, ...], int]:
        weights, zero, buckets = self._weights, self._zero, self.buckets
        rows = [weights.get(zlib.crc32(name.encode("utf-8")) % buckets, zero) for name in names]
        return tuple(sum(column) for column in zip(zero, *rows, strict=True)), len(names)

    def scores(self, words: list[str]) -> list[float]:
        """Each class's probability for a sentence's words."""
        once, pairs = distinct(words)
        found = [self._word(word) for word in once] + [self._pair(pair) for pair in pairs]
        count = sum(n for _, n in found)
        norm = 1 / math.sqrt(count) if count else 0.0
        columns = zip(self._zero, *(row for row, _ in found), strict=True)
        total = [b + sum(column) * norm for b, column in zip(self.bias, columns, strict=True)]
        top = max(total)
        exps = [math.exp(t - top) for t in total]
        whole = sum(exps)
        return [e / whole for e in exps]

    def judge(self, words: list[str]) -> str | None:
        """The likeliest reason when the sentence is not harmless with enough confidence."""
        probabilities = self.scores(words)
        if 1 - probabilities[self._harmless] < self.threshold:
            return None
        best = max(
            (p, c) for c, p in zip(self.classes, probabilities, strict=True) if c != HARMLESS
        )
        return best[1]

    def refused(self, text: str, line: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, reason) of each sentence of a folded text the model refuses."""
        for start, end, words in sentence_words(text, line):
            if len(words) < MIN_WORDS or len(set(words)) < MIN_WORDS:
                continue
            reason = self.judge(words)
            if reason is not None:
                yield start, end, reason
