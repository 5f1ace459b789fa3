"""Failures written as plain text rather than data: the exception lines of every official Stripe
SDK (`stripe.error.CardError: ...`, `Stripe::CardError`, `Stripe\\Exception\\CardException`,
`com.stripe.exception.CardException`, `Stripe.StripeException`, `StripeCardError`, Go's
`&stripe.Error{...}`), error-tracker titles built from them, and `stripe listen` and
`stripe logs tail` lines."""

from __future__ import annotations

import re

from app.reading.extract import FAILURE_EVENTS
from app.reading.fields import CLASS_TYPES, ID_FIELDS
from app.reading.report import FailureReport

_CLASS = re.compile(
    r"(?:(?:\b(?:stripe(?:\._?error|\.exception)?\.|Stripe(?:::|\\Exception\\|\.)|"
    r"com\.stripe\.exception\.)|\b(?=Stripe[A-Z]))"
    r"(?P<name>Stripe)?(?P<kind>[A-Z][A-Za-z]*?)(?:Error|Exception)\b"
    # Error trackers (Sentry, Bugsnag) often title an event with the bare class name; only the
    # names no other library uses are taken bare.
    r"|\b(?P<bare>Card|RateLimit|InvalidRequest|Idempotency)(?:Error|Exception)\b"
    # stripe-php before version 7: `Stripe\Error\Card`, `Stripe\Error\InvalidRequest`.
    r"|Stripe\\+Error\\+(?P<old_php>[A-Z][A-Za-z]*)\b)"
    # Only a raised or printed exception counts (`CardError: ...`, `CardError(`, print_r's
    # `Object`, var_dump's `)#12`, Go's `{`, a dump's `'StripeCardError',`), never code that
    # merely names the class (`except stripe.error.CardError as e:`).
    # A sentence that says it was raised counts too ("a `Stripe::CardError` is raised").
    r"""(?=:(?:\s|$)|\s*\(|\s+Object\b|\)#\d|\{|['"]\s*[,}\n]|['"]\s+with\s+message"""
    r"""|`?\s+(?:is|was|gets|got|being)\s+(?:raised|thrown)"""
    # Error pages title the exception: Rails' `Stripe::CardError in OrdersController#create`,
    # better_errors' `Stripe::InvalidRequestError at /checkout`, a log's `... - message`.
    r"|\s+in\s+[A-Z]\w*#|\s+at\s+/|\s+[-\u2013\u2014]\s)",
    re.MULTILINE,
)


def sdk_error_type(text: str) -> str | None:
    """The error type named by the first Stripe SDK exception class in the text, if any."""
    for match in _CLASS.finditer(text[:20_000]):
        name = match.group("kind") or match.group("bare") or match.group("old_php")
        found = CLASS_TYPES.get(name.lower())
        if found:
            return found
    return None


_EVENT_SHAPES = (
    ("charge.", "charge"),
    ("payment_intent.", "payment_intent"),
    ("invoice", "invoice"),
    ("checkout.session.", "checkout_session"),
    ("setup_intent.", "setup_intent"),
)
# `stripe listen`: `2026-01-15 10:23:45   --> invoice.payment_failed [evt_1Q...]`
_LISTEN = re.compile(r"-->\s+(?P<type>[a-z_]+(?:\.[a-z_]+)+)\s+\[(?P<event>evt_[A-Za-z0-9]+)\]")
# `stripe logs tail`: `2026-01-15 10:23:45 [402] POST /v1/payment_intents/pi_.../confirm [req_...]`
_LOG = re.compile(
    r"\[(?P<status>[45]\d\d)\]\s+(?:GET|POST|DELETE)\s+(?P<path>/v1/\S*)\s+"
    r"\[(?P<request>req_[A-Za-z0-9]+)\]"
)
_PATH_IDS = re.compile(r"\b(?P<prefix>ch|py|pi|seti|in|cus)_[A-Za-z0-9]+")
MAX_LINES = 500


def raises_sdk_exception(text: str) -> bool:
    """Whether the text shows a Stripe SDK exception raised or printed, of any class: a
    client-side one (`Stripe\\Exception\\InvalidArgumentException`, .NET's bare
    `StripeException`) is a Stripe failure too, with no error type to tell."""
    return _CLASS.search(text[:20_000]) is not None


def _event_failure(kind: str) -> FailureReport | None:
    """The failure a failure event's name records (its object's shape), or None for others."""
    if kind not in FAILURE_EVENTS:
        return None
    shape = next(s for prefix, s in (*_EVENT_SHAPES, ("", "error")) if kind.startswith(prefix))
    report = FailureReport(shape=shape)  # type: ignore[arg-type]
    report.event_type = kind
    return report


def read_cli_lines(text: str) -> list[FailureReport]:
    """A failure for each failed-payment event of `stripe listen` and each failed request of
    `stripe logs tail`, or else each failure event a list names (the Dashboard's events list:
    `payment_intent.payment_failed`, then its evt_ id): they name the failure, never its
    reason."""
    reports: list[FailureReport] = []
    for match in _LISTEN.finditer(text):
        report = _event_failure(match.group("type"))
        if report is None:
            continue
        report.ids.event = match.group("event")
        reports.append(report)
        if len(reports) >= MAX_LINES:
            return reports
    for match in _LOG.finditer(text):
        report = FailureReport(shape="error")
        report.ids.request = match.group("request")
        for found in _PATH_IDS.finditer(match.group("path")):
            name = ID_FIELDS[found.group("prefix")]
            if getattr(report.ids, name) is None:
                setattr(report.ids, name, found.group())
        reports.append(report)
        if len(reports) >= MAX_LINES:
            break
    return reports or _named_events(text)


_EVENT_NAME = r"(?<![\w.])(?P<type>[a-z_]+(?:\.[a-z_]+)+)(?![\w.])"


def _named_events(text: str) -> list[FailureReport]:
    """A failure for each failure event named in the text, with the ids written after it."""
    reports: list[FailureReport] = []
    from app.reading.scanner import fill_ids

    for match in re.finditer(_EVENT_NAME, text[:200_000]):
        report = _event_failure(match.group("type"))
        if report is None:
            continue
        fill_ids(report, text[match.end() : match.end() + 300])
        reports.append(report)
        if len(reports) >= MAX_LINES:
            break
    return reports


# The message an SDK exception line carries after its class name (and a `Request req_...:`).
_EXCEPTION_LINE = re.compile(
    r"(?:Error|Exception)\b[\w.]*(?:\s*\([^)\n]*\))?(?::|\s+[-\u2013\u2014])\s+"
    r"(?:Request req_[A-Za-z0-9]+:\s*)?"
    r"(?P<message>[^\n;]+)"
)


def exception_message(text: str) -> str | None:
    """`stripe.error.CardError: Request req_1: Your card was declined.` -> the last part."""
    if _CLASS.search(text[:20_000]) is None:
        return None
    match = _EXCEPTION_LINE.search(text[:20_000])
    return match.group("message").strip() if match else None
