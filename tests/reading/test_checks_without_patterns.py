"""Checks every paste makes, written without a pattern compiled at each start (BENCHMARKS.md,
fourteenth pass): each must answer as the pattern it replaces, for every string of a few
characters drawn from the characters that matter, and for the pastes under tests/data."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from app.reading import fields, inference, paste
from app.reading.report import CodeKinds

DATA = Path(__file__).resolve().parents[1] / "data"
# Letters, digits, the joins, spaces and line ends, quotes, and letters and digits beyond ASCII.
ALPHABET = ["a", "Z", "0", "9", "_", "-", " ", "\n", "\t", "'", "`", '"', "é", "²", "\u0661", "I"]
CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$")
NETWORK_CODE = re.compile(r"^[0-9A-Za-z]{1,4}$")
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _strings(most: int = 5) -> list[str]:
    found = [""]
    for size in range(1, most + 1):
        found += ["".join(chars) for chars in itertools.product(ALPHABET[:9], repeat=size)]
    found += ["".join(chars) for chars in itertools.product(ALPHABET, repeat=3)]
    return found


def _field_values() -> list[str]:
    """Words of the pastes under tests/data, as fields would hold them."""
    words: set[str] = set()
    for path in sorted((DATA / "pastes").glob("*.txt")):
        words.update(re.split(r"[\s,:{}\[\]]+", path.read_text(encoding="utf-8", errors="replace")))
    return sorted(words)


def _code_before(value: str) -> str | None:
    """fields.code as it was written with its pattern."""
    found = fields.text(value)
    if found is None:
        return None
    found = found.strip()
    if len(found) > 100:
        return None
    return found.lower() if CODE.match(found) else found


def test_a_code_is_told_as_the_pattern_tells_it() -> None:
    values = _strings() + _field_values()
    assert len(values) > 60_000
    for value in values:
        assert fields._is_code(value.strip()) == bool(CODE.match(value.strip())), repr(value)
        assert fields.code(value) == _code_before(value), repr(value)


def test_a_network_code_is_told_as_the_pattern_tells_it() -> None:
    for value in _strings() + _field_values():
        found = fields.text(value)
        stripped = found.strip() if found is not None else ""
        expected = stripped.upper() if found is not None and NETWORK_CODE.match(stripped) else None
        assert fields.network_code(value) == expected, repr(value)


def test_control_characters_are_counted_as_the_pattern_counts_them() -> None:
    texts = [
        "".join(chars)
        for chars in itertools.product(
            ["a", "\x00", "\x08", "\t", "\x0e", "\x1f", "\x7f", "\n", "\x0b"], repeat=4
        )
    ]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in (DATA / "pastes").glob("*")]
    for text in texts:
        assert sum(map(text.count, paste._CONTROLS)) == len(CONTROL.findall(text)), repr(text)


def test_a_named_decline_code_is_found_as_before_the_marks_were_looked_for() -> None:
    known = CodeKinds({"lost_card": ("decline_code",), "fraudulent": ("decline_code",)})
    messages = [
        "Your card was declined.",
        "Your card was declined (lost_card).",
        "declined: 'fraudulent'",
        'declined: "fraudulent"',
        "declined: `Fraudulent`",
        "declined with fraudulent",
        "lost_card 아님, expired_card임",
    ]
    found = [inference._named_decline_code(message, known) for message in messages]
    assert found == [None, "lost_card", "fraudulent", "fraudulent", "fraudulent", None, None]
    pattern = re.compile(inference._NAMED_CODE)
    for value in _strings(4):
        if pattern.search(value):
            assert any(mark in value for mark in inference._NAMED_CODE_MARKS), repr(value)
