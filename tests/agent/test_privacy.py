"""No secret of the privacy corpus reaches any byte of user data, stored now or migrated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.agent.history import UNKNOWN, HistoryRecord, Known
from app.agent.remember import remember
from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.reading.report import FailureReport
from tests.agent.privacy_probes import (
    CODE_FIELDS,
    GENERATED,
    ID_FIELDS,
    KEY_PREFIXES,
    NAMES,
    PROBES,
    Probe,
)
from tests.agent.version1_redact import redact_text


def leaks(folder: Path, probes: list[Probe] = PROBES) -> list[tuple[str, str, str]]:
    """(probe, secret, file) for every secret found in any file of the data folder."""
    files = {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}
    assert "user.db" in files
    return [
        (probe.name, secret, name)
        for probe in probes
        for secret in probe.secrets
        for name, data in files.items()
        if secret.encode() in data
    ]


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


def test_migrating_version_1_rows_leaves_no_trace_of_their_pastes(
    tmp_path: Path, catalog: Catalog
) -> None:
    """Version 1 kept a redacted paste; the blocklist missed much. Migration drops every byte."""
    db = sqlite3.connect(tmp_path / "user.db", isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE history (id INTEGER PRIMARY KEY, created TEXT NOT NULL, "
        "headline TEXT NOT NULL, codes TEXT NOT NULL, reason TEXT NOT NULL, "
        "sensitive INTEGER NOT NULL, paste TEXT NOT NULL)"
    )
    for probe in PROBES:
        db.execute(
            "INSERT INTO history (created, headline, codes, reason, sensitive, paste) "
            "VALUES ('2026-11-20T10:00:00+00:00', 'Card declined', '[]', 'x', 0, ?)",
            (redact_text(probe.paste),),
        )
    db.execute("PRAGMA user_version = 1")
    db.close()
    assert leaks(tmp_path), "the redacted pastes of version 1 did leak"
    store = UserStore(tmp_path)
    items = store.history(limit=1000)
    assert len(items) == len(PROBES) and store.notice is None
    assert leaks(tmp_path) == []
    assert items[-1].record == HistoryRecord.from_report(
        read_paste(PROBES[0].paste).failures[0]
    )  # each row's fields were read from its paste


def value_at(report: FailureReport, field: str) -> object:
    """A report's value at "decline_code", "outcome.reason", "ids.charge", ..."""
    found: object = report
    for part in field.split("."):
        found = getattr(found, part, None)
    return found


def test_the_generated_classes_cover_every_field_and_key() -> None:
    assert len({probe.name for probe in GENERATED}) == len(GENERATED)
    fields = {probe.field for probe in GENERATED} - {""}
    assert fields == {*CODE_FIELDS, *(f"ids.{name}" for name in ID_FIELDS)}
    for prefix in KEY_PREFIXES:
        assert sum(prefix in probe.name for probe in GENERATED) == 2 + len(fields)
    for name in NAMES:
        named = [p.field for p in GENERATED if p.value == name]
        assert set(named) == set(CODE_FIELDS) - {"network_decline_code", "network_advice_code"}


def test_each_generated_probe_puts_its_value_where_it_says(catalog: Catalog) -> None:
    """Else the probe would prove nothing about that field. The reader itself already refuses
    two kinds: an error type it does not know (it infers card_error), a network code longer
    than 3 characters."""
    missed = []
    for probe in GENERATED:
        reading = read_paste(probe.paste, catalog.code_kinds())
        assert reading.failures, f"{probe.name}: the probe must reach history"
        found = value_at(reading.failures[0], probe.field) if probe.field else None
        refused_by_reader = probe.field == "error_type" or (
            probe.field.startswith("network_") and len(probe.value) > 3
        )
        if probe.field and not refused_by_reader and str(found).lower() != probe.value.lower():
            missed.append((probe.name, found))
    assert missed == []


def test_no_generated_secret_reaches_user_db_its_wal_or_shm(
    tmp_path: Path, catalog: Catalog
) -> None:
    store = UserStore(tmp_path)
    for probe in GENERATED:
        reading = read_paste(probe.paste, catalog.code_kinds())
        assert remember(store, reading.failures[0], catalog) is not None
    assert len(store.history(limit=1000)) == len(GENERATED)
    assert (tmp_path / "user.db-wal").stat().st_size > 0
    assert leaks(tmp_path, GENERATED) == []
    store.close()
    assert leaks(tmp_path, GENERATED) == []


def kept(probe: Probe, catalog: Catalog) -> HistoryRecord:
    report = read_paste(probe.paste, catalog.code_kinds()).failures[0]
    return HistoryRecord.from_report(report, Known.from_catalog(catalog))


def test_a_pasted_key_is_kept_as_an_unknown_code(tmp_path: Path, catalog: Catalog) -> None:
    store = UserStore(tmp_path)
    for probe in GENERATED:
        if probe.name.startswith("key alone"):
            assert kept(probe, catalog).stored() == {"shape": "code", "code": UNKNOWN}
            remember(store, read_paste(probe.paste, catalog.code_kinds()).failures[0], catalog)
    assert {item.headline for item in store.history()} == {f"Unknown code: {UNKNOWN}"}


def test_what_is_dropped_is_only_the_hostile_value(catalog: Catalog) -> None:
    """A card number in one id drops that id alone; a name as a code keeps the other codes."""
    for probe in GENERATED:
        record = kept(probe, catalog).stored()
        if probe.field.startswith("ids."):
            name = probe.field[4:]
            others = (
                {k for k in ID_FIELDS if k != name and k != "event"}
                if "error" in probe.paste
                else {"charge", "payment_intent", "invoice", "customer", "payment_method"}
            )
            assert name not in record["ids"] and others <= set(record["ids"]), probe.name
        elif probe.value in NAMES and probe.field in ("decline_code", "code"):
            assert record[probe.field] == UNKNOWN and record["error_type"] == "card_error"


def test_every_catalogue_code_is_kept_in_its_field(catalog: Catalog) -> None:
    """The rules against secrets and card numbers never drop a code the catalogue has."""
    known = Known.from_catalog(catalog)
    for code, kinds in catalog.code_kinds().items():
        fields = (
            ["network_decline_code", "network_advice_code"]
            if {"network_decline_code", "network_advice_code"} & set(kinds)
            else ["code", "decline_code", "error_type", "advice_code"]
        )
        stored = {name: code for name in fields}
        record = HistoryRecord.from_stored({**stored, "outcome": {"reason": code}}, known)
        again = HistoryRecord.from_stored(record.stored())
        for name in fields:
            assert getattr(record, name) == getattr(again, name) == code, (code, name)
