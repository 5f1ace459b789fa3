"""What a paste in which nothing failed is: named plainly, never an invented failure (a
succeeded charge, a refund, a dispute, a paid payout, Stripe's "Payment complete.")."""

from __future__ import annotations

import re

from app import TYPE_CHECKING
from app.reading.report import CodeKinds, FailureReport

if TYPE_CHECKING:
    from typing import Any

NOTHING_FAILED = "Nothing in this paste failed"
NOTHING_FAILED_SUCCEEDED = f"{NOTHING_FAILED}: it shows a payment that succeeded."
NOTHING_FAILED_TEXT = (
    f"{NOTHING_FAILED}: it is Stripe's message for a completed payment (Payment complete.)."
)

# Objects whose id says nothing failed (a dispute, a refund, a payout), named in words.
_OTHER_OBJECTS = {"dp": "dispute", "du": "dispute", "re": "refund", "pyr": "refund", "po": "payout"}
_OTHER_ID = r"\b(?P<prefix>dp|du|re|pyr|po)_[A-Za-z0-9]{8,}\b"
_PAYMENT_ID = r"\b(?:ch|py|pi|in|seti)_[A-Za-z0-9]{8,}\b"
_FAILURE_WORD = r"(?i)\bfail|declin|\berror|\bblocked\b"
# The Dashboard's dispute page copied without its id: its title line and a dispute's state.
_DISPUTE_TITLE = (
    r"(?im)^[ \t]*(?:dispute|disputed payment|chargeback|litige|paiement contesté|anfechtung|"
    r"zahlungsanfechtung|disputa|pago disputado|contestação|contestazione|geschil|dispyt|"
    r"spór|不審請求の申請|争议|분쟁)[ \t]*$"
)
_DISPUTE_STATE = (
    r"(?i)needs response|evidence due|respond by|under review|réponse requise|"
    r"antwort erforderlich|requiere respuesta|resposta necessária|risposta richiesta|"
    r"reactie vereist|svar krävs|wymaga odpowiedzi|対応が必要|需要回复|응답 필요"
)


def other_object(text: str) -> tuple[str, dict[str, Any]] | None:
    """A text about a dispute, a refund or a payout and no failed payment: its first id names
    no payment, or it is the Dashboard's dispute page (a "Dispute" title and "Needs
    response"), and no word speaks of a failure ("Dispute dp_...: Reason: Fraudulent")."""
    head = text[:5000]
    other = re.search(_OTHER_ID, head)
    if other is None and re.search(_DISPUTE_TITLE, head) and re.search(_DISPUTE_STATE, head):
        return None if re.search(_FAILURE_WORD, head) else ("dispute", {})
    if other is None or re.search(_FAILURE_WORD, head):
        return None
    payment = re.search(_PAYMENT_ID, head)
    if payment is not None and payment.start() < other.start():
        return None
    return _OTHER_OBJECTS[other.group("prefix")], {"id": other.group()}


_ARTICLE = {"a": "an", "i": "an", "o": "an", "e": "an", "u": "an"}


def nothing_failed(first: tuple[str, dict[str, Any]] | None) -> str:
    """The warning for a paste in which nothing failed, naming what the paste is."""
    if first is None:
        return f"{NOTHING_FAILED}: it shows only successful or pending payments."
    kind, obj = first
    status = obj.get("status")
    # Only words of Stripe's own form are repeated: the paste's values are not trusted text.
    name = kind if re.fullmatch(r"[a-z][a-z_.]{1,40}", kind) else "Stripe object"
    what = name.replace(".", " ")
    if isinstance(status, str) and re.fullmatch(r"[a-z][a-z_]{1,30}", status):
        what = f"{status} {what}"
    what = what.replace("_", " ")
    identifier = obj.get("id")
    if isinstance(identifier, str) and re.fullmatch(r"[a-z]{2,6}_[A-Za-z0-9]{4,40}", identifier):
        what += f" ({identifier})"
    return f"{NOTHING_FAILED}: it is {_ARTICLE.get(what[0], 'a')} {what}."


_FAILURE_OUTCOMES = ("issuer_declined", "blocked", "invalid")
_SUCCESS = r"(?i)\b(?:succeeded|payment complete|paid|captured|authorized)\b"
# A status line of the Dashboard or a note: "Succeeded", "Payment succeeded", "Status: paid".
_SUCCESS_LINE = (
    r"(?im)^[ \t]*(?:(?:payment|charge|status)[ \t:]+)?"
    r"(?:succeeded|complete|completed|paid|captured)\.?[ \t]*$"
    r"|\b(?:payment|charge) (?:succeeded|complete|completed|captured)\b"
)


def failed(report: FailureReport) -> bool:
    """Whether a report read from text shows any sign of a failure."""
    outcome = report.outcome
    return bool(
        report.code
        or report.decline_code
        or report.error_type
        or report.network_decline_code
        or report.advice_code
        or report.event_type
        or (outcome and (outcome.type in _FAILURE_OUTCOMES or outcome.reason))
        or (report.status or "").lower() in ("failed", "canceled", "requires_payment_method")
    )


def succeeded(report: FailureReport, text: str) -> bool:
    outcome = report.outcome
    return bool(
        (outcome and outcome.type == "authorized")
        or (report.status or "").lower() in ("succeeded", "paid")
        or re.search(_SUCCESS, text[:20_000])
    )


def says_succeeded(text: str) -> bool:
    """A status line of the Dashboard or a note says a payment succeeded ("Succeeded",
    "Payment succeeded", "Status: paid", "Stripe charge complete")."""
    return re.search(_SUCCESS_LINE, text[:20_000]) is not None


def calm_confidential(text: str, known: CodeKinds) -> tuple[str, ...]:
    """The confidential reasons a paste in which nothing failed names all the same: the
    sensitive codes and blocks of its words (a dispute whose reason is `fraudulent`), and
    `fraudulent` for an early fraud warning (the issuer reports fraud on a payment that went
    through): the agent must not tell the customer either (DESIGN.md's invariant)."""
    from app.reading.early_warning import warns_of_fraud
    from app.reading.sweep import evidence

    found = list(dict.fromkeys(evidence(text, known)))
    if "fraudulent" not in found and warns_of_fraud(text, known):
        found.append("fraudulent")
    return tuple(found)
