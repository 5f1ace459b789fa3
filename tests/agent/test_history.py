"""The history record: only checked fields are kept, and they explain the failure again."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.agent.history import UNKNOWN, HistoryRecord, Known
from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.reading.report import FailureReport, Ids, Outcome, UnreadablePaste
from app.verdict.explain import explain
from tests.conftest import DATA

PASTES = sorted((DATA / "pastes").glob("*.txt")) + sorted((DATA / "agent_texts").glob("*.txt"))


@pytest.mark.sweep
def test_every_corpus_paste_is_explained_the_same_from_its_record(catalog: Catalog) -> None:
    compared = 0
    for path in PASTES:
        try:
            reading = read_paste(path.read_text(encoding="utf-8"), catalog.code_kinds())
        except UnreadablePaste:
            continue
        for report in reading.failures:
            record = HistoryRecord.from_report(report)
            original, again = explain(report, catalog), explain(record.report(), catalog)
            assert (again.headline, again.sensitive, again.reply_class, again.retry) == (
                original.headline,
                original.sensitive,
                original.reply_class,
                original.retry,
            ), path.name
            assert HistoryRecord.from_stored(record.stored()) == record
            compared += 1
    assert compared > 40


@pytest.mark.sweep
def test_every_corpus_paste_kept_as_remember_keeps_it_is_explained_the_same(
    catalog: Catalog,
) -> None:
    """With the catalogue's codes only, an unknown code is kept as "unknown": the verdict is the
    same, and only the "Unknown code" headline no longer names the pasted text."""
    known = Known.from_catalog(catalog)
    compared = 0
    for path in PASTES:
        try:
            reading = read_paste(path.read_text(encoding="utf-8"), catalog.code_kinds())
        except UnreadablePaste:
            continue
        for report in reading.failures:
            record = HistoryRecord.from_report(report, known)
            original, again = explain(report, catalog), explain(record.report(), catalog)
            assert (again.sensitive, again.reply_class, again.retry, again.confidential) == (
                original.sensitive,
                original.reply_class,
                original.retry,
                original.confidential,
            ), path.name
            if original.headline.startswith("Unknown code: "):
                assert again.headline == f"Unknown code: {UNKNOWN}", path.name
            else:
                assert again.headline == original.headline, path.name
            assert HistoryRecord.from_stored(record.stored()) == record
            compared += 1
    assert compared > 40


def test_kept_values_are_the_derived_ones() -> None:
    report = FailureReport(
        shape="charge",
        code="card_declined",
        decline_code="stolen_card",
        network_decline_code="43",
        outcome=Outcome(
            "blocked",
            "not_sent_to_network",
            "highest_risk_level",
            "elevated",
            "Blocked; cardholder Jenny Rosen",
        ),
        message="Jenny Rosen's card 4242 4242 4242 4242",
        amount=1250,
        currency="eur",
        card_brand="visa",
        card_last4="4242",
        ids=Ids(charge="ch_3AbcDef", customer="cus_Q1w2"),
        created=1767225612,
    )
    stored = HistoryRecord.from_report(report).stored()
    assert stored == {
        "shape": "charge",
        "code": "card_declined",
        "decline_code": "stolen_card",
        "network_decline_code": "43",
        "outcome": {
            "type": "blocked",
            "network_status": "not_sent_to_network",
            "reason": "highest_risk_level",
            "risk_level": "elevated",
        },
        "ids": {"charge": "ch_3AbcDef", "customer": "cus_Q1w2"},
        "amount": 1250,
        "currency": "eur",
        "card_brand": "visa",
        "card_last4": "4242",
        "created": 1767225612,
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("decline_code", "4242424242424242"),
        ("decline_code", "Jenny Rosen"),
        ("code", "card_declined jenny@example.com"),
        ("error_type", "x" * 101),
        ("network_decline_code", "4242"),
        ("currency", "eu r"),
        ("currency", 840),
        ("card_last4", "4242 4242"),
        ("card_last4", 4242),
        ("card_brand", "Jenny"),
        ("amount", "1250"),
        ("amount", True),
        ("amount", -5),
        ("amount", 10**15),
        ("event_type", "charge.failed\nJenny"),
        ("shape", "letter"),
        ("created", "yesterday"),
    ],
)
def test_a_value_without_its_fields_form_is_dropped(field: str, value: object) -> None:
    stored = HistoryRecord.from_stored({field: value}).stored()
    assert stored == {"shape": "code"}


@pytest.mark.parametrize(
    "value",
    [
        "pi_3Abc_secret_Zz9",
        "pi_",
        "pi_ab",
        "ch_3Abc",
        "pi_3Abc Jenny",
        "pi_3Abc%40x",
        "sk_live_1234",
    ],
)
def test_an_id_must_be_an_id_of_its_kind(value: str) -> None:
    record = HistoryRecord.from_stored({"ids": {"payment_intent": value}})
    assert record.ids == ()


def test_reason_and_codes_come_from_kept_fields_only() -> None:
    record = HistoryRecord.from_stored(
        {
            "code": "card_declined",
            "network_decline_code": "05",
            "outcome": {"type": "issuer_declined"},
        }
    )
    assert record.codes() == ["card_declined", "05", "issuer_declined"]
    assert record.reason() == "card_declined"
    assert HistoryRecord().reason() == "unknown"


def test_history_keeps_every_card_brand_the_catalogue_knows(catalog: Catalog) -> None:
    """Every brand the catalogue names, as Stripe spells it in any case, is kept in lower case and
    read back the same; a brand the catalogue does not name is not kept."""
    known = Known.from_catalog(catalog)
    brands = [*catalog.vocabulary("card_brands"), "unknown"]
    for brand in brands:
        for pasted in (brand, brand.upper(), brand.title()):
            record = HistoryRecord.from_stored({"card_brand": pasted}, known)
            assert record.card_brand == brand, pasted
            assert HistoryRecord.from_stored(record.stored()) == record
    for other in ("Jenny", "jenny rosen", "visa electron x", "4242"):
        assert HistoryRecord.from_stored({"card_brand": other}, known).card_brand is None


CODE_VALUES = st.one_of(
    st.text(max_size=40),
    st.from_regex(r"(sk|rk|pk|ek|whsec|sk_org)_(live|test)_[A-Za-z0-9]{8,30}", fullmatch=True),
    st.from_regex(r"[a-z]{2,8}(_[a-z0-9]{1,8}){0,3}", fullmatch=True),  # code-shaped words
)
ID_VALUES = st.one_of(
    st.text(max_size=40),
    st.from_regex(
        r"(ch|pi|cus|req|evt|pm)_[A-Za-z0-9]{0,8}[0-9]{10,19}[A-Za-z0-9]{0,4}", fullmatch=True
    ),
    st.from_regex(
        r"(ch|pi|cus|req|evt|pm)_[A-Za-z0-9]{4,24}(_secret_[A-Za-z0-9]{4,8})?", fullmatch=True
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    field=st.sampled_from(
        [
            "error_type",
            "code",
            "decline_code",
            "advice_code",
            "network_decline_code",
            "network_advice_code",
        ]
    ),
    value=CODE_VALUES,
    id_field=st.sampled_from(
        ["charge", "payment_intent", "customer", "request", "event", "payment_method"]
    ),
    id_value=ID_VALUES,
)
def test_any_value_is_kept_only_as_the_rules_say(
    known: Known, field: str, value: str, id_field: str, id_value: str
) -> None:
    record = HistoryRecord.from_stored({field: value, "ids": {id_field: id_value}}, known)
    kept = getattr(record, field)
    assert kept == (value if value in known.codes else UNKNOWN if value else None)
    kept_id = dict(record.ids).get(id_field)
    if kept_id is not None:
        assert kept_id == id_value and not re.search(r"[0-9]{12}", kept_id)
        assert "_secret" not in kept_id and re.fullmatch(r"[a-z]+_[A-Za-z0-9]{4,}", kept_id)
    again = HistoryRecord.from_stored(record.stored())
    assert again == record  # what is kept is read back the same


@pytest.fixture(scope="module")
def known(catalog: Catalog) -> Known:
    return Known.from_catalog(catalog)


def test_a_code_read_back_is_kept_up_to_100_characters() -> None:
    # user.db's bound for a code (app/agent/userschema.py): 100 characters kept, 101 dropped.
    longest = "a" * 100
    assert HistoryRecord.from_stored({"decline_code": longest}).decline_code == longest
    assert HistoryRecord.from_stored({"decline_code": longest + "b"}).decline_code is None


def test_the_words_evidence_read_back_keeps_codes_only_and_at_most_ten() -> None:
    # What the paste's words named, as user.db holds it: a name or a sentence that found its way
    # into the list is never shown again, and a damaged item does not hide the codes after it.
    stored = ["stolen_card", 5, "Jenny Rosen", "lost or stolen card", "lost_card", "43"]
    record = HistoryRecord.from_stored({"evidence": stored})
    assert record.evidence == ("stolen_card", "lost_card", "43")
    many = [f"code_{n}" for n in range(11)]
    assert HistoryRecord.from_stored({"evidence": many}).evidence == tuple(many[:10])
    bounded = ["a" * 100, "b" * 101]  # the same 100-character bound as a code
    assert HistoryRecord.from_stored({"evidence": bounded}).evidence == ("a" * 100,)
