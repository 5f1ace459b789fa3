"""What the agent reads, marked confidential, about a reason the customer must never hear."""

from __future__ import annotations

from app.catalogue.catalog import CatalogEntry


def stripe_block_reason(
    primary: CatalogEntry | None, outcome_type: str | None
) -> CatalogEntry | None:
    """The reason of a Stripe block that is not fraud screening (earlier declines said not to
    retry): the outcome reason's entry when its category is not fraud_and_risk."""
    if (
        outcome_type == "blocked"
        and primary is not None
        and primary.kind == "outcome_reason"
        and primary.category != "fraud_and_risk"
        and not primary.sensitive
    ):
        return primary
    return None


def confidential_text(
    entries: list[CatalogEntry],
    outcome_type: str | None,
    blocked_by_rule: bool = False,
    block: CatalogEntry | None = None,
    words: list[CatalogEntry] | None = None,
) -> str:
    """The agent's confidential line: every reason, `words` being those only the paste's text
    names (reading.sweep)."""
    reasons = [f"{e.title} ({e.code})" for e in entries]
    reasons += [f"{e.title} ({e.code}, named in the paste's text)" for e in words or []]
    if block is not None:
        reasons.insert(0, f"{block.title} ({block.code}), so Stripe blocked it before the bank")
        if not entries and not words:
            return (
                "CONFIDENTIAL. Real reason: " + "; ".join(reasons) + ". It is not a fraud "
                "decision, but every blocked payment gets only the generic decline reply: never "
                "tell the customer that a block stopped the payment."
            )
    if blocked_by_rule:
        reasons.append("Blocked by one of our Radar rules (rule)")
    elif (
        outcome_type == "blocked"
        and block is None
        and not any(e.kind == "outcome_type" for e in entries)
    ):
        reasons.append("Blocked by Stripe before reaching the bank (blocked)")
    return (
        "CONFIDENTIAL. Real reason: " + "; ".join(reasons) + ". Never tell the customer that "
        "the card was reported lost or stolen, that fraud is suspected, or that a block list, "
        "Radar or a risk check stopped the payment: send only the generic decline reply."
    )
