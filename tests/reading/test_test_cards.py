"""Stripe's test cards named in a note, a log or a question: every card of test_cards.toml, in
every way people write it, in several languages, reads as a TEST failure of the card's reason,
and a sensitive one is confidential."""

from __future__ import annotations

import tomllib

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.conftest import ROOT

CARDS = tomllib.loads((ROOT / "resources/catalog/test_cards.toml").read_text())["card"]

AROUND = [
    "{}",
    "Customer used {} in staging and got an error, what does it mean?",
    "Checkout with {} failed. Your card was declined.",
    "2026-12-06T10:01:02Z ERROR payment failed card={} order=1042",
    "Le client a testé avec la carte {} et le paiement a échoué.",
    "Probé con la tarjeta {} y el pago falló.",
    "テストカード {} で決済に失敗しました。",
]


def _written(number: str) -> list[str]:
    """A card number as people write it: run together, in groups with spaces or dashes."""
    groups = [number[i : i + 4] for i in range(0, len(number), 4)]
    return [number, " ".join(groups), "-".join(groups)]


@pytest.mark.parametrize("card", CARDS, ids=lambda card: card["number"])
def test_every_test_card_in_every_writing_reads_as_its_failure(
    known: CodeKinds, card: dict[str, object]
) -> None:
    names = [*_written(str(card["number"])), *card.get("tokens", [])]  # type: ignore[misc]
    sensitive_reason = (
        card.get("decline_code") in known.sensitive_codes
        or card.get("outcome_reason") in known.sensitive_codes
        or card.get("outcome_type") == "blocked"
    )
    for name in names:
        for around in AROUND:
            text = around.format(name)
            reading = read_paste(text, known)
            assert reading.failures, text
            first = reading.failures[0]
            detected = first.detected()
            for field in ("code", "decline_code"):
                if card.get(field):
                    assert detected.get(field) == card[field], text
            if card.get("outcome_type"):
                assert (detected.get("outcome") or {}).get("type") == card["outcome_type"], text
            assert first.livemode is False, text
            assert any("test cards" in w for w in reading.warnings), text
            assert bool(signals(first, known.sensitive, known.sensitive_codes)) == bool(
                sensitive_reason
            ), text


@pytest.mark.parametrize(
    "text",
    [
        "Order 4000000000009987123 was refunded.",  # a longer number
        "Tracking id 40000000000099870 shipped.",
        "Invoice INV-4000000000009987.5 paid",
    ],
)
def test_a_longer_number_holding_a_test_card_is_no_test_card(known: CodeKinds, text: str) -> None:
    from app.reading.test_cards import named

    assert named(text, known) == []


def test_a_real_failure_naming_a_sensitive_test_card_is_confidential(known: CodeKinds) -> None:
    body = (
        '{"error": {"type": "card_error", "code": "card_declined", '
        '"decline_code": "generic_decline"}}'
    )
    reading = read_paste(f"Card 4000 0000 0000 9979 gave:\n{body}", known)
    assert reading.failures
    assert signals(reading.failures[0], known.sensitive, known.sensitive_codes)
