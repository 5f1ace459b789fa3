"""A sensitive value under its field's name makes the paste confidential wherever it stands: the
second object of a code literal, a later attempt in a log, any style of name and separator."""

from __future__ import annotations

import itertools

import pytest

from app.reading.field_values import sensitive_field_values
from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals

# The fields that carry each kind's sensitive values, as words a style is made of.
CARRIERS = {
    "outcome_type": [["outcome", "type"], ["type"]],
    "risk_level": [["risk", "level"]],
    "network_status": [["network", "status"]],
    "outcome_reason": [["reason"]],
    "network_decline_code": [["network", "decline", "code"]],
}
SEPARATORS = [": ", ":", " = ", "=", " => ", "\t", "   "]
QUOTES = ["", "'", '"', "`"]
FIRST = (
    "attempt 1: decline_code=insufficient_funds, network_decline_code=51, type=issuer_declined\n"
)


def _styles(words: list[str]) -> list[str]:
    """The names SDKs, logs and tables give a field of these words."""
    camel = words[0] + "".join(w.title() for w in words[1:])
    return [
        "_".join(words),
        camel,
        camel[0].upper() + camel[1:],
        ".".join(words),
        "-".join(words),
        " ".join(words).capitalize(),
        f"com.stripe.lib:{camel[0].upper() + camel[1:]}",
    ]


def _sensitive_values(known: CodeKinds) -> list[tuple[str, str]]:
    return sorted((kind, code) for kind, code in known.sensitive if kind in CARRIERS)


def test_every_sensitive_value_under_every_name_style_is_found_after_a_harmless_attempt(
    known: CodeKinds,
) -> None:
    values = _sensitive_values(known)
    assert ("outcome_type", "blocked") in values and ("network_decline_code", "43") in values
    checked = 0
    for kind, code in values:
        for words in CARRIERS[kind]:
            styles = _styles(words) if len(words) > 1 else [words[0], words[0].title()]
            for name, sep, quote, case in itertools.product(
                styles, SEPARATORS, QUOTES, (str.lower, str.upper)
            ):
                if sep == "   " and quote:  # a copied table has no quotes
                    continue
                for key in (name, f'"{name}"', f"'{name}'", f"[{name}]"):
                    second = f"attempt 2: {key}{sep}{quote}{case(code)}{quote}\n"
                    assert sensitive_field_values(FIRST + second, known) == [code], second
                    checked += 1
    assert checked > 1000


def test_a_later_sensitive_attempt_makes_the_reading_confidential(known: CodeKinds) -> None:
    for kind, code in _sensitive_values(known):
        name = "_".join(CARRIERS[kind][0])
        for second in (f"attempt 2: {name}: '{code}'", f"attempt 2: {name}='{code}', ok=false"):
            reading = read_paste(FIRST + second, known)
            assert reading.failures, second
            first = reading.failures[0]
            assert signals(first, known.sensitive, known.sensitive_codes), second


@pytest.mark.parametrize(
    "text",
    [
        "Your parcel was blocked at customs; we sent it again.",
        "Status: blocked",
        "message: 'blocked'",
        "The card's highest limit is fine.",
        "priority: highest",
        "Logged at 12:43:07 and 09:41.",
        "error_code: 43",
        "amount=4300, id=ch_43",
        "seller_message: Payment complete. risk_score: 41",
        "type: card_error, decline_code: do_not_honor",
    ],
)
def test_the_same_words_elsewhere_are_not_a_sensitive_value(known: CodeKinds, text: str) -> None:
    assert sensitive_field_values(text, known) == []
