"""Texts that map codes to what to do or say, for payments in general (issue 26, reading11): a
source file's table of decline codes and messages (a Ruby hash, a PHP array, a Python dict, a
`switch` on the code), an agent's macro that picks a reply by code ("if decline_code is X send
reply A; if Y send B"), and a post or help page that names several codes or error types and
tells none of them as one payment's. None is a failure. One payment's note that names its code
("macro applied: ch_... failed with insufficient_funds") is: a Stripe id or a payment's details
(an amount, a date) beside the codes keep the text a payment's."""

from __future__ import annotations

import re

from app.reading.object_fields import ERROR_TYPES
from app.reading.report import CodeKinds

HEAD = 20_000  # a table of codes or a macro shows what it is in its first screens
MIN_KEYS = 3  # three codes as a map's keys make a table of codes
MIN_BRANCHES = 2  # two codes each under its own condition make a macro
MIN_NAMED = 3  # three codes or error types named, none told, no payment: a page about them
MIN_PROSE_LETTERS = 80  # a page's sentences around the codes, not a note's shorthand
# A code as a map's key or a branch of a switch: `'x' => '...'`, `"x": "..."`, `x: '...'`,
# `case 'x':`, `when "x"`, `[:x] = ...`, `'x' -> ...`.
_KEY = re.compile(
    r"(?m)^[ \t]*(?:case\s+|when\s+|\[)?[\"'`:]?(?P<code>[a-z][a-z0-9]*(?:_[a-z0-9]+)*)[\"'`]?"
    r"\]?[ \t]*(?:=>|->|:|=|,|\bthen\b)"
)
# A clause that sets a condition, in the twelve languages: "if", "when", "wenn", "falls", "si",
# "quand", "cuando", "se", "quando", "als", "wanneer", "om", "när", "jeśli", "gdy", and
# Japanese, Chinese and Korean's conditions after the code ("の場合", "なら", "的话", "인 경우",
# "이면") or before it ("如果", "若").
_IF_BEFORE = (
    r"(?i)(?:^|[.!?;\n]\s*|[-*\u2022>]\s*)(?:if|when|whenever|wenn|falls|sobald|si|lorsque|quand"
    r"|cuando|se|quando|als|wanneer|om|n[äa]r|je[śs]li|je[żz]eli|gdy|如果|若|假如)\b"
    r"(?P<clause>[^.!?;\n]{0,80})"
)
_CODE_TOKEN = r"(?<![\w.])[a-z][a-z0-9]*(?:_[a-z0-9]+)*(?![\w])"
_IF_AFTER = (
    r"(?P<code>[a-z][a-z0-9]*(?:_[a-z0-9]+)*)[`'\"\s]{0,3}(?:の場合|なら|であれば|的话|时|時"
    r"|인\s*경우|일\s*경우|이면|면\s)"
)
# A payment's own id: a note about it is that payment's.
_PAYMENT_ID = re.compile(r"\b(?:ch|py|pi|in|seti|pm|req|evt)_[A-Za-z0-9]{10,}")


def code_guide(text: str, known: CodeKinds) -> bool:
    """Whether the text maps codes to what to do or say, or names several and tells none, for
    no one payment (no Stripe id, no payment's amount or date)."""
    head = text[:HEAD]
    if _PAYMENT_ID.search(head):
        return False
    from app.reading.articles import payment_details

    if payment_details(head):
        return False
    return _code_map(head, known) or _macro(head, known)


def _code_map(head: str, known: CodeKinds) -> bool:
    """Three codes or more, each a map's key or a switch's branch."""
    keys = {m["code"] for m in _KEY.finditer(head) if is_code(m["code"], known)}
    return len(keys) >= MIN_KEYS


def _macro(head: str, known: CodeKinds) -> bool:
    """Two codes or more, each under a condition of its own, and no code written outside one
    (a note that says what its payment's code was is that payment's)."""
    branches = {m["code"] for m in re.finditer(_IF_AFTER, head) if m["code"] in known}
    for clause in re.finditer(_IF_BEFORE, head):
        branches.update(c for c in re.findall(_CODE_TOKEN, clause["clause"]) if c in known)
    if len(branches) < MIN_BRANCHES:
        return False  # most texts: the sweep below is not needed
    from app.reading.sweep import read_words

    written = {c for c in read_words(head, known).written if c in known}
    return len(branches & written) >= MIN_BRANCHES and written <= branches


def names_in_prose(text: str, known: CodeKinds, written: list[str]) -> bool:
    """Whether prose names three codes or error types or more (`card_error`, `api_error` are
    kinds of error a help page runs through), no sentence says a payment failed, and none of
    them is sensitive (a confidential code named by a note stays its failure: the safe side).
    Codes run together in one token ("card_error/card_declined/fraudulent") are one error's."""
    from app.reading.failure_words import told_failure

    head = text[:HEAD]
    if any(code in known.sensitive_codes for code in written) or re.search(_RUN, head):
        return False
    prose = re.sub(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", " ", head)
    if len(re.findall(r"[^\W\d_]", prose)) < MIN_PROSE_LETTERS:
        return False  # a note's shorthand ("28 Nov x / 29 Nov y"), a Dashboard's labels
    types = {t for t in ERROR_TYPES if re.search(rf"(?<![\w.]){t}(?![\w])", head)}
    if len(types) >= MIN_NAMED:
        return True  # kinds of error run through: one payment's failure has one
    # One failure writes a type, a code and a decline code: three codes are no one failure's.
    return len(set(written)) >= MIN_NAMED and not told_failure(head, known)


_RUN = r"[a-z_]+_[a-z]+/[a-z_]+_[a-z]+"
# Words that define the code just before them, in the twelve languages ("x means", "x bedeutet",
# "x signifie", "x は", "x 表示", "x 는"): a glossary's entry.
_DEFINES = (
    r"[`'\"\*]?\s*(?:\(|:|\s)?\s*(?:means|is\s+when|is\s+returned|indicates|bedeutet|hei[ßs]t"
    r"|signifie|veut\s+dire|indique|significa|quiere\s+decir|indica|vuol\s+dire|betekent"
    r"|betyder|inneb[äa]r|oznacza|とは|は|表示|是指|意味着|意味|指的是|는|은|란)"
)


def glossary(text: str, written: list[str]) -> bool:
    """Whether three codes or more are each defined where they stand ("insufficient_funds は
    残高不足", "expired_card means ..."): a glossary or a post explaining codes."""
    return len(defined(text, written)) >= MIN_NAMED


def defined(text: str, written: list[str]) -> set[str]:
    """The codes defined where they stand ("x means", "x は", "x bedeutet")."""
    head = text[:HEAD]
    return {
        code for code in set(written) if re.search(rf"(?<![\w]){code}{_DEFINES}", head) is not None
    }


def is_code(name: str, known: CodeKinds) -> bool:
    """A decline or error code, or an error type (an outcome's reason, `rule`, is a branch of
    an integration's code about one payment's outcome, not a table of codes)."""
    kinds = known.get(name, ())
    return "decline_code" in kinds or "error_code" in kinds or name in ERROR_TYPES
