"""A paste of ASCII up to 64 KB has its sensitive values found with str.find, a longer one with
the values' pattern: both must find the same values at the same places, whatever stands around
them (an edge, a time's colon, a longer value, an id, a number, any case)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog
from app.reading import field_values
from app.reading.field_values import _found_at, _values, sensitive_field_values

DATA = Path(__file__).resolve().parents[1] / "data"
BEFORE = ["", " ", "\n", ".", "-", "_", "a", "Z", "9", ":", "1:", "x:", "12:", " :", "=", '"', "'"]
AFTER = ["", " ", "\n", ".", "-", "_", "a", "Z", "9", ":", ",", '"', "'", "}", "s"]


def _by_pattern(lowered: str, pattern: str) -> list[tuple[int, str]]:
    return [(match.start(), match.group()) for match in re.finditer(pattern, lowered)]


def _texts(values: tuple[str, ...]) -> list[str]:
    """Each value, upper-cased too, in every setting; values beside each other and inside one
    another (`highest` of `highest_risk_level`)."""
    texts = []
    for value in values:
        for shown in (value, value.upper(), value.title()):
            texts += [f"{b}{shown}{a}" for b, a in itertools.product(BEFORE, AFTER)]
    texts += [" ".join(values), "".join(values), "_".join(values), ":".join(values)]
    texts += ["risk_level: highest_risk_level, highest; outcome.type=blocked 12:43 43 043 430"]
    return texts


def test_find_and_the_pattern_agree_on_every_setting(catalog: Catalog) -> None:
    known = catalog.code_kinds()
    _, _, ascii_lowered, plain = _values(known)
    assert plain and ascii_lowered  # the catalogue's values are all plain today
    texts = _texts(plain)
    assert len(texts) > 3000
    for text in texts:
        lowered = text.lower()
        assert _found_at(lowered, plain) == _by_pattern(lowered, ascii_lowered), text


def test_find_and_the_pattern_agree_on_every_paste_under_tests_data(catalog: Catalog) -> None:
    known = catalog.code_kinds()
    _, _, ascii_lowered, plain = _values(known)
    assert plain and ascii_lowered
    compared = 0
    for path in sorted(DATA.rglob("*")):
        if not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if not text.isascii():
            continue
        lowered = text.lower()
        assert _found_at(lowered, plain) == _by_pattern(lowered, ascii_lowered), path
        compared += 1
    assert compared > 1000


@pytest.mark.parametrize("repeat", [1, 2000])
def test_a_long_text_and_a_short_one_give_the_same_values(
    catalog: Catalog, repeat: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same text read by str.find and by the pattern (the limit moved) gives the same."""
    known = catalog.code_kinds()
    text = "log line 12:43 nothing\n" * repeat + "outcome: {type: 'blocked', risk_level: highest}\n"
    text += "network_decline_code=43\n"
    found = sensitive_field_values(text, known)
    monkeypatch.setattr(field_values, "_FIND_CHARS", 0 if len(text) <= 64_000 else 10**9)
    assert sensitive_field_values(text, known) == found == ["blocked", "highest", "43"]


def test_a_value_not_of_word_characters_is_left_to_the_pattern(catalog: Catalog) -> None:
    from app.reading.report import CodeKinds

    sensitive = frozenset({("risk_level", "very.high"), ("risk_level", "x")})
    known = CodeKinds({}, sensitive=sensitive, names=catalog.code_kinds().names)
    _, _, _, plain = _values(known)
    assert plain == ()
    assert sensitive_field_values("risk_level: very.high", known) == ["very.high"]
