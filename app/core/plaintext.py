"""Failures written as plain text rather than data: the exception lines of every official Stripe SDK
(`stripe.error.CardError: ...`, `Stripe::CardError`, `Stripe\\Exception\\CardException`,
`com.stripe.exception.CardException`, `Stripe.StripeException`, `StripeCardError`, Go's
`&stripe.Error{...}`), error-tracker titles built from them, and `stripe listen` / `stripe logs tail`
lines."""

from __future__ import annotations

import re

# An SDK exception class, without namespace, `Stripe` prefix and `Error`/`Exception` suffix, and
# the API error type it always carries. Classes whose type varies (StripeException, APIConnection,
# SignatureVerification) are left out: their name says nothing certain.
_CLASS_TYPES = {
    "card": "card_error",
    "invalidrequest": "invalid_request_error",
    "api": "api_error",
    "ratelimit": "rate_limit",
    "idempotency": "idempotency_error",
    "authentication": "invalid_request_error",
    "permission": "invalid_request_error",
    "temporarysessionexpired": "temporary_session_expired",
}
_CLASS = re.compile(
    r"(?:\b(?:stripe(?:\._?error|\.exception)?|Stripe(?:::|\\Exception\\|\.)|"
    r"com\.stripe\.exception\.)|\b(?=Stripe[A-Z]))"
    r"(?P<name>Stripe)?(?P<kind>[A-Z][A-Za-z]*?)(?:Error|Exception)\b"
)


def error_type_of_class(name: str) -> str | None:
    """`CardError`, `stripe.error.CardError`, `StripeCardError`, `CardException` -> card_error."""
    short = re.split(r"[.:\\]+", name.strip())[-1]
    short = re.sub(r"^Stripe(?=[A-Z])", "", short)
    short = re.sub(r"(?:Error|Exception)$", "", short)
    return _CLASS_TYPES.get(short.lower())


def sdk_error_type(text: str) -> str | None:
    """The error type named by the first Stripe SDK exception class in the text, if any."""
    for match in _CLASS.finditer(text[:20_000]):
        found = _CLASS_TYPES.get(match.group("kind").lower())
        if found:
            return found
    return None

