"""Stripe.js' customer-facing decline messages quoted in the customer's own language
(vocabulary.toml `customer_messages`: "Twoja karta została odrzucona.", "カードが拒否されました。")
read as the code each stands for, whatever the quotes, the case and the email around them."""

from __future__ import annotations

import tomllib

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.conftest import ROOT

MESSAGES = tomllib.loads((ROOT / "resources/catalog/vocabulary.toml").read_text())[
    "customer_messages"
]
# A customer's email or chat message quoting the checkout, as agents forward them.
AROUND = [
    "Od: Klient\nTemat: Płatność\n\nprzy płatności pojawia się komunikat \u201e{}.\u201d Co robić?",
    "Hello, the checkout says \u00ab {}. \u00bb and I tried three times. Regards",
    "\u300c{}\u300d\u3068\u8868\u793a\u3055\u308c\u307e\u3057\u305f\u3002",
    "> {}.\n\nForwarded by the customer, ticket 5521.",
]


@pytest.mark.parametrize(("message", "code"), sorted(MESSAGES.items()))
def test_a_quoted_message_reads_as_its_code(known: CodeKinds, message: str, code: str) -> None:
    for around in AROUND:
        for written in (message.capitalize(), message.upper(), message):
            text = around.format(written)
            found = read_paste(text, known).failures[0].detected()
            assert code in (found.get("code"), found.get("decline_code")), text
            if code == "card_declined":  # the generic message tells no reason of its own
                assert found.get("decline_code") is None, text


@pytest.mark.parametrize("message", sorted(m for m, c in MESSAGES.items() if c == "card_declined"))
def test_the_generic_message_beside_a_confidential_code_stays_confidential(
    known: CodeKinds, message: str
) -> None:
    text = f"Customer quotes: \u201c{message}.\u201d Dashboard: decline code lost_card."
    first = read_paste(text, known).failures[0]
    assert first.decline_code == "lost_card", text
    assert signals(first, known.sensitive, known.sensitive_codes), text
