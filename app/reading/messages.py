"""Stripe's standard error messages (resources/catalog/messages.toml): a paste that holds only a
message, such as "Your card's security code is incorrect.", still tells the code."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.records import record

# The patterns are text, compiled on first use (re.sub finds them in re's cache after that): the
# catalogue stores its messages already normalised, so a paste that names its decline code never
# compiles them, and compiling them at import cost every command about 0.5 ms.
# An object id (`cus_NffrFeUfNV2Hib`, `pi_3Abc...`, `cus_...`, `[redacted]`): compared as "id".
_ID = (
    r"\b[a-z]{2,}_(?:(?:test|live)_)?(?=[A-Za-z0-9]*[0-9A-Z])[A-Za-z0-9]{4,}\b"
    r"|\b[a-z]{2,}_(?:\.\.\.|\u2026)|\{id\}|\[redacted\]"
)
_APOSTROPHE = r"(?<=[A-Za-z])['\u2019](?=[A-Za-z])"
_NOT_WORD = r"[^a-z0-9]+"
MAX_CHARS = 20_000


def normalise(text: str) -> str:
    """Lower case words only, ids as `id`, padded with spaces: "No such customer: 'cus_1X'" and
    "no such customer cus_2Y" both read " no such customer id "."""
    text = re.sub(_APOSTROPHE, "", re.sub(_ID, " id ", text[:MAX_CHARS]))
    words = re.sub(_NOT_WORD, " ", text.lower()).strip()
    return f" {words} "


@record(frozen=True, slots=True)
class StripeMessage:
    """One standard message and what it identifies."""

    pattern: str  # normalise(text)
    error_type: str | None
    code: str | None
    decline_code: str | None
    outcome_type: str | None = None  # a Charge outcome's seller message names its outcome
    outcome_reason: str | None = None


def match(text: str, messages: Iterable[StripeMessage]) -> StripeMessage | None:
    """The longest standard message the text contains, or None."""
    if not text:
        return None
    wanted = normalise(text)
    best: StripeMessage | None = None
    for message in messages:
        if message.pattern in wanted and (best is None or len(message.pattern) > len(best.pattern)):
            best = message
    return best
