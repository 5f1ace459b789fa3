"""Reads one field's value in whatever form a paste holds it: Stripe's codes are lower-case strings,
but pastes also carry numbers (`"network_decline_code": 43`), upper or mixed case (`STOLEN_CARD`)
and integers far too long to be amounts."""

from __future__ import annotations

import re

from app import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

# Larger integers are no amount, date or code: dropped rather than carried (and never printed,
# since Python refuses to print an integer of more than 4300 digits).
MAX_INT = 10**15


def text(value: Any) -> str | None:
    """Free text (a message, a brand, an id): any non-empty string."""
    if isinstance(value, str) and value.strip():
        return value
    return None


def integer(value: Any) -> int | None:
    """An amount or a timestamp, written as a number or a string of digits."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        digits = value.strip()
        if not digits.lstrip("-").isdigit() or len(digits) > 16:
            return None
        value = int(digits)
    if isinstance(value, int) and -MAX_INT < value < MAX_INT:
        return value
    return None


def flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def code(value: Any) -> str | None:
    """A Stripe code (`card_declined`, `issuer_declined`): lower case, whatever case was pasted."""
    found = text(value)
    if found is None:
        return None
    found = found.strip()
    if len(found) > 100:  # no Stripe code is this long: a message or a number in the wrong field
        return None
    return found.lower() if _is_code(found) else found


def _is_code(found: str) -> bool:
    """Whether a stripped text is written as a code: ASCII letters and digits in pieces joined
    by single underscores, a letter first (`[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*`, without
    compiling a pattern for every paste)."""
    return (
        found.isascii()
        and found[:1].isalpha()
        and all(piece.isalnum() for piece in found.split("_"))
    )


def network_code(value: Any) -> str | None:
    """A card network's code (`05`, `N7`, `43`), from a string or from a number such as 43 or 5."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return f"{value:02d}" if 0 <= value < 10_000 else None
    found = text(value)
    if found is None:
        return None
    found = found.strip()
    # One to four ASCII letters or digits.
    return found.upper() if 0 < len(found) <= 4 and found.isascii() and found.isalnum() else None


def object_id(value: Any, prefixes: tuple[str, ...]) -> str | None:
    """An object id, whether the field holds the id or the expanded object."""
    if isinstance(value, dict):
        value = value.get("id")
    if isinstance(value, str) and value.startswith(prefixes):
        return value
    return None


# An SDK exception class, without namespace, `Stripe` prefix and `Error`/`Exception` suffix, and
# the API error type it always carries. Classes whose type varies (StripeException, APIConnection,
# SignatureVerification) are left out: their name says nothing certain.
CLASS_TYPES = {
    "card": "card_error",
    "invalidrequest": "invalid_request_error",
    "api": "api_error",
    "ratelimit": "rate_limit",
    "idempotency": "idempotency_error",
    "authentication": "invalid_request_error",
    "permission": "invalid_request_error",
    "temporarysessionexpired": "temporary_session_expired",
}


def error_type_of_class(name: str) -> str | None:
    """`CardError`, `stripe.error.CardError`, `StripeCardError`, `CardException` -> card_error."""
    short = re.split(r"[.:\\]+", name.strip())[-1]
    short = re.sub(r"^Stripe(?=[A-Z])", "", short)
    short = re.sub(r"(?:Error|Exception)$", "", short)
    return CLASS_TYPES.get(short.lower())


# The prefixes of the ids Stripe gives each object (`ch_...` is a charge): the one list the
# readers, the scanner and history use.
ID_PREFIXES: dict[str, tuple[str, ...]] = {
    "charge": ("ch_", "py_"),
    "payment_intent": ("pi_",),
    "setup_intent": ("seti_",),
    "invoice": ("in_",),
    "customer": ("cus_",),
    "request": ("req_",),
    "event": ("evt_",),
    "payment_method": ("pm_", "card_", "src_"),
    "checkout_session": ("cs_",),
    "payment_record": ("pr_",),
}
# Prefixes that begin ordinary codes too (`card_declined`): an id with one is read only where a
# field names it, never found in free text.
_WORD_PREFIXES = ("card_", "src_")
# The field an id found in text fills, by its prefix without the underscore ("ch": charge).
ID_FIELDS = {
    prefix[:-1]: field
    for field, prefixes in ID_PREFIXES.items()
    for prefix in prefixes
    if prefix not in _WORD_PREFIXES
}
