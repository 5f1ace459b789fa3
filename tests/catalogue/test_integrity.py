"""The catalogue's seal: every kind of damage or edit is refused on opening, never half-used."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalogue.catalog import Catalog, CatalogCorrupt, CatalogError
from app.catalogue.integrity import (
    COUNTS_KEY,
    DIGEST_KEY,
    MAX_CATALOG_BYTES,
    UNSEALED,
    file_digest,
    file_problem,
)
from tests.conftest import CATALOG_DB


def edited(tmp_path: Path, *statements: str) -> Path:
    """A copy of the committed catalogue changed with sqlite3, as a person at a shell would."""
    path = tmp_path / "catalog.db"
    shutil.copy(CATALOG_DB, path)
    db = sqlite3.connect(path, isolation_level=None)  # autocommit, so VACUUM can run
    for statement in statements:
        db.execute(statement)
    db.close()
    return path


def reseal_digest(path: Path) -> None:
    """Rewrites the stored digest to match the edited bytes, as someone who read our code would;
    the stored row counts are left as they were."""
    data = path.read_bytes()
    db = sqlite3.connect(path)
    stored = db.execute("SELECT value FROM metadata WHERE key = ?", [DIGEST_KEY]).fetchone()[0]
    db.close()
    blank = data.replace(stored.encode(), UNSEALED.encode())
    digest = file_digest(io.BytesIO(blank), UNSEALED)
    assert digest is not None
    path.write_bytes(blank.replace(UNSEALED.encode(), digest.encode()))


def test_the_committed_catalogue_is_sealed_and_opens() -> None:
    with Catalog(CATALOG_DB) as catalog:
        assert catalog.lookup("stolen_card")[0].sensitive


DAMAGE: dict[str, tuple[str, ...]] = {
    "guard phrases deleted": ("DELETE FROM guard_phrases",),
    "one revealing word deleted": (
        "DELETE FROM guard_phrases WHERE rowid = (SELECT MIN(rowid) FROM guard_phrases)",
    ),
    "decline codes deleted": ("DELETE FROM entries WHERE kind = 'decline_code'",),
    "stolen_card no longer sensitive": (
        "UPDATE entries SET sensitive = 0 WHERE code = 'stolen_card'",
    ),
    "entry text edited": (
        "UPDATE entries SET summary = 'Tell the customer the card was stolen.' "
        "WHERE code = 'generic_decline'",
    ),
    "reply text edited": ("UPDATE reply_texts SET template = template || ' The card was stolen.'",),
    "a table dropped": ("DROP TABLE currency_formats",),
    "a table the app reads dropped": ("DROP TABLE guard_phrases",),
    "a table added": ("CREATE TABLE extra (x)", "INSERT INTO extra VALUES (1)"),
    "stored counts edited to match": (
        "DELETE FROM guard_phrases",
        "UPDATE metadata SET value = json_set(value, '$.guard_phrases', 0) "
        f"WHERE key = '{COUNTS_KEY}'",
    ),
    "seal removed": (f"DELETE FROM metadata WHERE key = '{DIGEST_KEY}'",),
    "seal blanked": (f"UPDATE metadata SET value = '{UNSEALED}' WHERE key = '{DIGEST_KEY}'",),
    "compacted after a delete": ("DELETE FROM entries WHERE code = 'stolen_card'", "VACUUM"),
}


@pytest.mark.parametrize("statements", DAMAGE.values(), ids=DAMAGE.keys())
def test_an_edited_catalogue_is_refused(tmp_path: Path, statements: tuple[str, ...]) -> None:
    path = edited(tmp_path, *statements)
    with pytest.raises(CatalogCorrupt, match="reinstall Decline Desk"):
        Catalog(path)


def test_rows_deleted_behind_a_recomputed_digest_are_caught_by_the_counts(tmp_path: Path) -> None:
    path = edited(tmp_path, "DELETE FROM guard_phrases WHERE locale = 'en'")
    reseal_digest(path)
    with pytest.raises(CatalogCorrupt, match="lost or gained entries"):
        Catalog(path)


def test_a_recomputed_digest_alone_is_accepted_so_the_test_above_proves_the_counts(
    tmp_path: Path,
) -> None:
    path = edited(tmp_path, "UPDATE entries SET title = title || '.'")
    reseal_digest(path)
    with Catalog(path) as catalog:
        assert catalog.lookup("stolen_card")[0].title.endswith(".")


def corrupt_bytes(data: bytes) -> bytes:
    """One byte flipped in the middle of the file, as a bad disk sector would."""
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x55]) + data[middle + 1 :]


def schema_not_utf8(data: bytes) -> bytes:
    """A byte of a table's CREATE statement turned into half a UTF-8 character."""
    at = data.find(b"CREATE TABLE") + 2
    return data[:at] + bytes([0xC5]) + data[at + 1 :]


FILE_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "schema text not UTF-8": schema_not_utf8,
    "truncated to half": lambda data: data[: len(data) // 2],
    "truncated to three pages": lambda data: data[: 4096 * 3],
    "last byte missing": lambda data: data[:-1],
    "one byte flipped": corrupt_bytes,
    "garbage appended": lambda data: data + b"\x00garbage" * 100,
    "not a database": lambda data: b"this is not a database, just some text " * 100,
    "empty": lambda data: b"",
}


@pytest.mark.parametrize("damage", FILE_DAMAGE.values(), ids=FILE_DAMAGE.keys())
def test_a_damaged_file_is_refused_in_a_sentence(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    path = tmp_path / "catalog.db"
    path.write_bytes(damage(CATALOG_DB.read_bytes()))
    with pytest.raises(CatalogCorrupt, match="reinstall Decline Desk") as caught:
        Catalog(path)
    assert "\n" not in str(caught.value)


def test_stored_counts_name_every_table_the_app_reads() -> None:
    db = sqlite3.connect(CATALOG_DB.resolve().as_uri() + "?mode=ro", uri=True)
    counts = json.loads(
        db.execute("SELECT value FROM metadata WHERE key = ?", [COUNTS_KEY]).fetchone()[0]
    )
    db.close()
    assert {"entries", "guard_phrases", "reply_texts", "vocabulary"} <= set(counts)
    assert all(n > 0 for n in counts.values())
    assert "metadata" not in counts and not any(t.startswith("entries_fts") for t in counts)


_ORIGINAL = CATALOG_DB.read_bytes()


@settings(max_examples=40, deadline=None)
@given(offset=st.integers(0, len(_ORIGINAL) - 1), flip=st.integers(1, 255))
def test_any_changed_byte_is_refused(
    tmp_path_factory: pytest.TempPathFactory, offset: int, flip: int
) -> None:
    """Wherever a byte changes (a header field, a page of the search index, the stored digest
    itself), the catalogue is refused with a sentence; it never opens and never crashes."""
    path = tmp_path_factory.mktemp("flipped") / "catalog.db"
    path.write_bytes(
        _ORIGINAL[:offset] + bytes([_ORIGINAL[offset] ^ flip]) + _ORIGINAL[offset + 1 :]
    )
    with pytest.raises(CatalogError, match="install"):
        Catalog(path)


@pytest.mark.parametrize("chunk", [7, 64, 75, 76, 77, 1000])
def test_the_digest_does_not_depend_on_where_reading_is_cut(
    monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """The stored digest is found whether or not a read boundary falls inside it."""
    from app.catalogue import integrity

    data = b"x" * 500 + UNSEALED.encode() + b"y" * 300
    whole = file_digest(io.BytesIO(data), UNSEALED)
    monkeypatch.setattr(integrity, "_CHUNK", chunk)
    assert whole is not None and file_digest(io.BytesIO(data), UNSEALED) == whole
    twice = data + UNSEALED.encode()
    assert file_digest(io.BytesIO(twice), UNSEALED) is None


def refused_before_reading(path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The sentence a file is refused with, proving that neither SQLite nor the seal's checksum
    read it: both are replaced by a failure here."""

    def never(*_: object, **__: object) -> None:
        raise AssertionError("the file was read")

    monkeypatch.setattr("app.catalogue.catalog.sqlite3.connect", never)
    monkeypatch.setattr("app.catalogue.integrity.file_digest", never)
    with pytest.raises(CatalogCorrupt, match="reinstall Decline Desk") as caught:
        Catalog(path)
    assert "\n" not in str(caught.value)
    return str(caught.value)


@pytest.mark.parametrize("size", [MAX_CATALOG_BYTES + 1, 8 * 2**30])
def test_a_huge_file_is_refused_from_its_size_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    path = tmp_path / "catalog.db"
    shutil.copy(CATALOG_DB, path)
    with path.open("r+b") as file:
        file.truncate(size)  # sparse: the real catalogue's header, then holes
    assert "larger than any Decline Desk catalogue" in refused_before_reading(path, monkeypatch)


@pytest.mark.parametrize("extra", [1, 4096, 10 * 4096])
def test_a_file_longer_than_its_header_says_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: int
) -> None:
    path = tmp_path / "catalog.db"
    path.write_bytes(CATALOG_DB.read_bytes() + b"\x00" * extra)
    assert "not the size its own header gives" in refused_before_reading(path, monkeypatch)


def test_a_file_without_the_sqlite_header_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "catalog.db"
    path.write_bytes(b"\x00" * 4096 + CATALOG_DB.read_bytes())
    assert "not an SQLite database" in refused_before_reading(path, monkeypatch)


def test_the_bound_leaves_room_for_the_catalogue_to_grow() -> None:
    assert file_problem(str(CATALOG_DB)) is None
    assert CATALOG_DB.stat().st_size * 10 < MAX_CATALOG_BYTES
