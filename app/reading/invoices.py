"""An Invoice's failed payment in both of Stripe's shapes. Before API version 2025-03-31 an invoice
names its `payment_intent` and `charge`; from that version on it names neither, and its payments
are InvoicePayments (`payments.data[].payment`: a PaymentIntent, a Charge or a Payment Record),
which a webhook's invoice leaves out unless they were expanded."""

from __future__ import annotations

from app import TYPE_CHECKING
from app.reading import fields
from app.reading.object_fields import (
    apply_charge,
    apply_payment_intent,
    apply_payment_record,
    charge_failed,
    payment_record_failed,
)
from app.reading.report import FailureReport

if TYPE_CHECKING:
    from typing import Any

_dict = fields.mapping
_id = fields.object_id

# Where an InvoicePayment names its payment, as the API writes the path.
PAYMENT_PATH = "payments.data[].payment.payment_intent"


def payments(invoice: dict[str, Any]) -> list[dict[str, Any]]:
    """Each InvoicePayment's `payment` (an object with `type` and the id or the expanded object),
    the invoice's default payment first."""
    entries = [_dict(entry) for entry in _dict(invoice.get("payments")).get("data") or []]
    entries.sort(key=lambda entry: entry.get("is_default") is not True)
    return [_dict(entry.get("payment")) for entry in entries]


def intent_failed(intent: dict[str, Any]) -> bool:
    """A PaymentIntent with an error, or with a failed Charge among its charges."""
    charges = [intent.get("latest_charge"), *(_dict(intent.get("charges")).get("data") or [])]
    return bool(_dict(intent.get("last_payment_error"))) or any(
        isinstance(charge, dict) and charge_failed(charge) for charge in charges
    )


def failed_payment(invoice: dict[str, Any]) -> FailureReport | None:
    """The failure an expanded payment of the invoice records, read as that payment: the reason
    of an invoice of API 2025-03-31 or later is there, not on the invoice."""
    for payment in payments(invoice):
        intent = payment.get("payment_intent")
        charge = payment.get("charge")
        record = payment.get("payment_record")
        report = FailureReport(shape="invoice")
        if isinstance(intent, dict) and intent_failed(intent):
            apply_payment_intent(report, intent)
        elif isinstance(charge, dict) and charge_failed(charge):
            apply_charge(report, charge)
        elif isinstance(record, dict) and payment_record_failed(record):
            apply_payment_record(report, record)
        else:
            continue
        return report
    return None


def payment_ids(report: FailureReport, invoice: dict[str, Any]) -> None:
    """The ids the invoice's payments name, for the agent to open."""
    for payment in payments(invoice):
        ids = report.ids
        ids.payment_intent = ids.payment_intent or _id(
            payment.get("payment_intent"), fields.ID_PREFIXES["payment_intent"]
        )
        ids.charge = ids.charge or _id(payment.get("charge"), fields.ID_PREFIXES["charge"])
        ids.payment_record = ids.payment_record or _id(
            payment.get("payment_record"), fields.ID_PREFIXES["payment_record"]
        )


def reason_location(invoice: dict[str, Any], report: FailureReport) -> str | None:
    """Where the reason of the invoice's failed payment is, when the invoice has the shape of API
    version 2025-03-31 or later (no `payment_intent`, no `charge`); None for the older shape."""
    if "payment_intent" in invoice or "charge" in invoice:
        return None
    ids = report.ids
    if ids.payment_intent:
        return f"the PaymentIntent {ids.payment_intent} (the invoice's {PAYMENT_PATH})"
    if ids.payment_record:
        return (
            f"the Payment Record {ids.payment_record} (the invoice's "
            "payments.data[].payment.payment_record)"
        )
    if ids.charge:
        return f"the Charge {ids.charge} (the invoice's payments.data[].payment.charge)"
    return f"the invoice's payment: its InvoicePayment's PaymentIntent ({PAYMENT_PATH})"
