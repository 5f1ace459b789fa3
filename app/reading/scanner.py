"""The last resort: picks known Stripe fields out of text that no parser reads as a whole
(the declines guide's comma-less objects, SDK exception strings, iOS NSError dumps, cut-off pastes).

Only complete values are taken: a quoted value needs its closing quote, so a cut-off paste can
lose a field but never yields a shortened, different one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from app.reading import fields
from app.reading.keys import FieldName
from app.reading.labels import label_field, object_id
from app.reading.object_fields import ERROR_TYPES
from app.reading.report import FailureReport, Outcome

# A key starts where a word starts and is read once, without backtracking (`*+`): a dotted
# path (`outcome.type`, `e.code`) or an iOS key with its domain (`com.stripe.lib:Key`).
_PAIR = re.compile(
    r"""(?P<key>(?<![\w.])["']?(?:[A-Za-z][\w.]*+:)?[A-Za-z_][\w.]*+["']?)\s*(?:=>|:|=)\s*"""
    r"""(?P<value>"(?:[^"\\\n]|\\.)*+"|'(?:[^'\\\n]|\\.)*+'|[^\s,;{}\[\]()"'<>]++)"""
)
# The field of the report each canonical field (field_names.toml) fills; the others (ids) are
# read by fill_ids wherever they stand.
_FIELDS = {
    "code": "code",
    "decline_code": "decline_code",
    "advice_code": "advice_code",
    "network_decline_code": "network_decline_code",
    "network_advice_code": "network_advice_code",
    "message": "message",
    "param": "param",
    "doc_url": "doc_url",
    "request_log_url": "request_log_url",
    "type": "type",
    "error_type": "error_type",
    "outcome": "outcome_type",
    "outcome_type": "outcome_type",
    "network_status": "network_status",
    "reason": "reason",
    "risk_level": "risk_level",
    "seller_message": "seller_message",
    "status": "status",
    "amount": "amount",
    "currency": "currency",
    "brand": "card_brand",
    "last4": "card_last4",
    "funding": "card_funding",
    "country": "card_country",
    "livemode": "livemode",
    "created": "created",
}
_OUTCOME_TYPES = {"authorized", "manual_review", "issuer_declined", "blocked", "invalid"}
_ID_PREFIXES = ("ch", "py", "pi", "seti", "in", "cus", "req", "evt", "pm")
# Found from its `_` (in C), its whole prefix looked at behind it: 11 ms to 1 on a 1 MB log.
_IDS = re.compile(
    "_(?:"
    + "|".join(rf"(?<=(?<!\w)(?P<{prefix}>{prefix})_)" for prefix in _ID_PREFIXES)
    + r")[A-Za-z0-9]{6,}\b(?!_secret)"
)
# Patterns that start with a word look at its edge after it: re finds a leading word in C.
_SDK_REQUEST = re.compile(
    r"Request(?<!\wRequest) (?P<request>req_[A-Za-z0-9]+)\)?:? (?P<message>[^\n]+)"
)
_CODE_VALUE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_CODE_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:[_\-][A-Za-z0-9]+)*$")
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
# "Decline code: stolen_card", "Risk evaluation — Highest", "Outcome<TAB>Blocked": a label of
# words at the start of a line, then its value.
_LABEL_LINE = re.compile(
    r"^[ \t*\-\u2022]*(?P<key>[^\W\d_][\w .\-]{0,40}?)[ \t]*"
    r"(?:=>|[:=\t\u2014\u2013]|\s-\s| {2,})[ \t]*(?P<value>\S[^\n]*?)[ \t.]*$",
    re.MULTILINE,
)
# Swift prints an optional value as `Optional("card_declined")`.
_OPTIONAL = r"""Optional(?<!\wOptional)\(("[^"\n]*"|'[^'\n]*'|[^()\s,]*)\)"""
# An enum case a typed SDK prints with its type: `StripeAPIErrorType.cardError`, `Type.CARD_ERROR`.
_ENUM_CASE = r"^(?:[A-Z][A-Za-z0-9]*\.)+(?P<case>[A-Za-z][A-Za-z0-9_]*)$"


def _enum_case(value: str) -> str:
    """`StripeCore.StripeAPIErrorType.cardError` -> `card_error`; other values as they are."""
    match = re.match(_ENUM_CASE, value)
    if match is None:
        return value
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", match.group("case")).lower()


# An e-commerce order note's status change (WooCommerce: "Order status changed from Pending
# payment to Failed."): the status it went to, newest note first.
_STATUS_CHANGE = re.compile(
    r"(?i)\b(?P<key>status) changed from [^\n]{1,40}? to "
    r"(?P<value>[A-Za-z][\w -]{1,30}?)\.?[ \t]*$",
    re.MULTILINE,
)
_INNER_PAIR = re.compile(r"\w[=:]")  # a quoted value with pairs of its own
# Python's OrderedDict and tuple lists: `('decline_code', 'stolen_card')`.
_TUPLE_PAIR = re.compile(
    r"""\(\s*(?P<key>["'][A-Za-z_][\w.]*["'])\s*,\s*"""
    r"""(?P<value>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[^\s,()]+)"""
)


def _php_as_pairs(text: str) -> str:
    if "=>" not in text:
        return text
    text = _PHP_VAR_DUMP.sub(lambda m: f"{m.group(1)} => {m.group(2) or ''}", text)
    text = _PHP_PRINT_R.sub(r"\1 => ", text)
    return _PHP_EMPTY.sub("=> null", text)  # an empty value must not swallow the next key


def _pairs(
    text: str,
    names: dict[str, FieldName],
    depth: int = 0,
    keep: dict[str, bool] | None = None,
    wanted: Callable[[str], bool] | None = None,
) -> Iterator[tuple[str, str, int]]:
    """(key, value, where the value starts) for every `key: value`, `key=value`, `key => value`,
    `('key', value)`, label line and label above its value; inside a quoted value too (a log
    line's `msg="error_code=x ..."`). With `wanted`, only the pairs whose key it wants (asked
    once per key, remembered in `keep`): a log's other keys cost no more than their match."""
    # Whole label lines first: in "DECLINE CODE: X", `CODE: X` alone is not the code.
    patterns = [_LABEL_LINE, _PAIR, _TUPLE_PAIR]
    if "changed from" in text.lower():  # looked for first: the pattern itself is slow
        patterns.append(_STATUS_CHANGE)
    if keep is None:
        keep = {}
    for pattern in patterns:
        for match in pattern.finditer(text):
            key, value = match.group("key", "value")
            start = match.start("value")
            if wanted is None:
                yield key, value, start
            else:
                kept = keep.get(key)
                if kept is None:
                    kept = keep[key] = wanted(key)
                if kept:
                    yield key, value, start
            if depth < 2 and value[0] in "\"'" and _INNER_PAIR.search(value):
                for inner_key, inner, at in _pairs(value[1:-1], names, depth + 1, keep, wanted):
                    yield inner_key, inner, start + 1 + at
    for key, value, start in _labels_above(text, names):
        if wanted is None or wanted(key):
            yield key, value, start


def _labels_above(text: str, names: dict[str, FieldName]) -> Iterator[tuple[str, str, int]]:
    """A label alone on its line and its value on the next line with words (a copy of the
    Dashboard's table; a browser's copy puts a line of only a tab between them)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for index, line in enumerate(lines[:-1]):
        label = line.strip()
        if not 0 < len(label) <= 40 or label_field(label, names) is None:
            continue
        below = next(
            (i for i in range(index + 1, min(index + 4, len(lines))) if lines[i].strip()), None
        )
        if below is None:
            continue
        value = lines[below].strip()
        if 0 < len(value) <= 80:
            yield label, value, starts[below] + lines[below].find(value)


def scan(text: str, names: dict[str, FieldName]) -> FailureReport | None:
    """One report from the known fields found anywhere in the text, or None when there are none.
    `names` is the catalogue's field vocabulary (Catalog.code_kinds().names)."""
    found: dict[str, str] = {}
    sdk_failed = False
    text = re.sub(_OPTIONAL, r"\1", _php_as_pairs(text))
    # A log repeats its keys on every line, and most name no field of the report: each key's
    # field is looked up once, and the pairs of the others are not even handed over.
    fields_of: dict[str, tuple[FieldName, str] | None] = {}

    def field_of(key: str) -> tuple[FieldName, str] | None:
        known = fields_of.get(key, False)
        if known is False:
            meaning = label_field(key, names)
            field_name = _FIELDS.get(meaning.field) if meaning is not None else None
            known = fields_of[key] = (
                (meaning, field_name) if meaning is not None and field_name is not None else None
            )
        return known  # type: ignore[return-value]

    read: set[tuple[str, str]] = set()  # a pair a log repeats (`status=200`) adds nothing new
    for key, raw, start in _pairs(text, names, wanted=lambda key: field_of(key) is not None):
        if (known := field_of(key)) is None or (key, raw) in read:
            continue
        read.add((key, raw))
        meaning, field_name = known
        value = _enum_case(_unquote(raw).strip().lstrip(":").strip("`"))
        if value.lower() in meaning.not_stripe:
            # a mobile SDK's own result (`code: FailureCode.Failed`): a failure, reason unknown
            sdk_failed = sdk_failed or value.lower() == "failed"
            continue
        if not value or value.lower() in ("null", "none", "nil", "undefined"):
            continue
        if field_name == "outcome_type":
            value = _outcome_in_words(value)
        if field_name in ("type", "code", "outcome_type", "status"):
            kind = _kind_of_value(field_name, value)
            if kind is None:
                continue
            field_name = kind
        if field_name in _FREE_TEXT and raw[:1] not in "\"'":
            value = _rest_of_value(text, start)
        if field_name in _CODE_FIELDS and object_id(value):
            continue  # "promotion code: 'promo_1Nx...'" names an object, not a code
        if field_name in _CODE_FIELDS:
            value = value.lower().replace("-", "_") if _CODE_WORD.match(value) else value
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
    if not _meaningful(report) and not sdk_failed:
        return None
    if report.outcome is not None or "failure_code" in text:
        report.shape = "charge"
    elif "last_payment_error" in text:
        report.shape = "payment_intent"
    elif "last_setup_error" in text:
        report.shape = "setup_intent"
    return report


def named_object(text: str, names: dict[str, FieldName]) -> tuple[str, dict[str, str]] | None:
    """The Stripe object a struct dump or a table names with an `object` field (Go's
    `Object:payout`, `object = refund`), with its status and id: for a paste where nothing
    failed."""
    found: dict[str, str] = {}
    for key, raw, _ in _pairs(text, names):
        name = key.strip("\"'").lower()
        if name in ("object", "status", "id") and name not in found:
            found[name] = _unquote(raw).strip()
    kind = found.get("object", "")
    if not re.fullmatch(r"[a-z][a-z_.]{2,40}", kind):
        return None
    return kind, found


# The Dashboard writes an outcome in words ("Issuer declined", "Declined by the issuer",
# "Manual review"): the outcome type its words name in either order.
_BY = r"(?i)^(?P<verb>\w+)\s+by\s+(?:the\s+)?(?P<who>\w+)$"


def _outcome_in_words(value: str) -> str:
    words = re.sub(_BY, r"\g<who> \g<verb>", value.strip())
    joined = re.sub(r"[\s\-]+", "_", words.lower())
    return joined if joined in _OUTCOME_TYPES else value


def _kind_of_value(field_name: str, value: str) -> str | None:
    """What a `type`, `code`, `outcome` or `status` holds, told by its value: an error type, an
    outcome type, an event type, or (for `code`) the code itself."""
    lowered = value.lower()
    if field_name != "code" and (lowered in ERROR_TYPES or lowered.endswith("_error")):
        return "error_type"
    if field_name == "code":
        # Elixir's `code: :card_error` is the type; `rate_limit` under a code is the code.
        return "error_type" if lowered in ERROR_TYPES and lowered.endswith("_error") else "code"
    if lowered in _OUTCOME_TYPES or (field_name == "status" and lowered == "blocked"):
        return "outcome_type"  # the Dashboard shows a blocked payment's status as Blocked
    if field_name == "type" and "." in value:
        return "event_type"
    if field_name == "status":
        return "status"
    return None


def fill_ids(report: FailureReport, text: str) -> None:
    """The first id of each kind written anywhere in the text."""
    for match in _IDS.finditer(text):
        name = fields.ID_FIELDS[prefix := match.lastgroup or ""]  # the prefix behind its `_`
        if getattr(report.ids, name) is None:
            setattr(report.ids, name, text[match.start(prefix) : match.end()])


_FREE_TEXT = {"message", "seller_message"}
_CODE_FIELDS = {
    "code",
    "status",
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
        "status",
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
    if outcome.type or outcome.network_status or outcome.reason or outcome.risk_level:
        report.outcome = outcome
        if outcome.type == "issuer_declined" and not report.decline_code:
            report.decline_code = outcome.reason


_FAILED_STATUSES = ("failed", "declined", "canceled", "requires_payment_method")


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
        or (report.status or "") in _FAILED_STATUSES
    )
