"""Stripe's own signs (an id, a field only Stripe prints, Radar, an SDK's error class) are looked
for one at a time, each only when the text holds its words: the answer must be the whole
pattern's, for every paste and every rendering of each sign."""

from __future__ import annotations

import re

import pytest

from app.reading.other_processor import _OURS_STRONG, _stripe_sign
from tests.conftest import DATA

SIGNS = (
    "last_payment_error",
    "lastPaymentError",
    "declineCode",
    "req_AbCdEf123456",
    "ch_3NxYzAbCdEfGhIjK",
    "card_1AbCdEfGhIjKlMnO",
    "ch_3nxyzabcdefghijk",  # lower-case: no id of Stripe's
    "Radar",
    "RADAR rule",
    "radarscope",
    "Stripe::CardError",
    "stripe.error.CardError",
    "Stripe\\Exception\\CardException",
    "StripeException",
    "com.stripe.exception",
    "paid via Stripe",
    "ſtripe::CardError",  # long s: case folds it to s
    "Stripe::CardError, ünïcode",
    "RADAR İstanbul",
)
AROUND = ("{}", "x{}", "{}x", " {} ", '"{}":', "_{}_", "é {} é", "{}\n")


def _texts() -> list[str]:
    texts = [frame.format(sign) for sign in SIGNS for frame in AROUND]
    texts += [sign.upper() for sign in SIGNS] + [sign.lower() for sign in SIGNS]
    return texts


@pytest.mark.parametrize("text", _texts())
def test_each_rendering_of_a_sign_is_found_as_the_whole_pattern_finds_it(text: str) -> None:
    assert _stripe_sign(text) == (re.search(_OURS_STRONG, text) is not None)


def test_every_example_paste_is_answered_as_the_whole_pattern_answers_it() -> None:
    pastes = sorted(DATA.rglob("*.txt"))
    assert len(pastes) > 1000
    for path in pastes:
        head = path.read_text(encoding="utf-8", errors="replace")[:20_000]
        assert _stripe_sign(head) == (re.search(_OURS_STRONG, head) is not None), path
