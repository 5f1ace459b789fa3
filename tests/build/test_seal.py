"""The builder seals every table it writes, including tables added after this test was written."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog, CatalogCorrupt
from app.catalogue.integrity import DIGEST_KEY, UNSEALED
from build.catalog import fingerprint, seal
from tests.conftest import CATALOG_DB


@pytest.fixture
def with_new_table(tmp_path: Path) -> Path:
    """The committed catalogue plus a table a later builder might add, sealed again."""
    path = tmp_path / "catalog.db"
    shutil.copy(CATALOG_DB, path)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE table_added_later (message TEXT, code TEXT)")
    db.executemany(
        "INSERT INTO table_added_later VALUES (?, ?)",
        [("Your card was declined.", "card_declined"), ("Stolen.", "stolen_card")],
    )
    db.commit()
    db.close()
    seal(path)
    return path


def test_a_new_table_is_counted_and_opens(with_new_table: Path) -> None:
    with Catalog(with_new_table) as catalog:
        assert catalog.lookup("stolen_card")


def test_a_row_deleted_from_a_new_table_is_caught(with_new_table: Path) -> None:
    db = sqlite3.connect(with_new_table)
    db.execute("DELETE FROM table_added_later WHERE code = 'stolen_card'")
    db.commit()
    db.close()
    with pytest.raises(CatalogCorrupt, match="reinstall Decline Desk"):
        Catalog(with_new_table)


def test_sealing_again_keeps_the_data_and_opens(tmp_path: Path) -> None:
    path = tmp_path / "catalog.db"
    shutil.copy(CATALOG_DB, path)
    seal(path)
    assert fingerprint(path) == fingerprint(CATALOG_DB)
    Catalog(path).close()


def test_the_fingerprint_ignores_only_the_digest(tmp_path: Path) -> None:
    """`make catalog` on another SQLite version may lay out pages differently, which changes the
    digest but not the data; any real change to the data still changes the fingerprint."""
    path = tmp_path / "catalog.db"
    shutil.copy(CATALOG_DB, path)
    db = sqlite3.connect(path)
    db.execute(
        "UPDATE metadata SET value = ? WHERE key = ?", [UNSEALED.replace("0", "f"), DIGEST_KEY]
    )
    db.commit()
    assert fingerprint(path) == fingerprint(CATALOG_DB)
    db.execute("UPDATE metadata SET value = '{}' WHERE key = 'table_counts'")
    db.commit()
    db.close()
    assert fingerprint(path) != fingerprint(CATALOG_DB)
