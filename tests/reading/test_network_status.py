"""A Charge cut before its outcome's type still says it through its network status (Stripe's
Charge reference): declined_by_network is the bank's decline, reversed_after_approval a block."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.reading.sensitivity import signals

IMPLIED = {"declined_by_network": "issuer_declined", "reversed_after_approval": "blocked"}


def _cut_charge(status: str, reason: str) -> str:
    """A Charge as a gist or a log keeps it, cut off after the outcome's first fields."""
    charge = {
        "id": "ch_3KmoAvLueXt1u2td0l9ZQUYT",
        "object": "charge",
        "failure_code": "card_declined",
        "failure_message": "Your card was declined.",
        "outcome": {"network_status": status, "reason": reason, "risk_level": "normal"},
    }
    text = json.dumps(charge, indent=2)
    return text[: text.index('"risk_level"')]


@pytest.mark.parametrize("status", sorted(IMPLIED))
@pytest.mark.parametrize("reason", ["generic_decline", "insufficient_funds", "stolen_card"])
def test_the_network_status_gives_the_outcome_type(
    catalog: Catalog, status: str, reason: str
) -> None:
    known = catalog.code_kinds()
    reading = read_paste(_cut_charge(status, reason), known)
    failure = reading.failures[0]
    assert failure.outcome is not None and failure.outcome.type == IMPLIED[status]
    assert "outcome" in failure.inferred
    confidential = IMPLIED[status] == "blocked" or reason == "stolen_card"
    assert bool(signals(failure, known.sensitive, known.sensitive_codes)) == confidential


def test_a_written_type_is_kept(catalog: Catalog) -> None:
    text = _cut_charge("declined_by_network", "generic_decline").replace(
        '"outcome": {', '"outcome": {"type": "blocked", '
    )
    failure = read_paste(text, catalog.code_kinds()).failures[0]
    assert failure.outcome is not None and failure.outcome.type == "blocked"
