"""Opening the catalogue: read-only, schema checked, one clear exception per failure."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.catalogue.catalog import (
    Catalog,
    CatalogCorrupt,
    CatalogMissing,
    CatalogOutdated,
)
from app.catalogue.entries import READING_QUERY
from app.catalogue.opening import SCHEMA_VERSION, CatalogError
from tests.conftest import CATALOG_DB


def test_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(CatalogMissing, match="missing"):
        Catalog(tmp_path / "nowhere.db")


def test_a_file_that_is_not_sqlite_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "catalog.db"
    path.write_bytes(b"this is not a database, just some text " * 100)
    with pytest.raises(CatalogCorrupt):
        Catalog(path)


def test_an_empty_sqlite_file_is_not_a_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "catalog.db"
    sqlite3.connect(path).execute("CREATE TABLE unrelated (x)").connection.close()
    with pytest.raises(CatalogCorrupt, match="not a Decline Desk catalogue"):
        Catalog(path)


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1, 99])
def test_another_schema_version_is_outdated(tmp_path: Path, version: int) -> None:
    path = tmp_path / "catalog.db"
    shutil.copy(CATALOG_DB, path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()
    with pytest.raises(CatalogOutdated, match=f"format {version}"):
        Catalog(path)


def test_a_truncated_file_is_corrupt_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "catalog.db"
    path.write_bytes(CATALOG_DB.read_bytes()[: 4096 * 3])
    with pytest.raises(CatalogCorrupt), Catalog(path) as catalog:
        list(catalog.entries())


def test_the_catalogue_is_opened_read_only(tmp_path: Path) -> None:
    path = tmp_path / "catalog.db"
    shutil.copy(CATALOG_DB, path)
    before = path.read_bytes()
    with Catalog(path) as catalog, pytest.raises(sqlite3.OperationalError, match="readonly"):
        catalog._db.execute("DELETE FROM entries")
    assert path.read_bytes() == before


def test_a_path_with_spaces_and_unicode_opens(tmp_path: Path) -> None:
    folder = tmp_path / "Décline desk #1 ?"
    folder.mkdir()
    shutil.copy(CATALOG_DB, folder / "catalog.db")
    with Catalog(folder / "catalog.db") as catalog:
        assert catalog.lookup("stolen_card")


def test_lookup_finds_every_kind_of_a_name(catalog: Catalog) -> None:
    kinds = [entry.kind for entry in catalog.lookup("expired_card")]
    assert kinds == ["error_code", "decline_code"]


def test_lookup_ignores_case_and_surrounding_space(catalog: Catalog) -> None:
    assert [e.code for e in catalog.lookup("  Stolen_Card ")] == ["stolen_card"]
    assert [e.code for e in catalog.lookup("n7")] == ["N7"]


def test_lookup_of_an_unknown_code_is_empty(catalog: Catalog) -> None:
    assert catalog.lookup("no_such_code") == []


def test_entry_and_vocabulary(catalog: Catalog) -> None:
    entry = catalog.entry("decline_code", "insufficient_funds")
    assert entry is not None and entry.kind == "decline_code"
    assert catalog.entry("decline_code", "no_such_code") is None
    assert "generic_decline" in catalog.vocabulary("reply_classes")
    assert list(catalog.vocabulary("retry")) == [
        "now",
        "later",
        "after_fix",
        "never",
        "not_applicable",
    ]


def test_a_vocabulary_read_twice_is_the_same_and_cannot_be_changed(catalog: Catalog) -> None:
    """Each group is read from the file once; callers get their own copy."""
    first = catalog.vocabulary("retry_badges")
    first["never"] = "Retry: maybe"
    assert catalog.vocabulary("retry_badges")["never"] == "Retry: no"
    assert catalog.vocabulary("retry_badges") == catalog.vocabulary("retry_badges")


def test_what_reading_needs_is_stored_as_the_tables_say() -> None:
    """The builder folds the reader's codes, messages, field names, words and test cards into
    a few stored values; a paste read with them must see exactly what the tables hold."""
    db = sqlite3.connect(f"file:{CATALOG_DB}?mode=ro", uri=True)
    try:
        stored = dict(db.execute("SELECT part, value FROM reading_data").fetchall())
        folded = dict(db.execute(READING_QUERY).fetchall())
    finally:
        db.close()
    assert {part: json.loads(value) for part, value in stored.items()} == {
        part: json.loads(value) for part, value in folded.items()
    }
    assert json.loads(stored["reading"])["entries"] != []
    assert json.loads(stored["messages"]) != []


def test_the_reading_words_keep_the_vocabulary_order(catalog: Catalog) -> None:
    """The builder groups the reader's words (SQLite's aggregates keep the order rows come in,
    which it does not promise): each group must list its names as vocabulary.toml orders them,
    for every group reading uses."""
    db = sqlite3.connect(f"file:{CATALOG_DB}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT grp, name FROM vocabulary ORDER BY grp, position").fetchall()
    finally:
        db.close()
    catalog.code_kinds()  # reads the stored groups, and keeps them as the vocabulary's
    checked = 0
    for group in {grp for grp, _ in rows}:
        stored = list(catalog.vocabulary(group))
        if len(stored) > 1:
            checked += 1
        assert stored == [name for grp, name in rows if grp == group], group
    assert checked > 10


def test_a_catalogue_without_what_reading_needs_is_refused(tmp_path: Path) -> None:
    damaged = tmp_path / "catalog.db"
    shutil.copy(CATALOG_DB, damaged)
    db = sqlite3.connect(damaged)
    db.execute("DROP TABLE reading_data")
    db.commit()
    db.close()
    with pytest.raises(CatalogError) as raised:
        Catalog(damaged)
    assert "\n" not in str(raised.value)
