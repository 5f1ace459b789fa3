"""The verdict's words for the agent: the headline, the notes beside the summary (network codes,
test mode, card testing, codes Stripe retired or never documented) and each step once."""

from __future__ import annotations

from app.catalogue.catalog import CatalogEntry
from app.reading.report import FailureReport
from app.verdict.explanation import Explanation
from app.verdict.retry import mastercard_advice_counts

CARD_TESTING_STEP = (
    "A test card number on a live payment can mean someone is trying card numbers on our "
    "checkout (card testing): open Radar's risk panel on this payment and the list of recent "
    "payments, look for a burst of declined attempts from the same IP address, email or card "
    "fingerprint, and tell our risk team with the charge id."
)

_HEADLINE_PREFIX = {
    "card_error": "Card declined",
    "invalid_request_error": "Request refused",
    "idempotency_error": "Request refused",
    "api_error": "Stripe error",
    "rate_limit": "Too many requests",
    "temporary_session_expired": "Session expired",
}


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() or len(text) == 1 else text


def distinct_steps(steps: list[str]) -> list[str]:
    """The steps once each: two entries (a decline code and its network code) often give the
    same instruction with a different tail ("Do not retry this card; pass the payment id to
    our risk team" and "..., especially if the order looks unusual"); the first one stays."""
    seen: set[str] = set()
    kept = []
    for step in steps:
        lead = step.split(";")[0].split(". ")[0].strip().rstrip(".").lower()
        if lead not in seen:
            seen.add(lead)
            kept.append(step)
    return kept


def headline(primary: CatalogEntry, report: FailureReport, by_card: bool) -> str:
    title = primary.title
    bank = primary.category in ("bank_debit", "bank_account")  # no card was declined
    if (not bank and primary.kind == "decline_code") or (
        primary.kind == "outcome_reason"
        and report.outcome
        and report.outcome.type == "issuer_declined"
    ):
        # A wallet's or local method's provider declined, not a card's issuer.
        local = primary.category == "local_payment_methods" or not by_card
        return f"{'Payment' if local else 'Card'} declined: {lower_first(title)}"
    if primary.kind in ("outcome_type", "outcome_reason") and report.outcome:
        if report.outcome.type == "blocked":
            return f"Payment blocked: {lower_first(title)}"
        if report.outcome.type == "manual_review":
            return f"Payment in review: {lower_first(title)}"
    prefix = _HEADLINE_PREFIX.get(report.error_type or "")
    if prefix == "Card declined" and not by_card and not bank:
        prefix = "Payment declined"  # a card_error of a wallet: Stripe's type, not a card
    if prefix and primary.kind == "error_code" and not (bank and prefix == "Card declined"):
        return f"{prefix}: {lower_first(title)}"
    return title


def add_notes(
    explanation: Explanation, found: dict[str, CatalogEntry], report: FailureReport
) -> None:
    brand = report.card_brand.capitalize() if report.card_brand else None
    for name, label in (
        ("network_decline_code", "Network decline code"),
        ("network_advice_code", "Network advice code"),
    ):
        entry = found.get(name)
        if entry is None:
            continue
        if name == "network_advice_code" and not mastercard_advice_counts(brand):
            explanation.notes.append(
                f"{label} {entry.code} from {brand}: the table of these codes is Mastercard's "
                f"(its meaning there: {lower_first(entry.title)}); {brand} may mean otherwise."
            )
            continue
        where = f" ({brand})" if brand else ""
        code = report.network_decline_code if name == "network_decline_code" else entry.code
        if entry is explanation.decided_by:  # its summary is what happened; say who decided
            title = lower_first(entry.title)
            explanation.notes.append(f"{label} {code}{where} decides the retry: {title}.")
            continue
        if entry.summary in explanation.summary:
            continue  # the code is the explanation already (an ACH return, a card_declined)
        explanation.notes.append(f"{label} {code}{where}: {entry.summary}")
    status = found.get("network_status")
    if status is not None and status.code == "reversed_after_approval":
        explanation.notes.append(status.summary)
    for entry in found.values():
        if entry.deprecated:
            explanation.notes.append(
                f"{entry.code} is deprecated by Stripe: newer payments carry this advice as an "
                "advice code instead."
            )
        if entry.unconfirmed:
            explanation.notes.append(
                f"Stripe has not documented {entry.code}: its meaning here is inferred from "
                "its name."
            )
    is_test_decline = report.decline_code == "testmode_decline"
    if is_test_decline and report.livemode is True:
        # A test card number tried on the live checkout is a classic sign of card testing.
        explanation.agent_steps.insert(0, CARD_TESTING_STEP)
        explanation.notes.insert(
            0,
            "A test card number was used on a live payment: nobody was "
            "charged, but it can be a sign of card testing.",
        )
    elif report.livemode is False or is_test_decline:
        explanation.test_mode = True
        explanation.notes.insert(
            0,
            "Test mode: this payment was made with test data, not a real card, so no real "
            "customer was charged. Do not chase it as a real failure.",
        )
    for code in explanation.unknown_codes:
        explanation.notes.append(f"{code} is not in the catalogue.")
