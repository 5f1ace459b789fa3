"""No secret of the privacy corpus reaches any byte of user data, stored now or migrated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.agent.history import HistoryRecord
from app.agent.remember import remember
from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from tests.agent.privacy_probes import PROBES
from tests.agent.version1_redact import redact_text


def leaks(folder: Path) -> list[tuple[str, str, str]]:
    """(probe, secret, file) for every secret found in any file of the data folder."""
    files = {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}
    assert "user.db" in files
    return [(probe.name, secret, name) for probe in PROBES for secret in probe.secrets
            for name, data in files.items() if secret.encode() in data]


def test_the_corpus_covers_every_form() -> None:
    assert len(PROBES) >= 60
    assert len({probe.name for probe in PROBES}) == len(PROBES)
    assert all(probe.secrets for probe in PROBES)


def test_no_secret_reaches_user_db_its_wal_or_shm(tmp_path: Path, catalog: Catalog) -> None:
    store = UserStore(tmp_path)
    for probe in PROBES:
        reading = read_paste(probe.paste, catalog.code_kinds())
        assert reading.failures, f"{probe.name}: the probe must reach history"
        assert remember(store, reading.failures[0], catalog) is not None
    assert len(store.history(limit=1000)) == len(PROBES)
    assert (tmp_path / "user.db-wal").stat().st_size > 0  # the rows are in the WAL now
    assert leaks(tmp_path) == []
    store.close()
    assert leaks(tmp_path) == []


def test_kept_fields_still_explain_each_probe(tmp_path: Path, catalog: Catalog) -> None:
    """Allowlisting keeps what the agent needs: the codes and ids of each probe survive."""
    store = UserStore(tmp_path)
    for probe in PROBES[:5]:
        remember(store, read_paste(probe.paste, catalog.code_kinds()).failures[0], catalog)
    assert {item.reason for item in store.history()} == {"insufficient_funds", "expired_card"}


def test_migrating_version_1_rows_leaves_no_trace_of_their_pastes(tmp_path: Path,
                                                                   catalog: Catalog) -> None:
    """Version 1 kept a redacted paste; the blocklist missed much. Migration drops every byte."""
    db = sqlite3.connect(tmp_path / "user.db", isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE TABLE history (id INTEGER PRIMARY KEY, created TEXT NOT NULL, "
               "headline TEXT NOT NULL, codes TEXT NOT NULL, reason TEXT NOT NULL, "
               "sensitive INTEGER NOT NULL, paste TEXT NOT NULL)")
    for probe in PROBES:
        db.execute("INSERT INTO history (created, headline, codes, reason, sensitive, paste) "
                   "VALUES ('2026-11-20T10:00:00+00:00', 'Card declined', '[]', 'x', 0, ?)",
                   (redact_text(probe.paste),))
    db.execute("PRAGMA user_version = 1")
    db.close()
    assert leaks(tmp_path), "the redacted pastes of version 1 did leak"
    store = UserStore(tmp_path)
    items = store.history(limit=1000)
    assert len(items) == len(PROBES) and store.notice is None
    assert leaks(tmp_path) == []
    assert items[-1].record == HistoryRecord.from_report(
        read_paste(PROBES[0].paste).failures[0])  # each row's fields were read from its paste
