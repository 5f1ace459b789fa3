"""The one enrichment step after the readers: duplicates merged, implied fields inferred, the
words' evidence added, sensitive failures first, the cap applied. What enters: the reports a
reader found and the text it read them from; what leaves: a PasteReading."""

from __future__ import annotations

import re

from app.reading import missing_reason
from app.reading.inference import card_declined_from_words, fill_from_message, infer
from app.reading.nothing_failed import NOTHING_FAILED_TEXT, failed, succeeded
from app.reading.report import CodeKinds, FailureReport, ParsePath, PasteReading
from app.reading.sensitivity import signals
from app.reading.sweep import evidence, fill_from_words

MAX_FAILURES = 50


def _relevance(indexed: tuple[int, FailureReport]) -> tuple[int, int, int]:
    index, report = indexed
    payment = report.shape != "code" and bool(
        report.decline_code
        or report.error_type == "card_error"
        or (report.outcome and report.outcome.type not in (None, "authorized"))
    )
    return (0 if payment or report.shape == "code" else 1, -(report.created or 0), index)


def merge(first: FailureReport, other: FailureReport) -> None:
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


def finish(
    failures: list[FailureReport],
    path: ParsePath,
    warnings: list[str],
    known: CodeKinds,
    text: str,
    fill: bool = False,
    told_failed: bool = False,
) -> PasteReading:
    """One enrichment step over what the readers found: duplicates merged, implied fields
    inferred, the words' evidence added, sensitive failures first, the cap applied; `fill`
    reads the words around a failure found in part of the text."""
    merged: dict[tuple[str | None, ...], FailureReport] = {}
    for report in failures:
        if report.key in merged and report.shape != "code":
            merge(merged[report.key], report)
        else:
            merged.setdefault(report.key, report)
    reports = list(merged.values())
    if (fill or path in ("scanner", "text")) and len(reports) == 1:
        _drop_words_as_codes(reports[0], known)
        _sensitive_network_code_first(reports[0], text, known)
        # Read from labels or sentences: what the rest of the words say fills the gaps.
        fill_from_message(reports[0], text, known)
        fill_from_words(reports[0], text, known)
        _fill_from_test_card(reports[0], text, known, warnings)
        if not told_failed and not failed(reports[0]) and succeeded(reports[0], text):
            return PasteReading([], path, [NOTHING_FAILED_TEXT])
    for report in reports:
        _read_damaged_code(report, text, known)
        infer(report, known)
        _advice_is_no_code(report, text, known, words=fill or path in ("scanner", "text"))
        if (where := missing_reason.warning(report)) is not None and where not in warnings:
            warnings.append(where)
    if (fill or path in ("scanner", "text")) and len(reports) == 1:
        # After inference: a sensitive code a note only mentions stays evidence (added below),
        # the code it tells is the reason.
        _prefer_told(reports[0], text, known)
    if fill or path in ("scanner", "text"):
        for report in reports:
            card_declined_from_words(report, known)
    _add_evidence(reports, text, known, warnings)

    def order(indexed: tuple[int, FailureReport]) -> tuple[bool, tuple[int, int, int]]:
        return not _is_sensitive(indexed[1], known), _relevance(indexed)

    unique = [r for _, r in sorted(enumerate(reports), key=order)]
    if len(unique) > MAX_FAILURES:
        # A sensitive failure is never dropped: they all stay, listed first.
        kept = [r for r in unique if _is_sensitive(r, known)]
        kept += [r for r in unique if not _is_sensitive(r, known)][
            : max(0, MAX_FAILURES - len(kept))
        ]
        warnings.append(
            f"The paste holds {len(unique)} failures; the {len(kept)} most "
            "relevant are shown, every sensitive one first."
        )
        unique = kept
    return PasteReading(unique, path, warnings)


_CODE_NAMES = ("code", "decline_code", "advice_code")


def _advice_is_no_code(report: FailureReport, text: str, known: CodeKinds, words: bool) -> None:
    """`code` is Stripe's error code: an advice code never fills it (a helpdesk template's
    "Code: try_again_later"), it fills `advice_code`. Read from words, a code every place of
    which an advice label names ("advice_code: try_again_later") is no decline code either."""
    code = report.code
    if code and "advice_code" in known.get(code, ()) and "error_code" not in known[code]:
        report.code = None
        report.advice_code = report.advice_code or code
        if report.decline_code == code and "decline_code" not in report.inferred:
            report.decline_code, report.advice_code = None, code
        if "code" in report.inferred:
            report.inferred.remove("code")
    advice = report.advice_code
    if words and advice and report.decline_code == advice and _labelled_advice(text, advice, known):
        report.decline_code = None


def _labelled_advice(text: str, code: str, known: CodeKinds) -> bool:
    """Whether every place the code stands in the text's first screens follows an advice label."""
    from app.reading.labels import labels_before

    lowered = text[:100_000].lower()
    places = [
        m.start() for m in re.finditer(rf"(?<![a-z0-9_]){re.escape(code)}(?![a-z0-9_])", lowered)
    ]
    return bool(places) and all(
        "advice_code" in labels_before(text, at, known.names) for at in places
    )


def _drop_words_as_codes(report: FailureReport, known: CodeKinds) -> None:
    """A label's value in words ("Ablehnungsgrund: Gestohlene Karte") is no code: a value with
    no underscore that the catalogue does not know is cleared, and the words' reason (read next,
    through told_reasons) fills the field, or nothing does; never a code made of a word."""
    for name in _CODE_NAMES:
        value = getattr(report, name)
        if value and "_" not in value and value not in known:
            setattr(report, name, None)
            if name in report.inferred:
                report.inferred.remove(name)


def _sensitive_network_code_first(report: FailureReport, text: str, known: CodeKinds) -> None:
    """Of two network decline codes a note's labels give ("05", then "59"), the sensitive one is
    the failure answered first (docs/labels.md), whichever stands first."""
    from app.reading.labels import network_code_after_label
    from app.reading.sweep import tells_a_decline

    if ("network_decline_code", report.network_decline_code) in known.sensitive:
        return
    code = network_code_after_label(text, known, lambda said: tells_a_decline(said, known))
    if ("network_decline_code", code) in known.sensitive:
        report.network_decline_code = code


def _prefer_told(report: FailureReport, text: str, known: CodeKinds) -> None:
    """Of several decline codes the words write, the one they tell as the payment's."""
    from app.reading.said_codes import prefer_told
    from app.reading.sweep import read_words

    prefer_told(report, list(read_words(text, known).written), text, known)


def _fill_from_test_card(
    report: FailureReport, text: str, known: CodeKinds, warnings: list[str]
) -> None:
    """A Stripe test card the words name (4000 0000 0000 9987) says how the payment failed."""
    from app.reading import test_cards

    cards = test_cards.named(text, known)
    if not cards:
        return
    # Of several cards (a list copied from Stripe's testing page), a sensitive one first.
    written, card = next((c for c in cards if test_cards.sensitive_reasons(c[1], known)), cards[0])
    test_cards.fill(report, card)
    warnings.append(test_cards.warning(written, card))


def _read_damaged_code(report: FailureReport, text: str, known: CodeKinds) -> None:
    """A decline with no reason the catalogue knows, where the words write one sensitive
    decline code misspelled or damaged (`decIine code: st0len_card`, `fraud ulent`): that code
    is its reason, as the agent would read it, not the damaged word (read as an unknown code,
    or as its first piece)."""
    damaged = [
        value
        for value, kind in ((report.code, "error_code"), (report.decline_code, "decline_code"))
        if value is not None and kind not in known.get(value, ())
    ]
    if "decline_code" in known.get(report.decline_code or "", ()):
        return  # a reason the catalogue knows
    if report.code not in (None, "card_declined", *damaged):
        return  # another error than a decline
    from app.reading.misspelled import misspelled

    meant: list[str] = []
    for value in damaged:
        meant = meant or misspelled(value, known.sensitive_codes)
    meant = [c for c in meant or misspelled(text, known.sensitive_codes) if c in known]
    # One decline code, or one with codes written inside it (`lost_or_ stolen_card`).
    meant = [c for c in meant if not any(c != other and c in other for other in meant)]
    if len(meant) == 1 and "decline_code" in known.get(meant[0], ()):
        report.decline_code = meant[0]
        if report.code in damaged:
            report.code = None


def _is_sensitive(report: FailureReport, known: CodeKinds) -> bool:
    return bool(signals(report, known.sensitive, known.sensitive_codes))


def _add_evidence(
    reports: list[FailureReport], text: str, known: CodeKinds, warnings: list[str]
) -> None:
    """A sensitive code or a block the words name that no failure's fields carry makes every
    failure that is not confidential yet confidential, and the agent is told which words."""
    words = evidence(text, known)
    if not words:
        return
    carried = {code for r in reports for code in signals(r, known.sensitive, known.sensitive_codes)}
    new = [code for code in words if code not in carried]
    if not new:
        return
    for report in reports:
        if not _is_sensitive(report, known):
            report.evidence.extend(new)
    named = ", ".join("a block by Stripe or Radar" if c == "blocked" else c for c in new)
    warnings.append(f"The paste's words name {named}: the payment is treated as confidential.")
