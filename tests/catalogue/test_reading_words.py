"""The reader's word groups from the catalogue: those read at once and those decoded when a
reader first asks (Catalog.code_kinds), each exactly as vocabulary.toml lists it, in order."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.entries import _READ_AT_ONCE, _READ_LATER, READING_PART
from app.paths import catalog_file
from app.reading.paste import read_paste
from tests.conftest import CATALOG_DB


def _groups() -> dict[str, list[tuple[str, str]]]:
    db = sqlite3.connect(f"file:{CATALOG_DB}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT grp, name, title FROM vocabulary ORDER BY grp, position")
        groups: dict[str, list[tuple[str, str]]] = {}
        for group, name, title in rows:
            groups.setdefault(group, []).append((name, title))
    finally:
        db.close()
    return groups


@pytest.mark.parametrize("group", _READ_LATER)
def test_a_group_decoded_later_holds_its_vocabulary_in_order(group: str) -> None:
    with Catalog(catalog_file()) as catalog:
        known = catalog.code_kinds()
        assert group not in known.__dict__  # not decoded until read
        words = getattr(known, group)
        assert list(words.items()) == _groups()[group]
        assert getattr(known, group) is words  # decoded once
        assert catalog.vocabulary(group) == words


@pytest.mark.parametrize("group", _READ_AT_ONCE)
def test_a_group_read_at_once_holds_its_vocabulary_in_order(group: str) -> None:
    with Catalog(catalog_file()) as catalog:
        catalog.code_kinds()
        assert list(catalog.vocabulary(group).items()) == _groups()[group]


def test_the_stripe_messages_made_later_are_the_stored_ones() -> None:
    db = sqlite3.connect(f"file:{CATALOG_DB}?mode=ro", uri=True)
    try:
        count = db.execute("SELECT COUNT(*) FROM stripe_messages").fetchone()[0]
    finally:
        db.close()
    with Catalog(catalog_file()) as catalog:
        messages = catalog.code_kinds().messages
    assert len(messages) == count > 100
    assert all(message.pattern.startswith(" ") for message in messages)


def test_each_word_group_read_later_is_stored_apart() -> None:
    """What lets a paste decode only the groups it reads: each is a part of its own."""
    db = sqlite3.connect(f"file:{CATALOG_DB}?mode=ro", uri=True)
    try:
        parts = dict(db.execute("SELECT part, value FROM reading_data").fetchall())
    finally:
        db.close()
    assert set(parts) == {READING_PART, "messages", *_READ_LATER}
    assert set(json.loads(parts[READING_PART])["words"]) == set(_READ_AT_ONCE)


def test_a_json_paste_decodes_no_group_of_words() -> None:
    """A JSON paste reads none of the groups for texts in words; a text in words does."""
    with Catalog(catalog_file()) as catalog:
        known = catalog.code_kinds()
        reading = read_paste('{"error": {"type": "card_error", "code": "card_declined"}}', known)
        assert [report.code for report in reading.failures] == ["card_declined"]
        assert not [group for group in _READ_LATER if group in known.__dict__]
        said = read_paste("The customer's card was declined: insufficient funds.", known)
        assert said.failures
        assert [group for group in _READ_LATER if group in known.__dict__]


def test_a_field_given_to_code_kinds_is_not_made_again() -> None:
    """Fields given directly (tests, the window's own CodeKinds) stay as given."""
    from app.reading.report import CodeKinds

    known = CodeKinds({}, reason_words={"nsf": "insufficient_funds"})
    made: list[str] = []

    def notice_words() -> dict[str, str]:
        made.append("notice")
        return {"x": "y"}

    known.made_later({"notice_words": notice_words})
    assert known.reason_words == {"nsf": "insufficient_funds"}
    assert known.notice_words == {"x": "y"} and known.notice_words == {"x": "y"}
    assert made == ["notice"]
    with pytest.raises(AttributeError):
        _ = known.not_a_field  # type: ignore[attr-defined]
