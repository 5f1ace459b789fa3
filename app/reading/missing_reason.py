"""Where to find the reason of a failure the paste records without one (an `invoice.payment_failed`
event whose invoice holds only ids, a `stripe listen` line): the exact Dashboard page and `stripe`
CLI command for the ids the paste does give."""

from __future__ import annotations

from app.reading.report import FailureReport

HEADLINE = "Payment failed: the paste does not say why"
SUMMARY = (
    "This payment failed but the paste does not say why: it names the failed payment "
    "without its decline code or error. The reason is on the payment itself in Stripe; "
    "until you have it, the customer gets the generic decline reply, which reveals "
    "nothing."
)
_DASHBOARD = "https://dashboard.stripe.com/"


def summary(report: FailureReport) -> str:
    """SUMMARY, or for an invoice of API version 2025-03-31 or later, where its reason is."""
    if report.reason_at is None:
        return SUMMARY
    return (
        "This invoice's payment failed, but the paste does not say why: since API version "
        "2025-03-31 an invoice no longer carries its PaymentIntent or Charge, and the reason "
        f"is on {report.reason_at}. Until you have it, the customer gets the generic decline "
        "reply, which reveals nothing."
    )


def warning(report: FailureReport) -> str | None:
    """The paste's warning for an invoice whose reason is on its payment, or None."""
    if report.reason_at is None or not has_no_reason(report):
        return None
    return (
        "Since API version 2025-03-31 an invoice names neither its PaymentIntent nor its "
        f"Charge: the reason this payment failed is on {report.reason_at}."
    )


def has_no_reason(report: FailureReport) -> bool:
    """True when the report holds no code, outcome or error type to explain (a message that
    matched none of Stripe's standard ones says nothing the catalogue can explain)."""
    outcome = report.outcome
    return not (
        report.code
        or report.decline_code
        or report.error_type
        or report.advice_code
        or report.network_decline_code
        or report.network_advice_code
        or (outcome is not None and (outcome.type or outcome.reason or outcome.network_status))
    )


def where_to_look(report: FailureReport) -> list[str]:
    """Agent steps naming the exact ids, Dashboard pages and `stripe` commands to read."""
    ids = report.ids
    base = _DASHBOARD + ("test/" if report.livemode is False else "")
    steps: list[str] = []
    if ids.charge:
        steps.append(
            f"Open the charge {ids.charge} in the Dashboard ({base}payments/{ids.charge})"
            " and read its decline reason, or run "
            f"`stripe charges retrieve {ids.charge}` and read `failure_code` and "
            "`outcome`."
        )
    if ids.payment_intent:
        steps.append(
            f"Open the payment {ids.payment_intent} in the Dashboard "
            f"({base}payments/{ids.payment_intent}), or run "
            f"`stripe payment_intents retrieve {ids.payment_intent}` and read "
            "`last_payment_error`."
        )
    if ids.setup_intent:
        steps.append(
            f"Run `stripe setup_intents retrieve {ids.setup_intent}` and read `last_setup_error`."
        )
    if ids.payment_record:
        steps.append(
            f"Run `stripe payment_records retrieve {ids.payment_record}` and read "
            "`payment_method_details.card.network_decline_code` and `network_advice_code`; "
            "a payment our integration reported from another processor (`reported_by`: self) "
            "has its reason with that processor."
        )
    if ids.invoice and not (ids.charge or ids.payment_intent or ids.payment_record):
        # From API version 2025-03-31 on, an invoice names its payment only in its
        # InvoicePayments, which `invoices retrieve` leaves out unless they are expanded.
        steps.append(
            f"Open the invoice {ids.invoice} in the Dashboard ({base}invoices/"
            f"{ids.invoice}) and follow its failed payment attempt, or run "
            f"`stripe invoice_payments list --invoice {ids.invoice} --expand "
            "data.payment.payment_intent` and read the PaymentIntent's `last_payment_error` "
            "(on API versions before 2025-03-31, `stripe invoices retrieve "
            f"{ids.invoice}` names the charge and the PaymentIntent)."
        )
    if ids.checkout_session and not ids.payment_intent:
        steps.append(
            f"Run `stripe checkout sessions retrieve {ids.checkout_session} --expand "
            "payment_intent` and read the payment's `last_payment_error`."
        )
    if ids.request:
        steps.append(
            f"Open the request log {ids.request} in the Dashboard ({base}logs/"
            f"{ids.request}): its response body holds the error."
        )
    if ids.event:
        names = "the payment it names"
        if (report.event_type or "").startswith("invoice") and not ids.invoice:
            # From API 2025-03-31 on, the event's invoice names no payment: only its payments do.
            names = (
                "the invoice it names, then that invoice's payment (`stripe invoice_payments "
                "list --invoice` with the invoice's id)"
            )
        steps.append(
            f"Open the event {ids.event} in the Dashboard ({base}events/{ids.event}),"
            f" or run `stripe events retrieve {ids.event}`, and open {names}."
        )
    if not steps:
        steps.append(
            "The paste has no charge, payment or invoice id: find the customer's "
            f"payment in the Dashboard ({base}payments) by amount and date, or ask "
            "for the Stripe event or the payment's JSON."
        )
    steps.append(
        "Paste what you find (the payment's JSON or its decline code) into Decline "
        "Desk to get the real explanation and reply."
    )
    return steps
