"""What a history row keeps of every field, as a table: each field against every class of value
a paste can put there (its own form, the catalogue's codes, codes it lacks, keys and client
secrets, card numbers, names, the bounds of each form, other types), when a failure is first
kept (with the catalogue) and when a row is read back from user.db. The expected values are the
rules of app/agent/history.py's docstring written out, not values the module computed; the
whole table runs in seconds, so `make mutate` runs it first."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.agent.history import STATUSES, UNKNOWN, HistoryItem, HistoryRecord, Known
from app.catalogue.catalog import Catalog
from app.reading.extract import FAILURE_EVENTS
from app.reading.fields import ID_PREFIXES
from app.reading.report import SHAPES

pytestmark = pytest.mark.decisions

SAME = object()  # the value itself is kept
# A code the catalogue has, for each code field (in the outcome: `outcome.type` and so on).
KNOWN_CODES = {
    "error_type": "card_error",
    "code": "card_declined",
    "decline_code": "stolen_card",
    "advice_code": "do_not_try_again",
    "outcome.type": "blocked",
    "outcome.network_status": "not_sent_to_network",
    "outcome.reason": "highest_risk_level",
    "outcome.risk_level": "elevated",
}
NETWORK_CODES = {"network_decline_code": "43", "network_advice_code": "21"}
# (what the value is, the value, kept when first stored, kept when read back)
CODE_VALUES: list[tuple[str, object, object, object]] = [
    ("a code the catalogue lacks", "zz_not_a_stripe_code", UNKNOWN, SAME),
    ("a secret key", "sk_live_51AbCdEf", UNKNOWN, None),
    ("an organisation's key", "sk_org_live_51AbCdEf", UNKNOWN, None),
    ("a restricted key", "rk_test_51AbCdEf", UNKNOWN, None),
    ("a webhook secret", "whsec_AbCdEf12", UNKNOWN, None),
    ("a client secret", "pi_3abc_secret_xyz", UNKNOWN, None),
    ("a card number", "4242424242424242", UNKNOWN, None),
    ("a code holding a card number", "card_4242424242424242", UNKNOWN, None),
    ("a code with 11 digits", "code_42424242424", UNKNOWN, SAME),
    ("a name", "Jenny Rosen", UNKNOWN, None),
    ("an email", "jenny@example.com", UNKNOWN, None),
    ("capitals", "Card_Declined", UNKNOWN, None),
    ("100 characters", "a" * 100, UNKNOWN, SAME),
    ("101 characters", "a" * 101, UNKNOWN, None),
    ("nothing", "", None, None),
    ("a number", 51, None, None),
    ("a list", ["card_declined"], None, None),
]
NETWORK_VALUES: list[tuple[str, object, object, object]] = [
    ("the word unknown", UNKNOWN, UNKNOWN, SAME),
    ("a code the catalogue lacks", "Z9Z", UNKNOWN, SAME),
    ("four digits", "4242", UNKNOWN, None),
    ("a card number", "4242424242424242", UNKNOWN, None),
    ("a secret key", "sk_live_51AbCdEf", UNKNOWN, None),
    ("nothing", "", None, None),
    ("a number", 5, None, None),
]
ALWAYS: list[tuple[str, str, object, object]] = [  # field, what, value, kept either way
    ("amount", "none", 0, SAME),
    ("amount", "a payment", 1250, SAME),
    ("amount", "the largest", 10**12 - 1, SAME),
    ("amount", "too large", 10**12, None),
    ("amount", "below none", -1, None),
    ("amount", "true", True, None),
    ("amount", "text", "1250", None),
    ("amount", "a fraction", 12.5, None),
    ("created", "a time", 1767225612, SAME),
    ("created", "text", "yesterday", None),
    ("created", "below none", -1, None),
    ("currency", "a currency", "eur", SAME),
    ("currency", "capitals", "EUR", None),
    ("currency", "four letters", "euro", None),
    ("currency", "two letters", "eu", None),
    ("currency", "a number", 978, None),
    ("card_last4", "four digits", "4242", SAME),
    ("card_last4", "three digits", "424", None),
    ("card_last4", "five digits", "42424", None),
    ("card_last4", "letters", "abcd", None),
    ("card_last4", "a number", 4242, None),
    ("livemode", "live", True, SAME),
    ("livemode", "test", False, SAME),
    ("livemode", "text", "true", None),
    ("livemode", "a number", 1, None),
    ("status", "capitals", "Failed", None),
    ("status", "a sentence", "failed for Jenny", None),
    ("event_type", "not a failure", "charge.succeeded", None),
    ("event_type", "a name", "charge.failed\nJenny", None),
    ("shape", "another word", "letter", "code"),
    ("shape", "a number", 5, "code"),
]


@pytest.fixture(scope="module")
def known(catalog: Catalog) -> Known:
    return Known.from_catalog(catalog)


def _stored(field: str, value: object) -> dict[str, Any]:
    if field.startswith("outcome."):
        return {"outcome": {field.removeprefix("outcome."): value}}
    return {field: value}


def _kept(record: HistoryRecord, field: str) -> object:
    if field.startswith("outcome."):
        return dict(record.outcome).get(field.removeprefix("outcome."))
    return getattr(record, field)


def _rows() -> Iterator[tuple[str, str, object, object, object]]:
    """(field, what, value, kept when first stored, kept when read back) for every field."""
    for field, code in KNOWN_CODES.items():
        yield field, "a catalogue code", code, SAME, SAME
        for what, value, now, back in CODE_VALUES:
            yield field, what, value, now, back
    for field, code in NETWORK_CODES.items():
        yield field, "a catalogue code", code, SAME, SAME
        for what, value, now, back in NETWORK_VALUES:
            yield field, what, value, now, back
    for field, what, value, kept in ALWAYS:
        yield field, what, value, kept, kept
    for shape in SHAPES:
        yield "shape", "a shape", shape, SAME, SAME
    for status in sorted(STATUSES):
        yield "status", "a status", status, SAME, SAME
    for event in sorted(FAILURE_EVENTS):
        yield "event_type", "a failure's event", event, SAME, SAME


ROWS = list(_rows())


@pytest.mark.parametrize(
    ("field", "what", "value", "now", "back"), ROWS, ids=[f"{r[0]}: {r[1]}" for r in ROWS]
)
def test_each_field_keeps_only_its_form(
    known: Known, field: str, what: str, value: object, now: object, back: object
) -> None:
    first = HistoryRecord.from_stored(_stored(field, value), known)
    read_back = HistoryRecord.from_stored(_stored(field, value))
    assert _kept(first, field) == (value if now is SAME else now), what
    assert _kept(read_back, field) == (value if back is SAME else back), what
    # What was kept reads back the same, and the stored row holds nothing else.
    assert HistoryRecord.from_stored(first.stored()) == first
    assert HistoryRecord.from_report(first.report()) == first  # explained again: the same
    assert set(first.stored()) <= {"shape", field.split(".")[0]}


def _id_values(name: str, prefix: str) -> Iterator[tuple[str, str | int, bool]]:
    other = next(p for n, ps in ID_PREFIXES.items() for p in ps if n != name and p not in prefix)
    yield "an id", f"{prefix}3AbC", True
    yield "an id of 100 characters", prefix + ("3Ab" * 40)[: 100 - len(prefix)], True
    yield "an id of 101 characters", prefix + ("3Ab" * 40)[: 101 - len(prefix)], False
    yield "three characters after the prefix", f"{prefix}3Ab", False
    yield "a client secret", f"{prefix}3AbC_secret_Xy", False
    yield "a card number", f"{prefix}4242424242424242", False
    yield "11 digits", f"{prefix}42424242424", True
    yield "a letter not ASCII", f"{prefix}3AbCé", False
    yield "a name after it", f"{prefix}3AbC Jenny", False
    yield "another kind's id", f"{other}3AbC", False
    yield "a secret key", "sk_live_3AbCdEf", False
    yield "a number", 4242, False


ID_ROWS = [
    (name, what, value, kept)
    for name, prefixes in ID_PREFIXES.items()
    for prefix in prefixes
    for what, value, kept in _id_values(name, prefix)
]


@pytest.mark.parametrize(
    ("name", "what", "value", "kept"), ID_ROWS, ids=[f"{r[0]}: {r[1]}" for r in ID_ROWS]
)
def test_each_id_keeps_only_an_id_of_its_kind(
    known: Known, name: str, what: str, value: object, kept: bool
) -> None:
    for record in (
        HistoryRecord.from_stored({"ids": {name: value}}, known),
        HistoryRecord.from_stored({"ids": {name: value}}),
    ):
        assert dict(record.ids) == ({name: value} if kept else {}), what
        assert HistoryRecord.from_report(record.report()) == record, what


def test_payment_method_types_and_brands_are_the_catalogues(catalog: Catalog) -> None:
    # Known made here, not by the module's fixture: mutmut ties a fixture's calls to the first
    # test that used it, and this is the test that reads every type and brand.
    known = Known.from_catalog(catalog)
    types = [
        *catalog.vocabulary("card_payment_types"),
        *catalog.vocabulary("bank_debit_types"),
        *catalog.vocabulary("other_payment_types"),
    ]
    for kind in types:
        assert HistoryRecord.from_stored({"payment_method_type": kind}, known).payment_method_type
        assert HistoryRecord.from_stored({"payment_method_type": kind}).payment_method_type == kind
    for other in ("jenny", "zz_method", "sk_live_51AbCdEf", "Sepa_Debit", 5):
        first = HistoryRecord.from_stored({"payment_method_type": other}, known)
        assert first.payment_method_type is None, other
    for other in ("sk_live_51AbCdEf", "Sepa_Debit", "sepa debit", "card_4242424242424242", 5):
        back = HistoryRecord.from_stored({"payment_method_type": other})
        assert back.payment_method_type is None, other
    assert HistoryRecord.from_stored({"payment_method_type": "zz_method"}).payment_method_type
    for brand in ("visa", "american express", "cartes_bancaires"):
        assert HistoryRecord.from_stored({"card_brand": brand}).card_brand == brand
    for other in ("v", "jenny rosen smith", "4242", 5):
        assert HistoryRecord.from_stored({"card_brand": other}).card_brand is None, other
        assert HistoryRecord.from_stored({"card_brand": other}, known).card_brand is None, other
    # A brand as Stripe spells it in any case is the catalogue's, when first kept only.
    assert HistoryRecord.from_stored({"card_brand": "Visa"}, known).card_brand == "visa"
    assert HistoryRecord.from_stored({"card_brand": "Visa"}).card_brand is None


@pytest.mark.parametrize(
    ("fields", "reason", "codes"),
    [
        (
            {"decline_code": "a", "outcome": {"reason": "b", "type": "e"}, "code": "c"},
            "a",
            ["a", "c", "e"],
        ),
        ({"outcome": {"reason": "b", "type": "e"}, "code": "c"}, "b", ["c", "e"]),
        (
            {"code": "c", "outcome": {"type": "e"}, "network_decline_code": "05"},
            "c",
            ["c", "05", "e"],
        ),
        ({"outcome": {"type": "e"}, "network_decline_code": "05"}, "e", ["05", "e"]),
        ({"network_decline_code": "05"}, "05", ["05"]),
        ({"decline_code": "a", "code": "a", "outcome": {"type": "a"}}, "a", ["a"]),
        ({}, "unknown", []),
        ({"decline_code": "a", "code": "b", "outcome": {"type": "a"}}, "a", ["a", "b"]),
    ],
)
def test_the_reason_counted_and_the_codes_listed(
    fields: dict[str, Any], reason: str, codes: list[str]
) -> None:
    record = HistoryRecord.from_stored(fields)
    assert record.reason() == reason
    assert record.codes() == codes


@pytest.mark.parametrize(
    ("livemode", "decline_code", "test"),
    [
        (False, "card_declined", True),
        (False, "testmode_decline", True),
        (None, "testmode_decline", True),
        (True, "testmode_decline", False),
        (None, "card_declined", False),
        (True, "card_declined", False),
    ],
)
def test_the_test_mark_follows_the_explanations_rule(
    livemode: bool | None, decline_code: str, test: bool
) -> None:
    record = HistoryRecord.from_stored({"livemode": livemode, "decline_code": decline_code})
    assert record.test_mode() is test


@pytest.mark.parametrize(
    ("codes", "record", "kept_codes", "kept"),
    [
        (
            '["stolen_card", 5, null, "43"]',
            '{"decline_code": "stolen_card"}',
            ("stolen_card", "43"),
            {"decline_code": "stolen_card"},
        ),
        ("not json", "not json", (), {}),
        ('{"a": 1}', '["decline_code"]', (), {}),
        ('"stolen_card"', "[" * 100_000, (), {}),
        ("null", '{"decline_code": "Jenny Rosen"}', (), {}),
    ],
)
def test_a_damaged_row_is_read_as_empty(
    codes: str, record: str, kept_codes: tuple[str, ...], kept: dict[str, str]
) -> None:
    for sensitive in (0, 1):  # user.db's flag, whatever the record beside it holds
        item = HistoryItem.from_row(
            (7, "2026-12-07 10:00", "Declined", codes, "stolen_card", sensitive, record)
        )
        assert (item.id, item.created, item.headline, item.reason) == (
            7,
            "2026-12-07 10:00",
            "Declined",
            "stolen_card",
        )
        assert item.sensitive is bool(sensitive)
        assert item.codes == kept_codes
        assert item.record.stored() == {"shape": "code", **kept}


def test_the_words_evidence_keeps_catalogue_codes_only(known: Known) -> None:
    pasted: list[object] = ["stolen_card", "zz_not_a_stripe_code", "sk_live_51AbCdEf"]
    pasted += ["4242424242424242", "Jenny Rosen", "43", 5, "stolen_card"]
    first = HistoryRecord.from_stored({"evidence": pasted}, known)
    assert first.evidence == ("stolen_card", "43")  # once each, nothing the catalogue lacks
    back = HistoryRecord.from_stored({"evidence": pasted})
    assert back.evidence == ("stolen_card", "zz_not_a_stripe_code", "43")
    many = [f"code_{n}" for n in range(12)]
    assert HistoryRecord.from_stored({"evidence": many}).evidence == tuple(many[:10])
