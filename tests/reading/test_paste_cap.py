"""A paste with more failures than are listed never loses a sensitive one."""

from __future__ import annotations

import itertools
import json

from app.catalogue.catalog import Catalog
from app.reading.enrichment import MAX_FAILURES
from app.reading.paste import read_paste


def _charges(reasons: list[str]) -> str:
    return json.dumps(
        {
            "object": "list",
            "has_more": False,
            "data": [
                {
                    "id": f"ch_3Cap{n:04d}Lkdz2C0abcdef",
                    "object": "charge",
                    "status": "failed",
                    "failure_code": "card_declined",
                    "created": 1767000000 - n,
                    "outcome": {"type": "issuer_declined", "reason": reason},
                }
                for n, reason in enumerate(reasons)
            ],
        }
    )


def test_sensitive_failures_are_kept_and_listed_first(catalog: Catalog) -> None:
    reasons = ["insufficient_funds"] * 80 + ["pickup_card"] + ["do_not_honor"] * 20
    reading = read_paste(_charges(reasons), catalog.code_kinds())
    assert len(reading.failures) == MAX_FAILURES
    assert reading.failures[0].decline_code == "pickup_card"
    assert any("101 failures" in w and "every sensitive one first" in w for w in reading.warnings)


def test_more_sensitive_failures_than_the_cap_are_all_kept(catalog: Catalog) -> None:
    reasons = ["stolen_card"] * (MAX_FAILURES + 5) + ["insufficient_funds"] * 10
    reading = read_paste(_charges(reasons), catalog.code_kinds())
    assert [r.decline_code for r in reading.failures] == ["stolen_card"] * (MAX_FAILURES + 5)


def test_a_short_paste_lists_the_sensitive_failure_first_then_keeps_its_order(
    catalog: Catalog,
) -> None:
    reasons = ["insufficient_funds", "do_not_honor", "lost_card", "expired_card"]
    reading = read_paste(_charges(reasons), catalog.code_kinds())
    assert [r.decline_code for r in reading.failures] == [
        "lost_card",
        "insufficient_funds",
        "do_not_honor",
        "expired_card",
    ]


def test_a_radar_rule_block_past_the_cap_is_kept_first(catalog: Catalog) -> None:
    # Issue 23's drifted copy of the rule: a charge a Radar rule kept from the network names no
    # sensitive code, yet is confidential alone; the cap must keep it wherever it stands.
    rule = {"network_status": "not_sent_to_network", "reason": "rule", "rule": "rule_1Abc"}
    for outcome, where in itertools.product(
        ({"type": "blocked", **rule}, rule), (0, MAX_FAILURES, MAX_FAILURES + 20)
    ):
        charges = json.loads(_charges(["insufficient_funds"] * (MAX_FAILURES + 21)))
        charges["data"][where]["outcome"] = outcome
        reading = read_paste(json.dumps(charges), catalog.code_kinds())
        assert len(reading.failures) == MAX_FAILURES
        first = reading.failures[0]
        assert first.outcome is not None and first.outcome.reason == "rule", (outcome, where)
