"""A paste from another payment processor (Paystack, Braintree, Adyen...): said plainly, never
explained as a Stripe failure from the words it shares with Stripe ("Do Not Honor")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.reading.fields import ID_PREFIXES
from app.reading.report import CodeKinds, FailureReport, UnreadablePaste

# The patterns stay strings, compiled by re on first use: a Stripe paste whose failure carries a
# code Stripe knows is read without any of them (about 0.9 ms of compiling).
# What only a Stripe paste has: the name, Radar, a Stripe id, a field only Stripe's objects use.
_STRIPE = (
    r"(?i)stripe|\bradar\b|\b(?:ch|py|pi|pm|req|evt|seti|cus|src|in|acct)_[A-Za-z0-9]{10,}"
    r"|\b(?:decline_code|failure_code|last_payment_error|seller_message|network_status)\b"
)
_STRIPE_MARK = "(?i)" + _STRIPE.removeprefix("(?i)stripe|")
# Stripe Issuing's object or authorization id as an object holds it: the business is the card's
# issuer, and an authorization is no payment it took (docs.stripe.com/api/issuing/authorizations).
_ISSUING_OBJECT = (
    r"[\"']?object[\"']?\s*(?:[:=]|=>)\s*[\"']issuing\.|[\"']iauth_[A-Za-z0-9]{8,}[\"']"
)
ISSUING = (
    "The paste is about Stripe Issuing (cards your business issues): an authorization there "
    "is approved or declined for your cardholder, not a payment you took, so there is no "
    "decline to explain; see the authorization in the Dashboard's Issuing pages."
)
HEAD = 20_000  # a processor's name is near the top of what an agent copies
# "niet via Stripe", "not through Stripe", "pas par Stripe": the name denied is no Stripe paste.
_NOT_STRIPE = r"(?i)(?:{negation})\W+(?:\w+\W+)?stripe\b"
# "不是 Stripe", "Stripe ではなく", "Stripe じゃない", "Stripe가 아니라", "Stripe 아님".
_NOT_STRIPE_CJK = (
    r"(?i)(?:不是|并非|並非|非)\s*stripe|stripe\s*(?:で(?:は|も)(?:なく|ない|ありません)|じゃ(?:なく|ない))"
    r"|stripe\s*(?:가|이|는|은)?\s*(?:아니|아님|아닙|아닌)"
)


NOT_VIA_STRIPE = (
    "The text says this payment did not go through Stripe: Decline Desk explains Stripe "
    "payments, so answer it with the processor that carried it. Paste a Stripe payment as Stripe "
    "shows it (the Dashboard, an API error or a webhook event)."
)


def other_processor(text: str, known: CodeKinds, weigh: bool = False) -> UnreadablePaste | None:
    """Why a paste that names another processor (or says it did not go through Stripe) and
    claims nothing of Stripe's cannot be explained, or None. A paste with a sensitive reason
    written as a code stays a failure: it may still be ours."""
    head = text[:HEAD]
    from app.reading.attribution import without_passing

    # A processor named as the one that declined is theirs whatever else names Stripe, unless
    # Stripe is claimed as the carrier (reading/attribution.py).
    found = attributed(head, known) if "tripe" in head.lower() else None
    if found is not None and not stripe_claimed(head, known):
        return None if _sensitive_written(text, known) else theirs(found)
    if not weigh and stripe_named(head, known):  # `weigh`: the caller found no claim of Stripe's
        return None
    # A processor used before or moved away from ("we used to be on Braintree") tells nothing.
    found = named_processor(without_passing(head, known), known)
    from app.reading.stripe_mentions import denies_stripe_carried

    if found is None and not denies_stripe_carried(head, known):
        return None
    if _sensitive_written(text, known):
        return None
    return theirs(found) if found else UnreadablePaste("prose", NOT_VIA_STRIPE)


def _sensitive_written(text: str, known: CodeKinds) -> bool:
    """Whether one of Stripe's sensitive codes is written as a code (`stolen_card`): a paste
    naming another processor stays a failure then (the safe side); their own words ("Suspected
    fraud", "FRAUD") are theirs."""
    from app.reading.sweep import read_words

    written = read_words(text, known, every_phrase=False).written  # the sensitive sweep
    return any(code in known.sensitive_codes for code in written)


def stripe_named(text: str, known: CodeKinds | None = None) -> bool:
    """Whether the text's first screens hold something only a Stripe paste has: not a denied
    Stripe, nor (with `known`) the team's Stripe tool or a move to Stripe."""
    head = text[:HEAD]
    if re.search(_STRIPE_MARK, head):  # an id or a field: never inside a mention's words
        return True
    return re.search(_STRIPE, _idle_removed(head, known)) is not None


def stripe_claimed(text: str, known: CodeKinds) -> bool:
    """Whether the text holds one of Stripe's own signs (an id, a field only Stripe prints, an
    SDK's class, a `decline_code`) or names Stripe as this payment's carrier ("Stripe declined",
    "via Stripe")."""
    from app.reading.stripe_mentions import claims_stripe

    head = text[:HEAD]
    if _stripe_sign(head) or re.search(_STRIPE_FIELD, head):
        return True
    return claims_stripe(_idle_removed(head, known), known)


def _idle_removed(head: str, known: CodeKinds | None) -> str:
    """The text with each mention of Stripe that claims nothing of this payment blanked."""
    if known is None:
        return _without_denied_stripe(head)
    from app.reading.stripe_mentions import without_idle_stripe  # only a text naming Stripe

    return without_idle_stripe(head, known)


def named_processor(text: str, known: CodeKinds) -> str | None:
    """The other processor the text's first screens name (its name as it writes it), or None."""
    names = known.other_processors
    head = text[:HEAD].lower()
    # The pattern matches only where a listed word stands: a text that holds none is answered
    # without compiling the 4,000-character alternation (a few ms of every Stripe paste).
    if not listed_in(head, known):
        return None
    pattern = known.cache.get("other_processors")
    if not isinstance(pattern, re.Pattern):
        words = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
        pattern = known.cache["other_processors"] = re.compile(
            rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])"
        )
    match = pattern.search(head)
    return None if match is None else names[match.group()]


_TOKEN = re.compile(r"[a-z0-9]+")


def _by_first_token(known: CodeKinds) -> tuple[dict[str, list[str]], list[str]]:
    """The listed words of Latin letters by their first run of letters and digits ("authorize"
    for "authorize.net"), and the words of other scripts."""
    cached = known.cache.get("processor_first_tokens")
    if isinstance(cached, tuple):
        return cached
    by_token: dict[str, list[str]] = {}
    other: list[str] = []
    for word in known.other_processors:
        token = _TOKEN.search(word)
        if word.isascii() and token is not None:
            by_token.setdefault(token.group(), []).append(word)
        else:
            other.append(word)
    known.cache["processor_first_tokens"] = (by_token, other)
    return by_token, other


def listed_in(lowered: str, known: CodeKinds) -> list[str]:
    """The listed processors' words that stand in a lower-cased text, as substrings: each Latin
    one only where its first run of letters and digits stands whole among the text's runs (a
    word the name pattern matches begins and ends its run there), so the text's runs are
    split once rather than each of 350 words looked for (a typical paste's reading)."""
    by_token, other = _by_first_token(known)
    found = [word for word in other if word in lowered] if not lowered.isascii() else []
    runs = set(_TOKEN.findall(lowered))
    found += [
        word for token in runs & by_token.keys() for word in by_token[token] if word in lowered
    ]
    return found


def attributed(text: str, known: CodeKinds, senders: bool = False) -> str | None:
    """The processor of `[other_processors]` (or, with `senders`, of `[processor_senders]`) the
    text names as its failure's source, or None (reading/attribution.py)."""
    lowered = text[:HEAD].lower()
    if senders:
        listed = known.processor_senders
        present = [word for word in listed if word in lowered]
    else:
        listed, present = known.other_processors, listed_in(lowered, known)
    if not present:  # a Stripe paste names none: the attribution rule is not even imported
        return None
    from app.reading.attribution import attributed as named_as_source

    return named_as_source(text, known, listed, present, senders)


def theirs(found: str) -> UnreadablePaste:
    """The one sentence for another processor's paste."""
    return UnreadablePaste(
        "prose",
        f"This looks like an error from {found}, not from Stripe: Decline Desk explains Stripe "
        "payments. Paste the failed payment as Stripe shows it (the Dashboard, an API error or "
        "a webhook event).",
    )


# Only Stripe's own words (ids aside: PAY.JP's and Omise's objects print `ch_` and `card_` too,
# and Omise's charge its `failure_code`).
_STRIPE_OWN = (
    r"(?i)stripe|\bradar\b|\breq_[A-Za-z0-9]{10,}"
    r"|\b(?:decline_code|last_payment_error|seller_message|network_status)\b"
)
# Stripe's own signs beside an object (reading/processor_marks.py): Radar, a request id, a field
# only Stripe prints, an id of Stripe's shape (a prefix Stripe gives, then base62 with an
# upper-case letter; PAY.JP's ids are lower-case hex), and an SDK's error class or namespace
# (`Stripe::CardError`, `stripe.error.CardError`, `Stripe\\Exception\\CardException`,
# `StripeException`, `com.stripe`): what claims a payment for Stripe whatever the words say of
# it. The word Stripe alone is not one.
_OURS_FIELDS = (
    "last_payment_error",
    "seller_message",
    "network_status",
    "payment_intent",
    "request_log_url",
    "doc_url",
    "advice_code",
    "network_decline_code",
    "lastPaymentError",
    "declineCode",
)
# The ids' prefixes of app/reading/fields.py, but a request's (its own sign, below), a Checkout
# Session's and a payment record's, which this sign has never taken.
_OURS_PREFIXES = tuple(
    prefix
    for kind, prefixes in ID_PREFIXES.items()
    if kind not in ("request", "checkout_session", "payment_record")
    for prefix in prefixes
)
# Each sign with what a text of ASCII must hold for it to match (the field's name, "req_", an
# id's prefix, "radar" or "stripe" in any case): a sign is compiled and looked for only when
# that holds, the cheapest first, where the whole alternation took about 0.7 ms to compile for
# every paste. The signs are alternatives, so the text holds one of them exactly when the whole
# pattern finds one.
_OURS_SIGNS = (
    (r"\b(?:" + "|".join(_OURS_FIELDS) + r")\b", _OURS_FIELDS, False),
    (r"\breq_[A-Za-z0-9]{10,}", ID_PREFIXES["request"], False),
    (
        r"\b(?:"
        + "|".join(p[:-1] for p in _OURS_PREFIXES)
        + r")_(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{14,}",
        _OURS_PREFIXES,
        False,
    ),
    (r"(?i:\bradar\b)", ("radar",), True),
    (
        r"(?i:\bstripe(?:::|\\|\.errors?\.|[A-Z]?\w*(?:Exception|Error)\b)|\bcom\.stripe\b)",
        ("stripe",),
        True,
    ),
)
_OURS_STRONG = "|".join(sign for sign, _, _ in _OURS_SIGNS)
# Fields only Stripe's objects and Dashboard print, beside _OURS_STRONG: a paste holding one names
# a processor only in passing ("the customer first tried Braintree").
# Text, compiled when a text is weighed (re's cache then): a Stripe object never is.
_STRIPE_FIELD = r"(?i)\bdecline[_ ]code\b|\boutcome\b[\"']?\s*[:=]"


def _stripe_sign(head: str) -> bool:
    """Whether the text holds one of Stripe's own signs (_OURS_STRONG)."""
    if not head.isascii():  # beyond ASCII, case may fold other letters: the whole pattern
        return re.search(_OURS_STRONG, head) is not None
    lowered = head.lower()
    return any(
        re.search(sign, head) is not None
        for sign, needs, any_case in _OURS_SIGNS
        if any(need in (lowered if any_case else head) for need in needs)
    )


def _weigh_the_mentions(text: str, known: CodeKinds) -> None:
    """Raises when nothing of Stripe's claims the payment ("Stripe declined", "paid via
    Stripe") and the word Stripe is absent or the text says where Stripe stands (the team's
    tool, denied, moved to): the word Stripe left elsewhere is then weighed against the other
    processor's marks, result codes and name said beside it."""
    from app.reading.stripe_mentions import claims_stripe

    head = text[:HEAD]
    idle = _idle_removed(head, known)
    if not claims_stripe(idle, known) and (idle != head or re.search(r"(?i)stripe", head) is None):
        _refuse_unclaimed(text, idle, known)


def _refuse_unclaimed(text: str, idle: str, known: CodeKinds) -> None:
    """Raises for a paste no Stripe mark claims when another processor's own object, its own
    result codes (`err_code: NOTENOUGH`, `RESULT=12`: a processor never listed), or, beside a
    Stripe named only idly or denied, its name make it theirs; a sensitive code written as a
    code keeps it a failure (the safe side)."""
    from app.reading.processor_marks import foreign_code, marked_theirs

    head = text[:HEAD]
    if marked := marked_theirs(head, known, lambda: _sensitive_written(text, known)):
        raise theirs(marked)
    if re.search(_STRIPE_FIELD, idle) or _sensitive_written(text, known):
        return
    if foreign_code(head, known):
        raise theirs(named_processor(head, known) or "another processor")
    # A code it shares with Stripe (`insufficient_funds`) is no mark of Stripe's then.
    if "tripe" in head.lower() and (elsewhere := other_processor(text, known, weigh=True)):
        raise elsewhere


# A name standing in a processor's machinery rather than in a sentence: its API's host or a
# path (`https://api.pay.jp/v1/charges`, `komoju.com/api`), its SDK's namespace (`Payjp::`,
# `omise.errors`).
_MACHINERY = r"(?:https?://|[./@])[\w.\-]*{name}|{name}(?:::|\.[a-z]|/|_[a-z])"


def _machinery_theirs(head: str, known: CodeKinds) -> bool:
    """Whether another processor's marks stand inside what was pasted (its API's host, its
    SDK's namespace) and none of Stripe's own words: a Stripe-shaped error (PAY.JP, Omise,
    KOMOJU copy Stripe's `card_declined`) is theirs, while a Stripe error pasted beside another
    processor's name in a sentence is still read."""
    # A name first: a paste naming no processor is answered by a few `in` tests, without
    # compiling Stripe's words (about 0.35 ms of every Stripe paste).
    found = named_processor(head, known)
    if found is None or re.search(_STRIPE_OWN, _idle_removed(head, known)):
        return False
    lowered = head.lower()
    names = [word for word, name in known.other_processors.items() if name == found]
    return any(
        re.search(_MACHINERY.format(name=re.escape(word)), lowered) is not None for word in names
    )


def _without_denied_stripe(head: str) -> str:
    """The text with each "not (via) Stripe" taken out: a denied name is not Stripe's paste."""
    if "tripe" not in head:
        return head
    from app.reading.told_reasons import NEGATION

    return re.sub(_NOT_STRIPE_CJK, " ", re.sub(_NOT_STRIPE.format(negation=NEGATION), " ", head))


def refuse_theirs(text: str, known: CodeKinds, failures: Sequence[FailureReport] = ()) -> None:
    """Raises when the objects read (failures, or an object in which nothing failed) are another
    processor's (Razorpay's `error` with its own `BAD_REQUEST_ERROR`, Culqi's charge): only when
    none of them holds a code or an error type Stripe's catalogue knows, so a Stripe error
    pasted beside another processor's name is still read. Stripe Issuing's objects too."""
    head = text[:HEAD]
    if ("issuing." in head or "iauth_" in head) and re.search(_ISSUING_OBJECT, head):
        raise UnreadablePaste("prose", ISSUING)
    if _machinery_theirs(head, known) and not _sensitive_written(text, known):
        raise theirs(named_processor(head, known) or "another processor")
    # A processor named as the failure's source: "Do Not Honor from PayPal", "Square says
    # CARD_DECLINED" (a name that is also a Stripe payment method or a word: only where Stripe is
    # not named), "declined by Bambora", "recusado pela Cielo" (any other: where Stripe is not
    # claimed as the carrier).
    found = attributed(head, known, senders=True)
    if found is not None:
        from app.reading.attribution import without_passing  # only once a name is a source
    if (
        found is not None
        and not stripe_named(without_passing(head, known), known)  # "we used Stripe before"
        and not _sensitive_written(text, known)
    ):
        raise theirs(found)
    if not _stripe_sign(head):  # an id or a field, never inside a mention's words
        # (A Stripe paste holds one: it is read without looking for any other processor.)
        found = attributed(head, known)
        if (
            found is not None
            and not stripe_claimed(head, known)
            and not _sensitive_written(text, known)
        ):
            raise theirs(found)
        _weigh_the_mentions(text, known)
    # A code only inferred from a message ("Insufficient Funds") is no field of Stripe's.
    if any(
        code in known and name not in f.inferred
        for f in failures
        for name, code in (("code", f.code), ("decline_code", f.decline_code))
        if code
    ):
        return
    if any(f.error_type in known and "error_type" not in f.inferred for f in failures):
        return  # Stripe's own `type` ("api_error") stands in the object
    if (elsewhere := other_processor(text, known)) is not None:
        raise elsewhere
