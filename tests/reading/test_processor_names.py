"""Another processor's name is found by a quick look for its listed words before the pattern
(app.reading.other_processor.named_processor): the look must never answer otherwise than the
pattern alone, for any processor's word in any position, case or neighbour."""

from __future__ import annotations

import itertools
import random
import re

from app.reading import other_processor
from app.reading.other_processor import named_processor
from app.reading.report import CodeKinds

NEIGHBOURS = ("", " ", "x", "1", ".", "_", "-", "é", "\n", "ß", "İ")
TEXTS = (
    "{word}",
    "Payment failed at {word}: card declined",
    "POST https://api.{word}/v1/charges 402",
    '{{"error": {{"code": "card_declined", "processor": "{word}"}}}}',
)


def _pattern_alone(text: str, known: CodeKinds) -> str | None:
    """named_processor's answer without the quick look: the listed words as one pattern."""
    names = known.other_processors
    words = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    found = re.search(
        rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])", text[: other_processor.HEAD].lower()
    )
    return None if found is None else names[found.group()]


def _variants(known: CodeKinds) -> list[str]:
    pick = random.Random(26)
    texts = [
        template.format(word=before + written + after)
        for word in known.other_processors
        for written in (word, word.upper(), word.title())
        for before, after in itertools.product(pick.sample(NEIGHBOURS, 3), repeat=2)
        for template in pick.sample(TEXTS, 1)
    ]
    # A name beyond the first screens, and texts that name no processor at all.
    texts += [" " * other_processor.HEAD + word for word in known.other_processors]
    texts += ["", "Your card was declined.", '{"error": {"code": "card_declined"}}', "stripe"]
    return texts


def test_the_quick_look_answers_as_the_pattern_alone(known: CodeKinds) -> None:
    texts = _variants(known)
    assert len(texts) > 2_000
    differ = [t for t in texts if named_processor(t, known) != _pattern_alone(t, known)]
    assert differ == []
    assert any(named_processor(t, known) for t in texts)  # the variants do name processors


def test_a_paste_naming_no_processor_compiles_no_processor_pattern(known: CodeKinds) -> None:
    fresh = CodeKinds(dict(known), other_processors=known.other_processors)
    assert (
        named_processor('{"error": {"code": "card_declined", "type": "card_error"}}', fresh) is None
    )
    assert "other_processors" not in fresh.cache
    assert named_processor("Declined by Adyen: Refused", fresh) == "Adyen"
    assert isinstance(fresh.cache["other_processors"], re.Pattern)
