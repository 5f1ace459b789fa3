"""The redaction helper: what history and logs may keep, and what they must never keep."""

from __future__ import annotations

import json

import pytest

from app.core.paste import read_paste
from app.core.redact import luhn_valid, redact_payload, redact_text
from tests.conftest import DATA

PASTES = DATA / "pastes"


@pytest.mark.parametrize("number", ["4242424242424242", "4000 0566 5566 5556",
                                    "5555-5555-5555-4444", "378282246310005"])
def test_card_numbers_are_masked_to_their_last_four(number: str) -> None:
    out = redact_text(f"card {number} failed")
    assert number not in out and out == f"card [card ending {number[-4:]}] failed"


def test_digit_runs_that_are_not_card_numbers_are_kept() -> None:
    assert not luhn_valid("4242424242424241")
    for text in ("order 4242424242424241", "created 1767225612", "id ch_4242424242424242",
                 "amount 129900"):
        assert redact_text(text) == text


def test_secrets_keys_and_emails() -> None:
    text = ("pi_3Abc_secret_XyZ123 sk_live_51HxYzAbCdEf rk_test_abcdef123 pk_live_zzzzzz99 "
            "whsec_abcdefgh jenny.rosen@example.com")
    out = redact_text(text)
    for secret in ("secret_XyZ123", "51HxYzAbCdEf", "abcdef123", "zzzzzz99", "abcdefgh",
                   "jenny.rosen"):
        assert secret not in out
    assert "sk_live_[redacted]" in out and "[client secret]" in out and "[email]" in out


def test_names_and_addresses_in_text_forms() -> None:
    out = redact_text("""name: 'Jenny Rosen', "line1": "12 Park Row", city => "Leeds" """)
    assert "Jenny" not in out and "Park Row" not in out and "Leeds" not in out


def test_a_redacted_payload_keeps_ids_codes_amounts_and_still_explains_the_same() -> None:
    text = (PASTES / "payment_intent_authentication_required.txt").read_text()
    payload = json.loads(text)
    redacted = redact_payload(payload)
    dumped = json.dumps(redacted)
    for gone in ("Jenny Rosen", "jenny.rosen@example.com", "12 Park Row", "LS1 5HD"):
        assert gone not in dumped
    for kept in ("pi_3PgT1L2eZvKYlo2C0s7GhJkL", "authentication_required", "129900", "4242"):
        assert kept in dumped
    before = read_paste(text).failures[0].detected()
    after = read_paste(dumped).failures[0].detected()
    assert before == after
