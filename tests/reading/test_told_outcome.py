"""An outcome told in words or in another language fills the outcome (issue 26, set t): every
Outcome label and every value of vocabulary.toml `outcome_rows`, as a row, a sentence and a
translated Dashboard copy; a block told this way is confidential."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals

ROOT = Path(__file__).resolve().parents[2]
ROWS = tomllib.loads((ROOT / "resources/catalog/vocabulary.toml").read_text())["outcome_rows"]
LABELS = sorted(word for word, value in ROWS.items() if value == "label")
BLOCKED = sorted(word for word, value in ROWS.items() if value == "blocked")
FORMS = [
    "{label}: {value}\nDecline code: {code}",
    "{label}\t{value}\n{code}",
    "her card is fine? {label} says {value}, reason {code}. pi_3R3eX8Pc2Ua5Ie6q1Af9By0Q",
    "Payment failed\nAmount\tUS$75.00\nStatus\tFailed\nDecline code\t{code}\n{label}\t{value}\n",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("code", ["merchant_blacklist", "generic_decline"])
def test_a_block_told_after_an_outcome_label_is_a_blocked_outcome(
    known: CodeKinds, form: str, code: str
) -> None:
    for label in LABELS:
        for value in BLOCKED:
            text = form.format(label=label.title(), value=value, code=code)
            first = read_paste(text, known).failures[0]
            assert first.outcome is not None and first.outcome.type == "blocked", text
            assert signals(first, known.sensitive, known.sensitive_codes), text


@pytest.mark.parametrize(
    "text",
    [
        "The result was that the customer tried again: decline code insufficient_funds",
        "Outcome: the customer will call the bank. Decline code: insufficient_funds",
    ],
)
def test_a_label_without_a_value_after_it_tells_no_block(known: CodeKinds, text: str) -> None:
    first = read_paste(text, known).failures[0]
    assert first.outcome is None or first.outcome.type != "blocked", text
    assert not signals(first, known.sensitive, known.sensitive_codes), text
