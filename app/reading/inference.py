"""Fields a paste makes certain without writing them: a decline code its message names, the
code of one of Stripe's standard messages, card_error for a decline, the type an SDK class gives.
Each one is listed in the report's `inferred`."""

from __future__ import annotations

import re

from app import TYPE_CHECKING
from app.reading.report import CodeKinds, FailureReport, Outcome
from app.reading.told_reasons import denied

if TYPE_CHECKING:
    from app.reading.messages import StripeMessage

# Text, compiled when a message holds a quote or an underscore (re's cache then): most hold none.
_NAMED_CODE = r"[`'\"]([A-Za-z_]+)[`'\"]|\b([A-Za-z]+(?:_[A-Za-z]+)+)\b"
_NAMED_CODE_MARKS = ("`", "'", '"', "_")


# Stripe's Charge reference: the outcome's type a network status implies when a paste is cut
# before the type. reversed_after_approval is a payment Stripe blocked after the bank approved
# it; declined_by_network is the bank's decline, the type issuer_declined.
_TYPE_OF_STATUS = {"reversed_after_approval": "blocked", "declined_by_network": "issuer_declined"}


def infer(report: FailureReport, known_codes: CodeKinds) -> None:
    """Fields the paste implies: a decline code its message names (`lost_card`), and card_error
    for a decline or a code Stripe also sends as a decline code."""
    if report.decline_code is None and report.message:
        message = match_message(report.message, known_codes.messages)  # Stripe's wording
        if message is not None and report.code in (None, message.code):
            _apply_message(report, message)
    _apply_named_decline_code(report, known_codes)
    _apply_reason(report, known_codes)
    outcome = report.outcome
    if outcome is not None and outcome.type is None and outcome.network_status in _TYPE_OF_STATUS:
        outcome.type = _TYPE_OF_STATUS[outcome.network_status]
        report.inferred.append("outcome")
    if report.error_type is not None or report.shape == "code":
        return
    kind = report.payment_method_type
    if kind is not None and kind not in known_codes.card_types:
        return  # a decline of another method is no card_error
    code_is_a_decline = report.code is not None and (
        report.code == "card_declined" or "decline_code" in known_codes.get(report.code, ())
    )
    if report.decline_code or code_is_a_decline:
        report.error_type = "card_error"
        report.inferred.append("error_type")


def _apply_named_decline_code(report: FailureReport, known_codes: CodeKinds) -> None:
    """A decline code the message or seller message names fills a missing decline code, and a
    sensitive one also replaces one that is not: a sensitive reason is never lost (a paste with
    `generic_decline` whose message says `stolen_card` gets the generic decline reply)."""
    sensitive = known_codes.sensitive
    if ("decline_code", report.decline_code) in sensitive:
        return
    for free_text in (report.message, report.seller_message):
        named = _named_decline_code(free_text or "", known_codes)
        if named and (report.decline_code is None or ("decline_code", named) in sensitive):
            report.decline_code = named
            report.inferred.append("decline_code")
            return


def _apply_reason(report: FailureReport, known_codes: CodeKinds) -> None:
    """An issuer's decline names its decline code in `outcome.reason` ("reason:
    card_velocity_exceeded" in a note says the same)."""
    outcome = report.outcome
    if (
        report.decline_code is None
        and outcome is not None
        and outcome.reason
        and outcome.type in (None, "issuer_declined")
        and "decline_code" in known_codes.get(outcome.reason, ())
    ):
        report.decline_code = outcome.reason
        report.inferred.append("decline_code")


def card_declined_from_words(report: FailureReport, known_codes: CodeKinds) -> None:
    """Stripe sends every decline with the error code card_declined and its reason in
    `decline_code`, unless the reason is an error code of its own (expired_card, incorrect_cvc).
    Read from words, a decline code given as the code (a note's "Code: lost_card", a billing
    tool's "gateway response: generic_decline") is the reason, and card_declined the code; a
    decline code with no code says card_declined too. A Stripe object's own `code` field is
    kept as written (a fixture's `"code": "lost_card"`)."""
    code, reason = report.code, report.decline_code
    if code is not None and _decline_only(code, known_codes) and reason in (None, code):
        report.code, report.decline_code = "card_declined", code
        for name in ("code", "decline_code"):
            if name not in report.inferred:
                report.inferred.append(name)
    elif code is None and reason is not None and _decline_only(reason, known_codes):
        report.code = "card_declined"
        report.inferred.append("code")


def _decline_only(code: str, known_codes: CodeKinds) -> bool:
    """Whether the catalogue knows `code` as a decline code and never as an error code."""
    kinds = known_codes.get(code, ())
    return "decline_code" in kinds and "error_code" not in kinds


def fill_from_message(report: FailureReport, text: str, known_codes: CodeKinds) -> None:
    """The fields one of Stripe's standard messages anywhere in the text identifies, where the
    report lacks them (a seller message in a Dashboard copy, a customer's quoted message)."""
    _apply_message(report, match_message(text, known_codes.messages))


def apply_sdk_type(report: FailureReport, sdk_type: str | None) -> None:
    """The error type an SDK's exception class names, unless the error says more: a decline code
    comes only with a card error, whatever class a client wrapped it in (stripe-java's
    ApiException around a body it could not parse)."""
    if report.decline_code is not None and sdk_type == "api_error":
        return
    if report.error_type is None and sdk_type is not None:
        report.error_type = sdk_type
        report.inferred.append("error_type")


def match_message(text: str, messages: tuple[StripeMessage, ...]) -> StripeMessage | None:
    """app.reading.messages.match, imported when a report has a message to match: a Charge
    with its decline code needs none of Stripe's messages (BENCHMARKS.md, fourteenth pass)."""
    from app.reading.messages import match

    return match(text, messages)


def _apply_message(report: FailureReport, message: StripeMessage | None) -> None:
    """Fills the fields a standard Stripe message identifies, each marked as inferred."""
    if message is None:
        return
    for name in ("error_type", "code", "decline_code"):
        value = getattr(message, name)
        if value and getattr(report, name) is None:
            setattr(report, name, value)
            report.inferred.append(name)
    if message.outcome_type and report.outcome is None:
        report.outcome = Outcome(type=message.outcome_type, reason=message.outcome_reason)
        report.inferred.append("outcome")


def message_report(text: str, known_codes: CodeKinds) -> FailureReport | None:
    """A paste that is only a Stripe message ("Your card's security code is incorrect.")."""
    message = match_message(text, known_codes.messages)
    if message is None:
        return None
    report = FailureReport(shape="error", message=" ".join(text.split())[:500])
    _apply_message(report, message)
    if report.outcome is not None:  # a seller message: the text is about a Charge
        report.shape = "charge"
    return report


def _named_decline_code(text: str, known_codes: CodeKinds) -> str | None:
    """A decline code written in a message: `lost_card`, 'fraudulent', or any name with `_`;
    not one the words deny beside it ("lost_card 아님, expired_card임")."""
    head = text[:2000]
    if not any(mark in head for mark in _NAMED_CODE_MARKS):
        return None  # a name in quotes, or with `_` in it: neither is there
    for match in re.finditer(_NAMED_CODE, head):
        name = (match.group(1) or match.group(2)).lower()
        if "decline_code" in known_codes.get(name, ()) and not denied(head.lower(), *match.span()):
            return name
    return None


_REQUEST_ID = r"\breq_[A-Za-z0-9]{6,}\b"


def fill_from_exception(report: FailureReport, text: str) -> None:
    """What an exception's line beside the object says: its request id and its class's type."""
    head = text[:200_000]
    if report.ids.request is None and "req_" in head and (match := re.search(_REQUEST_ID, head)):
        report.ids.request = match.group()
    if report.error_type is None and ("Error" in text or "Exception" in text):
        from app.reading import plaintext  # an SDK class names it; most pastes have none

        apply_sdk_type(report, plaintext.sdk_error_type(text))
