"""From whatever an agent pasted to a list of FailureReports, most relevant first."""

from __future__ import annotations

import re

from app import TYPE_CHECKING
from app.reading import unwrap
from app.reading.enrichment import MAX_FAILURES, finish, merge
from app.reading.extract import find_failures
from app.reading.forms import (
    TooDeep,
    parse_embedded,
    parse_fragment,
    parse_tidied,
    parse_whole,
    segments,
)
from app.reading.inference import apply_sdk_type, fill_from_exception, infer, message_report
from app.reading.keys import canonical
from app.reading.nothing_failed import (
    NOTHING_FAILED_SUCCEEDED,
    NOTHING_FAILED_TEXT,
    nothing_failed,
    other_object,
    says_succeeded,
)
from app.reading.report import CodeKinds, FailureReport, ParsePath, PasteReading, UnreadablePaste
from app.reading.sensitivity import signals
from app.reading.sweep import evidence, read_words

if TYPE_CHECKING:
    from typing import Any

MAX_CHARS = 5_000_000
MAX_CODES = 50

CUT_OFF = (
    "The paste looks cut off: only the part that could be read is explained; "
    "copy the whole payload if you can."
)
SCANNED = (
    "The paste is not complete JSON, so the known Stripe fields were picked out of the "
    "text; check the details below against the Dashboard."
)

FROM_WORDS = (
    "The paste holds no Stripe object, so the codes it names were read from its words; "
    "check the details below against the Dashboard."
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
# The control characters no text holds (not a tab, a line end or a form feed): counted one by
# one with str.count, which needs no pattern compiled for every paste.
_CONTROLS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x20)]))


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


def read_paste(text: str, known: CodeKinds | None = None) -> PasteReading:
    """Reads a paste; raises UnreadablePaste with one sentence when nothing in it can be used.

    `known` (Catalog.code_kinds()) maps every code name in the catalogue to its kinds, and holds
    the sensitive codes, Stripe's messages and the field names the readers need.
    """
    _refuse_unusable(text)
    known = known if known is not None else CodeKinds({})
    try:
        reading = _read(text, known)
    except UnreadablePaste as error:
        # A text about codes that names a confidential one still warns (DESIGN.md's invariant).
        error.confidential = tuple(dict.fromkeys(evidence(text, known)))
        raise
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
    if reading.failures and not _whole(text):  # a page's, a post's or docs' sample object
        from app.reading.instances import refuse_sample

        refuse_sample(text, known)
    if not reading.failures or reading.parse_path == "text":
        from app.reading.latest_state import settle  # failed, then went through; confidential

        reading = settle(reading, text, known)
    return reading


def _whole(text: str) -> bool:
    """Whether the paste is an object or a list and nothing around it (no page's words)."""
    first, last = text[:64].lstrip()[:1], text[-64:].rstrip()[-1:]  # not a megabyte's copy
    return first in ("{", "[") and last in ("}", "]")


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
    controls = sum(map(sample.count, _CONTROLS))
    if "\x00" in sample or controls > len(sample) * 0.05:
        raise UnreadablePaste(
            "binary", "The paste is binary data, not text: paste the payment's JSON or a log line."
        )
    if text.lstrip()[:1] not in "{[" and re.match(_HTML, text):
        raise _web_page()


def _web_page() -> UnreadablePaste:
    return UnreadablePaste(
        "html",
        "The paste is a web page (HTML), not a Stripe payload: in the Dashboard, open the "
        "payment's event or log and copy its JSON.",
    )


def _objects(text: str) -> tuple[list[Any], ParsePath, bool, bool] | None:
    """The Stripe objects a text holds as data, how they were parsed, whether it was cut, and
    whether they are only part of the text (objects in a log line, a note or source code)."""
    if "{" not in text and "[" not in text:  # no object or list: a member at most
        fragment = parse_fragment(text)
        return ([fragment[0]], fragment[1], False, False) if fragment is not None else None
    whole = parse_whole(text)
    if whole is not None and isinstance(whole[0], dict | list):
        return [whole[0]], whole[1], False, False
    if (fragment := parse_fragment(text)) is not None:
        return [fragment[0]], fragment[1], False, False
    if (tidied := parse_tidied(text)) is not None:
        return [tidied[0]], tidied[1], False, False
    if (embedded := parse_embedded(text)) is not None:
        return embedded.objects, embedded.path, embedded.cut_off, True
    return None


# Objects inside a text up to this size have the words around them read too (a whole log file
# is read for its objects only: the scanner over megabytes would cost the reading's budget).
AROUND_MAX_CHARS = 100_000


def _read(text: str, known: CodeKinds) -> PasteReading:
    # Each reader in turn, first on the text as pasted, then with the layers of copying undone
    # (escaping, HTML, URL encoding, prefixes, wrapped lines): the first that finds a failure
    # wins, and the sweep (reading.sweep) reads the words when none does.
    pasted = text
    data_seen = False
    cut: PasteReading | None = None  # a reading of a cut-off object, kept if no view does better
    calm: PasteReading | None = None  # Stripe objects in which nothing failed, likewise
    for view in unwrap.views(text):  # the unwrapped view is made only when it is needed
        parsed = _objects(view)
        if parsed is None:
            continue
        objects, path, cut_off, partial = parsed
        data_seen = True
        found = find_failures([canonical(o, known.names) for o in objects])
        warnings = [CUT_OFF] if cut_off else []
        if found.failures:
            if found.first_object is not None and found.first_object[0] == "payout":
                from app.reading.payouts import PAYOUT_FAILED  # the payout's bank account's

                warnings.append(PAYOUT_FAILED)
            from app.reading.other_processor import refuse_theirs

            refuse_theirs(pasted, known, found.failures)  # Razorpay's `error` object
            around = partial and len(found.failures) == 1 and len(view) <= AROUND_MAX_CHARS
            if len(found.failures) == 1:
                fill_from_exception(found.failures[0], view)
            if around:  # the text around the object fills its gaps (`failure_code=...`)
                from app.reading.scanner import scan

                if (scanned := scan(view, known.names)) is not None:
                    merge(found.failures[0], scanned)
            reading = finish(found.failures, path, warnings, known, view, fill=around)
            if not cut_off:
                return reading
            cut = cut or reading
        elif (
            found.stripe_objects
            and calm is None
            and not _failure_message(view, known)
            and not (partial and _names_a_code(view, objects, known))
        ):
            calm = PasteReading([], path, [*warnings, nothing_failed(found.first_object)])
    if cut is not None:
        return cut
    if calm is not None:
        from app.reading.other_processor import refuse_theirs

        refuse_theirs(pasted, known)  # another processor's object (Culqi's `chr_` charge)
        return calm
    text = view
    from app.reading.tables import NOTHING_FAILED_TABLE, TABLE, table_failures

    # As pasted: unwrapping would join a report's rows as if they were one wrapped line.
    if (rows := table_failures(pasted, known)) is not None:
        if rows:
            return finish(rows, "scanner", [TABLE], known, text)
        return PasteReading([], "scanner", [NOTHING_FAILED_TABLE])
    codes = _bare_codes(text, known)
    if codes:
        return finish([_code_report(code, known) for code in codes], "codes", [], known, text)
    from app.reading import plaintext  # the last resorts, loaded only when they are needed
    from app.reading.scanner import fill_ids, scan

    if (other := other_object(text)) is not None and not _says_failed(text, known):
        return PasteReading([], "text", [nothing_failed(other)])
    from app.reading.notices import not_one_payment

    if (about := not_one_payment(pasted, text, known, _read)) is not None:
        return about  # a notice, a page about codes, another processor's paste raise instead

    warnings = []
    report = scan(text, known.names)
    sdk_type = plaintext.sdk_error_type(text)
    if report is not None:
        apply_sdk_type(report, sdk_type)
        if report.message is None and sdk_type is not None:
            report.message = plaintext.exception_message(text)
        if any(not closed for _, _, closed in segments(text)):
            warnings.append(CUT_OFF)
        from app.reading.attempts import with_other_attempts  # a log's later attempts

        read = finish([report], "scanner", [*warnings, SCANNED], known, text)
        return with_other_attempts(read, text, known, list(read_words(text, known).written))
    report = message_report(text, known)
    if report is None and (sdk_type is not None or plaintext.raises_sdk_exception(text)):
        report = FailureReport(shape="error", message=plaintext.exception_message(text))
    if report is not None:
        if report.outcome is not None and report.outcome.type == "authorized":
            return PasteReading([], "text", [NOTHING_FAILED_TEXT])
        apply_sdk_type(report, sdk_type)
        fill_ids(report, text)
        return finish([report], "text", [FROM_TEXT], known, text)
    cli_lines = plaintext.read_cli_lines(text)
    if cli_lines:
        return finish(cli_lines, "text", [], known, text)
    from app.reading import test_cards

    if cards := test_cards.named(text, known):
        card = next((c for _, c in cards if test_cards.sensitive_reasons(c, known)), cards[0][1])
        report = test_cards.report_for(card)
        fill_ids(report, text)
        return finish([report], "text", [], known, text)
    from app.reading.sweep import report_from_words

    report = report_from_words(text, known)
    if report is not None:
        fill_ids(report, text)
        return _also_named(finish([report], "text", [FROM_WORDS], known, text), text, known)
    from app.reading.scanner import named_object

    if (named := named_object(text, known.names)) is not None:
        return PasteReading([], "scanner", [nothing_failed(named)])
    if says_succeeded(text):
        return PasteReading([], "text", [NOTHING_FAILED_SUCCEEDED])
    from app.reading import failure_words as told

    if told.told_failure(text, known):
        report = FailureReport(shape="code")
        fill_ids(report, text)
        return finish([report], "text", [told.TOLD], known, text, told_failed=True)
    if told.told_nothing_failed(text, known):
        return PasteReading([], "text", [told.TOLD_NOTHING_FAILED])
    if told.told_held_for_review(text, known):
        return PasteReading([], "text", [told.TOLD_HELD_FOR_REVIEW])
    if len(re.findall(_TAG, pasted[:65536])) >= 5:
        raise _web_page()  # markup with nothing of Stripe's in its text
    from app.reading.orders import order_reading

    return order_reading(text, known, data_seen)  # a shop's order, or nothing of Stripe's


def _names_a_code(text: str, objects: list[Any], known: CodeKinds) -> bool:
    """Whether the words around an object name a decline code as a code ("declined with
    `insufficient_funds`" above a PaymentIntent that shows nothing failed): the words tell.
    A code the object holds (a dispute's reason `fraudulent`) is the object's, not theirs."""
    if len(text) > AROUND_MAX_CHARS:
        return False

    from app.reading.object_fields import held_strings

    held = set(held_strings(objects))
    return any(
        "decline_code" in known.get(code, ()) and code not in held
        for code in read_words(text, known).written
    )


def _says_failed(text: str, known: CodeKinds) -> bool:
    """Whether words of any shipped language say something failed ("nekades", "abgelehnt")
    beside a refund's or a dispute's id: that text is about a failure too."""
    from app.reading.failure_words import says_failed

    return says_failed(text[:5000], known)


def _failure_message(text: str, known: CodeKinds) -> bool:
    """Whether one of Stripe's standard messages of a failure stands in the text: an SDK's
    error object without Stripe's fields (React Native's `localizedMessage` alone)."""
    from app.reading.messages import match

    found = match(text, known.messages)
    return found is not None and found.outcome_type != "authorized"


def _bare_codes(text: str, known_codes: CodeKinds) -> list[str]:
    """The codes of a paste that is nothing but codes (`do_not_honor`, `51, expired_card`)."""
    # Split no further than one token past the most: a megabyte's tokens are no list of codes.
    tokens = [t for t in re.split(_SEPARATORS, text.strip(), maxsplit=MAX_CODES + 2) if t]
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


def _code_report(code: str, known_codes: CodeKinds) -> FailureReport:
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


def _also_named(reading: PasteReading, text: str, known: CodeKinds) -> PasteReading:
    """A note that names two decline codes as codes ("first expired_card, then incorrect_cvc")
    tells two failures: the second and later are listed after the one explained first."""
    from app.reading.said_codes import said_codes

    if len(reading.failures) != 1:
        return reading
    first = reading.failures[0]
    written = [c for c in read_words(text, known).written if "decline_code" in known.get(c, ())]
    if len(written) > 1 and said_codes(text, written, known) == [first.decline_code]:
        return reading  # one code told as the payment's; the others only mentioned
    named = [code for code in written if code not in (first.decline_code, first.code)]
    for code in named[: MAX_FAILURES - 1]:
        also = _code_report(code, known)
        infer(also, known)
        # The words that make the paste confidential make this failure confidential too.
        if not signals(also, known.sensitive, known.sensitive_codes):
            also.evidence.extend(evidence(text, known))
        reading.failures.append(also)
    return reading
