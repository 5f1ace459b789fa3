"""From whatever an agent pasted to a list of FailureReports, most relevant first."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from app.reading.extract import find_failures
from app.reading.forms import (
    TooDeep,
    parse_embedded,
    parse_fragment,
    parse_tidied,
    parse_whole,
    segments,
)
from app.reading.inference import apply_sdk_type, infer, message_report
from app.reading.report import FailureReport, ParsePath, PasteReading, UnreadablePaste

# typing is read by type checkers only; importing it costs the command line about 2 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MAX_CHARS = 5_000_000
MAX_FAILURES = 50
MAX_CODES = 50

CUT_OFF = (
    "The paste looks cut off: only the part that could be read is explained; "
    "copy the whole payload if you can."
)
NOTHING_FAILED = "Nothing in this paste failed: it shows only successful or pending payments."
SCANNED = (
    "The paste is not complete JSON, so the known Stripe fields were picked out of the "
    "text; check the details below against the Dashboard."
)

FROM_TEXT = (
    "The paste holds Stripe's error text but no fields, so the error was recognised from "
    "its wording; check the details below against the Dashboard."
)

# Patterns as text, compiled on first use (re.match(PATTERN, ...) then finds them in re's cache):
# a JSON paste needs none of them, and compiling them at import cost every command. (?i): any case.
_HTML = r"(?i)^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml)"
_TAG = r"(?i)<(?:div|span|p|a|script|meta|link|table|td|tr|li|ul|br|img|form|input)\b"
_CODE_TOKEN = r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$"
_SEPARATORS = r"[\s,;|/`\"']+"


def decode_paste(data: bytes) -> str:
    """Text from a file's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    # The "utf-8" codec with the byte-order mark cut by hand: "utf-8-sig" is a codec module that
    # every command would import (about 0.3 ms), where "utf-8" is built in.
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return (data[3:] if bom else data).decode("utf-8")
    except UnicodeDecodeError:
        if b"\x00" in data[:4096]:
            raise UnreadablePaste(
                "binary",
                "The file is binary data, not text: paste the payment's JSON or a log line.",
            ) from None
        return data.decode("cp1252", errors="replace")


def read_paste(text: str, known_codes: Mapping[str, Collection[str]] | None = None) -> PasteReading:
    """Reads a paste; raises UnreadablePaste with one sentence when nothing in it can be used.

    `known_codes` maps every code name in the catalogue to its kinds: it tells a bare code from
    a word, and an error code from a decline code.
    """
    _refuse_unusable(text)
    try:
        reading = _read(text, known_codes or {})
    except TooDeep:
        raise UnreadablePaste(
            "too_deep",
            "The paste is nested more than 200 levels deep, which no Stripe object is; "
            "copy just the failed payment or error.",
        ) from None
    except RecursionError:
        raise UnreadablePaste(
            "too_deep", "The paste is nested too deeply to read; copy just the failed payment."
        ) from None
    return reading


def _refuse_unusable(text: str) -> None:
    if len(text) > MAX_CHARS:
        megabytes = len(text) / 1_000_000
        raise UnreadablePaste(
            "too_large",
            f"The paste is {megabytes:.1f} MB; Decline Desk reads up to 5 MB, so copy just the "
            "failed payment or error.",
        )
    if not text.strip():
        raise UnreadablePaste(
            "empty", "The paste is empty: copy the failed payment's JSON from Stripe and paste it."
        )
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    if "\x00" in sample or controls > len(sample) * 0.05:
        raise UnreadablePaste(
            "binary", "The paste is binary data, not text: paste the payment's JSON or a log line."
        )
    head = text.lstrip()[:1]
    if head not in "{[" and (re.match(_HTML, text) or len(re.findall(_TAG, sample)) >= 5):
        raise UnreadablePaste(
            "html",
            "The paste is a web page (HTML), not a Stripe payload: in the Dashboard, open the "
            "payment's event or log and copy its JSON.",
        )


def _read(text: str, known_codes: Mapping[str, Collection[str]]) -> PasteReading:
    objects: list[Any] = []
    path: ParsePath = "json"
    warnings: list[str] = []
    whole = parse_whole(text)
    if whole is not None and isinstance(whole[0], dict | list):
        objects, path = [whole[0]], whole[1]
    elif (fragment := parse_fragment(text)) is not None:
        objects, path = [fragment[0]], fragment[1]
    elif (tidied := parse_tidied(text)) is not None:
        objects, path = [tidied[0]], tidied[1]
    elif (embedded := parse_embedded(text)) is not None:
        objects, path = embedded.objects, embedded.path
        if embedded.cut_off:
            warnings.append(CUT_OFF)
    if objects:
        found = find_failures(objects)
        if found.failures:
            return _finish(found.failures, path, warnings, known_codes)
        if found.stripe_objects:
            return PasteReading([], path, [*warnings, NOTHING_FAILED])
    codes = _bare_codes(text, known_codes)
    if codes:
        return _finish(
            [_code_report(code, known_codes) for code in codes], "codes", warnings, known_codes
        )
    from app.reading import plaintext  # the last resorts, loaded only when they are needed
    from app.reading.scanner import fill_ids, scan

    report = scan(text)
    sdk_type = plaintext.sdk_error_type(text)
    if report is not None:
        apply_sdk_type(report, sdk_type)
        if report.message is None and sdk_type is not None:
            report.message = plaintext.exception_message(text)
        if CUT_OFF not in warnings and any(not closed for _, _, closed in segments(text)):
            warnings.append(CUT_OFF)
        return _finish([report], "scanner", [*warnings, SCANNED], known_codes)
    report = message_report(text, known_codes)
    if report is None and sdk_type is not None:
        report = FailureReport(shape="error", message=plaintext.exception_message(text))
    if report is not None:
        apply_sdk_type(report, sdk_type)
        fill_ids(report, text)
        return _finish([report], "text", [*warnings, FROM_TEXT], known_codes)
    cli_lines = plaintext.read_cli_lines(text)
    if cli_lines:
        return _finish(cli_lines, "text", warnings, known_codes)
    if objects:
        raise UnreadablePaste(
            "no_stripe_fields",
            "The paste is data but has no Stripe fields (no error, code, outcome or payment "
            "object); copy the failed payment, the error or the webhook event from Stripe.",
        )
    raise UnreadablePaste(
        "prose",
        "The paste is text without a Stripe payload or code: paste the payment's JSON, a log "
        "line with the error, or a code such as do_not_honor.",
    )


def _bare_codes(text: str, known_codes: Mapping[str, Collection[str]]) -> list[str]:
    """The codes of a paste that is nothing but codes (`do_not_honor`, `51, expired_card`)."""
    tokens = [t for t in re.split(_SEPARATORS, text.strip()) if t]
    if not tokens or len(tokens) > MAX_CODES:
        return []
    codes = []
    for token in tokens:
        name = next((n for n in (token, token.upper(), token.lower()) if n in known_codes), token)
        if name not in known_codes:
            if not (re.match(_CODE_TOKEN, token) and "_" in token):
                return []
            name = token
        codes.append(name)
    return list(dict.fromkeys(codes))


def _code_report(code: str, known_codes: Mapping[str, Collection[str]]) -> FailureReport:
    """A bare code fills each field its catalogue kinds name; an unknown code is a `code`."""
    kinds = known_codes.get(code, ())
    report = FailureReport(shape="code")
    if "error_code" in kinds or not kinds:
        report.code = code
    if "decline_code" in kinds:
        report.decline_code = code
    if "network_decline_code" in kinds and not (report.code or report.decline_code):
        report.network_decline_code = code
    if not (report.code or report.decline_code or report.network_decline_code):
        report.code = code
    return report


def _relevance(indexed: tuple[int, FailureReport]) -> tuple[int, int, int]:
    index, report = indexed
    payment = report.shape != "code" and bool(
        report.decline_code
        or report.error_type == "card_error"
        or (report.outcome and report.outcome.type not in (None, "authorized"))
    )
    return (0 if payment or report.shape == "code" else 1, -(report.created or 0), index)


def _merge(first: FailureReport, other: FailureReport) -> None:
    for name in FailureReport.__slots__:  # type: ignore[attr-defined]
        if name in ("ids", "outcome"):
            continue
        if getattr(first, name) is None:
            setattr(first, name, getattr(other, name))
    if first.outcome is None:
        first.outcome = other.outcome
    for name, value in other.ids.as_dict().items():
        if getattr(first.ids, name) is None:
            setattr(first.ids, name, value)


def _finish(
    failures: list[FailureReport],
    path: ParsePath,
    warnings: list[str],
    known_codes: Mapping[str, Collection[str]],
) -> PasteReading:
    merged: dict[tuple[str | None, ...], FailureReport] = {}
    for report in failures:
        if report.key in merged and report.shape != "code":
            _merge(merged[report.key], report)
        else:
            merged.setdefault(report.key, report)
    for report in merged.values():
        infer(report, known_codes)
    unique = [r for _, r in sorted(enumerate(merged.values()), key=_relevance)]
    if len(unique) > MAX_FAILURES:
        # A sensitive failure is never dropped: they all stay, listed first.
        sensitive: Collection[tuple[str, str]] = getattr(known_codes, "sensitive", frozenset())
        kept = [r for r in unique if _is_sensitive(r, sensitive)]
        kept += [r for r in unique if not _is_sensitive(r, sensitive)][
            : max(0, MAX_FAILURES - len(kept))
        ]
        warnings.append(
            f"The paste holds {len(unique)} failures; the {len(kept)} most "
            "relevant are shown, every sensitive one first."
        )
        unique = kept
    return PasteReading(unique, path, warnings)


def _is_sensitive(report: FailureReport, sensitive: Collection[tuple[str, str]]) -> bool:
    """Whether any of the report's codes is a sensitive catalogue entry (before explaining it)."""
    outcome = report.outcome
    pairs = [
        ("decline_code", report.decline_code),
        ("error_code", report.code),
        ("network_decline_code", report.network_decline_code),
    ]
    if outcome is not None:
        pairs += [
            ("outcome_type", outcome.type),
            ("decline_code", outcome.reason),
            ("outcome_reason", outcome.reason),
            ("risk_level", outcome.risk_level),
            ("network_status", outcome.network_status),
        ]
    return (outcome is not None and outcome.type == "blocked") or any(
        pair in sensitive for pair in pairs
    )
