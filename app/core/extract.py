"""Finds the failures in parsed Stripe objects: errors, Charges, PaymentIntents, SetupIntents,
Invoices, Events and lists of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.report import FailureReport, Outcome

ERROR_TYPES = {"api_error", "card_error", "idempotency_error", "invalid_request_error",
               "rate_limit", "rate_limit_error", "temporary_session_expired",
               "authentication_error", "permission_error", "api_connection_error"}
# Keys that only Stripe objects have: a JSON document with none of them is not from Stripe.
STRIPE_KEYS = {"object", "decline_code", "failure_code", "last_payment_error", "last_setup_error",
               "last_finalization_error", "outcome", "doc_url", "request_log_url",
               "payment_method_details", "network_status", "advice_code", "network_decline_code"}
MAX_WALK = 200_000  # objects visited in one paste, whatever its shape


@dataclass(slots=True)
class Found:
    """What a walk over the parsed objects found."""

    failures: list[FailureReport]
    stripe_objects: int  # Stripe objects seen, failed or not


def _str(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value
    return None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _id(value: Any, prefixes: tuple[str, ...]) -> str | None:
    """An object id, whether the field holds the id or the expanded object."""
    if isinstance(value, dict):
        value = value.get("id")
    if isinstance(value, str) and value.startswith(prefixes):
        return value
    return None


def object_kind(obj: dict[str, Any]) -> str | None:
    """Which Stripe object a dict is, by its `object` field or, failing that, by its keys."""
    declared = obj.get("object")
    if isinstance(declared, str):
        return declared
    oid = obj.get("id") if isinstance(obj.get("id"), str) else ""
    if "last_payment_error" in obj or oid.startswith("pi_"):
        return "payment_intent"
    if "last_setup_error" in obj or oid.startswith("seti_"):
        return "setup_intent"
    if "last_finalization_error" in obj or oid.startswith("in_"):
        return "invoice"
    if "failure_code" in obj or "outcome" in obj or oid.startswith(("ch_", "py_")):
        return "charge"
    if oid.startswith("evt_") or ("type" in obj and isinstance(obj.get("data"), dict)
                                  and "object" in obj["data"]):
        return "event"
    if isinstance(obj.get("data"), list) and "has_more" in obj:
        return "list"
    return None


def is_error_object(obj: dict[str, Any]) -> bool:
    kind = obj.get("type")
    has_detail = any(k in obj for k in ("code", "decline_code", "message", "doc_url", "param"))
    return isinstance(kind, str) and (kind in ERROR_TYPES or kind.endswith("_error")) and has_detail


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
    report.network_decline_code = report.network_decline_code or _str(
        card.get("network_decline_code"))


def _apply_payment_method(report: FailureReport, pm: Any) -> None:
    if isinstance(pm, str):
        report.ids.payment_method = report.ids.payment_method or _id(pm, ("pm_", "card_", "src_"))
        return
    if not isinstance(pm, dict):
        return
    report.ids.payment_method = report.ids.payment_method or _id(pm, ("pm_", "card_", "src_"))
    kind = _str(pm.get("type"))
    if kind is None and pm.get("object") == "card":
        kind = "card"
    report.payment_method_type = report.payment_method_type or kind
    for key in ("card", "card_present", "interac_present"):
        if isinstance(pm.get(key), dict):
            _apply_card(report, pm[key])
    if pm.get("object") in ("card", "source") or "last4" in pm:
        _apply_card(report, pm)
    report.ids.customer = report.ids.customer or _id(pm.get("customer"), ("cus_",))
    _apply_name(report, pm)


def _apply_error(report: FailureReport, error: dict[str, Any]) -> None:
    report.error_type = report.error_type or _str(error.get("type"))
    report.code = report.code or _str(error.get("code"))
    report.decline_code = report.decline_code or _str(error.get("decline_code"))
    report.advice_code = report.advice_code or _str(error.get("advice_code"))
    report.network_decline_code = report.network_decline_code or _str(
        error.get("network_decline_code"))
    report.network_advice_code = report.network_advice_code or _str(
        error.get("network_advice_code"))
    report.message = report.message or _str(error.get("message"))
    report.param = report.param or _str(error.get("param"))
    report.doc_url = report.doc_url or _str(error.get("doc_url"))
    report.request_log_url = report.request_log_url or _str(error.get("request_log_url"))
    report.ids.charge = report.ids.charge or _id(error.get("charge"), ("ch_", "py_"))
    report.ids.request = report.ids.request or _request_id(error.get("request_log_url"))
    _apply_payment_method(report, error.get("payment_method") or error.get("source"))
    if isinstance(error.get("payment_intent"), dict):
        _apply_payment_intent(report, error["payment_intent"])
    else:
        report.ids.payment_intent = report.ids.payment_intent or _id(
            error.get("payment_intent"), ("pi_",))
    if isinstance(error.get("setup_intent"), dict):
        _apply_setup_intent(report, error["setup_intent"])
    else:
        report.ids.setup_intent = report.ids.setup_intent or _id(
            error.get("setup_intent"), ("seti_",))


def _request_id(url: Any) -> str | None:
    if isinstance(url, str) and "req_" in url:
        tail = url[url.index("req_"):]
        return tail.split("?")[0].split("/")[0].split("&")[0] or None
    return None


def _apply_common(report: FailureReport, obj: dict[str, Any]) -> None:
    report.amount = report.amount if report.amount is not None else _int(obj.get("amount"))
    report.currency = report.currency or (_str(obj.get("currency")) or "").lower() or None
    report.livemode = report.livemode if report.livemode is not None else _bool(obj.get("livemode"))
    report.created = report.created if report.created is not None else _int(obj.get("created"))
    report.ids.customer = report.ids.customer or _id(obj.get("customer"), ("cus_",))
    report.status = report.status or _str(obj.get("status"))
    _apply_name(report, obj)


def _apply_name(report: FailureReport, obj: dict[str, Any]) -> None:
    """The customer's name as the object records it (for the reply's greeting, never stored)."""
    for key in ("billing_details", "shipping", "customer_details"):
        report.customer_name = report.customer_name or _str(_dict(obj.get(key)).get("name"))
    report.customer_name = report.customer_name or _str(obj.get("customer_name"))


def _apply_charge(report: FailureReport, charge: dict[str, Any]) -> None:
    report.ids.charge = report.ids.charge or _id(charge, ("ch_", "py_"))
    _apply_common(report, charge)
    report.code = report.code or _str(charge.get("failure_code"))
    report.message = report.message or _str(charge.get("failure_message"))
    outcome = _dict(charge.get("outcome"))
    if outcome:
        report.outcome = Outcome(
            type=_str(outcome.get("type")),
            network_status=_str(outcome.get("network_status")),
            reason=_str(outcome.get("reason")),
            risk_level=_str(outcome.get("risk_level")),
            seller_message=_str(outcome.get("seller_message")),
        )
        report.advice_code = report.advice_code or _str(outcome.get("advice_code"))
        report.network_decline_code = report.network_decline_code or _str(
            outcome.get("network_decline_code"))
        report.network_advice_code = report.network_advice_code or _str(
            outcome.get("network_advice_code"))
        if report.outcome.type == "issuer_declined" and not report.decline_code:
            report.decline_code = report.outcome.reason
    details = _dict(charge.get("payment_method_details"))
    report.payment_method_type = report.payment_method_type or _str(details.get("type"))
    for key in ("card", "card_present", "interac_present"):
        if isinstance(details.get(key), dict):
            _apply_card(report, details[key])
    report.ids.payment_intent = report.ids.payment_intent or _id(
        charge.get("payment_intent"), ("pi_",))
    report.ids.invoice = report.ids.invoice or _id(charge.get("invoice"), ("in_",))
    report.ids.payment_method = report.ids.payment_method or _id(
        charge.get("payment_method"), ("pm_", "card_", "src_"))
    if isinstance(charge.get("source"), dict):
        _apply_payment_method(report, charge["source"])


def _apply_payment_intent(
    report: FailureReport, intent: dict[str, Any], *, with_error: bool = True
) -> None:
    report.ids.payment_intent = report.ids.payment_intent or _id(intent, ("pi_",))
    _apply_common(report, intent)
    error = _dict(intent.get("last_payment_error"))
    if with_error and error:
        _apply_error(report, error)
    charge = intent.get("latest_charge")
    if isinstance(charge, dict):
        _apply_charge(report, charge)
    else:
        report.ids.charge = report.ids.charge or _id(charge, ("ch_", "py_"))
    for charge in _dict(intent.get("charges")).get("data") or []:  # API versions before 2022-11
        if isinstance(charge, dict) and charge.get("status") == "failed":
            _apply_charge(report, charge)
            break
    _apply_payment_method(report, intent.get("payment_method"))
    report.ids.invoice = report.ids.invoice or _id(intent.get("invoice"), ("in_",))


def _apply_setup_intent(
    report: FailureReport, intent: dict[str, Any], *, with_error: bool = True
) -> None:
    report.ids.setup_intent = report.ids.setup_intent or _id(intent, ("seti_",))
    _apply_common(report, intent)
    error = _dict(intent.get("last_setup_error"))
    if with_error and error:
        _apply_error(report, error)
    _apply_payment_method(report, intent.get("payment_method"))


def _charge_failed(charge: dict[str, Any]) -> bool:
    outcome = _dict(charge.get("outcome"))
    return (charge.get("status") == "failed" or bool(charge.get("failure_code"))
            or outcome.get("type") in ("issuer_declined", "blocked", "invalid"))


def _from_object(obj: dict[str, Any], kind: str | None) -> FailureReport | None:
    """The failure one Stripe object records, or None when it shows no failure."""
    if kind == "charge":
        if not _charge_failed(obj):
            return None
        report = FailureReport(shape="charge")
        _apply_charge(report, obj)
        return report
    if kind == "payment_intent":
        error = _dict(obj.get("last_payment_error"))
        latest = obj.get("latest_charge")
        if not error and not (isinstance(latest, dict) and _charge_failed(latest)):
            return None
        report = FailureReport(shape="payment_intent")
        _apply_payment_intent(report, obj)
        return report
    if kind == "setup_intent":
        if not _dict(obj.get("last_setup_error")):
            return None
        report = FailureReport(shape="setup_intent")
        _apply_setup_intent(report, obj)
        return report
    if kind == "setup_attempt":
        if not _dict(obj.get("setup_error")):
            return None
        report = FailureReport(shape="setup_intent")
        _apply_error(report, obj["setup_error"])
        report.ids.setup_intent = _id(obj.get("setup_intent"), ("seti_",))
        _apply_common(report, obj)
        return report
    if kind == "invoice":
        return _from_invoice(obj)
    return None


def _from_invoice(invoice: dict[str, Any]) -> FailureReport | None:
    error = _dict(invoice.get("last_finalization_error"))
    charge = _dict(invoice.get("charge"))
    intent = _dict(invoice.get("payment_intent"))
    failed_charge = bool(charge) and _charge_failed(charge)
    failed_intent = bool(_dict(intent.get("last_payment_error")))
    if not (error or failed_charge or failed_intent):
        return None
    report = FailureReport(shape="invoice")
    report.ids.invoice = _id(invoice, ("in_",))
    if error:
        _apply_error(report, error)
    if failed_intent:
        _apply_payment_intent(report, intent)
    if failed_charge:
        _apply_charge(report, charge)
    report.ids.charge = report.ids.charge or _id(invoice.get("charge"), ("ch_", "py_"))
    report.ids.payment_intent = report.ids.payment_intent or _id(
        invoice.get("payment_intent"), ("pi_",))
    if report.amount is None:
        report.amount = _int(invoice.get("amount_due"))
    _apply_common(report, invoice)
    return report


def find_failures(objects: list[Any]) -> Found:
    """Walks parsed values without recursion and returns every failure found, in paste order."""
    failures: list[FailureReport] = []
    seen_stripe = 0
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
        if isinstance(error, dict) and (is_error_object(error) or STRIPE_KEYS & error.keys()):
            seen_stripe += 1
            report = FailureReport(shape="error")
            _apply_error(report, error)
            failures.append(_with_event(report, event))
            continue
        if is_error_object(value) and "object" not in value:
            seen_stripe += 1
            report = FailureReport(shape="error")
            _apply_error(report, value)
            failures.append(_with_event(report, event))
            continue
        kind = object_kind(value)
        if kind == "event":
            seen_stripe += 1
            data = _dict(value.get("data"))
            stack.append((data.get("object"), value))
            continue
        if kind == "list":
            stack.extend((item, event) for item in reversed(value.get("data") or []))
            continue
        if kind in ("charge", "payment_intent", "setup_intent", "setup_attempt", "invoice"):
            seen_stripe += 1
            report = _from_object(value, kind)
            if report is not None:
                failures.append(_with_event(report, event))
            continue
        # Something else (a customer, a wrapper of our own logs): look inside it.
        stack.extend((child, event) for child in reversed(list(value.values()))
                     if isinstance(child, dict | list))
    return Found(failures, seen_stripe)


def _with_event(report: FailureReport, event: dict[str, Any] | None) -> FailureReport:
    if event is not None:
        report.ids.event = _id(event, ("evt_",))
        report.event_type = _str(event.get("type"))
        if report.livemode is None:
            report.livemode = _bool(event.get("livemode"))
        request = event.get("request")
        request_id = request.get("id") if isinstance(request, dict) else request
        report.ids.request = report.ids.request or _id(request_id, ("req_",))
    return report

