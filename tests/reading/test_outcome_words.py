"""The Dashboard's outcome as a browser translates it or an agent writes it in their language
(vocabulary.toml `outcome_words`: "Rechazado por el emisor", "Vom Kartenaussteller abgelehnt",
"発行会社により拒否") reads as that outcome type, alone, after a label or beside a code; denied,
it tells nothing. And an SDK's error class written in PascalCase in prose ("a CardError is
returned") names its error type; a sensitive code so written (`StolenCard`) is confidential."""

from __future__ import annotations

import tomllib

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.conftest import ROOT
from tests.reading.conftest import failures_of

OUTCOMES = tomllib.loads((ROOT / "resources/catalog/vocabulary.toml").read_text())["outcome_words"]
AROUND = ["{}", "Outcome / Resultado / Ergebnis: {}", "Payment failed. {}.", "{} – expired_card"]


@pytest.mark.parametrize(("words", "outcome"), sorted(OUTCOMES.items()))
def test_an_outcome_in_words_of_any_language_is_its_type(
    known: CodeKinds, words: str, outcome: str
) -> None:
    for around in AROUND:
        for written in (words, words.capitalize(), words.upper()):
            text = around.format(written)
            reading = read_paste(text, known)
            assert reading.failures, text
            found = reading.failures[0].outcome
            assert found is not None and found.type == outcome, text


@pytest.mark.parametrize("words", ["vom Kartenaussteller abgelehnt", "rechazado por el emisor"])
def test_an_outcome_denied_is_not_told(known: CodeKinds, words: str) -> None:
    for negation in ("nicht", "nunca", "not"):
        text = f"{negation} {words}"
        failures = failures_of(text, known)
        for failure in failures:
            assert failure.outcome is None or failure.outcome.type != "issuer_declined", text


@pytest.mark.parametrize(
    ("sentence", "error_type"),
    [
        ("When calling the API a CardError is returned with the wrong param.", "card_error"),
        ("Our worker logs an InvalidRequestError for this customer's payment.", None),
        ("The payment raised ApiError after a timeout.", "api_error"),
        ("Got an IdempotencyError when retrying the charge.", "idempotency_error"),
    ],
)
def test_an_error_class_in_pascal_case_names_its_type(
    known: CodeKinds, sentence: str, error_type: str | None
) -> None:
    reading = read_paste(sentence, known)
    expected = error_type or "invalid_request_error"
    assert reading.failures[0].error_type == expected, sentence


@pytest.mark.parametrize("code", ["StolenCard", "LostCard", "MerchantBlacklist"])
def test_a_sensitive_code_in_pascal_case_is_confidential(known: CodeKinds, code: str) -> None:
    for text in (f"The SDK threw {code} on the payment.", f"DeclineCode = {code}"):
        reading = read_paste(text, known)
        assert reading.failures, text
        assert signals(reading.failures[0], known.sensitive, known.sensitive_codes), text
