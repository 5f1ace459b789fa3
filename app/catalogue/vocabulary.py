"""The app's fixed words, each written once: reply channels, retry verdicts, who acts, and the
reply class every sensitive code gets. The catalogue's vocabulary.toml holds their titles and
badge labels; tests/catalogue/test_vocabulary.py keeps the two in step."""

from __future__ import annotations

from app import TYPE_CHECKING

# Each list is a tuple for the code and, beside it, a Literal type for the checker: `typing` is
# not imported at run time (explain's start, app/__init__.py). tests/test_one_definition.py
# fails when a tuple and its Literal differ.
if TYPE_CHECKING:
    from typing import Final, Literal

    Channel = Literal["email", "chat"]
    Retry = Literal["now", "later", "after_fix", "never", "not_applicable", "unknown"]
    WhoActs = Literal["customer", "card_issuer", "our_team", "our_developers", "stripe"]
else:
    Channel = Retry = WhoActs = str  # the names importers may use in annotations

CHANNELS: Final[tuple[Channel, ...]] = ("email", "chat")

# "unknown" is the verdict for a code the catalogue does not have; it has no catalogue entry.
RETRY_VERDICTS: Final[tuple[Retry, ...]] = (
    "now",
    "later",
    "after_fix",
    "never",
    "not_applicable",
    "unknown",
)
# An advice code whose catalogue retry is one of these decides the payment's retry verdict.
DECIDING_RETRY: Final[tuple[Retry, ...]] = ("now", "later", "after_fix", "never")
UNKNOWN: Final = "unknown"

WHO_ACTS: Final[tuple[WhoActs, ...]] = (
    "customer",
    "card_issuer",
    "our_team",
    "our_developers",
    "stripe",
)

GENERIC_DECLINE: Final = "generic_decline"
# The generic decline of a payment not made by card (a wallet, a local method, a bank debit).
GENERIC_DECLINE_ANY_METHOD: Final = "generic_decline_any_method"
# The reply for a card that must not be tried again: another card or payment method.
USE_ANOTHER_METHOD: Final = "use_another_payment_method"
