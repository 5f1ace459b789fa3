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
# Redacted ids as people post them: `cus_xxxxxxxx`, `pi_XXXX`, `ch_****`, `cus_<id>`, `{{id}}`,
# and a bare placeholder where the id was: with an underscore (`<private_client_secret>`,
# `<YOUR_ID>`), in capitals of several words (`<CUSTOMER ID>`) or naming an id or a key
# (`<ID>`, `<SECRET>`); never an HTML tag (`<div>`, `<b>`, `<BR>`).
_REDACTED_ID = (
    r"\b[a-z]{2,}_(?:[xX*]{3,}|<[^>\n]{1,20}>|\{\{?[^}\n]{1,20}\}?\})"
    r"|<[A-Za-z][A-Za-z0-9 -]{0,38}_[A-Za-z0-9_ -]{0,38}>"
    r"|<[A-Z][A-Z0-9]*(?:[ -][A-Z0-9]+)+>|<[A-Z]*(?:ID|KEY|SECRET|TOKEN)>"
)
_APOSTROPHE = r"(?<=[A-Za-z])['\u2019](?=[A-Za-z])"
# "doesn't" and "does not" say one thing: contractions are written out before comparing.
_CONTRACTIONS = (
    (r"(?i)\bcan['\u2019]?t\b", "cannot"),
    (r"(?i)\bwon['\u2019]t\b", "will not"),
    (
        r"(?i)\b(is|are|was|were|do|does|did|has|have|had|could|would|should)n['\u2019]t\b",
        r"\1 not",
    ),
)
# Letters of every language are words ("réessayez", "予期しないエラー"): Stripe's SDKs print
# their messages in the customer's language.
_NOT_WORD = r"[\W_]+"
# `{value}` in a message stands for a word or a few that change from one error to the next (a
# parameter's name, a status, a payment method type): normalised to this word, and matched as
# one to four words in a paste ("No such payment method type \"ideal\"" and "\"us_bank_account\"").
VALUE = "anyvalue"
_VALUE_WORDS = r"(?: [^\W_]+){1,4}"
# Words a person changes when quoting a message without changing what it says ("My card is
# expired" for "Your card has expired.", "the payment" for "this payment"): left out of both.
_FUNCTION_WORDS = (
    r" (?:your|my|our|the|a|an|this|that|its|is|was|has|have|had|been|be|are|were)(?= )"
)
MAX_CHARS = 20_000


def normalise(text: str) -> str:
    """Lower case words only, ids as `id`, function words left out, padded with spaces: "No such
    customer: 'cus_1X'" and "no such customer cus_xxxx" both read " no such customer id ", and
    "Your card has expired." and "my card is expired" both " card expired "."""
    text = re.sub(_ID, " id ", re.sub(_REDACTED_ID, " id ", text[:MAX_CHARS]))
    text = text.replace("{value}", f" {VALUE} ")
    for contraction, written_out in _CONTRACTIONS:
        text = re.sub(contraction, written_out, text)
    words = re.sub(_NOT_WORD, " ", re.sub(_APOSTROPHE, "", text).lower()).strip()
    return re.sub(_FUNCTION_WORDS, "", f" {words} ")


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
    """The longest standard message the text contains, or None; failing that, a long message a
    person quoted from memory or with a typo (`nearly`)."""
    if not text:
        return None
    wanted = normalise(text)
    listed = list(messages)
    best: StripeMessage | None = None
    for message in listed:
        if not message.pattern.strip() or not _contains(wanted, message.pattern):
            continue
        if best is None or len(message.pattern) > len(best.pattern):
            best = message
    near = nearly(text, listed)
    # A near match that goes on from the exact one ("Your card was declined for making repeated
    # attempts too often...") says more than its first words.
    if best is None or (near is not None and best.pattern.strip() in near.pattern):
        return near or best
    return best


def _contains(wanted: str, pattern: str) -> bool:
    """Whether the normalised text holds the pattern, its `{value}` words standing for any."""
    marker = f" {VALUE} "
    if marker not in pattern:
        return pattern in wanted
    parts = pattern.split(marker)
    if any(part.strip() and part not in wanted for part in parts):
        return False  # most texts: a fixed part is missing, no pattern needed
    # Each fixed part after a value starts a word: " invalid" VALUE " must one of" VALUE " ".
    expression = re.escape(parts[0].rstrip())
    expression += "".join(_VALUE_WORDS + re.escape(" " + part.lstrip()) for part in parts[1:])
    return re.search(expression, wanted) is not None


# A message of at least this many words is recognised with one word in five changed or missing
# ("Your card dose not support this type of purchase!"); a shorter one only as written.
NEAR_WORDS = 6
NEAR_SHARE = 0.8
_SENTENCE = r"[^.!?\n]+"


def nearly(text: str, messages: Iterable[StripeMessage]) -> StripeMessage | None:
    """The long standard message a sentence of `text` says with at most one word in five
    changed, or None: each sentence is compared, so words scattered over a page never add up."""
    candidates = [(m, set(m.pattern.split()) - {VALUE}) for m in messages]
    candidates = [(m, w) for m, w in candidates if len(w) >= NEAR_WORDS]
    # Which messages each word stands in: a sentence is compared only with the messages that
    # share a word with it (a log's hundreds of sentences share none).
    holding: dict[str, list[int]] = {}
    for number, (_, needed) in enumerate(candidates):
        for word in needed:
            holding.setdefault(word, []).append(number)
    best: tuple[float, int, StripeMessage] | None = None
    for sentence in re.findall(_SENTENCE, text[:MAX_CHARS]):
        words = set(normalise(sentence).split())
        if len(words) < NEAR_WORDS:
            continue
        shared: dict[int, int] = {}
        for word in words:
            for number in holding.get(word, ()):
                shared[number] = shared.get(number, 0) + 1
        for number in sorted(shared):  # in the messages' order, as ties were always taken
            message, needed = candidates[number]
            share = shared[number] / len(needed)
            if share >= NEAR_SHARE and (best is None or (share, len(needed)) > best[:2]):
                best = (share, len(needed), message)
    return best[2] if best else None
