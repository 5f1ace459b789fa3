"""Stripe sends a decline with the error code card_declined and its reason in `decline_code`,
unless the reason is an error code of its own (expired_card). Read from words, a decline code
given as the code ("Code: lost_card", a billing tool's "gateway response: generic_decline") is
the reason and card_declined the code; a Stripe object's own `code` field is kept as written.
Every decline code of the catalogue is tried in every label below."""

from __future__ import annotations

import json

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds

LABELS = (
    "Code: {code}",
    "Payment failed (Stripe). Gateway response: {code}",
    "Stripe error code {code} on the renewal invoice",
)


def _decline_codes(known: CodeKinds, also_error: bool) -> list[str]:
    return sorted(
        code
        for code, kinds in known.items()
        if "decline_code" in kinds and ("error_code" in kinds) is also_error
    )


def test_the_catalogue_has_both_kinds(known: CodeKinds) -> None:
    assert len(_decline_codes(known, also_error=False)) > 20
    assert "expired_card" in _decline_codes(known, also_error=True)


@pytest.mark.parametrize("label", LABELS)
def test_a_decline_code_told_as_the_code_is_a_card_declined(known: CodeKinds, label: str) -> None:
    for code in _decline_codes(known, also_error=False):
        text = label.format(code=code)
        failures = read_paste(text, known).failures
        assert failures, text
        assert (failures[0].code, failures[0].decline_code) == ("card_declined", code), text


@pytest.mark.parametrize("label", LABELS)
def test_a_code_that_is_also_an_error_code_stays_the_code(known: CodeKinds, label: str) -> None:
    for code in _decline_codes(known, also_error=True):
        text = label.format(code=code)
        failures = read_paste(text, known).failures
        assert failures and failures[0].code == code, text


def test_a_stripe_objects_own_code_field_is_kept_as_written(known: CodeKinds) -> None:
    # An advice code (do_not_try_again is both) never fills `code`: reading.enrichment.
    for code in _decline_codes(known, also_error=False):
        if "advice_code" in known[code]:
            continue
        body = {"error": {"type": "card_error", "code": code, "message": "Declined."}}
        failures = read_paste(json.dumps(body), known).failures
        assert failures and failures[0].code == code, code
