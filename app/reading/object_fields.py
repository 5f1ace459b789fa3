"""Copies the fields of one Stripe object (an error, a Charge, an intent, a card) into a
FailureReport; a field already filled keeps its value, so the most specific object goes first."""

from __future__ import annotations

from app import TYPE_CHECKING
from app.reading import fields
from app.reading.report import FailureReport, Outcome

if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

ERROR_TYPES = {
    "api_error",
    "card_error",
    "idempotency_error",
    "invalid_request_error",
    "rate_limit",
    "rate_limit_error",
    "temporary_session_expired",
    "authentication_error",
    "permission_error",
    "api_connection_error",
}

_str = fields.text
_int = fields.integer
_bool = fields.flag
_dict = fields.mapping
_id = fields.object_id
_code = fields.code
_net = fields.network_code


def is_error_type(value: Any) -> bool:
    kind = _code(value)
    return kind is not None and (kind in ERROR_TYPES or kind.endswith("_error"))


def _card_of(holder: dict[str, Any]) -> dict[str, Any] | None:
    """The card a payment method or its details hold. Stripe keeps a method's own fields under the
    key its type names (`card`, `card_present`, `kr_card`, `us_bank_account`); the payment method
    types that are cards are catalogue data, so a card is told by what every card of Stripe's
    carries and no bank account or wallet does: a brand. An object printed without its type is a
    card's."""
    kind = _str(holder.get("type")) or "card"
    found = holder.get(kind)
    if isinstance(found, dict) and (kind == "card" or "brand" in found):
        return found
    return None


def _apply_card(report: FailureReport, card: dict[str, Any]) -> None:
    report.card_brand = report.card_brand or _str(card.get("brand") or card.get("display_brand"))
    report.card_last4 = report.card_last4 or _str(card.get("last4"))
    report.card_funding = report.card_funding or _str(card.get("funding"))
    report.card_country = report.card_country or _str(card.get("country"))
    wallet = card.get("wallet")
    if isinstance(wallet, dict):
        report.wallet = report.wallet or _str(wallet.get("type"))
    elif report.wallet is None:
        report.wallet = _str(wallet)
    # A Payment Record keeps the network's codes on its card (Stripe's SDKs from 2025-12).
    report.network_decline_code = report.network_decline_code or _net(
        card.get("network_decline_code")
    )
    report.network_advice_code = report.network_advice_code or _net(card.get("network_advice_code"))


# The network statuses of a payment that did not go through (Stripe's Charge reference).
FAILED_NETWORK_STATUSES = ("declined_by_network", "not_sent_to_network", "reversed_after_approval")


def charge_failed(charge: dict[str, Any]) -> bool:
    """A Charge that failed: its status, its failure code or an outcome that was not a payment."""
    outcome = _dict(charge.get("outcome"))
    return (
        charge.get("status") == "failed"
        or bool(charge.get("failure_code"))
        or _code(outcome.get("type")) in ("issuer_declined", "blocked", "invalid")
        or (
            _code(outcome.get("network_status")) in FAILED_NETWORK_STATUSES
            and outcome.get("type") is None
            and charge.get("status") not in ("succeeded", "pending")
        )
    )


def _value(amount: Any) -> int:
    return _int(_dict(amount).get("value")) or 0


def payment_record_failed(record: dict[str, Any]) -> bool:
    """A Payment Record (or one of its attempts) whose amount failed and of which nothing was
    taken: Stripe records a failure as `amount_failed`, a success as guaranteed or authorized."""
    taken = _value(record.get("amount_guaranteed")) or _value(record.get("amount_authorized"))
    return _value(record.get("amount_failed")) > 0 and not taken


def apply_payment_record(report: FailureReport, record: dict[str, Any]) -> None:
    """A Payment Record or Payment Attempt Record: amounts as {value, currency}, the card and the
    network's codes under `payment_method_details`, the customer under `customer_details`."""
    report.ids.payment_record = (
        report.ids.payment_record
        or _id(record, fields.ID_PREFIXES["payment_record"])
        or _id(record.get("payment_record"), fields.ID_PREFIXES["payment_record"])
    )
    requested = _dict(record.get("amount_requested")) or _dict(record.get("amount"))
    if report.amount is None:
        report.amount = _int(requested.get("value"))
    report.currency = report.currency or (_str(requested.get("currency")) or "").lower() or None
    apply_common(report, record)
    customer = _dict(record.get("customer_details"))
    report.ids.customer = report.ids.customer or _id(
        customer.get("customer"), fields.ID_PREFIXES["customer"]
    )
    details = _dict(record.get("payment_method_details"))
    report.payment_method_type = report.payment_method_type or _str(details.get("type"))
    report.ids.payment_method = report.ids.payment_method or _id(
        details.get("payment_method"), fields.ID_PREFIXES["payment_method"]
    )
    if (card := _card_of(details)) is not None:
        _apply_card(report, card)
    apply_name(report, details)


def apply_payment_method(report: FailureReport, pm: Any) -> None:
    if isinstance(pm, str):
        report.ids.payment_method = report.ids.payment_method or _id(
            pm, fields.ID_PREFIXES["payment_method"]
        )
        return
    if not isinstance(pm, dict):
        return
    report.ids.payment_method = report.ids.payment_method or _id(
        pm, fields.ID_PREFIXES["payment_method"]
    )
    # A card object of the old API (a Charge's `source`) names its brand in `type` ("Visa").
    kind = "card" if pm.get("object") == "card" else _str(pm.get("type"))
    report.payment_method_type = report.payment_method_type or kind
    if (card := _card_of(pm)) is not None:
        _apply_card(report, card)
    if pm.get("object") in ("card", "source") or "last4" in pm:
        _apply_card(report, pm)
    report.ids.customer = report.ids.customer or _id(
        pm.get("customer"), fields.ID_PREFIXES["customer"]
    )
    apply_name(report, pm)


def _apply_error_type(report: FailureReport, value: Any) -> None:
    """The error's type as written, or as certain from an SDK class name (`StripeCardError`)."""
    if report.error_type is not None or not isinstance(value, str):
        return
    if is_error_type(value):
        report.error_type = _code(value)
    elif (from_class := fields.error_type_of_class(value)) is not None:
        report.error_type = from_class
        report.inferred.append("error_type")


def apply_error(report: FailureReport, error: dict[str, Any]) -> None:
    if isinstance(error.get("raw"), dict):  # stripe-node keeps the API's error under `raw`
        apply_error(report, error["raw"])
    _apply_error_type(report, error.get("type"))
    report.code = report.code or _code(error.get("code"))
    report.decline_code = report.decline_code or _code(error.get("decline_code"))
    report.advice_code = report.advice_code or _code(error.get("advice_code"))
    report.network_decline_code = report.network_decline_code or _net(
        error.get("network_decline_code")
    )
    report.network_advice_code = report.network_advice_code or _net(
        error.get("network_advice_code")
    )
    apply_outcome(report, error.get("outcome"))
    report.message = report.message or _str(error.get("message"))
    report.param = report.param or _str(error.get("param"))
    report.doc_url = report.doc_url or _str(error.get("doc_url"))
    report.request_log_url = report.request_log_url or _str(error.get("request_log_url"))
    report.ids.charge = report.ids.charge or _id(error.get("charge"), fields.ID_PREFIXES["charge"])
    report.ids.request = (
        report.ids.request
        or _request_id(error.get("request_log_url"))
        or _id(error.get("request_id") or error.get("requestId"), fields.ID_PREFIXES["request"])
    )
    apply_payment_method(report, error.get("payment_method") or error.get("source"))
    if isinstance(error.get("payment_intent"), dict):
        apply_payment_intent(report, error["payment_intent"])
    else:
        report.ids.payment_intent = report.ids.payment_intent or _id(
            error.get("payment_intent"), fields.ID_PREFIXES["payment_intent"]
        )
    if isinstance(error.get("setup_intent"), dict):
        apply_setup_intent(report, error["setup_intent"])
    else:
        report.ids.setup_intent = report.ids.setup_intent or _id(
            error.get("setup_intent"), fields.ID_PREFIXES["setup_intent"]
        )


def _request_id(url: Any) -> str | None:
    if isinstance(url, str) and "req_" in url:
        tail = url[url.index("req_") :]
        return tail.split("?")[0].split("/")[0].split("&")[0] or None
    return None


def apply_common(report: FailureReport, obj: dict[str, Any]) -> None:
    report.amount = report.amount if report.amount is not None else _int(obj.get("amount"))
    report.currency = report.currency or (_str(obj.get("currency")) or "").lower() or None
    report.livemode = report.livemode if report.livemode is not None else _bool(obj.get("livemode"))
    report.created = report.created if report.created is not None else _int(obj.get("created"))
    report.ids.customer = report.ids.customer or _id(
        obj.get("customer"), fields.ID_PREFIXES["customer"]
    )
    report.status = report.status or _str(obj.get("status"))
    apply_name(report, obj)


def apply_name(report: FailureReport, obj: dict[str, Any]) -> None:
    """The customer's name as the object records it (for the reply's greeting, never stored)."""
    for key in ("billing_details", "shipping", "customer_details"):
        report.customer_name = report.customer_name or _str(_dict(obj.get(key)).get("name"))
    report.customer_name = report.customer_name or _str(obj.get("customer_name"))


def apply_charge(report: FailureReport, charge: dict[str, Any]) -> None:
    report.ids.charge = report.ids.charge or _id(charge, fields.ID_PREFIXES["charge"])
    apply_common(report, charge)
    report.code = report.code or _code(charge.get("failure_code"))
    report.message = report.message or _str(charge.get("failure_message"))
    apply_outcome(report, charge.get("outcome"))
    details = _dict(charge.get("payment_method_details"))
    report.payment_method_type = report.payment_method_type or _str(details.get("type"))
    if (card := _card_of(details)) is not None:
        _apply_card(report, card)
    report.ids.payment_intent = report.ids.payment_intent or _id(
        charge.get("payment_intent"), fields.ID_PREFIXES["payment_intent"]
    )
    report.ids.invoice = report.ids.invoice or _id(
        charge.get("invoice"), fields.ID_PREFIXES["invoice"]
    )
    report.ids.payment_method = report.ids.payment_method or _id(
        charge.get("payment_method"), fields.ID_PREFIXES["payment_method"]
    )
    if isinstance(charge.get("source"), dict):
        apply_payment_method(report, charge["source"])


def apply_outcome(report: FailureReport, value: Any) -> None:
    """A Charge's `outcome`, wherever the paste put it (in a Charge, beside an API error or
    inside one); the first one read is kept."""
    outcome = _dict(value)
    if not outcome or report.outcome is not None:
        return
    report.outcome = Outcome(
        type=_code(outcome.get("type")),
        network_status=_code(outcome.get("network_status")),
        reason=_code(outcome.get("reason")),
        risk_level=_code(outcome.get("risk_level")),
        seller_message=_str(outcome.get("seller_message")),
    )
    report.advice_code = report.advice_code or _code(outcome.get("advice_code"))
    report.network_decline_code = report.network_decline_code or _net(
        outcome.get("network_decline_code")
    )
    report.network_advice_code = report.network_advice_code or _net(
        outcome.get("network_advice_code")
    )
    if report.outcome.type == "issuer_declined" and not report.decline_code:
        report.decline_code = report.outcome.reason


def apply_payment_intent(
    report: FailureReport, intent: dict[str, Any], *, with_error: bool = True
) -> None:
    report.ids.payment_intent = report.ids.payment_intent or _id(
        intent, fields.ID_PREFIXES["payment_intent"]
    )
    apply_common(report, intent)
    error = _dict(intent.get("last_payment_error"))
    if with_error and error:
        apply_error(report, error)
    charge = intent.get("latest_charge")
    if isinstance(charge, dict):
        apply_charge(report, charge)
    else:
        report.ids.charge = report.ids.charge or _id(charge, fields.ID_PREFIXES["charge"])
    for charge in _dict(intent.get("charges")).get("data") or []:  # API versions before 2022-11
        if isinstance(charge, dict) and charge.get("status") == "failed":
            apply_charge(report, charge)
            break
    apply_payment_method(report, intent.get("payment_method"))
    report.ids.invoice = report.ids.invoice or _id(
        intent.get("invoice"), fields.ID_PREFIXES["invoice"]
    )


def apply_setup_intent(
    report: FailureReport, intent: dict[str, Any], *, with_error: bool = True
) -> None:
    report.ids.setup_intent = report.ids.setup_intent or _id(
        intent, fields.ID_PREFIXES["setup_intent"]
    )
    apply_common(report, intent)
    error = _dict(intent.get("last_setup_error"))
    if with_error and error:
        apply_error(report, error)
    apply_payment_method(report, intent.get("payment_method"))


OUTCOME_TYPES = frozenset({"authorized", "manual_review", "issuer_declined", "blocked", "invalid"})
_OUTCOME_KEYS = ("network_status", "seller_message", "risk_level", "risk_score")


def is_outcome(obj: dict[str, Any]) -> bool:
    """A Charge's `outcome` copied without its key or its Charge (`{"network_status": ...,
    "type": "issuer_declined"}`), or only the network status of a payment that did not go
    through."""
    if fields.code(obj.get("network_status")) in FAILED_NETWORK_STATUSES:
        return True
    return fields.code(obj.get("type")) in OUTCOME_TYPES and any(k in obj for k in _OUTCOME_KEYS)


def held_strings(value: Any, depth: int = 0) -> Iterator[str]:
    """Every string an object holds, lower-cased (to 20 levels: objects nest less)."""
    if isinstance(value, str):
        yield value.lower()
    elif depth < 20 and isinstance(value, dict):
        for item in value.values():
            yield from held_strings(item, depth + 1)
    elif depth < 20 and isinstance(value, list):
        for item in value:
            yield from held_strings(item, depth + 1)
