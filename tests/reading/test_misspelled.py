"""A sensitive code written with one letter wrong (`fradulent`, `stolen_crad`) still makes the
paste confidential, in every kind of typo past the first two letters; no code of the catalogue
and no ordinary word is taken for a misspelled sensitive one."""

from __future__ import annotations

import json
import string

import pytest

from app.reading.misspelled import MIN_LENGTH, misspelled
from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals


def _typos(code: str) -> set[str]:
    """Every one-letter deletion, change, insertion and swap of `code` after its first two."""
    letters = string.ascii_lowercase
    out = set()
    for at in range(2, len(code)):
        out.add(code[:at] + code[at + 1 :])
        out |= {code[:at] + c + code[at + 1 :] for c in letters}
        out |= {code[:at] + c + code[at:] for c in letters}
        if at + 1 < len(code):
            out.add(code[:at] + code[at + 1] + code[at] + code[at + 2 :])
    return out - {code}


def _long_sensitive(known: CodeKinds) -> list[str]:
    return sorted(c for c in known.sensitive_codes if len(c) >= MIN_LENGTH and c.isascii())


def test_every_typo_of_every_long_sensitive_code_is_found(known: CodeKinds) -> None:
    codes = _long_sensitive(known)
    assert "fraudulent" in codes and "stolen_card" in codes
    for code in codes:
        for typo in _typos(code):
            if typo in known:  # another code of the catalogue, read as itself
                continue
            assert code in misspelled(f"decline_code: {typo}", known.sensitive_codes), typo


@pytest.mark.parametrize(
    "paste",
    [
        '{"error": {"code": "card_declined", "decline_code": "{typo}", "type": "card_error"}}',
        'extra: %{card_code: :card_declined, decline_code: "{typo}"}',
        "Her card was declined again, the bank said {typo}. She wants to retry.",
    ],
)
def test_a_paste_with_a_misspelled_sensitive_code_is_confidential(
    known: CodeKinds, paste: str
) -> None:
    for typo in ("fradulent", "fraudulant", "stolen_crad", "stolne_card", "merchant_blacklsit"):
        reading = read_paste(paste.replace("{typo}", typo), known)
        assert reading.failures, typo
        first = reading.failures[0]
        assert signals(first, known.sensitive, known.sensitive_codes), typo


def test_no_code_of_the_catalogue_and_no_stripe_word_is_a_misspelled_sensitive_one(
    known: CodeKinds,
) -> None:
    others = [c for c in known if c not in known.sensitive_codes]
    words = " ".join(others)
    assert misspelled(words, known.sensitive_codes) == []
    # Every key and value of a harmless Stripe object, and words near the codes' own.
    charge = json.dumps(
        {
            "statement_descriptor": "RESTRICTED AREA",
            "requires_payment_method": True,
            "securityCode": "passed",
            "restricted": "fraudulently",
            "last_card": "pickup_time",
            "reversed_after": "fraudster",
        }
    )
    assert misspelled(charge, known.sensitive_codes) == []
