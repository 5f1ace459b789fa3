"""What a paste says about one failed payment: the FailureReport, and the errors of a bad paste."""

from __future__ import annotations

from app import TYPE_CHECKING
from app.reading.keys import FieldName
from app.records import asdict, field, record

# Literal types for the checker only (`typing` stays off explain's path, app/__init__.py); the
# shapes' tuple beside them, for code that checks them at run time (history).
# tests/test_one_definition.py fails when the tuple and its Literal differ.
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, Literal

    from app.reading.messages import StripeMessage  # made when a reader first asks (Catalog)

    Shape = Literal[
        "error",
        "charge",
        "payment_intent",
        "setup_intent",
        "invoice",
        "checkout_session",
        "payment_record",
        "code",
    ]
    ParsePath = Literal["json", "python_literal", "js_literal", "scanner", "codes", "text"]
    UnusableKind = Literal[
        "empty", "binary", "html", "prose", "no_stripe_fields", "too_deep", "too_large", "file"
    ]
else:
    Shape = ParsePath = UnusableKind = str  # the names importers may use in annotations

SHAPES: tuple[Shape, ...] = (
    "error",
    "charge",
    "payment_intent",
    "setup_intent",
    "invoice",
    "checkout_session",
    "payment_record",
    "code",
)


@record(frozen=True, slots=True)
class StripeTestCard:
    """One of Stripe's test cards and the failure it gives (reading.test_cards)."""

    number: str
    tokens: tuple[str, ...]
    brand: str
    result: str
    error_type: str | None
    code: str | None
    decline_code: str | None
    outcome_type: str | None
    outcome_reason: str | None


class CodeKinds(dict[str, tuple[str, ...]]):
    """Every catalogue code and its kinds, and which (kind, code) pairs are sensitive: what the
    paste reader needs from the catalogue, in plain data it can take to a worker thread."""

    def __init__(
        self,
        kinds: dict[str, tuple[str, ...]],
        *,
        sensitive: frozenset[tuple[str, str]] = frozenset(),
        messages: tuple[StripeMessage, ...] = (),
        names: dict[str, FieldName] | None = None,
        other_processors: dict[str, str] | None = None,
        processor_marks: dict[str, str] | None = None,
        processor_senders: dict[str, str] | None = None,
        stripe_mentions: dict[str, str] | None = None,
        order_payment: dict[str, str] | None = None,
        document_words: dict[str, str] | None = None,
        notice_words: dict[str, str] | None = None,
        failure_words: tuple[dict[str, str], ...] = ({}, {}, {}, {}, {}, {}),
        card_types: frozenset[str] = frozenset(),
        shorthand: dict[str, str] | None = None,
        test_cards: dict[str, StripeTestCard] | None = None,
        reason_words: dict[str, str] | None = None,
        outcome_words: dict[str, str] | None = None,
        code_roles: dict[str, str] | None = None,
        outcome_rows: dict[str, str] | None = None,
        customer_messages: dict[str, str] | None = None,
        number_words: dict[str, str] | None = None,
    ) -> None:
        super().__init__(kinds)
        self.sensitive = sensitive
        self.messages = messages
        self.names: dict[str, FieldName] = names or {}
        # Processors that are not Stripe, by the word they print, and their names.
        self.other_processors: dict[str, str] = other_processors or {}
        # What marks another processor's own object (a field, an id prefix), and its name.
        self.processor_marks: dict[str, str] = processor_marks or {}
        # Processors another only where named as a failure's sender (PayPal, Square).
        self.processor_senders: dict[str, str] = processor_senders or {}
        # How a text names Stripe without saying it carried the payment (a "Stripe macro", "not
        # via Stripe"), each word with its role and languages (reading.stripe_mentions).
        self.stripe_mentions: dict[str, str] = stripe_mentions or {}
        # An online shop order: the fields that tell its payment, and the values they say.
        self.order_payment: dict[str, str] = order_payment or {}
        # The words of a page about codes ("common causes", "for example"): heading or hint.
        self.document_words: dict[str, str] = document_words or {}
        # The words of a notice about payments that is no failure (a webhook's delivery, a
        # dispute rate, an early fraud warning), each with its notice (reading.notices).
        self.notice_words: dict[str, str] = notice_words or {}
        # A failure told in words: what failed (payment, card), how (declined), and the words
        # ("error") that tell one only beside the word Stripe, and the words that tell nothing
        # failed ("succeeded", "refunded"), each with its language; a payment held for review;
        # what a failure may be about that is no payment (a webhook, a customer id).
        self.failure_words = failure_words
        # The payment method types that are cards (vocabulary.toml [payment_methods] card_types).
        self.card_types = card_types
        # Shorthand for a code ("dnh", "nsf"), read as the code in words.
        self.shorthand: dict[str, str] = shorthand or {}
        # Stripe's test cards by number and by test PaymentMethod or token (reading.test_cards).
        self.test_cards: dict[str, StripeTestCard] = test_cards or {}
        # Reasons told in words in every shipped language, and the code each tells.
        self.reason_words: dict[str, str] = reason_words or {}
        # A declined payment's outcome told in words, in every shipped language, and its type.
        self.outcome_words: dict[str, str] = outcome_words or {}
        # The words around a code that tell it as the payment's or only mention it (said_codes).
        self.code_roles: dict[str, str] = code_roles or {}
        # An outcome row's labels in every shipped language, and the values that tell its type.
        self.outcome_rows: dict[str, str] = outcome_rows or {}
        # Stripe.js' customer-facing messages in each shipped language, and the code each tells.
        self.customer_messages: dict[str, str] = customer_messages or {}
        # Numbers said in words in every shipped language, and the number each says.
        self.number_words: dict[str, str] = number_words or {}
        # Every code that is sensitive under some kind: a code named in words has no kind.
        self.sensitive_codes = frozenset(code for _, code in sensitive)
        self.cache: dict[str, object] = {}  # what readers derive from these once (reading.sweep)

    def made_later(self, makers: dict[str, Callable[[], object]]) -> None:
        """Has each named field made by its maker when a reader first reads it: a JSON paste
        reads few of the word groups, whose JSON is most of the catalogue's reading data."""
        for name in makers:
            self.__dict__.pop(name, None)
        self.__dict__["_later"] = makers

    if not TYPE_CHECKING:  # the checker sees the fields as set in __init__

        def __getattr__(self, name: str) -> object:
            # Called only for a name not set yet. Two threads may make a field at once: both
            # make the same value from the same text, and either one is kept.
            maker = self.__dict__.get("_later", {}).get(name)
            if maker is None:
                raise AttributeError(name)
            value = maker()
            self.__dict__[name] = value
            return value


class UnreadablePaste(Exception):
    """Nothing in the paste can be used; `message` is one plain sentence for the agent."""

    def __init__(self, kind: UnusableKind, message: str) -> None:
        super().__init__(message)
        self.kind: UnusableKind = kind
        self.message = message
        # The confidential reasons the text names all the same (a page about `stolen_card`, a
        # quiz about Radar's blocks): shown beside the sentence, as a failure's would be.
        self.confidential: tuple[str, ...] = ()


@record(slots=True)
class Outcome:
    """A Charge's outcome: how the network and Radar saw the payment."""

    type: str | None = None
    network_status: str | None = None
    reason: str | None = None
    risk_level: str | None = None
    seller_message: str | None = None


@record(slots=True)
class Ids:
    charge: str | None = None
    payment_intent: str | None = None
    setup_intent: str | None = None
    invoice: str | None = None
    customer: str | None = None
    request: str | None = None
    event: str | None = None
    payment_method: str | None = None
    checkout_session: str | None = None
    payment_record: str | None = None  # a Payment Record (pr_): a payment reported to Stripe

    def as_dict(self) -> dict[str, str]:
        """Only the ids that were found."""
        return {name: value for name, value in asdict(self).items() if value}


@record(slots=True)
class FailureReport:
    """One failed payment (or API call) found in a paste, with every field a support agent needs.

    `message`, `seller_message` and `outcome.seller_message` are free text from the paste: they are
    kept for the agent and must never reach a customer reply.
    """

    shape: Shape
    error_type: str | None = None
    code: str | None = None
    decline_code: str | None = None
    advice_code: str | None = None
    network_decline_code: str | None = None
    network_advice_code: str | None = None
    outcome: Outcome | None = None
    message: str | None = None
    param: str | None = None
    doc_url: str | None = None
    request_log_url: str | None = None
    ids: Ids = field(default_factory=Ids)
    amount: int | None = None
    currency: str | None = None
    card_brand: str | None = None
    card_last4: str | None = None
    card_funding: str | None = None
    card_country: str | None = None
    wallet: str | None = None
    payment_method_type: str | None = None
    livemode: bool | None = None
    created: int | None = None
    event_type: str | None = None
    status: str | None = None
    inferred: list[str] = field(default_factory=list)  # fields not written but certain from it
    # Codes the paste's words name beyond its fields (reading.sweep): `stolen_card` in a note.
    evidence: list[str] = field(default_factory=list)
    customer_name: str | None = None  # free text: only first_name() of it may reach a reply
    # Where Stripe keeps the reason the paste does not carry: an Invoice of API version
    # 2025-03-31 or later names no PaymentIntent or Charge (app/reading/invoices.py).
    reason_at: str | None = None

    @property
    def seller_message(self) -> str | None:
        return self.outcome.seller_message if self.outcome else None

    @property
    def key(self) -> tuple[str | None, ...]:
        """Two reports with the same key describe the same failure (merged as duplicates)."""
        object_id = (
            self.ids.charge
            or self.ids.payment_intent
            or self.ids.setup_intent
            or self.ids.invoice
            or self.ids.checkout_session
            or self.ids.payment_record
            or self.ids.request
            or self.ids.event
        )
        outcome = self.outcome.type if self.outcome else None
        return (object_id, self.code, self.decline_code, outcome)

    def detected(self) -> dict[str, Any]:
        """DESIGN.md's `detected` object."""
        return {
            "shape": self.shape,
            "error_type": self.error_type,
            "code": self.code,
            "decline_code": self.decline_code,
            "advice_code": self.advice_code,
            "network_decline_code": self.network_decline_code,
            "network_advice_code": self.network_advice_code,
            "card_brand": self.card_brand,
            "outcome": None
            if self.outcome is None
            else {
                "type": self.outcome.type,
                "network_status": self.outcome.network_status,
                "reason": self.outcome.reason,
                "risk_level": self.outcome.risk_level,
            },
            "amount": self.amount,
            "currency": self.currency,
            "ids": self.ids.as_dict(),
            "inferred": [
                name
                for name in ("error_type", "code", "decline_code", "outcome")
                if name in self.inferred
            ],
        }


@record(slots=True)
class PasteReading:
    """Everything read from one paste: the failures (most relevant first) and what to warn about."""

    failures: list[FailureReport]
    parse_path: ParsePath
    warnings: list[str] = field(default_factory=list)
    # With no failure: the confidential reasons the paste names all the same (an early fraud
    # warning, a dispute whose reason is fraud), shown as an unusable text's are.
    confidential: tuple[str, ...] = ()


def found_fields(report: FailureReport) -> list[tuple[str, str]]:
    """Every field found in the paste, as (label, value) rows for a details table."""
    rows: list[tuple[str, object]] = [
        ("shape", report.shape),
        ("event", report.event_type),
        ("status", report.status),
        ("error type", report.error_type),
        ("code", report.code),
        ("decline code", report.decline_code),
        ("advice code", report.advice_code),
        ("network decline code", report.network_decline_code),
        ("network advice code", report.network_advice_code),
    ]
    if report.outcome is not None:
        rows += [
            ("outcome type", report.outcome.type),
            ("network status", report.outcome.network_status),
            ("outcome reason", report.outcome.reason),
            ("risk level", report.outcome.risk_level),
            ("seller message", report.outcome.seller_message),
        ]
    rows += [
        ("message", report.message),
        ("param", report.param),
        (
            "amount",
            f"{report.amount} {report.currency.upper()} (smallest unit)"
            if report.amount is not None and report.currency
            else report.amount,
        ),
        (
            "card",
            " ".join(
                p
                for p in (
                    report.card_brand,
                    report.card_funding,
                    f"•••• {report.card_last4}" if report.card_last4 else None,
                    report.card_country,
                )
                if p
            )
            or None,
        ),
        ("wallet", report.wallet),
        ("payment method type", report.payment_method_type),
        ("livemode", None if report.livemode is None else str(report.livemode).lower()),
        ("created", report.created),
        *((f"{name} id", value) for name, value in report.ids.as_dict().items()),
        ("doc url", report.doc_url),
        ("request log", report.request_log_url),
    ]
    return [(label, str(value)) for label, value in rows if value not in (None, "")]
