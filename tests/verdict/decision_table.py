"""The verdict's decisions over every catalogue code, as a table a person can review.

Each case is one failure built from the catalogue's own codes (every code alone, every advice
code beside every decline code, every Mastercard advice and network code beside the common
declines on each brand, every outcome, the words of a paste). Each row is what the agent reads
of its explanation: retry, who acts, the reply class, confidential or not, which entries the
headline, summary, steps and notes were said from, the verdict lines and the confidential line.
Catalogue texts are written as the entry they come from (`{decline_code/do_not_honor}`), so a
reworded entry does not change the table; a changed decision does.

The table is tests/data/decisions.jsonl. After a change of decisions that is meant, write it
again and review its diff: `python -m tests.verdict.decision_table`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.catalogue.catalog import Catalog, CatalogEntry
from app.catalogue.words import Form
from app.reading.report import FailureReport, Outcome
from app.verdict.explain import explain
from app.verdict.explanation import Explanation

TABLE = Path(__file__).resolve().parent.parent / "data" / "decisions.jsonl"
BRANDS = ("visa", "mastercard", None)
# The declines a signal is most often seen beside: soft, hard, vague and fixable.
COMMON_DECLINES = ("do_not_honor", "insufficient_funds", "generic_decline", "expired_card")
UNKNOWN_CODE = "zz_not_a_stripe_code"
# Network codes of each retry class (stop orders, never-approve, lost or stolen, soft ones).
TIE_NETWORK_CODES = ("R0", "R1", "04", "05", "12", "41", "43", "46", "51", "57", "62", "65", "93")


def _codes(catalog: Catalog, kind: str) -> list[str]:
    return sorted(e.code for e in catalog.entries(kind))


def _declined(**fields: Any) -> FailureReport:
    return FailureReport(shape="error", error_type="card_error", code="card_declined", **fields)


def cases(catalog: Catalog) -> Iterator[tuple[str, FailureReport]]:
    """Every case of the table, each with its name (the row's key)."""
    declines = _codes(catalog, "decline_code")
    for code in declines:
        yield f"decline {code}", _declined(decline_code=code)
        yield (
            f"decline {code} bank debit",
            _declined(decline_code=code, payment_method_type="us_bank_account"),
        )
        for advice in _codes(catalog, "advice_code"):
            yield (
                f"decline {code} advice {advice}",
                _declined(decline_code=code, advice_code=advice),
            )
    for code in _codes(catalog, "error_code"):
        yield f"error {code}", FailureReport(shape="error", code=code)
        yield (
            f"error {code} card_error",
            FailureReport(shape="error", error_type="card_error", code=code),
        )
        yield (
            f"error {code} sepa",
            FailureReport(shape="error", code=code, payment_method_type="sepa_debit"),
        )
        # A provider's reasonless decline beside the error code that says what happened.
        yield (
            f"error {code} beside partner_generic_decline",
            FailureReport(shape="charge", code=code, decline_code="partner_generic_decline"),
        )
    # Stripe gives some bank debits' error codes as a decline code (debit_not_authorized).
    for entry in catalog.entries("error_code"):
        if entry.category in ("bank_debit", "bank_account"):
            yield (
                f"error {entry.code} as a decline code",
                FailureReport(shape="charge", code=entry.code, decline_code=entry.code),
            )
            reason = Outcome(reason=entry.code)
            yield (
                f"error {entry.code} as the outcome's reason",
                FailureReport(shape="charge", code="card_declined", outcome=reason),
            )
    for code in sorted(catalog.vocabulary("provider_codes")):
        yield (
            f"provider {code} with a card's brand",
            _declined(decline_code=code, card_brand="visa"),
        )
        yield (
            f"provider {code} with a card's digits",
            _declined(decline_code=code, card_last4="4242"),
        )
    for code in _codes(catalog, "error_type"):
        yield f"error type {code}", FailureReport(shape="error", error_type=code)
    for network in _codes(catalog, "network_decline_code"):
        yield (
            f"network {network} alone",
            FailureReport(
                shape="charge",
                network_decline_code=network,
                outcome=Outcome(type="issuer_declined", network_status="declined_by_network"),
            ),
        )
        # A card_declined Charge whose only reason is the network's: the code says what
        # happened, not "declined by the issuer".
        yield (
            f"network {network} card_declined without a decline code",
            _declined(
                network_decline_code=network,
                outcome=Outcome(type="issuer_declined", network_status="declined_by_network"),
            ),
        )
        for brand in BRANDS:
            for decline in ("generic_decline", "insufficient_funds", "transaction_not_allowed"):
                yield (
                    f"network {network} {decline} {brand}",
                    _declined(decline_code=decline, network_decline_code=network, card_brand=brand),
                )
    for mac in _codes(catalog, "network_advice_code"):
        for brand in BRANDS:
            for decline in COMMON_DECLINES:
                yield (
                    f"mac {mac} {decline} {brand}",
                    _declined(decline_code=decline, network_advice_code=mac, card_brand=brand),
                )
        # Mastercard's advice beside the network's own answer: which of the two sets the reply.
        for network in TIE_NETWORK_CODES:
            yield (
                f"mac {mac} network {network}",
                _declined(
                    decline_code="generic_decline",
                    network_decline_code=network,
                    network_advice_code=mac,
                    card_brand="mastercard",
                ),
            )
            # The network's code as the only reason (it is what happened): the advice code's
            # note is still said after it, on Mastercard and on another brand.
            for brand in ("mastercard", "visa"):
                yield (
                    f"mac {mac} network {network} {brand} without a decline code",
                    _declined(
                        network_decline_code=network,
                        network_advice_code=mac,
                        card_brand=brand,
                        outcome=Outcome(
                            type="issuer_declined", network_status="declined_by_network"
                        ),
                    ),
                )
    yield from _outcomes(catalog)
    yield from _words_and_gaps(catalog)


def _outcomes(catalog: Catalog) -> Iterator[tuple[str, FailureReport]]:
    reasons = [None, *_codes(catalog, "outcome_reason"), "stolen_card", "insufficient_funds"]
    for kind in _codes(catalog, "outcome_type"):
        for reason in reasons:
            outcome = Outcome(type=kind, reason=reason)
            yield f"outcome {kind} {reason}", FailureReport(shape="charge", outcome=outcome)
        for risk in _codes(catalog, "risk_level"):
            outcome = Outcome(type=kind, risk_level=risk)
            yield f"outcome {kind} risk {risk}", FailureReport(shape="charge", outcome=outcome)
        for decline in _codes(catalog, "decline_code"):
            outcome = Outcome(type=kind)
            yield (
                f"outcome {kind} decline {decline}",
                FailureReport(shape="charge", decline_code=decline, outcome=outcome),
            )
        for status in _codes(catalog, "network_status"):
            outcome = Outcome(type=kind, network_status=status)
            yield f"outcome {kind} status {status}", FailureReport(shape="charge", outcome=outcome)
    # A Charge whose outcome reason is not its decline code: the stricter of the two decides.
    for reason in reasons[1:]:
        for decline in COMMON_DECLINES:
            for held in ("issuer_declined", None):
                yield (
                    f"outcome {held} {reason} beside {decline}",
                    FailureReport(
                        shape="charge",
                        code="card_declined",
                        decline_code=decline,
                        outcome=Outcome(type=held, reason=reason),
                    ),
                )
    # Each lesser signal as the only one a Charge gives (no outcome type): it says what happened.
    for status in _codes(catalog, "network_status"):
        outcome = Outcome(network_status=status)
        yield f"status {status} alone", FailureReport(shape="charge", outcome=outcome)
    for risk in _codes(catalog, "risk_level"):
        outcome = Outcome(risk_level=risk)
        yield f"risk {risk} alone", FailureReport(shape="charge", outcome=outcome)
    for network in _codes(catalog, "network_decline_code"):
        yield (
            f"network {network} without an outcome type",
            FailureReport(
                shape="charge",
                network_decline_code=network,
                outcome=Outcome(network_status="declined_by_network"),
            ),
        )
    for advice in _codes(catalog, "advice_code"):
        yield f"advice {advice} alone", FailureReport(shape="error", advice_code=advice)
    for mac in _codes(catalog, "network_advice_code"):
        yield (
            f"mac {mac} alone",
            FailureReport(shape="charge", network_advice_code=mac, card_brand="mastercard"),
        )
    for sent in ("not_sent_to_network", "declined_by_network", None):
        outcome = Outcome(reason="rule", network_status=sent)
        yield f"rule without a type, {sent}", FailureReport(shape="charge", outcome=outcome)


def _words_and_gaps(catalog: Catalog) -> Iterator[tuple[str, FailureReport]]:
    for code in sorted(catalog.code_kinds().sensitive_codes):
        for decline in ("generic_decline", None):
            yield f"words {code} beside {decline}", _declined(decline_code=decline, evidence=[code])
    for reason in _codes(catalog, "outcome_reason"):
        outcome = Outcome(type="blocked", reason=reason)
        yield (
            f"words stolen_card beside a block for {reason}",
            FailureReport(shape="charge", outcome=outcome, evidence=["stolen_card"]),
        )
    for code in ("insufficient_funds", "expired_card", "do_not_honor"):
        yield f"words {code} (not confidential)", _declined(decline_code=None, evidence=[code])
    # A live payment and a test one: Stripe's test decline on the live checkout is card testing.
    for code in ("testmode_decline", "generic_decline", "stolen_card"):
        for live in (True, False):
            yield f"decline {code} livemode {live}", _declined(decline_code=code, livemode=live)
            # Beside a note said before it: the test or card-testing note still comes first.
            yield (
                f"decline {code} livemode {live} beside network 05",
                _declined(
                    decline_code=code, livemode=live, network_decline_code="05", card_brand="visa"
                ),
            )
    yield "unknown decline", _declined(decline_code=UNKNOWN_CODE)
    yield "unknown error code", FailureReport(shape="error", code=UNKNOWN_CODE)
    yield (
        "two unknown codes",
        FailureReport(shape="error", code=UNKNOWN_CODE, decline_code=UNKNOWN_CODE + "_2"),
    )
    yield "a charge without a reason", FailureReport(shape="charge", status="failed")
    yield (
        "a payment intent without a reason",
        FailureReport(shape="payment_intent", status="requires_payment_method"),
    )


def _ref(entry: CatalogEntry | None) -> str | None:
    return None if entry is None else f"{entry.kind}/{entry.code}"


def _form(form: Form) -> str:
    """A sentence's form as one string: `group.key(value=x, text=kind/code:field, ...)`."""
    parts = [f"{name}={value}" for name, value in form.values]
    parts += [f"{name}={kind}/{code}:{field}" for name, field, kind, code, _ in form.texts]
    lowered = f" lowered={','.join(form.lowered)}" if form.lowered else ""
    return f"{form.group}.{form.key}({', '.join(parts)}){lowered}"


def _said_from(text: str, entries: list[CatalogEntry], version: str) -> str:
    """The text with each entry summary in it written as the entry it comes from."""
    for entry in entries:
        if entry.summary:
            text = text.replace(entry.summary, "{" + f"{entry.kind}/{entry.code}" + "}")
    return text.replace(f"(version {version})", "(version {version})")


def _steps(steps: list[str], entries: list[CatalogEntry]) -> list[str]:
    """Each step as `{kind/code#i}` when it is an entry's; all of an entry's as `{kind/code}`."""
    for entry in entries:
        if steps and steps == list(entry.agent_steps):
            return ["{" + f"{entry.kind}/{entry.code}" + "}"]
    said = []
    for step in steps:
        owner = next((x for x in entries if step in x.agent_steps), None)
        if owner is None:
            said.append(step)
        else:
            said.append("{" + f"{owner.kind}/{owner.code}#{owner.agent_steps.index(step)}" + "}")
    return said


def row(explanation: Explanation, version: str) -> dict[str, Any]:
    """What the agent reads of one explanation, with catalogue texts written as their entry;
    the verdict's lines and the confidential line are in `said()`, once for each way of saying."""
    e = explanation
    reasons = e.confidential_reasons
    entries = [*e.entries, *(reasons.words if reasons else ())]
    entries += [x for x in (e.decided_by, e.primary) if x is not None]
    found: dict[str, Any] = {
        "verdict": f"{e.retry} / {e.who_acts} / {e.reply_class}",
        "sensitive": e.sensitive,
        "primary": _ref(e.primary),
        "decided_by": _ref(e.decided_by),
        "entries": " ".join(str(_ref(x)) for x in e.entries),
        "unknown": e.unknown_codes,
        "headline": None if e.headline_form is None else _form(e.headline_form),
        "summary": _said_from(e.summary, entries, version),
        "steps": _steps(e.agent_steps, entries),
        "notes": [_form(form) for form in e.note_forms],
        "note_count": len(e.notes),
        "test_mode": e.test_mode or None,  # the window's TEST badge
        "lines": None if e.verdict is None else _verdict_key(e),
        "confidential": None if reasons is None else _reasons_key(e),
    }
    return {name: value for name, value in found.items() if value not in (None, [], "")}


def _verdict_key(e: Explanation) -> str:
    v = e.verdict
    assert v is not None
    return f"{v.retry} / {v.who_acts} / {v.reply_class} / wait {v.wait_code} / card {v.by_card}"


def _reasons_key(e: Explanation) -> str:
    r = e.confidential_reasons
    assert r is not None
    return " / ".join(
        [
            " ".join(str(_ref(x)) for x in r.entries),
            f"outcome {r.outcome_type}",
            f"rule {r.blocked_by_rule}",
            f"block {_ref(r.block)}",
            "words " + " ".join(str(_ref(x)) for x in r.words),
        ]
    )


def said(explanations: list[Explanation]) -> dict[str, dict[str, Any]]:
    """The verdict lines and confidential lines the cases say, once for each way of saying."""
    rows: dict[str, dict[str, Any]] = {}
    for e in explanations:
        if e.verdict is not None:
            rows[f"~lines {_verdict_key(e)}"] = {"said": e.verdict.lines()}
        if e.confidential_reasons is not None:
            rows[f"~confidential {_reasons_key(e)}"] = {"said": e.confidential}
    return rows


def table(catalog: Catalog) -> dict[str, dict[str, Any]]:
    """Every case's row, by case name, and the lines they say."""
    explained = {name: explain(report, catalog) for name, report in cases(catalog)}
    version = catalog.info().version
    rows = {name: row(e, version) for name, e in explained.items()}
    return {**rows, **said(list(explained.values()))}


def read_table(path: Path = TABLE) -> dict[str, dict[str, Any]]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {r.pop("case"): r for r in rows}


def write_table(rows: dict[str, dict[str, Any]], path: Path = TABLE) -> None:
    lines = [json.dumps({"case": name, **rows[name]}, ensure_ascii=False) for name in sorted(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    from tests.conftest import CATALOG_DB

    with Catalog(CATALOG_DB) as catalog:
        rows = table(catalog)
    write_table(rows)
    print(f"{len(rows)} cases written to {TABLE}")


if __name__ == "__main__":
    main()
