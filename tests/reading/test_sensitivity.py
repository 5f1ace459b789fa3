"""The one sensitive rule (app/reading/sensitivity.py) reads every field of a report: a code
that the catalogue marks sensitive in its kind makes the failure confidential wherever it
stands, and the same code in another kind does not."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.reading.report import FailureReport, Outcome
from app.reading.sensitivity import blocked_by_rule, signals
from app.verdict.explain import explain

# Each field of a report and the catalogue kind its code is looked up as.
REPORT_FIELDS = {
    "decline_code": "decline_code",
    "code": "error_code",
    "network_decline_code": "network_decline_code",
    "advice_code": "advice_code",
    "network_advice_code": "network_advice_code",
}
OUTCOME_FIELDS = {
    "type": ("outcome_type",),
    "reason": ("decline_code", "outcome_reason"),
    "risk_level": ("risk_level",),
    "network_status": ("network_status",),
}


def _cases() -> list[tuple[FailureReport, str]]:
    """One report per field holding the code "x9", with the kind that field is read as."""
    cases = [
        (FailureReport(shape="error", **{name: "x9"}), kind)  # type: ignore[arg-type]
        for name, kind in REPORT_FIELDS.items()
    ]
    cases += [
        (FailureReport(shape="charge", outcome=Outcome(**{name: "x9"})), kind)
        for name, kinds in OUTCOME_FIELDS.items()
        for kind in kinds
    ]
    return cases


@pytest.mark.parametrize(("report", "kind"), _cases())
def test_a_sensitive_code_in_any_field_is_a_signal(report: FailureReport, kind: str) -> None:
    assert signals(report, {(kind, "x9")}) == ["x9"]


@pytest.mark.parametrize(("report", "kind"), _cases())
def test_the_same_code_in_another_kind_is_not(report: FailureReport, kind: str) -> None:
    others = {(other, "x9") for other in ("not_a_kind", f"{kind}_other")}
    assert signals(report, others) == []


def test_words_name_a_code_without_its_kind() -> None:
    report = FailureReport(shape="code", evidence=["x9", "y8"])
    assert signals(report, set(), {"x9"}) == ["x9"]
    assert signals(report, set()) == []


@pytest.mark.parametrize(
    ("outcome", "blocked"),
    [
        (Outcome(type="blocked", reason="rule"), True),
        (Outcome(type=None, network_status="not_sent_to_network", reason="rule"), True),
        # A rule that did not block: the payment reached the bank, or was held for review.
        (Outcome(type=None, network_status="declined_by_network", reason="rule"), False),
        (Outcome(type=None, network_status=None, reason="rule"), False),
        (Outcome(type="manual_review", network_status="not_sent_to_network", reason="rule"), False),
        (
            Outcome(type="issuer_declined", network_status="declined_by_network", reason="rule"),
            False,
        ),
        (Outcome(type="blocked", reason="highest_risk_level"), False),
    ],
)
def test_a_radar_rule_is_confidential_only_when_it_blocked(outcome: Outcome, blocked: bool) -> None:
    assert blocked_by_rule(FailureReport(shape="charge", outcome=outcome)) is blocked


def test_a_rule_that_did_not_block_leaves_the_reply_alone(catalog: Catalog) -> None:
    report = FailureReport(
        shape="charge",
        code="card_declined",
        decline_code="insufficient_funds",
        outcome=Outcome(type=None, network_status="declined_by_network", reason="rule"),
    )
    explanation = explain(report, catalog)
    assert not explanation.sensitive
    assert explanation.reply_class != "generic_decline"
