"""The verdict's words for the agent: the headline, the notes beside the summary (network codes,
test mode, card testing, codes Stripe retired or never documented) and each step once."""

from __future__ import annotations

from app.catalogue.catalog import CatalogEntry
from app.catalogue.words import Form, Words, say
from app.reading.report import FailureReport
from app.verdict.explanation import Explanation
from app.verdict.retry import mastercard_advice_counts

CARD_TESTING_STEP = (
    "A test card number on a live payment can mean someone is trying card numbers on our "
    "checkout (card testing): open Radar's risk panel on this payment and the list of recent "
    "payments, look for a burst of declined attempts from the same IP address, email or card "
    "fingerprint, and tell our risk team with the charge id."
)

# The headline form of each error type's failures (vocabulary.toml [headline_forms]).
_HEADLINE_FORM = {
    "card_error": "card_declined",
    "invalid_request_error": "request_refused",
    "idempotency_error": "request_refused",
    "api_error": "stripe_error",
    "rate_limit": "too_many_requests",
    "temporary_session_expired": "session_expired",
}


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


def headline_form(primary: CatalogEntry, report: FailureReport, by_card: bool) -> Form:
    """The headline: what kind of failure it was, then the primary entry's title."""
    bank = primary.category in ("bank_debit", "bank_account")  # no card was declined
    key = "title"
    if (not bank and primary.kind == "decline_code") or (
        primary.kind == "outcome_reason"
        and report.outcome
        and report.outcome.type == "issuer_declined"
    ):
        # A wallet's or local method's provider declined, not a card's issuer.
        local = primary.category == "local_payment_methods" or not by_card
        key = "payment_declined" if local else "card_declined"
    elif (
        primary.kind in ("outcome_type", "outcome_reason")
        and report.outcome
        and report.outcome.type in ("blocked", "manual_review")
    ):
        key = "payment_blocked" if report.outcome.type == "blocked" else "payment_in_review"
    else:
        form = _HEADLINE_FORM.get(report.error_type or "")
        if form == "card_declined" and not by_card and not bank:
            form = "payment_declined"  # a card_error of a wallet: Stripe's type, not a card
        if form and primary.kind == "error_code" and not (bank and form == "card_declined"):
            key = form
    title = ("title", "title", primary.kind, primary.code, primary.title)
    return Form("headline_forms", key, texts=(title,), lowered=() if key == "title" else ("title",))


def _note(explanation: Explanation, words: Words, form: Form) -> None:
    explanation.notes.append(say(form, words).text)
    explanation.note_forms.append(form)


def add_notes(
    explanation: Explanation, found: dict[str, CatalogEntry], report: FailureReport, words: Words
) -> None:
    brand = report.card_brand.capitalize() if report.card_brand else None
    for name, short in (("network_decline_code", "decline"), ("network_advice_code", "advice")):
        entry = found.get(name)
        if entry is None:
            continue
        title = ("title", "title", entry.kind, entry.code, entry.title)
        summary = ("summary", "summary", entry.kind, entry.code, entry.summary)
        if name == "network_advice_code" and not mastercard_advice_counts(brand):
            values = (("code", entry.code), ("brand", brand or ""))
            form = Form("note_forms", "network_advice_elsewhere", values, (title,), ("title",))
            _note(explanation, words, form)
            continue
        where = f" ({brand})" if brand else ""
        code = report.network_decline_code if name == "network_decline_code" else entry.code
        values = (("code", code or entry.code), ("where", where))
        if entry is explanation.decided_by:  # its summary is what happened; say who decided
            form = Form("note_forms", f"network_{short}_decides", values, (title,), ("title",))
            _note(explanation, words, form)
            continue
        if entry.summary in explanation.summary:
            continue  # the code is the explanation already (an ACH return, a card_declined)
        _note(explanation, words, Form("note_forms", f"network_{short}_said", values, (summary,)))
    status = found.get("network_status")
    if status is not None and status.code == "reversed_after_approval":
        summary = ("summary", "summary", status.kind, status.code, status.summary)
        _note(explanation, words, Form("note_forms", "summary", texts=(summary,)))
    for entry in found.values():
        for flag, key in ((entry.deprecated, "deprecated"), (entry.unconfirmed, "unconfirmed")):
            if flag:
                _note(explanation, words, Form("note_forms", key, (("code", entry.code),)))
    is_test_decline = report.decline_code == "testmode_decline"
    if is_test_decline and report.livemode is True:
        # A test card number tried on the live checkout is a classic sign of card testing.
        explanation.agent_steps.insert(0, CARD_TESTING_STEP)
        form = Form("note_forms", "live_test_card")
        explanation.notes.insert(0, say(form, words).text)
        explanation.note_forms.insert(0, form)
    elif report.livemode is False or is_test_decline:
        explanation.test_mode = True
        form = Form("note_forms", "test_mode")
        explanation.notes.insert(0, say(form, words).text)
        explanation.note_forms.insert(0, form)
    for code in explanation.unknown_codes:
        _note(explanation, words, Form("note_forms", "not_in_catalogue", (("code", code),)))
