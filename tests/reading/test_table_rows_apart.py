"""A handover sheet's rows are payments of their own: a note on a failed row that names a retry
("asked the member to update the card", "will retry") is no retry of the next row's payment, so
another customer's success on a later row never makes the failure "resolved"."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.reading.report import CodeKinds
from tests.reading.conftest import kind_of

VOCABULARY = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "vocabulary.toml"
RETRY_WORDS = sorted(
    word
    for table in tomllib.loads(VOCABULARY.read_text(encoding="utf-8")).values()
    if isinstance(table, dict)
    for word, kind in table.items()
    if kind == "retry_word"
)
SEPARATORS = {"tab": "\t", "pipe": " | ", "semicolon": ";"}


def _sheet(note: str, cut: str, later: str = "locker extra") -> str:
    rows = [
        ["date", "member", "item", "amount", "status", "note"],
        ["5/6", "Chen Jing", "annual plan", "3680", "succeeded", ""],
        [
            "5/6",
            "Liu Yang",
            "12 sessions",
            "4200",
            "failed",
            f"card_declined / generic_decline, {note}",
        ],
        ["5/7", "Zhao Lei", "monthly plan", "399", "succeeded", later],
    ]
    return "\n".join(cut.join(row) for row in rows) + "\n"


def test_the_vocabulary_has_retry_words() -> None:
    assert len(RETRY_WORDS) > 50


@pytest.mark.parametrize("cut", SEPARATORS.values(), ids=SEPARATORS.keys())
@pytest.mark.parametrize("word", RETRY_WORDS)
def test_a_later_row_of_another_customer_resolves_nothing(
    word: str, cut: str, known: CodeKinds
) -> None:
    assert kind_of(_sheet(f"{word} tomorrow", cut), known) == "failure"


@pytest.mark.parametrize("cut", SEPARATORS.values(), ids=SEPARATORS.keys())
@pytest.mark.parametrize("word", RETRY_WORDS)
def test_a_retry_on_another_customers_row_resolves_nothing(
    word: str, cut: str, known: CodeKinds
) -> None:
    assert kind_of(_sheet("sent a reminder", cut, later=f"{word}, 3DS ok"), known) == "failure"


@pytest.mark.parametrize("word", ["retried", "second attempt", "new card"])
def test_a_retry_told_in_prose_before_its_success_still_resolves(
    word: str, known: CodeKinds
) -> None:
    text = (
        "The card was declined (card_declined / generic_decline).\n"
        f"The customer {word} in the evening.\nPayment succeeded.\n"
    )
    assert kind_of(text, known) == "nothing_failed"
