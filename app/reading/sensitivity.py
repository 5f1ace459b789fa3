"""DESIGN.md's invariant as one rule: which signals of a failure make it confidential.

A failure is confidential when any of its codes is a sensitive catalogue entry of its kind, when
a Radar rule blocked it, or when the paste's own words name a sensitive code or a block
(`evidence`, found by reading.sweep). Explain, the failure cap and history all ask this module.
"""

from __future__ import annotations

from collections.abc import Collection

from app.reading.report import FailureReport


def blocked_by_rule(report: FailureReport) -> bool:
    """A Radar rule is confidential only when it blocked: the outcome says blocked, or (a cut
    paste without the type) the charge never reached the network."""
    outcome = report.outcome
    return bool(
        outcome
        and outcome.reason == "rule"
        and (
            outcome.type == "blocked"
            or (outcome.type is None and outcome.network_status == "not_sent_to_network")
        )
    )


def signals(
    report: FailureReport,
    sensitive: Collection[tuple[str, str]],
    sensitive_codes: Collection[str] = (),
) -> list[str]:
    """Every code of the report that makes it confidential, each once; empty when none.

    `sensitive` holds the catalogue's sensitive (kind, code) pairs; `sensitive_codes` the codes
    of those pairs, for the words of the paste, which name a code without its kind.
    """
    outcome = report.outcome
    pairs = [
        ("decline_code", report.decline_code),
        ("error_code", report.code),
        ("network_decline_code", report.network_decline_code),
        ("advice_code", report.advice_code),
        ("network_advice_code", report.network_advice_code),
    ]
    if outcome is not None:
        pairs += [
            ("outcome_type", outcome.type),
            ("decline_code", outcome.reason),
            ("outcome_reason", outcome.reason),
            ("risk_level", outcome.risk_level),
            ("network_status", outcome.network_status),
        ]
    found = [code for kind, code in pairs if code and (kind, code) in sensitive]
    if blocked_by_rule(report):
        found.append("rule")
    found += [code for code in report.evidence if code in sensitive_codes]
    return list(dict.fromkeys(found))
