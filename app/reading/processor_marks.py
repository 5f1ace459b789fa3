"""Another processor's own object, known by its marks (issue 26, session 9): Culqi, Mollie, PAY.JP,
Swish, PayRex, Whop and Omise print Stripe's own codes (`card_declined`, `stolen_card`) in objects
of their own, with no name or host of theirs beside them. What tells them apart is in the object:
a field name Stripe never uses (Culqi's `user_message`, Mollie's `_links`), an id prefix Stripe
never gives (`chr_`, `mem_`), a key inside another (PAY.JP's `error.status`), an id of their
shape (PAY.JP's long lowercase hex). The marks are vocabulary.toml's `processor_marks`. A paste
with one of Stripe's own signs (its name, a `req_` id, a field only Stripe prints, an id of
Stripe's shape) is never theirs, and a sensitive code written as a code needs two marks: on weak
evidence a confidential failure is the safe side."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from app.reading.report import CodeKinds

HEAD = 20_000  # an object's marks are in what an agent copies first
_EDGE_BEFORE = r"(?<![A-Za-z0-9_])"
_EDGE_AFTER = r"(?![A-Za-z0-9_])"
# A long lowercase hex id with letters and digits (PAY.JP's; Stripe's ids mix cases).
_HEX_ID = r"(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{28,}"


def _mark_pattern(mark: str) -> str:
    """The pattern of one mark as the vocabulary writes it: `parent.child` a key inside an
    object or list under another key, `pre_<hex>` a prefix and a long lowercase hex id, `pre_`
    a prefix and an id, else a field's or a value's name."""
    if "." in mark:
        parent, child = map(re.escape, mark.split(".", 1))
        return (
            rf"{_EDGE_BEFORE}{parent}[\"']?\s*(?:=>|[:=])\s*\[?\s*\{{[^{{}}]*?"
            rf"{_EDGE_BEFORE}[\"']?{child}[\"']?\s*(?:=>|[:=])"
        )
    if mark.endswith("_<hex>"):
        prefix = re.escape(mark[: -len("<hex>")])
        return rf"{_EDGE_BEFORE}{prefix}{_HEX_ID}{_EDGE_AFTER}"
    if mark.endswith("_"):
        return rf"{_EDGE_BEFORE}{re.escape(mark)}[A-Za-z0-9_]{{4,}}"
    return rf"{_EDGE_BEFORE}{re.escape(mark)}{_EDGE_AFTER}"


def _patterns(known: CodeKinds) -> list[tuple[re.Pattern[str], str, bool]]:
    cached = known.cache.get("processor_marks")
    if isinstance(cached, list):
        return cached
    # A phrase of a page's labels in any case ("Code retour banque"), a field as it is written;
    # `!field`, a field the processor never prints.
    built = [
        (
            re.compile(_mark_pattern(mark.lstrip("!")), re.IGNORECASE if " " in mark else 0),
            name,
            mark.startswith("!"),
        )
        for mark, name in known.processor_marks.items()
    ]
    known.cache["processor_marks"] = built
    return built


def marks(text: str, known: CodeKinds) -> Counter[str]:
    """How many distinct marks of each other processor the text's first screens hold; none for
    a processor when a field it never prints stands there (a `!field` of the vocabulary:
    Stripe's `decline_code` beside an `error.status`, which PAY.JP's errors never hold)."""
    head = text[:HEAD]
    found: Counter[str] = Counter()
    void: set[str] = set()
    for pattern, name, never in _patterns(known):
        if pattern.search(head):
            if never:
                void.add(name)
            else:
                found[name] += 1
    for name in void:
        del found[name]
    return found


def marked_theirs(text: str, known: CodeKinds, sensitive_written: Callable[[], bool]) -> str | None:
    """The processor whose own object the text holds, by its marks, or None: one mark, two when
    a sensitive code is written as a code (the caller has seen none of Stripe's own signs)."""
    found = marks(text, known)
    if not found:
        return None
    head = text[:HEAD]
    total = sum(found.values())
    if total < 2 and (total < 1 or sensitive_written()):
        return None
    return None if _denied(head, known) else found.most_common(1)[0][0]


def _denied(head: str, known: CodeKinds) -> bool:
    """Whether the text denies another processor by name ("Not KOMOJU this time"): the object
    beside it is then the agent's Stripe paste, read as one."""
    from app.reading.told_reasons import NEGATION

    names = {*known.other_processors, *(name.lower() for name in known.processor_marks.values())}
    words = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.search(rf"{NEGATION}\W+(?:\w+\W+)?(?:{words})(?![a-z0-9])", head.lower()) is not None


# A result field another processor's reply prints, with a code of its own as the value:
# WeChat Pay's `err_code: NOTENOUGH`, GMO's `ErrInfo=42G650000`, PayPal Payflow's `RESULT=12`,
# Mangopay's `ResultCode: 008003`, LianLian Pay's `ret_code=1008`; Toss Payments' `code` is
# Stripe-like so it is not here.
# Stripe's own fields (`code`, `decline_code`, `failure_code`, `network_decline_code`) are not.
_RESULT_FIELD = re.compile(
    r"(?i)(?<![\w.])[\"']?(?:result|err(?:or)?[_ -]?(?:code|info|no)|result[_ -]?code|ret[_ -]?code"
    r"|return[_ -]?code|response[_ -]?code|resp[_ -]?code|status[_ -]?code|sub[_ -]?code"
    r"|reason[_ -]?code|esito|codice[_ -]?esito)[\"']?\s*(?:=>|[:=])\s*[\"']?"
    r"(?P<value>[A-Za-z0-9][A-Za-z0-9._-]{1,39})"
)
_HTTP = re.compile(r"[1-5]\d\d")


def foreign_code(text: str, known: CodeKinds) -> bool:
    """Whether the text's first screens hold a result field whose value is a code of another
    processor's: upper case or digits, not Stripe's (no code the catalogue knows, no HTTP
    status), so that a processor never listed is still known by its own vocabulary."""
    for match in _RESULT_FIELD.finditer(text[:HEAD]):
        value = match.group("value")
        if value.lower() in known or value in known or _HTTP.fullmatch(value):
            continue
        if value.upper() == value and any(c.isalnum() for c in value):
            return True
    return False
