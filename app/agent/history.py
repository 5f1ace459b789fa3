"""What a history row may hold: an allowlist of fields the app derived, never the pasted text.

Redacting a raw paste is a blocklist and always misses something (a card number split across
lines, a URL-encoded email, a name in a sentence). So history keeps only values whose form is
known and checked here: codes, the outcome, the shape, object ids, amount, currency, card brand,
last 4 digits, payment method type and timestamps. A value that does not have its field's form
is dropped, so a card number typed into `decline_code` or a client secret in an id field is never
kept either.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from app.reading.report import SHAPES as REPORT_SHAPES
from app.reading.report import FailureReport, Ids, Outcome

# A Stripe code, error type, outcome value or event type: lower-case words joined by _ or .
CODE = re.compile(r"[a-z][a-z0-9]*(?:[_.][a-z0-9]+){0,8}")
# A card network's decline or advice code: two or three letters and digits ("05", "N7").
NETWORK_CODE = re.compile(r"[A-Za-z0-9]{1,3}")
CURRENCY = re.compile(r"[a-z]{3}")
LAST4 = re.compile(r"[0-9]{4}")
# Stripe's brand names, as the API and its older card objects spell them.
CARD_BRANDS = frozenset(
    {
        "amex",
        "american express",
        "cartes_bancaires",
        "diners",
        "diners club",
        "discover",
        "eftpos_au",
        "interac",
        "jcb",
        "link",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    }
)
ID_PREFIXES: dict[str, tuple[str, ...]] = {
    "charge": ("ch", "py"),
    "payment_intent": ("pi",),
    "setup_intent": ("seti",),
    "invoice": ("in",),
    "customer": ("cus",),
    "request": ("req",),
    "event": ("evt",),
    "payment_method": ("pm", "card", "src"),
}
SHAPES = frozenset(REPORT_SHAPES)
MAX_AMOUNT = 10**12  # more than any payment in the smallest currency unit
CODE_FIELDS = (
    "error_type",
    "code",
    "decline_code",
    "advice_code",
    "event_type",
    "status",
    "payment_method_type",
)
OUTCOME_FIELDS = ("type", "network_status", "reason", "risk_level")


def _code(value: object) -> str | None:
    return value if isinstance(value, str) and len(value) <= 64 and CODE.fullmatch(value) else None


def _match(pattern: re.Pattern[str], value: object) -> str | None:
    return value if isinstance(value, str) and pattern.fullmatch(value) else None


def _object_id(name: str, value: object) -> str | None:
    """ "pi_3Abc" is kept; "pi_3Abc_secret_x" (a client secret) and anything else are not."""
    if not isinstance(value, str) or len(value) > 100:
        return None
    prefix, _, rest = value.partition("_")
    ok = prefix in ID_PREFIXES[name] and len(rest) >= 4 and rest.isascii() and rest.isalnum()
    return value if ok else None


def _amount(value: object) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value < MAX_AMOUNT
    return value if ok else None  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class HistoryRecord:
    """The allowlisted fields of one failure; build it with `from_report` or `from_stored`."""

    shape: str = "code"
    error_type: str | None = None
    code: str | None = None
    decline_code: str | None = None
    advice_code: str | None = None
    network_decline_code: str | None = None
    network_advice_code: str | None = None
    event_type: str | None = None
    status: str | None = None
    outcome: tuple[tuple[str, str], ...] = ()
    ids: tuple[tuple[str, str], ...] = ()
    amount: int | None = None
    currency: str | None = None
    card_brand: str | None = None
    card_last4: str | None = None
    created: int | None = None
    payment_method_type: str | None = None  # "sepa_debit": a bank debit gets its own reply

    @classmethod
    def from_stored(cls, stored: Mapping[str, Any]) -> HistoryRecord:
        """Checks every value against its field's form; anything else is dropped."""
        shape = stored.get("shape")
        found_outcome, found_ids = stored.get("outcome"), stored.get("ids")
        outcome = found_outcome if isinstance(found_outcome, Mapping) else {}
        ids = found_ids if isinstance(found_ids, Mapping) else {}
        brand = stored.get("card_brand")
        created = _amount(stored.get("created"))
        return cls(
            shape=shape if isinstance(shape, str) and shape in SHAPES else "code",
            **{name: _code(stored.get(name)) for name in CODE_FIELDS},
            network_decline_code=_match(NETWORK_CODE, stored.get("network_decline_code")),
            network_advice_code=_match(NETWORK_CODE, stored.get("network_advice_code")),
            outcome=tuple(
                (k, v) for k in OUTCOME_FIELDS if (v := _code(outcome.get(k))) is not None
            ),
            ids=tuple((k, v) for k in ID_PREFIXES if (v := _object_id(k, ids.get(k))) is not None),
            amount=_amount(stored.get("amount")),
            currency=_match(CURRENCY, stored.get("currency")),
            card_brand=brand if isinstance(brand, str) and brand.lower() in CARD_BRANDS else None,
            card_last4=_match(LAST4, stored.get("card_last4")),
            created=created,
        )

    @classmethod
    def from_report(cls, report: FailureReport) -> HistoryRecord:
        outcome = report.outcome
        return cls.from_stored(
            {
                **{
                    f.name: getattr(report, f.name)
                    for f in fields(cls)
                    if f.name not in ("outcome", "ids")
                },
                "outcome": {k: getattr(outcome, k) for k in OUTCOME_FIELDS} if outcome else {},
                "ids": report.ids.as_dict(),
            }
        )

    def stored(self) -> dict[str, Any]:
        """The record as JSON-ready values, without the empty ones."""
        values: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        values["outcome"] = dict(self.outcome)
        values["ids"] = dict(self.ids)
        return {k: v for k, v in values.items() if v not in (None, {}, "")}

    def report(self) -> FailureReport:
        """A FailureReport holding only these fields, to explain the entry again."""
        values = {
            f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("outcome", "ids")
        }
        return FailureReport(
            **values,
            outcome=Outcome(**dict(self.outcome)) if self.outcome else None,
            ids=Ids(**dict(self.ids)),
        )

    def codes(self) -> list[str]:
        """The codes shown in the history list and searched, most specific first."""
        outcome = dict(self.outcome)
        found = [self.decline_code, self.code, self.network_decline_code, outcome.get("type")]
        return [c for i, c in enumerate(found) if c and c not in found[:i]]

    def reason(self) -> str:
        """The one reason counted in "This week"."""
        outcome = dict(self.outcome)
        return (
            self.decline_code
            or outcome.get("reason")
            or self.code
            or outcome.get("type")
            or self.network_decline_code
            or "unknown"
        )


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One history entry as stored."""

    id: int
    created: str
    headline: str
    codes: tuple[str, ...]
    reason: str
    sensitive: bool
    record: HistoryRecord

    @classmethod
    def from_row(cls, row: tuple[int, str, str, str, str, int, str]) -> HistoryItem:
        """A value damaged in the file is read as empty, never trusted."""
        codes, record = _loads(row[3]), _loads(row[6])
        return cls(
            row[0],
            row[1],
            row[2],
            tuple(c for c in codes if isinstance(c, str)) if isinstance(codes, list) else (),
            row[4],
            bool(row[5]),
            HistoryRecord.from_stored(record if isinstance(record, dict) else {}),
        )


def _loads(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, TypeError, RecursionError):
        return None
