"""Finds the failures in parsed Stripe objects: errors, Charges, PaymentIntents, SetupIntents,
Invoices, Events and lists of them."""

from __future__ import annotations

from app import TYPE_CHECKING
from app.reading import fields, invoices
from app.reading.keys import SDK_RESULT
from app.reading.object_fields import (
    apply_charge,
    apply_common,
    apply_error,
    apply_outcome,
    apply_payment_intent,
    apply_payment_method,
    apply_payment_record,
    apply_setup_intent,
    charge_failed,
    is_error_type,
    is_outcome,
    payment_record_failed,
)
from app.reading.report import FailureReport
from app.records import record

if TYPE_CHECKING:
    from typing import Any

# Keys that only Stripe objects have: a JSON document with none of them is not from Stripe.
STRIPE_KEYS = {
    "object",
    "decline_code",
    "failure_code",
    "last_payment_error",
    "last_setup_error",
    "last_finalization_error",
    "outcome",
    "doc_url",
    "request_log_url",
    "payment_method_details",
    "network_status",
    "advice_code",
    "network_decline_code",
}
MAX_WALK = 200_000  # objects visited in one paste, whatever its shape


@record(slots=True)
class Found:
    """What a walk over the parsed objects found."""

    failures: list[FailureReport]
    stripe_objects: int  # Stripe objects seen, failed or not
    first_object: tuple[str, dict[str, Any]] | None = None  # the first one with a known kind


_str = fields.text
_int = fields.integer
_bool = fields.flag
_dict = fields.mapping
_id = fields.object_id
_code = fields.code


def object_kind(obj: dict[str, Any]) -> str | None:
    """Which Stripe object a dict is, by its `object` field or, failing that, by its keys."""
    declared = obj.get("object")
    if isinstance(declared, str):
        return declared
    found_id = obj.get("id")
    oid = found_id if isinstance(found_id, str) else ""
    if "last_payment_error" in obj or oid.startswith("pi_"):
        return "payment_intent"
    if "last_setup_error" in obj or oid.startswith("seti_"):
        return "setup_intent"
    if "last_finalization_error" in obj or oid.startswith("in_"):
        return "invoice"
    if "failure_code" in obj or "outcome" in obj or oid.startswith(fields.ID_PREFIXES["charge"]):
        return "charge"
    if is_outcome(obj):
        return "outcome"
    if oid.startswith("evt_") or (
        "type" in obj and isinstance(obj.get("data"), dict) and "object" in obj["data"]
    ):
        return "event"
    if isinstance(obj.get("data"), list) and "has_more" in obj:
        return "list"
    return None


_ERROR_DETAILS = (
    "decline_code",
    "doc_url",
    "param",
    "request_log_url",
    "charge",
    "payment_intent",
    "setup_intent",
    "payment_method",
    "network_decline_code",
    "advice_code",
)


# What a network's decline told alone holds (a dispute's card has its `network_reason_code` too).
_NETWORK = frozenset({"network_decline_code", "network_advice_code", "message", "advice_code"})


def is_error_object(obj: dict[str, Any], *, in_envelope: bool = False) -> bool:
    """An API error, whole or in part: `{"type": "card_error", ...}`, or a decline code alone.

    Inside `{"error": ...}` an error type alone is enough; a bare object needs a code or detail
    that only Stripe errors carry, so an unrelated `{"code": 404}` is not taken for one.
    """
    kind = obj.get("type")
    if is_error_type(kind) or (isinstance(kind, str) and fields.error_type_of_class(kind)):
        return in_envelope or any(k in obj for k in ("code", "message", *_ERROR_DETAILS))
    if _code(obj.get("decline_code")) is not None:
        return True
    if fields.network_code(obj.get("network_decline_code")) is not None and obj.keys() <= _NETWORK:
        return True  # the network's decline alone ("Antwortcode: 59", `network_decline_code=43`)
    code = obj.get("code")
    return (
        isinstance(code, str)
        and fields.code(code) == code.strip().lower()
        and (in_envelope or any(k in obj for k in _ERROR_DETAILS))
    )


def _from_object(obj: dict[str, Any], kind: str | None) -> FailureReport | None:
    """The failure one Stripe object records, or None when it shows no failure."""
    if kind == "outcome":
        obj = {"outcome": obj}
        kind = "charge"
    if kind == "charge":
        if not charge_failed(obj):
            return None
        report = FailureReport(shape="charge")
        apply_charge(report, obj)
        return report
    if kind == "payment_intent":
        if not invoices.intent_failed(obj):
            return None
        report = FailureReport(shape="payment_intent")
        apply_payment_intent(report, obj)
        return report
    if kind == "setup_intent":
        if not _dict(obj.get("last_setup_error")):
            return None
        report = FailureReport(shape="setup_intent")
        apply_setup_intent(report, obj)
        return report
    if kind == "setup_attempt":
        if not _dict(obj.get("setup_error")):
            return None
        report = FailureReport(shape="setup_intent")
        apply_error(report, obj["setup_error"])
        report.ids.setup_intent = _id(obj.get("setup_intent"), fields.ID_PREFIXES["setup_intent"])
        apply_common(report, obj)
        return report
    if kind == "invoice":
        return _from_invoice(obj)
    if kind == "terminal.reader":
        return _from_reader_action(_dict(obj.get("action")))
    if kind == "payout":  # a transfer to a bank account: its failure_code is in the catalogue
        from app.reading.payouts import failed_payout

        return failed_payout(obj)
    if kind in ("payment_record", "payment_attempt_record"):
        if not payment_record_failed(obj):
            return None
        report = FailureReport(shape="payment_record")
        apply_payment_record(report, obj)
        return report
    return None


def _from_reader_action(action: dict[str, Any]) -> FailureReport | None:
    """A Terminal reader's failed action: its `api_error` (readers from version 2.42), else its
    `failure_code` and `failure_message`; the payment it processed was in person."""
    if action.get("status") != "failed":
        return None
    report = FailureReport(shape="error")
    apply_error(report, _dict(action.get("api_error")))
    report.code = report.code or _code(action.get("failure_code"))
    report.message = report.message or _str(action.get("failure_message"))
    for key in ("process_payment_intent", "confirm_payment_intent", "collect_payment_method"):
        intent = _dict(action.get(key)).get("payment_intent")
        report.ids.payment_intent = report.ids.payment_intent or _id(
            intent, fields.ID_PREFIXES["payment_intent"]
        )
    report.payment_method_type = report.payment_method_type or "card_present"
    return report if report.code or report.decline_code or report.error_type else None


def _from_invoice(invoice: dict[str, Any]) -> FailureReport | None:
    error = _dict(invoice.get("last_finalization_error"))
    charge = _dict(invoice.get("charge"))
    intent = _dict(invoice.get("payment_intent"))
    failed_charge = bool(charge) and charge_failed(charge)
    failed_intent = bool(_dict(intent.get("last_payment_error")))
    paid_by = None if error or failed_charge or failed_intent else invoices.failed_payment(invoice)
    if paid_by is not None:  # API 2025-03-31 on: the reason is on the invoice's payment
        paid_by.ids.invoice = _id(invoice, fields.ID_PREFIXES["invoice"])
        apply_common(paid_by, invoice)
        return paid_by
    if not (error or failed_charge or failed_intent):
        # API versions from 2025-03-31 have no `paid`: an open invoice still owing is unpaid.
        owing = (_int(invoice.get("amount_remaining")) or 0) > 0
        unpaid = invoice.get("paid") is False or (
            "paid" not in invoice and invoice.get("status") == "open" and owing
        )
        # A retry is scheduled only after an attempt failed (a bank debit still processing has
        # none), so an unpaid invoice alone is not taken for a failure.
        attempted_unpaid = (
            invoice.get("attempted") is True
            and unpaid
            and (_int(invoice.get("attempt_count")) or 0) > 0
            and _int(invoice.get("next_payment_attempt")) is not None
        )
        return unexplained_failure(invoice, "invoice") if attempted_unpaid else None
    report = FailureReport(shape="invoice")
    report.ids.invoice = _id(invoice, fields.ID_PREFIXES["invoice"])
    if error:
        apply_error(report, error)
    if failed_intent:
        apply_payment_intent(report, intent)
    if failed_charge:
        apply_charge(report, charge)
    report.ids.charge = report.ids.charge or _id(
        invoice.get("charge"), fields.ID_PREFIXES["charge"]
    )
    report.ids.payment_intent = report.ids.payment_intent or _id(
        invoice.get("payment_intent"), fields.ID_PREFIXES["payment_intent"]
    )
    if report.amount is None:
        report.amount = _int(invoice.get("amount_due"))
    apply_common(report, invoice)
    return report


def find_failures(objects: list[Any]) -> Found:
    """Walks parsed values without recursion and returns every failure found, in paste order."""
    failures: list[FailureReport] = []
    seen_stripe = 0
    first: tuple[str, dict[str, Any]] | None = None
    # (value, event dict that wrapped it or None)
    stack: list[tuple[Any, dict[str, Any] | None]] = [(o, None) for o in reversed(objects)]
    visited = 0
    while stack and visited < MAX_WALK:
        value, event = stack.pop()
        visited += 1
        if isinstance(value, list):
            stack.extend((item, event) for item in reversed(value))
            continue
        if not isinstance(value, dict):
            continue
        if STRIPE_KEYS & value.keys():
            seen_stripe += 1
        error = value.get("error")
        if isinstance(error, dict) and (
            is_error_object(error, in_envelope=True) or STRIPE_KEYS & error.keys()
        ):
            seen_stripe += 1
            report = FailureReport(shape="error")
            apply_error(report, error)
            apply_outcome(report, value.get("outcome"))  # printed beside the error
            failures.append(_with_event(report, event))
            continue
        if value.get(SDK_RESULT) == "failed" or (is_error_object(value) and "object" not in value):
            seen_stripe += 1
            report = FailureReport(shape="error")
            apply_error(report, value)
            failures.append(_with_event(report, event))
            continue
        kind = object_kind(value)
        if first is None and kind not in (None, "list", "event"):
            first = (kind, value)
        if kind == "event":
            seen_stripe += 1
            data = _dict(value.get("data"))
            stack.append((data.get("object"), value))
            continue
        if kind == "list":
            stack.extend((item, event) for item in reversed(value.get("data") or []))
            continue
        if kind in (
            "charge",
            "outcome",
            "payment_intent",
            "setup_intent",
            "setup_attempt",
            "invoice",
            "checkout.session",
            "payment_record",
            "payment_attempt_record",
            "terminal.reader",
            "payout",
        ):
            seen_stripe += 1
            failure = _from_object(value, kind)
            if failure is None and event is not None and _is_failure_event(event):
                failure = unexplained_failure(value, kind)
            if failure is not None:
                failures.append(_with_event(failure, event))
            continue
        # Something else (a customer, a wrapper of our own logs): look inside it.
        stack.extend(
            (child, event)
            for child in reversed(list(value.values()))
            if isinstance(child, dict | list)
        )
    return Found(failures, seen_stripe, first)


# Events that always mean a payment or a card set-up failed, whatever their object shows.
FAILURE_EVENTS = frozenset(
    {
        "charge.failed",
        "payment_intent.payment_failed",
        "invoice.payment_failed",
        "checkout.session.async_payment_failed",
        "setup_intent.setup_failed",
        "invoice.finalization_failed",
        "invoice_payment.failed",
    }
)


def _is_failure_event(event: dict[str, Any]) -> bool:
    return _str(event.get("type")) in FAILURE_EVENTS


_SHAPES = {
    "charge": "charge",
    "payment_intent": "payment_intent",
    "setup_intent": "setup_intent",
    "setup_attempt": "setup_intent",
    "invoice": "invoice",
    "checkout.session": "checkout_session",
    "payment_record": "payment_record",
    "payment_attempt_record": "payment_record",
}


def unexplained_failure(obj: dict[str, Any], kind: str | None) -> FailureReport:
    """A failure the paste records without its reason: the ids to look the reason up with."""
    report = FailureReport(shape=_SHAPES.get(kind or "", "error"))  # type: ignore[arg-type]
    apply_common(report, obj)
    if report.amount is None:
        report.amount = _int(obj.get("amount_due")) or _int(obj.get("amount_total"))
    own = {
        "charge": ("charge", fields.ID_PREFIXES["charge"]),
        "payment_intent": ("payment_intent", fields.ID_PREFIXES["payment_intent"]),
        "setup_intent": ("setup_intent", fields.ID_PREFIXES["setup_intent"]),
        "invoice": ("invoice", fields.ID_PREFIXES["invoice"]),
        "checkout.session": ("checkout_session", fields.ID_PREFIXES["checkout_session"]),
        "payment_record": ("payment_record", fields.ID_PREFIXES["payment_record"]),
        "payment_attempt_record": ("payment_record", fields.ID_PREFIXES["payment_record"]),
    }.get(kind or "")
    if own is not None:
        setattr(report.ids, own[0], _id(obj, own[1]))
    for name, prefixes in (
        ("charge", fields.ID_PREFIXES["charge"]),
        ("payment_intent", fields.ID_PREFIXES["payment_intent"]),
        ("setup_intent", fields.ID_PREFIXES["setup_intent"]),
        ("invoice", fields.ID_PREFIXES["invoice"]),
    ):
        if getattr(report.ids, name) is None:
            setattr(report.ids, name, _id(obj.get(name) or obj.get(f"latest_{name}"), prefixes))
    if report.ids.charge is None:
        report.ids.charge = _id(obj.get("latest_charge"), fields.ID_PREFIXES["charge"])
    if kind == "invoice":
        invoices.payment_ids(report, obj)
        report.reason_at = invoices.reason_location(obj, report)
    if kind in ("payment_record", "payment_attempt_record"):
        apply_payment_record(report, obj)
    apply_payment_method(report, obj.get("payment_method"))
    return report


def _with_event(report: FailureReport, event: dict[str, Any] | None) -> FailureReport:
    if event is not None:
        report.ids.event = _id(event, fields.ID_PREFIXES["event"])
        report.event_type = _str(event.get("type"))
        if report.livemode is None:
            report.livemode = _bool(event.get("livemode"))
        request = event.get("request")
        request_id = request.get("id") if isinstance(request, dict) else request
        report.ids.request = report.ids.request or _id(request_id, fields.ID_PREFIXES["request"])
    return report
