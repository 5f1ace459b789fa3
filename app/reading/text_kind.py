"""A learned second opinion on WHAT KIND of text a paste is (issue 26, reading15m): one Stripe
payment's failure, a text in which nothing failed, or no one Stripe payment at all (a page, an
API reference with a sample object, another processor's paste).

The reader's rules (app.reading.instances and the page readers) decide; where they are unsure,
the model is asked. It is a linear model over hashed features (app.hashed, the guard's own):
the signs the rules weigh (ids of Stripe's form or a sample's, a log's line, a date with a
time, an amount, a page's kinds of words, headings, a reader addressed, processors named, an
object set out as data), each as a feature, and the text's words with their character 4-grams.
It is trained by scripts/train_text_kind.py on the labelled texts of tests/data/agent_texts
(docs/labels.md), and stored in resources/reading/text_kind.bin, loaded only when asked.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left

from app import TYPE_CHECKING
from app.hashed import bucket, unpack, word_features
from app.reading.report import CodeKinds, PasteReading

if TYPE_CHECKING:
    from typing import Any

KINDS = ("failure", "nothing_failed", "unusable")
FORMAT = 1
# How sure the model must be that a failure the rules read is a page: of 0.6 to 0.95, tried on
# the later sets while building (so not a held-out choice: BENCHMARKS.md, branch reading15m),
# the one that broke fewest.
PAGE_ODDS = 0.9
UNSURE_INSTANCE = 2  # a real id, a log's line, a masked id: one payment shows, the rules decide
HEAD = 8_000  # the text's first screens say what kind it is (a megabyte's rest costs time)
MAX_WORDS = 400  # different words read at most
SIGN_WEIGHT = 4  # a sign counts as so many features: a few signs beside hundreds of words
# A word: letters (any script's), digits, underscores; a Chinese or Japanese letter or a Korean
# syllable stands alone.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
MODEL_FILE = "reading/text_kind.bin"
_WORD = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")
_DIGITS = re.compile(r"\d+")
_FIELD = re.compile(r"""^[ \t]*["']?[A-Za-z_][\w.-]*["']?[ \t]*[:=]""")


def signs(text: str, known: CodeKinds) -> list[str]:
    """The reader's own signs of one payment and of a page, as features ("s:" names)."""
    from app.reading import instances as one
    from app.reading.about_codes import faq_questions
    from app.reading.sweep import read_words

    head = text[:HEAD]
    stripped = head.strip()
    found = {
        "object": one._OBJECT.search(head) is not None,
        "whole": stripped[:1] in "{[" and text[-64:].rstrip()[-1:] in "}]",
        "masked": one._MASKED.search(head) is not None,
        "log": one._LOG_LINE.search(head) is not None,
        "frame": one._FRAME.search(head) is not None,
        "first_person": one._FIRST_PERSON.search(head) is not None,
        "date_time": one._DATE_TIME.search(head) is not None,
        "amount": one._AMOUNT.search(head) is not None,
        "numbered": one._NUMBERED.search(head) is not None,
        "you": len(one._YOU.findall(head)) >= one.MIN_YOU,
        "faq": faq_questions(head) >= 2,
        "stripe": "stripe" in head.lower(),
    }
    tails = [m.group("tail") for m in one._ID.finditer(head)]
    found["real_id"] = any(map(one._real_id, tails))
    found["sample_id"] = any(map(one._sample_id, tails))
    out = [f"s:{name}" for name, held in found.items() if held]
    lowered = head.lower()
    out += sorted({f"s:dw:{kind}" for kind in one._kinds(lowered, known)})
    markdown = len(one._MARKDOWN_HEADING.findall(head))
    written = read_words(head, known, remember=False).written  # the whole paste's stays
    counted = {
        "instance": one.instance_weight(head, known),
        "reference": one.reference_weight(head, known),
        "markdown": markdown,
        "processors": one._processors_named(lowered, known),
        "codes": len(set(written)),
        "lines": _scale(head.count("\n")),
        "length": _scale(min(len(text), 1 << 20) // 64),
    }
    out += [f"s:{name}={min(value, 8)}" for name, value in counted.items()]
    from app.reading.other_processor import named_processor, stripe_named

    out += ["s:other_processor"] * (named_processor(head, known) is not None)
    out += ["s:stripe_named"] * stripe_named(head, known)
    return out + _line_shapes(head)


def _line_shapes(head: str) -> list[str]:
    """What share of the lines are a list's items, a table's rows, headings, an object's
    fields (a page lists and heads; one payment's paste is an object or a few sentences)."""
    from app.reading.articles import _HEADING, _LIST_ITEM

    lines = [line for line in head.splitlines() if line.strip()]
    if not lines:
        return []
    shapes = {
        "items": sum(_LIST_ITEM.match(line) is not None for line in lines),
        "rows": sum(line.count("|") >= 2 or line.count("\t") >= 2 for line in lines),
        "headings": sum(_HEADING.match(line) is not None for line in lines),
        "fields": sum(_FIELD.match(line) is not None for line in lines),
        "sentences": sum(line.rstrip().endswith((".", "!", "\u3002")) for line in lines),
    }
    return [f"s:{name}/{min(4, 5 * count // len(lines))}" for name, count in shapes.items()]


def _scale(count: int) -> int:
    """A count on a scale of doublings (0, 1, 2-3, 4-7, ...)."""
    return count.bit_length()


def words(text: str) -> list[str]:
    """The text's different words, lower-cased, numbers as one word, the first MAX_WORDS."""
    found = _WORD.findall(_DIGITS.sub("0", text[:HEAD].lower()))
    return list(dict.fromkeys(w[:24] for w in found))[:MAX_WORDS]


def features(text: str, known: CodeKinds) -> list[str]:
    """Every feature of a text, as the model scores it (a sign SIGN_WEIGHT times)."""
    once = [
        f
        for word in words(text)
        for f in word_features(word, letter=len(word) == 1 and not word.isascii())
    ]
    return [*once, *(sign for sign in signs(text, known) for _ in range(SIGN_WEIGHT))]


class TextKindModel:
    """The stored weights: per used slot, one weight per kind."""

    def __init__(self, meta: dict[str, Any], slots: bytes, weights: bytes) -> None:
        """Raises ValueError (or zlib.error) when the stored model is damaged."""
        if meta.get("format") != FORMAT or list(meta.get("kinds", ())) != list(KINDS):
            raise ValueError("the text-kind model has another format")
        self.buckets = int(meta["buckets"])
        self.scale = float(meta["scale"])
        self.bias = [float(b) for b in meta["bias"]]
        used, values = unpack(slots, weights)
        width = len(KINDS)
        if len(values) != len(used) * width:
            raise ValueError("the text-kind model's weights do not match its kinds")
        # Looked up by bisection in the sorted slots: no table of 50,000 rows is built at load.
        self._used, self._values = used, values

    @classmethod
    def from_bytes(cls, data: bytes) -> TextKindModel:
        """The model from its file: a line of JSON (its settings), then the slots' and the
        weights' lengths and bytes."""
        meta_line, _, rest = data.partition(b"\n")
        meta = json.loads(meta_line)
        cut = int(meta["slots_length"])
        return cls(meta, rest[:cut], rest[cut:])

    def probabilities(self, text: str, known: CodeKinds) -> dict[str, float]:
        """Each kind's probability for the text."""
        found = features(text, known)
        used, values, width = self._used, self._values, len(KINDS)
        rows = []
        for feature in found:
            slot = bucket(feature, self.buckets)
            at = bisect_left(used, slot)
            if at < len(used) and used[at] == slot:
                rows.append(at * width)
        totals = [sum(values[row + k] for row in rows) for k in range(width)]
        norm = self.scale / math.sqrt(len(found)) if found else 0.0
        scores = [b + t * norm for b, t in zip(self.bias, totals, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        whole = sum(exps)
        return {kind: e / whole for kind, e in zip(KINDS, exps, strict=True)}


def unsure(text: str, reading: PasteReading, known: CodeKinds) -> bool:
    """Whether the rules' reading is one the model may overturn: one failure, read from a text
    that is not one object alone, that shows no strong trace of one payment, and not
    confidential by its fields (its words are looked at last: `a_page`)."""
    from app.reading.instances import _OBJECT, instance_weight
    from app.reading.sensitivity import signals

    # A page's sample is an object or fields set out as data: prose is the rules' to read.
    if len(reading.failures) != 1 or _OBJECT.search(text[:HEAD]) is None:
        return False
    if signals(reading.failures[0], known.sensitive, known.sensitive_codes):
        return False
    # The first screens the model reads: a megabyte's traces are not looked for twice.
    return instance_weight(text[:HEAD], known, UNSURE_INSTANCE) < UNSURE_INSTANCE


_MODEL: list[TextKindModel | None] = []  # loaded once, on first need


def model() -> TextKindModel | None:
    """The stored model, None when its file is missing or damaged (the rules then decide)."""
    if not _MODEL:
        import zlib

        from app.paths import resources_dir

        try:
            data = (resources_dir() / MODEL_FILE).read_bytes()
            _MODEL.append(TextKindModel.from_bytes(data))
        except (OSError, ValueError, KeyError, zlib.error):
            _MODEL.append(None)
    return _MODEL[0]


def a_page(text: str, reading: PasteReading, known: CodeKinds) -> bool:
    """Whether the model is sure the failure the rules are unsure of is a page's sample; never
    when the text names a confidential reason (it stays marked: DESIGN.md's invariant)."""
    if not unsure(text, reading, known) or (found := model()) is None:
        return False
    if found.probabilities(text, known)["unusable"] < PAGE_ODDS:
        return False
    from app.reading.sweep import evidence  # the whole text's words, read only now

    return not evidence(text, known)


def refuse_sample(text: str, reading: PasteReading, known: CodeKinds) -> None:
    """Raises with a page's sentence when the failure read from `text` is a page's sample: by
    the rules' signs (instances.refuse_sample), or, where those fall short, by the model."""
    from app.reading import instances

    instances.refuse_sample(text, known)
    if a_page(text, reading, known):
        raise instances.page_error(text, known, ())  # a_page: only where nothing is confidential
