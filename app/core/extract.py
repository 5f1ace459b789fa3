"""Finds the failures in parsed Stripe objects: errors, Charges, PaymentIntents, SetupIntents,
Invoices, Events and lists of them."""

from __future__ import annotations

from app.core import fields
from app.core.plaintext import FAILURE_EVENTS, error_type_of_class
from app.core.records import record
from app.core.report import FailureReport, Outcome

# typing is read by type checkers only; importing it costs the command line about 2 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

ERROR_TYPES = {"api_error", "card_error", "idempotency_error", "invalid_request_error",
               "rate_limit", "rate_limit_error", "temporary_session_expired",
               "authentication_error", "permission_error", "api_connection_error"}
# Keys that only Stripe objects have: a JSON document with none of them is not from Stripe.
STRIPE_KEYS = {"object", "decline_code", "failure_code", "last_payment_error", "last_setup_error",
               "last_finalization_error", "outcome", "doc_url", "request_log_url",
               "payment_method_details", "network_status", "advice_code", "network_decline_code"}
MAX_WALK = 200_000  # objects visited in one paste, whatever its shape


@record(slots=True)
class Found:
    """What a walk over the parsed objects found."""

    failures: list[FailureReport]
    stripe_objects: int  # Stripe objects seen, failed or not


_str = fields.text
_int = fields.integer
_bool = fields.flag
_dict = fields.mapping
_id = fields.object_id
_code = fields.code
_net = fields.network_code


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


_ERROR_DETAILS = ("decline_code", "doc_url", "param", "request_log_url", "charge",
                  "payment_intent", "setup_intent", "payment_method", "network_decline_code",
                  "advice_code")


def is_error_type(value: Any) -> bool:
    kind = _code(value)
    return kind is not None and (kind in ERROR_TYPES or kind.endswith("_error"))


def is_error_object(obj: dict[str, Any], *, in_envelope: bool = False) -> bool:
    """An API error, whole or in part: `{"type": "card_error", ...}`, or a decline code alone.

    Inside `{"error": ...}` an error type alone is enough; a bare object needs a code or detail
    that only Stripe errors carry, so an unrelated `{"code": 404}` is not taken for one.
    """
    kind = obj.get("type")
    if is_error_type(kind) or (isinstance(kind, str) and error_type_of_class(kind)):
        return in_envelope or any(k in obj for k in ("code", "message", *_ERROR_DETAILS))
    if _code(obj.get("decline_code")) is not None:
        return True
    code = obj.get("code")
    return (isinstance(code, str) and fields.code(code) == code.strip().lower()
            and (in_envelope or any(k in obj for k in _ERROR_DETAILS)))


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
    report.network_decline_code = report.network_decline_code or _net(
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


def _apply_error_type(report: FailureReport, value: Any) -> None:
    """The error's type as written, or as certain from an SDK class name (`StripeCardError`)."""
    if report.error_type is not None or not isinstance(value, str):
        return
    if is_error_type(value):
        report.error_type = _code(value)
    elif (from_class := error_type_of_class(value)) is not None:
        report.error_type = from_class
        report.inferred.append("error_type")


def _apply_error(report: FailureReport, error: dict[str, Any]) -> None:
    if isinstance(error.get("raw"), dict):  # stripe-node keeps the API's error under `raw`
        _apply_error(report, error["raw"])
    _apply_error_type(report, error.get("type"))
    report.code = report.code or _code(error.get("code"))
    report.decline_code = report.decline_code or _code(error.get("decline_code"))
    report.advice_code = report.advice_code or _code(error.get("advice_code"))
    report.network_decline_code = report.network_decline_code or _net(
        error.get("network_decline_code"))
    report.network_advice_code = report.network_advice_code or _net(
        error.get("network_advice_code"))
    report.message = report.message or _str(error.get("message"))
    report.param = report.param or _str(error.get("param"))
    report.doc_url = report.doc_url or _str(error.get("doc_url"))
    report.request_log_url = report.request_log_url or _str(error.get("request_log_url"))
    report.ids.charge = report.ids.charge or _id(error.get("charge"), ("ch_", "py_"))
    report.ids.request = (report.ids.request or _request_id(error.get("request_log_url"))
                          or _id(error.get("requestId"), ("req_",)))
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


def _apply_charge(report: FailureReport, charge: dict[str, Any]) -> None:
    report.ids.charge = report.ids.charge or _id(charge, ("ch_", "py_"))
    _apply_common(report, charge)
    report.code = report.code or _code(charge.get("failure_code"))
    report.message = report.message or _str(charge.get("failure_message"))
    outcome = _dict(charge.get("outcome"))
    if outcome:
        report.outcome = Outcome(
            type=_code(outcome.get("type")),
            network_status=_code(outcome.get("network_status")),
            reason=_code(outcome.get("reason")),
            risk_level=_code(outcome.get("risk_level")),
            seller_message=_str(outcome.get("seller_message")),
        )
        report.advice_code = report.advice_code or _code(outcome.get("advice_code"))
        report.network_decline_code = report.network_decline_code or _net(
            outcome.get("network_decline_code"))
        report.network_advice_code = report.network_advice_code or _net(
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
            or _code(outcome.get("type")) in ("issuer_declined", "blocked", "invalid"))


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
        charges = [obj.get("latest_charge"), *(_dict(obj.get("charges")).get("data") or [])]
        if not error and not any(isinstance(c, dict) and _charge_failed(c) for c in charges):
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
        attempted_unpaid = (invoice.get("attempted") is True and invoice.get("paid") is False
                            and (_int(invoice.get("attempt_count")) or 0) > 0)
        return unexplained_failure(invoice, "invoice") if attempted_unpaid else None
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
        if isinstance(error, dict) and (is_error_object(error, in_envelope=True)
                                        or STRIPE_KEYS & error.keys()):
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
        if kind in ("charge", "payment_intent", "setup_intent", "setup_attempt", "invoice",
                    "checkout.session"):
            seen_stripe += 1
            report = _from_object(value, kind)
            if report is None and event is not None and _is_failure_event(event):
                report = unexplained_failure(value, kind)
            if report is not None:
                failures.append(_with_event(report, event))
            continue
        # Something else (a customer, a wrapper of our own logs): look inside it.
        stack.extend((child, event) for child in reversed(list(value.values()))
                     if isinstance(child, dict | list))
    return Found(failures, seen_stripe)


def _is_failure_event(event: dict[str, Any]) -> bool:
    return _str(event.get("type")) in FAILURE_EVENTS


_SHAPES = {"charge": "charge", "payment_intent": "payment_intent", "setup_intent": "setup_intent",
           "setup_attempt": "setup_intent", "invoice": "invoice",
           "checkout.session": "checkout_session"}


def unexplained_failure(obj: dict[str, Any], kind: str | None) -> FailureReport:
    """A failure the paste records without its reason: the ids to look the reason up with."""
    report = FailureReport(shape=_SHAPES.get(kind or "", "error"))  # type: ignore[arg-type]
    _apply_common(report, obj)
    if report.amount is None:
        report.amount = _int(obj.get("amount_due")) or _int(obj.get("amount_total"))
    own = {"charge": ("charge", ("ch_", "py_")), "payment_intent": ("payment_intent", ("pi_",)),
           "setup_intent": ("setup_intent", ("seti_",)), "invoice": ("invoice", ("in_",)),
           "checkout.session": ("checkout_session", ("cs_",))}.get(kind or "")
    if own is not None:
        setattr(report.ids, own[0], _id(obj, own[1]))
    for name, prefixes in (("charge", ("ch_", "py_")), ("payment_intent", ("pi_",)),
                           ("setup_intent", ("seti_",)), ("invoice", ("in_",))):
        if getattr(report.ids, name) is None:
            setattr(report.ids, name, _id(obj.get(name) or obj.get(f"latest_{name}"), prefixes))
    if report.ids.charge is None:
        report.ids.charge = _id(obj.get("latest_charge"), ("ch_", "py_"))
    _apply_payment_method(report, obj.get("payment_method"))
    return report


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

