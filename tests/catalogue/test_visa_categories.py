"""Visa's decline categories in the catalogue (issue 22): category 1 codes are never retried,
the category 2 and 3 codes Visa added are in, and each says its category."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.replies.analyse import analyse_paste

# Forte's table of Visa's categories (each entry's source); 03 and 78 are category 2 for
# Checkout.com, so they keep their own verdicts (resources/catalog/README.md).
CATEGORY_1 = ("04", "07", "12", "41", "43", "46", "57", "62", "93", "R0", "R1", "R3")
# No such card number or issuer: the retry Visa forbids (the same number) is never allowed by
# after_fix either; the only retry is with a corrected number.
CATEGORY_1_NUMBER = ("14", "15")
NEW = {"86": ("2", "later"), "N3": ("2", "later"), "N4": ("2", "later"), "6P": ("3", "after_fix")}


@pytest.mark.parametrize("code", CATEGORY_1)
def test_a_category_1_code_is_never_retried(catalog: Catalog, code: str) -> None:
    entry = catalog.entry("network_decline_code", code)
    assert entry is not None and entry.retry == "never"
    assert entry.who_acts != "card_issuer"


@pytest.mark.parametrize("code", CATEGORY_1_NUMBER)
def test_a_category_1_number_code_asks_for_another_number(catalog: Catalog, code: str) -> None:
    entry = catalog.entry("network_decline_code", code)
    assert entry is not None
    assert (entry.retry, entry.reply_class) == ("after_fix", "incorrect_card_details")


@pytest.mark.parametrize("code", sorted(NEW))
def test_the_added_visa_codes_say_their_category(catalog: Catalog, code: str) -> None:
    category, retry = NEW[code]
    entry = catalog.entry("network_decline_code", code)
    assert entry is not None and entry.retry == retry and not entry.sensitive
    assert f"Visa Category {category}" in entry.stripe_description
    assert f"category {category}" in entry.summary
    assert entry.as_of == "2026-12-06" and entry.source.startswith("https://")


@pytest.mark.parametrize("code", sorted(NEW))
def test_a_paste_with_an_added_code_is_explained(catalog: Catalog, code: str) -> None:
    paste = json.dumps(
        {
            "error": {
                "type": "card_error",
                "code": "card_declined",
                "decline_code": "generic_decline",
                "network_decline_code": code,
                "message": "Declined.",
            }
        }
    )
    _, findings = analyse_paste(paste, catalog)
    e = findings[0].explanation
    assert not e.unknown_codes
    assert e.retry == NEW[code][1]
    assert any(f"Network decline code {code}" in note for note in e.notes)
