"""What a history row may hold: an allowlist of fields the app derived, never the pasted text.

Redacting a raw paste is a blocklist and always misses something (a card number split across
lines, a URL-encoded email, a name in a sentence). So history keeps only values whose form is
known and checked here: codes, the outcome, the shape, object ids, amount, currency, card brand,
last 4 digits, payment method type, live or test, and timestamps. A value that does not have its
field's form is dropped, so a card number typed into `decline_code` or a client secret in an id
field is never kept either. Codes are kept only when the catalogue knows them (any other is kept
as "unknown", never its text: a pasted API key reads as an unknown code), nothing with the form of
a Stripe secret is kept anywhere, and no value holds a run of 12 digits (a card number inside an
id).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from app.reading.extract import FAILURE_EVENTS
from app.reading.fields import ID_PREFIXES
from app.reading.report import SHAPES as REPORT_SHAPES
from app.reading.report import FailureReport, Ids, Outcome

if TYPE_CHECKING:
    from app.catalogue.catalog import Catalog

# A Stripe code, error type, outcome value or event type: lower-case words joined by _ or .
CODE = re.compile(r"[a-z][a-z0-9]*(?:[_.][a-z0-9]+){0,8}")
# A card network's decline or advice code: two or three letters and digits ("05", "N7").
NETWORK_CODE = re.compile(r"[A-Za-z0-9]{1,3}")
CURRENCY = re.compile(r"[a-z]{3}")
# What a code the catalogue does not know is kept as: never its text, which may be anything the
# agent pasted (a key, a name). The catalogue has it too, as a risk level, so it explains alike.
UNKNOWN = "unknown"
# Stripe's secrets: secret, restricted, publishable and ephemeral API keys (live, test and
# organisation keys: sk_org_live_...), webhook signing secrets, and client secrets
# (pi_..._secret_...). A value with one of these forms is kept nowhere, whatever its field.
SECRET = re.compile(r"(?:^|[^a-z0-9])(?:sk|rk|pk|ek|whsec)_|_secret(?:_|$)", re.IGNORECASE)
DIGIT_RUN = re.compile(r"[0-9]{12}")  # a card or account number; no Stripe code or id has one
# The statuses of Stripe's charges, payment and setup intents and invoices.
STATUSES = frozenset(
    {
        "canceled",
        "draft",
        "failed",
        "open",
        "paid",
        "pending",
        "processing",
        "requires_action",
        "requires_capture",
        "requires_confirmation",
        "requires_payment_method",
        "succeeded",
        "uncollectible",
        "void",
    }
)
LAST4 = re.compile(r"[0-9]{4}")
# A card brand as kept: Stripe's brand id in lower case ("visa", "cartes_bancaires", "american
# express"). Which brands are kept is the catalogue's list (vocabulary.toml [card_brands]).
BRAND = re.compile(r"[a-z][a-z_]{1,29}(?: [a-z]{2,20})?")
SHAPES = frozenset(REPORT_SHAPES)
MAX_AMOUNT = 10**12  # more than any payment in the smallest currency unit
# The catalogue's codes: kept only when the catalogue knows them.
CODE_FIELDS = ("error_type", "code", "decline_code", "advice_code")
NETWORK_FIELDS = ("network_decline_code", "network_advice_code")
OUTCOME_FIELDS = ("type", "network_status", "reason", "risk_level")


@dataclass(frozen=True, slots=True)
class Known:
    """What the app knows, from the catalogue: the only codes, payment method types and card
    brands kept."""

    codes: frozenset[str]
    payment_method_types: frozenset[str]
    card_brands: frozenset[str] = frozenset()

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> Known:
        # Every type the verdict tells apart: a card's, a bank debit's, or another method's,
        # whose reply speaks of no card (vocabulary.toml [payment_methods]).
        types = {
            *catalog.vocabulary("card_payment_types"),
            *catalog.vocabulary("bank_debit_types"),
            *catalog.vocabulary("other_payment_types"),
        }
        brands = frozenset({*catalog.vocabulary("card_brands"), UNKNOWN})
        return cls(frozenset(catalog.code_kinds()), frozenset(types), brands)


def _plain(value: str) -> bool:
    """Nothing with a secret's form, nothing holding a card or account number."""
    return SECRET.search(value) is None and DIGIT_RUN.search(value) is None


def _code(value: object, known: Known | None = None) -> str | None:
    """With `known` (a failure kept now): the code if the catalogue has it, else "unknown".
    Without (a row read back): a code of the catalogue's form, nothing like a secret."""
    if not isinstance(value, str) or not value:
        return None
    if known is not None:
        return value if value in known.codes else UNKNOWN
    return value if len(value) <= 100 and CODE.fullmatch(value) and _plain(value) else None


def _evidence(value: object, known: Known | None = None) -> tuple[str, ...]:
    """The codes the words named: with `known`, only those the catalogue has (never "unknown");
    read back, only values of a code's form. At most ten."""
    if not isinstance(value, list | tuple):
        return ()
    found = []
    for code in value[:10]:
        if not isinstance(code, str):
            continue
        if known is not None:
            if code in known.codes:
                found.append(code)
        elif (CODE.fullmatch(code) and len(code) <= 100 and _plain(code)) or NETWORK_CODE.fullmatch(
            code
        ):
            found.append(code)
    return tuple(dict.fromkeys(found))


def _network_code(value: object, known: Known | None = None) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    if known is not None:
        return value if value in known.codes else UNKNOWN
    return value if NETWORK_CODE.fullmatch(value) or value == UNKNOWN else None


def _match(pattern: re.Pattern[str], value: object) -> str | None:
    return value if isinstance(value, str) and pattern.fullmatch(value) else None


def _among(allowed: frozenset[str], value: object) -> str | None:
    return value if isinstance(value, str) and value in allowed else None


def _payment_method_type(value: object, known: Known | None) -> str | None:
    if known is not None:
        return _among(known.payment_method_types, value)
    return value if isinstance(value, str) and CODE.fullmatch(value) and _plain(value) else None


def _card_brand(value: object, known: Known | None) -> str | None:
    """With `known`: a brand the catalogue names (or Stripe's "unknown"), in lower case. Read
    back: a brand id's form only."""
    if not isinstance(value, str):
        return None
    if known is not None:
        return _among(known.card_brands, value.lower())
    return _match(BRAND, value)


def _object_id(name: str, value: object) -> str | None:
    """ "pi_3Abc" is kept; "pi_3Abc_secret_x" (a client secret), "ch_4242424242424242" (a card
    number where an id belongs) and anything else are not."""
    if not isinstance(value, str) or len(value) > 100:
        return None
    prefix = next((p for p in ID_PREFIXES[name] if value.startswith(p)), None)
    rest = value[len(prefix) :] if prefix else ""
    ok = prefix is not None and len(rest) >= 4 and rest.isascii() and rest.isalnum()
    return value if ok and _plain(value) else None


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
    livemode: bool | None = None  # False: a test payment, marked TEST in the history list
    # Catalogue codes the paste's words named beyond its fields (reading.sweep): they keep the
    # entry confidential when it is explained again.
    evidence: tuple[str, ...] = ()

    @classmethod
    def from_stored(cls, stored: Mapping[str, Any], known: Known | None = None) -> HistoryRecord:
        """Checks every value against its field's form; anything else is dropped. With `known`
        (when a failure is first kept), codes the catalogue lacks become "unknown"."""
        shape = stored.get("shape")
        found_outcome, found_ids = stored.get("outcome"), stored.get("ids")
        outcome = found_outcome if isinstance(found_outcome, Mapping) else {}
        ids = found_ids if isinstance(found_ids, Mapping) else {}
        created = _amount(stored.get("created"))
        return cls(
            shape=shape if isinstance(shape, str) and shape in SHAPES else "code",
            **{name: _code(stored.get(name), known) for name in CODE_FIELDS},
            **{name: _network_code(stored.get(name), known) for name in NETWORK_FIELDS},
            event_type=_among(FAILURE_EVENTS, stored.get("event_type")),
            status=_among(STATUSES, stored.get("status")),
            payment_method_type=_payment_method_type(stored.get("payment_method_type"), known),
            outcome=tuple(
                (k, v) for k in OUTCOME_FIELDS if (v := _code(outcome.get(k), known)) is not None
            ),
            ids=tuple((k, v) for k in ID_PREFIXES if (v := _object_id(k, ids.get(k))) is not None),
            amount=_amount(stored.get("amount")),
            currency=_match(CURRENCY, stored.get("currency")),
            card_brand=_card_brand(stored.get("card_brand"), known),
            card_last4=_match(LAST4, stored.get("card_last4")),
            created=created,
            livemode=livemode if isinstance(livemode := stored.get("livemode"), bool) else None,
            evidence=_evidence(stored.get("evidence"), known),
        )

    @classmethod
    def from_report(cls, report: FailureReport, known: Known | None = None) -> HistoryRecord:
        """The record of a report; `known` (Known.from_catalog) whenever it is to be stored."""
        outcome = report.outcome
        return cls.from_stored(
            {
                **{
                    f.name: getattr(report, f.name)
                    for f in fields(cls)
                    if f.name not in ("outcome", "ids", "evidence")
                },
                "evidence": list(report.evidence),
                "outcome": {k: getattr(outcome, k) for k in OUTCOME_FIELDS} if outcome else {},
                "ids": report.ids.as_dict(),
            },
            known,
        )

    def stored(self) -> dict[str, Any]:
        """The record as JSON-ready values, without the empty ones."""
        values: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        values["outcome"] = dict(self.outcome)
        values["ids"] = dict(self.ids)
        values["evidence"] = list(self.evidence)
        return {k: v for k, v in values.items() if v not in (None, {}, "", [])}

    def report(self) -> FailureReport:
        """A FailureReport holding only these fields, to explain the entry again."""
        values = {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("outcome", "ids", "evidence")
        }
        return FailureReport(
            **values,
            evidence=list(self.evidence),
            outcome=Outcome(**dict(self.outcome)) if self.outcome else None,
            ids=Ids(**dict(self.ids)),
        )

    def codes(self) -> list[str]:
        """The codes shown in the history list and searched, most specific first."""
        outcome = dict(self.outcome)
        found = [self.decline_code, self.code, self.network_decline_code, outcome.get("type")]
        return [c for i, c in enumerate(found) if c and c not in found[:i]]

    def test_mode(self) -> bool:
        """A test payment, by the same rule as the explanation's TEST MODE mark: test data, or
        Stripe's test decline on a payment not said to be live."""
        return self.livemode is False or (
            self.decline_code == "testmode_decline" and self.livemode is not True
        )

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
