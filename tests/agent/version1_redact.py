"""How the first release redacted a paste for its history (a blocklist that missed much). The app
no longer stores pastes; tests use this to write the version-1 rows that migration must erase."""

from __future__ import annotations

import re

# typing is read by type checkers only; importing it costs the command line about 2 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MASK = "[redacted]"

# Keys whose values identify a person: the value goes, the key stays.
PERSONAL_KEYS = frozenset(
    {
        "name",
        "email",
        "phone",
        "receipt_email",
        "line1",
        "line2",
        "city",
        "state",
        "postal_code",
        "zip",
        "address",
        "shipping",
        "billing_details",
        "customer_name",
        "customer_email",
        "customer_phone",
        "customer_address",
        "customer_shipping",
        "cardholder_name",
        "account_holder_name",
        "client_secret",
        "secret",
        "number",
        "cvc",
        "tax_id",
        "ip",
        "ip_address",
        "user_agent",
    }
)

_CARD_CANDIDATE = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")
_CLIENT_SECRET = re.compile(r"\b(?:pi|seti|src|cs_live|cs_test)_[A-Za-z0-9]+_secret_[A-Za-z0-9]+")
_API_KEY = re.compile(r"\b(?P<prefix>(?:sk|rk|pk)_(?:live|test)_|whsec_)[A-Za-z0-9]{6,}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_PERSONAL_PAIR = re.compile(
    r"""(?P<key>["']?(?:name|email|phone|line1|line2|city|postal_code|cardholder_name|"""
    r"""account_holder_name|receipt_email|client_secret)["']?\s*(?::|=>|=)\s*)"""
    r"""(?P<value>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')""",
    re.IGNORECASE,
)


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _mask_card(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group())
    if 13 <= len(digits) <= 19 and luhn_valid(digits):
        return f"[card ending {digits[-4:]}]"
    return match.group()


def redact_text(text: str) -> str:
    """Masks sensitive values in free text (a log line, a message, a whole paste)."""
    text = _CLIENT_SECRET.sub("[client secret]", text)
    text = _API_KEY.sub(lambda m: f"{m.group('prefix')}{MASK}", text)
    text = _EMAIL.sub("[email]", text)
    text = _PERSONAL_PAIR.sub(
        lambda m: m.group("key") + m.group("value")[0] + MASK + m.group("value")[0], text
    )
    return _CARD_CANDIDATE.sub(_mask_card, text)


def redact_payload(value: Any) -> Any:
    """A copy of a parsed payload with personal values masked and free text redacted."""
    if isinstance(value, dict):
        return {
            key: (MASK if value[key] not in (None, "", {}, []) else value[key])
            if str(key).lower() in PERSONAL_KEYS
            else redact_payload(value[key])
            for key in value
        }
    if isinstance(value, list):
        return [redact_payload(item) for item in value]
    if isinstance(value, str):
        return redact_text(value)
    return value
