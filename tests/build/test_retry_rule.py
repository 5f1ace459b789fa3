"""The builder refuses a code that must never be retried mapped to a reply that invites a retry."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from app.catalogue.catalog import Catalog
from build.catalog_rules import bank_debit_lists, invites_retry, validate
from build.catalog_source import ENTRY_FILES, read_entries
from tests.conftest import CATALOG_SOURCE


@pytest.fixture(scope="module")
def source() -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    def load(name: str) -> dict[str, Any]:
        with (CATALOG_SOURCE / name).open("rb") as handle:
            return tomllib.load(handle)

    problems: list[str] = []
    entries = [e for name in ENTRY_FILES for e in read_entries(CATALOG_SOURCE / name, problems)]
    assert not problems
    return load("catalog.toml"), load("vocabulary.toml"), entries


def test_the_shipped_source_keeps_the_rule(source: tuple[Any, Any, list[dict[str, Any]]]) -> None:
    release, vocabulary, entries = source
    assert validate(release, vocabulary, entries) == []
    assert "contact_bank" in invites_retry(vocabulary)


def test_every_never_retry_code_is_refused_with_every_inviting_class(
    source: tuple[Any, Any, list[dict[str, Any]]],
) -> None:
    release, vocabulary, entries = source
    never = [e for e in entries if e["retry"] == "never" and not e["sensitive"]]
    assert len(never) >= 30
    for reply_class in invites_retry(vocabulary):
        changed = [{**e, "reply_class": reply_class} if e in never else e for e in entries]
        problems = validate(release, vocabulary, changed)
        for entry in never:
            assert any(
                f"[{entry['kind']}.{entry['code']}] must never be retried" in p and reply_class in p
                for p in problems
            ), (entry["code"], reply_class)


def test_an_unknown_class_in_the_list_is_refused(
    source: tuple[Any, Any, list[dict[str, Any]]],
) -> None:
    release, vocabulary, entries = source
    changed = {**vocabulary, "reply_invites_retry": {"classes": ["try_again_someday"]}}
    assert any("try_again_someday" in p for p in validate(release, changed, entries))


def test_the_list_is_in_the_catalogue(
    catalog: Catalog, source: tuple[Any, Any, list[dict[str, Any]]]
) -> None:
    assert list(catalog.vocabulary("reply_invites_retry")) == invites_retry(source[1])


def test_the_bank_debit_lists_are_checked_and_in_the_catalogue(
    catalog: Catalog, source: tuple[Any, Any, list[dict[str, Any]]]
) -> None:
    release, vocabulary, entries = source
    changed = {
        **vocabulary,
        "bank_debits": {
            **vocabulary["bank_debits"],
            "card_replies": {"card_went_missing": "bank_debit_problem"},
        },
    }
    assert any(
        "[bank_debits] names 'card_went_missing'" in p for p in validate(release, changed, entries)
    )
    changed["bank_debits"]["card_replies"] = {"insufficient_funds": "account_went_missing"}
    assert any(
        "[bank_debits.card_replies] names 'account_went_missing'" in p
        for p in validate(release, changed, entries)
    )
    lists = bank_debit_lists(vocabulary)
    assert list(catalog.vocabulary("card_replies")) == lists["card_replies"]
    assert catalog.vocabulary("card_replies")["insufficient_funds"] == "bank_insufficient_funds"
    assert list(catalog.vocabulary("bank_debit_types")) == lists["payment_method_types"]


def test_a_never_retry_code_cannot_wait_on_the_card_issuer(
    source: tuple[Any, Any, list[dict[str, Any]]],
) -> None:
    """`lookup fraudulent` and the window say the same: who acts on a never-retry code is not
    the bank, which will not change its mind (issue 22)."""
    release, vocabulary, entries = source
    never = [e for e in entries if e["retry"] == "never"]
    assert not any(e["who_acts"] == "card_issuer" for e in never)
    changed = [{**e, "who_acts": "card_issuer"} if e is never[0] else e for e in entries]
    problems = validate(release, vocabulary, changed)
    assert any(
        f"[{never[0]['kind']}.{never[0]['code']}]" in p and "card issuer" in p for p in problems
    )


def test_the_vague_replies_are_checked_and_in_the_catalogue(
    catalog: Catalog, source: tuple[Any, Any, list[dict[str, Any]]]
) -> None:
    release, vocabulary, entries = source
    assert list(catalog.vocabulary("vague_replies")) == vocabulary["vague_replies"]["classes"]
    changed = {**vocabulary, "vague_replies": {"classes": ["say_little"]}}
    assert any("say_little" in p for p in validate(release, changed, entries))


def test_a_brand_reading_must_name_two_network_codes(
    source: tuple[Any, Any, list[dict[str, Any]]],
) -> None:
    release, vocabulary, entries = source
    assert vocabulary["brand_network_codes"] == {"mastercard.65": "1A"}
    for readings in ({"mastercard.65": "7Z"}, {"mastercard.6X": "1A"}, {"acme.65": "1A"}):
        changed = {**vocabulary, "brand_network_codes": readings}
        assert any("brand_network_codes" in p for p in validate(release, changed, entries))


def test_the_payment_method_lists_are_checked_and_in_the_catalogue(
    catalog: Catalog, source: tuple[Any, Any, list[dict[str, Any]]]
) -> None:
    release, vocabulary, entries = source
    methods = vocabulary["payment_methods"]
    bad = {
        **vocabulary,
        "payment_methods": {
            **methods,
            "provider_codes": ["partner_made_up_code"],
            "card_replies": {"expired_card": "wallet_expired"},
        },
    }
    problems = validate(release, bad, entries)
    assert any("provider_codes names 'partner_made_up_code'" in p for p in problems)
    assert any("[payment_methods.card_replies] names 'wallet_expired'" in p for p in problems)
    no_cards = {**vocabulary, "payment_methods": {**methods, "card_types": []}}
    assert any("needs card_types" in p for p in validate(release, no_cards, entries))
    assert list(catalog.vocabulary("card_payment_types")) == methods["card_types"]
    assert list(catalog.vocabulary("provider_codes")) == methods["provider_codes"]
    assert catalog.vocabulary("other_method_replies") == methods["card_replies"]
