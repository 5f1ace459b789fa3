"""Stripe's test cards named in a paste (resources/catalog/test_cards.toml): "tried 4000 0000 0000
9987", `pm_card_visa_chargeDeclinedLostCard`. Each fails the same way every time in test mode, so
the paste is a TEST payment that failed with that card's reason, and a sensitive one is
confidential like any other."""

from __future__ import annotations

import re

from app.reading.report import CodeKinds, FailureReport, Outcome, StripeTestCard

MAX_CHARS = 2_000_000
# A card number as people write it: 13 to 19 digits, in groups of 4 (Amex 4-6-5) with spaces or
# dashes between them, or run together; never part of a longer number or an id.
_NUMBER = r"(?:\d{4}(?:[ \-]?\d{4}){2}[ \-]?\d{1,7}|\d{4}[ \-]?\d{6}[ \-]?\d{5})(?![\w.])"
_TOKEN = r"\b(?:pm_card|tok)_[A-Za-z0-9_]+\b"


def named(text: str, known: CodeKinds) -> list[tuple[str, StripeTestCard]]:
    """The test cards the text names, each once, in order, with the words that named it."""
    if not known.test_cards:
        return []
    text = text[:MAX_CHARS]
    found: dict[str, tuple[str, StripeTestCard]] = {}
    # Only where a test card's first four digits stand does the whole number get read: a
    # megabyte of log lines full of digits is searched for a few literal words. Each pattern is
    # compiled when first needed (re's cache then): most pastes name no test card.
    firsts, starts = _starts(known)
    hits = re.finditer(starts, text) if any(first in text for first in firsts) else ()
    for hit in hits:
        before = text[hit.start() - 1 : hit.start()]
        if hit.start() and (before.isalnum() or before in "._"):
            continue  # inside a longer number, a word or an id
        match = re.compile(_NUMBER).match(text, hit.start())
        card = known.test_cards.get(re.sub(r"[ \-]", "", match.group())) if match else None
        if match is not None and card is not None:
            found.setdefault(card.number, (match.group(), card))
    if "pm_card" in text or "tok_" in text:
        for match in re.finditer(_TOKEN, text):
            card = known.test_cards.get(match.group())
            if card is not None:
                found.setdefault(card.number, (match.group(), card))
    return list(found.values())


def _starts(known: CodeKinds) -> tuple[tuple[str, ...], str]:
    """The first four digits of every test card, and a pattern of them, then a digit: literal
    words re finds fast, where a pattern of any digits tries every digit of a log."""
    cached = known.cache.get("test_card_starts")
    if not isinstance(cached, tuple):
        starts = tuple(sorted({n[:4] for n in known.test_cards if n.isdigit()}))
        cached = (starts, f"(?:{'|'.join(starts) or '(?!)'})(?=[ \\-]?\\d)")
        known.cache["test_card_starts"] = cached
    return cached


def warning(written: str, card: StripeTestCard) -> str:
    """What the agent is told: a test payment, and the reason it fails by design."""
    return (
        f"{written} is one of Stripe's test cards ({card.result}): a test-mode payment that "
        "fails this way by design; no real card or bank was involved."
    )


def fill(report: FailureReport, card: StripeTestCard) -> None:
    """The card's failure in the fields a reader left empty or only inferred (a generic
    "Your card was declined." beside 4000 0000 0000 9987 is the lost card's decline)."""
    if report.error_type not in (None, "card_error"):
        return  # an error of the request or of Stripe (api_error), not the card's decline
    for name in ("error_type", "code", "decline_code"):
        theirs = getattr(card, name)
        mine = getattr(report, name)
        # A code the words name stands ("lost_card" beside a list of test cards); a generic one
        # a standard message gave ("Your card was declined.": card_declined) gives way.
        vague = name in report.inferred and mine in ("card_declined", "generic_decline")
        if theirs is not None and (mine is None or (vague and mine != theirs)):
            setattr(report, name, theirs)
            if name not in report.inferred:
                report.inferred.append(name)
    if card.outcome_type or card.outcome_reason:
        outcome = report.outcome or Outcome()
        outcome.type = outcome.type or card.outcome_type
        outcome.reason = outcome.reason or card.outcome_reason
        report.outcome = outcome
    if report.livemode is None:
        report.livemode = False
    if report.card_brand is None:
        report.card_brand = card.brand
    if report.card_last4 is None:
        report.card_last4 = card.number[-4:]


def report_for(card: StripeTestCard) -> FailureReport:
    """A failure read from a test card alone."""
    report = FailureReport(shape="code")
    fill(report, card)
    return report


def sensitive_reasons(card: StripeTestCard, known: CodeKinds) -> list[str]:
    """The card's sensitive reasons, and `blocked` for a card Radar always blocks."""
    found = [
        code
        for code in (card.decline_code, card.outcome_reason)
        if code is not None and code in known.sensitive_codes
    ]
    return [*found, "blocked"] if card.outcome_type == "blocked" else found


def sensitive_codes(text: str, known: CodeKinds) -> list[str]:
    """The sensitive reasons of the test cards the text names: evidence for the one sensitive
    rule (reading.sweep.evidence)."""
    found: list[str] = []
    for _, card in named(text, known):
        found += [code for code in sensitive_reasons(card, known) if code not in found]
    return found
