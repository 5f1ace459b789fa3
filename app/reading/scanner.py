"""The last resort: picks known Stripe fields out of text that no parser reads as a whole
(the declines guide's comma-less objects, SDK exception strings, iOS NSError dumps, cut-off pastes).

Only complete values are taken: a quoted value needs its closing quote, so a cut-off paste can
lose a field but never yields a shortened, different one.
"""

from __future__ import annotations

import re

from app.reading import fields
from app.reading.object_fields import ERROR_TYPES
from app.reading.report import FailureReport, Outcome

_PAIR = re.compile(
    r"""(?P<key>["']?(?:[A-Za-z][\w.]*:)?[A-Za-z_]\w*["']?)\s*(?:=>|:|=)\s*"""
    r"""(?P<value>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[^\s,;{}\[\]()"'<>]+[^\s,;{}\[\]()"'<>]*)"""
)
# Key names (lower case, without an iOS `com.stripe.lib:` prefix) and the field they fill.
_KEYS = {
    "code": "code",
    "failure_code": "code",
    "stripeerrorcodekey": "code",
    "decline_code": "decline_code",
    "declinecodekey": "decline_code",
    "stripedeclinecodekey": "decline_code",
    "advice_code": "advice_code",
    "network_decline_code": "network_decline_code",
    "network_advice_code": "network_advice_code",
    "message": "message",
    "failure_message": "message",
    "errormessagekey": "message",
    "nslocalizeddescription": "message",
    "param": "param",
    "errorparameterkey": "param",
    "doc_url": "doc_url",
    "request_log_url": "request_log_url",
    "type": "type",
    "stripeerrortypekey": "error_type",
    "error_type": "error_type",
    "network_status": "network_status",
    "reason": "reason",
    "risk_level": "risk_level",
    "seller_message": "seller_message",
    "amount": "amount",
    "currency": "currency",
    "brand": "card_brand",
    "last4": "card_last4",
    "funding": "card_funding",
    "country": "card_country",
    "livemode": "livemode",
    "created": "created",
}
# snake_case forms of the camelCase and PascalCase keys of the Node, PHP, Go and .NET SDKs.
_KEYS_ALIASES = {"stripe_code": "code", "msg": "message"}
_OUTCOME_TYPES = {"authorized", "manual_review", "issuer_declined", "blocked", "invalid"}
_IDS = re.compile(r"\b(?P<prefix>ch|py|pi|seti|in|cus|req|evt|pm)_[A-Za-z0-9]{6,}\b(?!_secret)")
_SDK_REQUEST = re.compile(r"\bRequest (?P<request>req_[A-Za-z0-9]+)\)?:? (?P<message>[^\n]+)")
_CODE_VALUE = re.compile(r"^[a-z][a-z0-9_]*$")
_NETWORK_CODE = re.compile(r"^[0-9A-Z]{1,4}$")


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        body = value[1:-1]
        return re.sub(r"\\(.)", r"\1", body)
    return value.rstrip(".")


# PHP's print_r (`[declineCode:protected] => x`) and var_dump (`["declineCode":protected]=>
# string(18) "x"`) as plain `key => value`.
_PHP_VAR_DUMP = re.compile(
    r'\["(\w+)"(?::"[^"\n]*")?(?::\w+)?\]=>\s*(?:(?:string|int|float|bool)'
    r'\((?:\d+\)\s*(?=")|([\w.]+)\)))?'
)
_PHP_PRINT_R = re.compile(r"\[(\w+)(?::[\w\\\"]+)*(?::\w+)?\]\s*=>[ \t]*")
_PHP_EMPTY = re.compile(r"=>[ \t]*(?=\r?\n)")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _php_as_pairs(text: str) -> str:
    if "=>" not in text:
        return text
    text = _PHP_VAR_DUMP.sub(lambda m: f"{m.group(1)} => {m.group(2) or ''}", text)
    text = _PHP_PRINT_R.sub(r"\1 => ", text)
    return _PHP_EMPTY.sub("=> null", text)  # an empty value must not swallow the next key


def _key_name(raw: str) -> str:
    """`decline_code`, `declineCode`, `DeclineCode`, `com.stripe.lib:StripeDeclineCodeKey` alike."""
    key = raw.strip("\"'").rsplit(":", 1)[-1]
    if key.lower() in _KEYS:
        return key.lower()
    snake = _CAMEL.sub("_", key).lower()
    return _KEYS_ALIASES.get(snake, snake)


def scan(text: str) -> FailureReport | None:
    """One report from the known fields found anywhere in the text, or None when there are none."""
    found: dict[str, str] = {}
    text = _php_as_pairs(text)
    for match in _PAIR.finditer(text):
        key = _key_name(match.group("key"))
        field_name = _KEYS.get(key)
        if field_name is None:
            continue
        value = _unquote(match.group("value"))
        if not value or value.lower() in ("null", "none", "nil", "undefined"):
            continue
        if field_name == "type":
            if value in ERROR_TYPES or value.endswith("_error"):
                field_name = "error_type"
            elif value in _OUTCOME_TYPES:
                field_name = "outcome_type"
            elif "." in value:
                field_name = "event_type"
            else:
                continue
        if field_name in _FREE_TEXT and match.group("value")[0] not in "\"'":
            value = _rest_of_value(text, match.start("value"))
        if field_name in _CODE_FIELDS and _CODE_VALUE.match(value.lower()):
            value = value.lower()
        elif field_name in ("network_decline_code", "network_advice_code"):
            value = value.upper()
        if _valid(field_name, value):
            found.setdefault(field_name, value)
    report = FailureReport(shape="error")
    _fill(report, found)
    sdk = _SDK_REQUEST.search(text)
    if sdk:
        report.ids.request = sdk.group("request")
        report.message = report.message or sdk.group("message").strip()
    fill_ids(report, text)
    if not _meaningful(report):
        return None
    if report.outcome is not None or "failure_code" in text:
        report.shape = "charge"
    elif "last_payment_error" in text:
        report.shape = "payment_intent"
    elif "last_setup_error" in text:
        report.shape = "setup_intent"
    return report


def fill_ids(report: FailureReport, text: str) -> None:
    """The first id of each kind written anywhere in the text."""
    for match in _IDS.finditer(text):
        name = fields.ID_FIELDS[match.group("prefix")]
        if getattr(report.ids, name) is None:
            setattr(report.ids, name, match.group())


_FREE_TEXT = {"message", "seller_message"}
_CODE_FIELDS = {
    "code",
    "decline_code",
    "advice_code",
    "reason",
    "error_type",
    "outcome_type",
    "network_status",
    "risk_level",
}


def _valid(field_name: str, value: str) -> bool:
    if field_name in _CODE_FIELDS:
        return bool(_CODE_VALUE.match(value))
    if field_name in ("network_decline_code", "network_advice_code"):
        return bool(_NETWORK_CODE.match(value))
    return True


def _rest_of_value(text: str, start: int) -> str:
    """An unquoted message in an NSError dump runs to the next `, key=` or the closing brace."""
    end = len(text)
    stop = re.compile(r",\s*[\w.:]+\s*=|[}\n]")
    match = stop.search(text, start)
    if match:
        end = match.start()
    return text[start:end].strip()


def _fill(report: FailureReport, found: dict[str, str]) -> None:
    for name in ("code", "decline_code", "advice_code"):
        value = found.get(name)
        if value and _CODE_VALUE.match(value):
            setattr(report, name, value)
    for name in ("network_decline_code", "network_advice_code"):
        value = found.get(name)
        if value and _NETWORK_CODE.match(value):
            setattr(report, name, value)
    for name in (
        "message",
        "param",
        "doc_url",
        "request_log_url",
        "error_type",
        "event_type",
        "card_brand",
        "card_funding",
    ):
        if found.get(name):
            setattr(report, name, found[name])
    if found.get("card_last4", "").isdigit() and len(found["card_last4"]) == 4:
        report.card_last4 = found["card_last4"]
    if re.fullmatch(r"[A-Za-z]{2}", found.get("card_country", "")):
        report.card_country = found["card_country"].upper()
    if re.fullmatch(r"[A-Za-z]{3}", found.get("currency", "")):
        report.currency = found["currency"].lower()
    for name in ("amount", "created"):
        setattr(report, name, fields.integer(found.get(name)))
    if found.get("livemode", "").lower() in ("true", "false"):
        report.livemode = found["livemode"].lower() == "true"
    outcome = Outcome(
        type=found.get("outcome_type"),
        network_status=found.get("network_status"),
        reason=found.get("reason") if _CODE_VALUE.match(found.get("reason", "")) else None,
        risk_level=found.get("risk_level"),
        seller_message=found.get("seller_message"),
    )
    if outcome.type or outcome.network_status:
        report.outcome = outcome
        if outcome.type == "issuer_declined" and not report.decline_code:
            report.decline_code = outcome.reason


def _meaningful(report: FailureReport) -> bool:
    """Enough to explain something: a code, an outcome, an error type or an SDK error message."""
    return bool(
        report.code
        or report.decline_code
        or report.outcome
        or report.error_type
        or report.advice_code
        or report.network_decline_code
        or (report.message and report.ids.request)
    )
