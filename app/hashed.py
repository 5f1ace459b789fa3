"""Hashed features and the stored form of a linear model over them: one source for the guard's
classifier (app.replies.guard_model) and the reader's second opinion on a text's kind
(app.reading.text_kind), and for the builders that train them."""

from __future__ import annotations

import zlib
from array import array
from itertools import accumulate

GRAMS = (4,)  # lengths of the character n-grams of a word
SCALE_LIMIT = 32767  # the widest int16 step a stored weight takes


def bucket(feature: str, buckets: int) -> int:
    """A feature's slot in a model: a stable hash (Python's own changes between runs)."""
    return zlib.crc32(feature.encode("utf-8")) % buckets


def word_features(word: str, *, letter: bool = False) -> list[str]:
    """The features one word gives, whatever its neighbours: the word and its character
    n-grams, or (`letter`: a Chinese or Japanese letter, a Korean syllable) the letter alone."""
    if letter:
        return ["j:" + word]
    marked = f"<{word}>"
    grams = [marked[i : i + n] for n in GRAMS for i in range(len(marked) - n + 1)]
    return ["w:" + word, *("c:" + gram for gram in grams)]


def pair_feature(first: str, second: str) -> str:
    return f"b:{first} {second}"


def pack(weights: dict[int, list[float]], scale: float) -> tuple[bytes, bytes]:
    """A model's weights as stored: the used slots in order as zlib-compressed uint32 gaps, and
    one int16 step of `scale` per class for each, zlib-compressed (a slot of steps all 0 left
    out)."""
    gaps, values, last = array("I"), array("h"), 0
    for slot in sorted(weights):
        steps = [max(-SCALE_LIMIT, min(SCALE_LIMIT, round(w / scale))) for w in weights[slot]]
        if any(steps):
            gaps.append(slot - last)
            last = slot
            values.extend(steps)
    return zlib.compress(gaps.tobytes(), 9), zlib.compress(values.tobytes(), 9)


def unpack(slots: bytes, weights: bytes) -> tuple[list[int], array[int]]:
    """The used slots and their int16 steps (class by class for each slot) of `pack`'s bytes;
    raises zlib.error when damaged."""
    gaps, values = array("I"), array("h")
    gaps.frombytes(zlib.decompress(slots))
    values.frombytes(zlib.decompress(weights))
    return list(accumulate(gaps)), values
