"""The guard's second line: a linear model that reads a sentence's meaning where no list did.

The rules (app.replies.guard) refuse the words and concepts they were written for; each new
set of sentences brings paraphrases no list foresaw ("the card is no longer with its owner").
This model scores every sentence of the folded text (app.replies.normalise, so disguises are
undone first) over hashed features: each word, its character 3- to 5-grams (German compounds,
inflections), each pair of neighbouring words, and each Chinese or Japanese letter and
Korean syllable (with the pairs, their words). It is a multinomial logistic regression
trained at build time (build/guard_model.py) on sentences composed from
resources/guard/training/, and stored in catalog.db (table `guard_model`). A sentence is
refused when the probability that it is not harmless reaches the threshold chosen at build
time; the reason is the likeliest one.

Scoring is linear: a word's contribution is worked out once per distinct word and kept.
"""

from __future__ import annotations

import json
import math
import re
import struct
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate, pairwise
from typing import Any

from app.replies.normalise import CJK_LETTERS, HANGUL_CONTINUING

FORMAT = 1  # the layout of the stored model; a model of another format is not used
HARMLESS = "harmless"
# A word of Latin letters, or one Chinese or Japanese letter or Korean syllable (each counts as
# a word, as in the rules' windows: the pairs of neighbours then stand for their words). A
# Korean syllable is folded into its letters (jamo): it is read whole again, a leading
# consonant with the vowel and final consonant that follow.
_LETTER = f"[{CJK_LETTERS}][{HANGUL_CONTINUING}]*"
_WORD = re.compile(f"[a-z0-9@$]+|{_LETTER}")
_CJK = re.compile(f"[{CJK_LETTERS}]")
_CJK_LETTER = re.compile(_LETTER)
_RUN = re.compile(f"[a-z0-9@$]+|[{CJK_LETTERS}]+")  # found a run at a time, then split
# The same for a sentence of ASCII (most): one class, which re skips to in C (the alternation
# is tried at every character).
_LATIN_RUN = re.compile("[a-z0-9@$]+")
# Where a sentence ends in the folded text (Latin and Japanese punctuation, line breaks).
_SENTENCE_END = re.compile(r"[.!?;\n\u3002\uff01\uff1f]+")
MAX_WORDS = 40  # a longer sentence is read in pieces of this many words
# A fragment of fewer words is left to the rules: one or two words say too little about what
# a sentence speaks of ("Il vol." is Dutch for "it is full", French for a theft).
MIN_WORDS = 4
_LONGEST = 24  # letters of a word that count (one long token must not cost its square)
_DIGIT = re.compile("[0-9]")
_CACHE_LIMIT = 50_000
GRAMS = (4,)  # lengths of the character n-grams of a word
# Every n-gram of each length of GRAMS, found in C (a look ahead at each letter).
_GRAM_PATTERNS = tuple(re.compile(f"(?=(.{{{n}}}))", re.DOTALL) for n in GRAMS)
# A packed row (GuardModel): each class's weight steps in a lane of 64 bits, offset so that
# none is negative (a lane never borrows from the next), and the features' count above them;
# a lane holds the sum of 2**48 features, a piece has about a thousand.
_LANE = 64
_OFFSET = 1 << 15
# The hash of each kind's prefix ("w:" a word, "c:" a character n-gram, "j:" a Chinese or
# Japanese letter), carried on over a feature's own letters: the same as bucket()'s.
_CRC_W, _CRC_C, _CRC_J, _CRC_B = (zlib.crc32(p) for p in (b"w:", b"c:", b"j:", b"b:"))


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


def words_of(sentence: str) -> list[str]:
    """The words of a sentence of a words line (app.replies.normalise.words_line), cut to
    their first letters (one long token must not cost its square)."""
    ascii = sentence.isascii()
    words = (_LATIN_RUN if ascii else _RUN).findall(sentence)
    if not ascii and _CJK.search(sentence):
        words = [
            letter
            for word in words
            for letter in (_CJK_LETTER.findall(word) if _CJK.match(word) else (word,))
        ]
    # A number says nothing of what a sentence speaks of (an order, an amount, a date): all
    # numbers are one word to the model.
    if not words or (_DIGIT.search(sentence) is None and max(map(len, words)) <= _LONGEST):
        return words  # most sentences: the words as they are
    return [
        "0" if word.isdigit() else word if len(word) <= _LONGEST else word[:_LONGEST]
        for word in words
    ]


def sentence_ends(text: str) -> list[int]:
    """Where each sentence of a folded text ends (the last one at the text's end)."""
    return [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]


def sentence_words(text: str, line: str) -> Iterator[list[str]]:
    """The words of each sentence of a folded text; `line` is the text as words_line reads
    it, character for character."""
    position = 0
    for end in sentence_ends(text):
        if words := words_of(line[position:end]):
            yield words
        position = end + 1


def piece_starts(count: int) -> list[int]:
    """Where each piece of a sentence of `count` words starts: every MAX_WORDS words, the last
    piece the last MAX_WORDS words (a few words left over by the cut are no sentence: read
    alone, a fragment of a long text could weigh more than its words do)."""
    starts = list(range(0, count, MAX_WORDS))
    if count > MAX_WORDS:
        starts[-1] = count - MAX_WORDS
    return starts


def pieces(words: list[str]) -> list[list[str]]:
    """A sentence read in pieces of at most MAX_WORDS words, as the model scores it."""
    return [words[first : first + MAX_WORDS] for first in piece_starts(len(words))]


def distinct(words: list[str]) -> tuple[list[str], list[str]]:
    """A sentence's different words and different pairs of neighbours: a word said forty
    times weighs as much as once ("a a a a ..." is not a stronger sentence than "a")."""
    pairs = [pair_feature(a, b) for a, b in pairwise(words)]
    return list(dict.fromkeys(words)), list(dict.fromkeys(pairs))


def features(words: list[str]) -> list[str]:
    """Every feature of a sentence, as the model scores it (training reads them this way)."""
    once, pairs = distinct(words)
    return [f for word in once for f in word_features(word)] + pairs


def _packed_rows(used: list[int], values: array[int], width: int) -> dict[int, int]:
    """Each used slot's packed integer (GuardModel): its lanes laid out as 64-bit words, all
    slots at once, then read one slot at a time (half the time of shifting each weight)."""
    lanes = array("Q", bytes(8 * (width + 1) * len(used)))  # "Q": 64 bits, one _LANE
    for lane in range(width):
        lanes[lane :: width + 1] = array("Q", [v + _OFFSET for v in values[lane::width]])
    lanes[width :: width + 1] = array("Q", [1]) * len(used)  # each slot is one feature
    if sys.byteorder == "big":
        lanes.byteswap()
    raw, size = lanes.tobytes(), 8 * (width + 1)
    return {
        slot: int.from_bytes(raw[i * size : (i + 1) * size], "little")
        for i, slot in enumerate(used)
    }


class _Known(dict):  # type: ignore[type-arg]
    """Rows worked out once: a key met for the first time is worked out (and kept) by
    `work`, inside the lookup, so that a sentence's sum stays one `sum` over a `map`."""

    def __init__(self, work: Callable[[Any], int]) -> None:
        super().__init__()
        self._work = work

    def __missing__(self, key: Any) -> int:
        return self._work(key)


class GuardModel:
    """Weights per hashed feature and class, as the builder stored them."""

    def __init__(self, meta: dict[str, object], slots: bytes, weights: bytes) -> None:
        """`meta`: format, classes, buckets, scale, threshold; `slots`: the used buckets in
        order, as zlib-compressed uint32 gaps; `weights`: one int16 per class for each, in the
        same order, zlib-compressed. Raises ValueError (or zlib.error) when damaged."""
        if meta.get("format") != FORMAT:
            raise ValueError(f"the model has format {meta.get('format')}, not {FORMAT}")
        self.classes = [str(c) for c in meta["classes"]]  # type: ignore[attr-defined]
        self.threshold = float(meta["threshold"])  # type: ignore[arg-type]
        self.buckets = int(meta["buckets"])  # type: ignore[call-overload]
        scale = float(meta["scale"])  # type: ignore[arg-type]
        self.bias = [float(b) for b in meta["bias"]]  # type: ignore[attr-defined]
        # Stored compressed: the slots as the gaps between them, the weights as they are.
        gaps, values = array("I"), array("h")
        gaps.frombytes(zlib.decompress(slots))
        values.frombytes(zlib.decompress(weights))
        used = list(accumulate(gaps))
        width = len(self.classes)
        if len(values) != len(used) * width or HARMLESS not in self.classes:
            raise ValueError("the model's weights do not match its classes")
        if self.buckets <= 0 or not 0 < self.threshold <= 1 or len(self.bias) != width:
            raise ValueError("the model's settings are out of range")
        self._harmless = self.classes.index(HARMLESS)
        self._scale = scale
        # Each used slot's weights packed into one integer, a lane of _LANE bits per class
        # (the int16 step plus _OFFSET, never negative) and the feature count above them: a
        # sentence's sums for every class and its count are then one `sum` of integers, in C.
        self._lanes = struct.Struct(f"<{width + 1}Q")  # the lanes of a packed sum, read at once
        self._count_shift = _LANE * width
        # (width - 1) / width: the most the other classes can have when harmless is likeliest
        self._harmless_first_is_enough = self.threshold > (width - 1) / width + 1e-9
        offsets = sum(_OFFSET << (_LANE * c) for c in range(width))
        self._unit = offsets + (1 << self._count_shift)  # a feature of no weight: its count
        self._weights = _packed_rows(used, values, width)
        # Each word's and pair's packed sum, worked out once (its count rides along).
        self._words: dict[str, int] = _Known(self._word)
        self._pairs: dict[tuple[str, str], int] = _Known(self._pair)
        self._grams: dict[str, int] = _Known(self._gram)  # a character n-gram's, by its letters
        self._sentences: dict[str, tuple[tuple[int, str], ...]] = {}
        self._pieces: dict[tuple[str, ...], str | None] = {}

    @classmethod
    def from_rows(cls, rows: dict[str, bytes]) -> GuardModel:
        """The model from the `guard_model` table's (name, value) rows."""
        meta = json.loads(rows["meta"].decode("utf-8"))
        return cls(meta, rows["slots"], rows["weights"])

    def _word(self, word: str) -> int:
        """A word's packed weights and number of features (those of `word_features`), worked
        out once per word: "w:" and "c:" are hashed once, then each name's own letters."""
        buckets, weights, unit = self.buckets, self._weights, self._unit
        if _CJK.match(word):
            known = weights.get(zlib.crc32(word.encode("utf-8"), _CRC_J) % buckets, unit)
        else:
            grams = self._grams  # words share most of their n-grams ("<ref", "refa")
            if len(grams) > _CACHE_LIMIT:
                grams.clear()
            known = weights.get(zlib.crc32(word.encode("utf-8"), _CRC_W) % buckets, unit)
            marked = f"<{word}>"
            for grams_of in _GRAM_PATTERNS:  # cut by re in C, each looked up (a new one: `_gram`)
                known += sum(map(grams.__getitem__, grams_of.findall(marked)))
        self._words[word] = known
        return known

    def _gram(self, gram: str) -> int:
        """A character n-gram's packed weights and count (1), looked up once."""
        slot = zlib.crc32(gram.encode("utf-8"), _CRC_C) % self.buckets
        known = self._grams[gram] = self._weights.get(slot, self._unit)
        return known

    def _pair(self, pair: tuple[str, str]) -> int:
        """A pair of neighbouring words' packed weights and count (1), looked up once: the
        hash of pair_feature's "b:first second", carried on from its prefix's."""
        first, second = pair
        slot = zlib.crc32(f"{first} {second}".encode(), _CRC_B) % self.buckets
        known = self._pairs[pair] = self._weights.get(slot, self._unit)
        return known

    def _packed(self, words: list[str], once: dict[str, None] | None = None) -> int:
        """The packed sum of a sentence's features: each different word and pair once (one
        sum in C; a word or pair seen for the first time is worked out by `_Known`). `once`:
        the sentence's different words, when known."""
        known_words, known_pairs = self._words, self._pairs
        if len(known_words) > _CACHE_LIMIT:  # emptied before, never while, a sentence is read
            known_words.clear()
        if len(known_pairs) > _CACHE_LIMIT:
            known_pairs.clear()
        if once is None:
            once = dict.fromkeys(words)
        if len(once) == len(words):  # no word twice, so no pair twice (most sentences)
            return sum(map(known_words.__getitem__, words)) + sum(
                map(known_pairs.__getitem__, pairwise(words))
            )
        return sum(map(known_words.__getitem__, once)) + sum(
            map(known_pairs.__getitem__, dict.fromkeys(pairwise(words)))
        )

    def _totals(self, words: list[str]) -> list[float]:
        """Each class's score for a sentence's words (bias plus its normalised sum)."""
        return self._totals_of(self._packed(words))

    def _totals_of(self, packed: int) -> list[float]:
        """Each class's score from a sentence's packed sum."""
        *lanes, count = self._lanes.unpack(packed.to_bytes(self._lanes.size, "little"))
        base, scale = count * _OFFSET, self._scale
        norm = 1 / math.sqrt(count) if count else 0.0
        # Each weight is an int16 step of `scale`, a power of two: the integer sum times the
        # scale is the very float that summing the weights one by one gave.
        return [b + (lane - base) * scale * norm for b, lane in zip(self.bias, lanes, strict=True)]

    def scores(self, words: list[str]) -> list[float]:
        """Each class's probability for a sentence's words (the features of `features`, each
        word and pair once; their sums are looked up, not worked out again)."""
        return self._probabilities(self._totals(words))

    @staticmethod
    def _probabilities(total: list[float]) -> list[float]:
        top = max(total)
        exps = [math.exp(t - top) for t in total]
        whole = sum(exps)
        return [e / whole for e in exps]

    def judge(self, words: list[str]) -> str | None:
        """The likeliest reason when the sentence is not harmless with enough confidence."""
        return self._reason(self._totals(words))

    def _reason(self, total: list[float]) -> str | None:
        """The likeliest reason of a sentence's scores, None when harmless enough."""
        if self._harmless_first_is_enough and total[self._harmless] == max(total):
            # Harmless the likeliest: the others share at most (classes - 1) / classes, under
            # the threshold (most sentences end here, with no exponential worked out).
            return None
        probabilities = self._probabilities(total)
        if 1 - probabilities[self._harmless] < self.threshold:
            return None
        best = max(
            (p, c) for c, p in zip(self.classes, probabilities, strict=True) if c != HARMLESS
        )
        return best[1]

    def refused(
        self, text: str, line: str, breaks: Sequence[int] = ()
    ) -> Iterator[tuple[int, int, str]]:
        """(start, end, reason) of each sentence (or piece of a long one) of a folded text
        that the model refuses; `line` is the text as words_line reads it, `breaks` the line
        breaks that end a clause (a sign-off's line: folding made them spaces)."""
        ends = sentence_ends(text)
        if breaks:
            ends = sorted(set(ends).union(breaks))
        judged, verdicts = self._sentences, self._verdicts
        if len(judged) > _CACHE_LIMIT:
            judged.clear()  # before, never while, a text is read
        # judged once per different sentence: a pack's variants, say, repeat most of them
        for position, end in zip([0, *(end + 1 for end in ends[:-1])], ends, strict=True):
            sentence = line[position:end].strip()
            if not sentence:
                continue
            found = judged.get(sentence)
            if found is None:
                found = judged[sentence] = verdicts(sentence)
            if not found:
                continue
            if found[0][0] == -1:  # a whole sentence: its bounds
                first = _WORD.search(line, position, end).start()  # type: ignore[union-attr]
                yield first, position + len(line[position:end].rstrip()), found[0][1]
            else:
                spans = [m.span() for m in _WORD.finditer(line, position, end)]
                for first, reason in found:
                    last = min(first + MAX_WORDS, len(spans)) - 1
                    yield spans[first][0], spans[last][1], reason

    def _verdicts(self, sentence: str) -> tuple[tuple[int, str], ...]:
        """(first word, reason) of each piece of a sentence that is refused; first word -1
        when the sentence is one piece."""
        words = words_of(sentence)
        if len(words) <= MAX_WORDS and sentence.isascii():
            # most sentences: one piece of Latin letters, which MIN_WORDS words make a sentence
            once = dict.fromkeys(words)
            if len(once) < MIN_WORDS:  # (fewer words than that have fewer different ones)
                return ()
            reason = self._reason(self._totals_of(self._packed(words, once)))
            return ((-1, reason),) if reason else ()
        if len(words) <= MAX_WORDS:
            reason = self._judge_piece(words)
            return ((-1, reason),) if reason else ()
        found = []
        judged = self._pieces
        for first in piece_starts(len(words)):
            # A long sentence that repeats itself ("a a a ..." over a megabyte) gives the same
            # piece thousands of times: each is judged once.
            key = tuple(words[first : first + MAX_WORDS])
            if key in judged:
                reason = judged[key]
            else:
                reason = self._judge_piece(list(key))
                if len(judged) > _CACHE_LIMIT:
                    judged.clear()
                judged[key] = reason
            if reason:
                found.append((first, reason))
        return tuple(found)

    def _judge_piece(self, piece: list[str]) -> str | None:
        """A piece's reason, None when harmless or too short to be a sentence."""
        # A letter of Japanese, Chinese or Korean is a word to the model, but four or eight
        # of them are a phrase ("이 카드를", this card; a fragment a pack's check cuts
        # around a placeholder), not a sentence: three times as many are needed.
        letters = 0 if "".join(piece).isascii() else sum(1 for w in piece if _CJK.match(w))
        needed = MIN_WORDS * 3 if letters * 2 > len(piece) else MIN_WORDS
        if len(piece) < needed or len(set(piece)) < needed:
            return None
        return self.judge(piece)
