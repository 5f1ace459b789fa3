"""The floor under every reader: the codes the catalogue knows, found in the paste's words.

After the readers have done what they can, the whole unwrapped text is swept for every code
written in any style (`stolen_card`, `STOLEN_CARD`, `stolenCard`, `stolen-card`, "stolen
card") and for words that say Stripe or Radar blocked the payment. What it finds is a failure
of its own when nothing else could be read (a note, a question, a chat message naming a code),
and, whatever the readers found, the evidence that makes a paste confidential.
"""

from __future__ import annotations

import re

from app.reading.report import CodeKinds, FailureReport, Outcome

MAX_CHARS = 2_000_000  # the sweep reads this much of a paste; the readers are bounded alike
MAX_CODES = 50
# The kinds a word in a sentence can name; outcome types and risk levels are ordinary words
# ("blocked", "highest") and count only under their field's name (the scanner reads those).
_WORD_KINDS = ("decline_code", "error_code", "outcome_reason", "network_status", "advice_code")
# A code written as one word counts only when it is this long and a decline code: `fraudulent`
# yes, `missing` (an error code) or `rule` no.
_MIN_SINGLE_WORD = 8

_TOKEN = r"[A-Za-z][A-Za-z0-9]*(?:[_\-][A-Za-z0-9]+)*"
_CAMEL = r"(?<=[a-z0-9])(?=[A-Z])"
_WORD = r"[A-Za-z]+"
_NEGATION = r"(?i)\b(?:not|n't|never|no|without)\b"
# "network decline code 43", "raw network code: 05", "issuer response code is 51".
_NETWORK_CODE = (
    r"(?i)\b(?:network|issuer|raw|acquirer)[ _-]?(?:decline[ _-]?|response[ _-]?|reason[ _-]?)?"
    r"code\b[^\S\n]*(?:is|was|of|=|:|\u2192|->)?[^\S\n]*[`'\"(\[]?(?P<code>[0-9A-Z]{2,3})\b"
)
# Words that say the payment was blocked by Stripe, Radar, a rule or a risk check.
_BLOCK = (
    r"(?i)\b(?:radar|stripe)\b[^.\n]{0,40}?\bblock(?:ed|s|ing)?\b"
    r"|\bblock(?:ed)?\b[^.\n]{0,30}?\b(?:by|with|via|from)\s+(?:(?:a|an|the|our|your|one\s+of"
    r"\s+(?:our|your|the))\s+)?(?:radar|stripe|rules?|risk|fraud)"
    r"|\bblocked\b[^.\n]{0,20}?\b(?:as|for\s+being)\s+(?:too\s+|high\s+|highest\s+)?risk"
    r"|\bblock\s+if\b"
)


def _joined(words: list[re.Match[str]], start: int, count: int, text: str) -> str | None:
    """Words start..start+count joined by `_` when only one space or `-` separates them."""
    parts = [words[start].group()]
    for index in range(start + 1, start + count):
        gap = text[words[index - 1].end() : words[index].start()]
        if gap not in (" ", "-", "_"):
            return None
        parts.append(words[index].group())
    return "_".join(parts).lower()


def _word_kind(code: str, known: CodeKinds) -> bool:
    kinds = known.get(code, ())
    if not any(kind in _WORD_KINDS for kind in kinds):
        return False
    return "_" in code or ("decline_code" in kinds and len(code) >= _MIN_SINGLE_WORD)


def codes_in(text: str, known: CodeKinds, *, as_words: bool = True) -> list[str]:
    """The catalogue codes the text names, in order, each once: codes written as codes first,
    then (with `as_words`) those written as words ("do not honor")."""
    text = text[:MAX_CHARS]
    found: dict[str, None] = {}
    previous: re.Match[str] | None = None
    for match in re.finditer(_TOKEN, text):
        token = match.group()
        gap = text[previous.end() : match.start()] if previous is not None else ""
        if previous is not None and gap in ("\n", "_\n", "-\n"):
            # a code a terminal or mail wrapped mid-word
            token = previous.group() + gap.rstrip("\n") + token
            if not _word_kind(token.lower(), known):
                token = match.group()
        previous = match
        if len(token) < 4:
            continue
        for form in (token.lower().replace("-", "_"), re.sub(_CAMEL, "_", token).lower()):
            if _word_kind(form, known):
                found.setdefault(form)
                break
        if len(found) >= MAX_CODES:
            return list(found)
    if not as_words:
        return list(found)
    words = list(re.finditer(_WORD, text))
    for index in range(len(words)):
        for count in (4, 3, 2):
            if index + count > len(words):
                continue
            name = _joined(words, index, count, text)
            if name and _word_kind(name, known):
                found.setdefault(name)
                break
        if len(found) >= MAX_CODES:
            break
    return list(found)


def error_type_in(text: str, known: CodeKinds) -> str | None:
    """The first API error type the words name (`card_error`, `invalid_request_error`)."""
    for match in re.finditer(_TOKEN, text[:MAX_CHARS]):
        token = match.group().lower()
        if "_" in token and "error_type" in known.get(token, ()):
            return token
    return None


def network_code_in(text: str, known: CodeKinds) -> str | None:
    """A card network's decline code the words name after its label ("network code is 43")."""
    for match in re.finditer(_NETWORK_CODE, text[:MAX_CHARS]):
        code = match.group("code").upper()
        if "network_decline_code" in known.get(code, ()):
            return code
    return None


def blocked_in(text: str) -> bool:
    """Whether the words say Stripe, Radar, a rule or a risk check blocked the payment."""
    for match in re.finditer(_BLOCK, text[:MAX_CHARS]):
        if not re.search(_NEGATION, match.group()):
            return True
    return False


def evidence(text: str, known: CodeKinds) -> list[str]:
    """The sensitive codes the text names, and `blocked` when it says a block stopped the
    payment: what makes a paste confidential whatever its fields say."""
    found = [code for code in codes_in(text, known) if code in known.sensitive_codes]
    network = network_code_in(text, known)
    if network in known.sensitive_codes:
        found.append(network)
    if blocked_in(text):
        found.append("blocked")
    return found


def report_from_words(
    text: str, known: CodeKinds, *, as_words: bool = True
) -> FailureReport | None:
    """A failure read from the codes a note, a question or a message names, or None; without
    `as_words`, only from codes written as codes."""
    codes = codes_in(text, known, as_words=as_words)
    network = network_code_in(text, known)
    blocked = blocked_in(text)
    if not (codes or network or blocked):
        return None
    report = FailureReport(shape="code")
    report.network_decline_code = network
    report.error_type = error_type_in(text, known)
    if blocked:
        report.outcome = Outcome(type="blocked")
    if not codes:
        return report
    declines = [c for c in codes if "decline_code" in known.get(c, ())]
    sensitive = [c for c in declines if c in known.sensitive_codes]
    errors = [c for c in codes if "error_code" in known.get(c, ())]
    report.decline_code = next(iter(sensitive or declines), None)
    # An error code that is also a decline code (`expired_card`) names both fields, as Stripe
    # sends them; `card_declined` goes with any decline code.
    report.code = next((c for c in errors if c == "card_declined" or c not in declines), None) or (
        report.decline_code if report.decline_code in errors else None
    )
    if report.code is None and report.decline_code is None:
        first = codes[0]  # an advice code, an outcome reason or a network status alone
        kinds = known.get(first, ())
        if "advice_code" in kinds:
            report.advice_code = first
        else:
            outcome = report.outcome or Outcome()
            if "outcome_reason" in kinds:
                outcome.reason = first
            else:
                outcome.network_status = first
            report.outcome = outcome
    return report


def fill_from_words(report: FailureReport, text: str, known: CodeKinds) -> None:
    """Fields a reader of labels or messages left empty that the words name: a text report's
    decline code in a sentence ("The bank returned the decline code fraudulent."), a block."""
    words = report_from_words(text, known)
    if words is None:
        return
    written = report_from_words(text, known, as_words=False) or FailureReport(shape="code")
    for name in ("decline_code", "code", "error_type", "network_decline_code", "advice_code"):
        mine = getattr(report, name)
        theirs = getattr(words, name) if mine is None else getattr(written, name)
        # A code the words name beats one guessed from a standard message ("Your card was
        # declined." says card_declined; the words may say expired_card), and one a line
        # break cut (`amount_to` + `o_small`).
        cut = isinstance(mine, str) and mine not in known and str(theirs).startswith(mine)
        if theirs is not None and (
            mine is None or cut or (name in report.inferred and mine != theirs)
        ):
            setattr(report, name, theirs)
            if name not in report.inferred:
                report.inferred.append(name)
    if words.outcome is not None and (report.outcome is None or report.outcome.type is None):
        if report.outcome is None:
            report.outcome = words.outcome
        else:
            report.outcome.type = words.outcome.type
        report.inferred.append("outcome")
