"""user.db's schema, one migration function per version step (PRAGMA user_version).

STEPS[n] takes a file from version n to n + 1 inside one transaction, so a step either happens
completely or not at all. Version 0 is an empty file. After the steps, `ensure_tables` recreates
any table that has gone missing (a dropped table is repaired, not an error).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from app.agent.history import CODE, NETWORK_FIELDS, OUTCOME_FIELDS, UNKNOWN, HistoryRecord, Known

SETTINGS_TABLE = "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
HISTORY_TABLE = """CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY,
    created TEXT NOT NULL,
    headline TEXT NOT NULL,
    codes TEXT NOT NULL,
    reason TEXT NOT NULL,
    sensitive INTEGER NOT NULL,
    record TEXT NOT NULL
)"""
INDEXES = (
    "CREATE INDEX IF NOT EXISTS history_created ON history (created)",
    "CREATE INDEX IF NOT EXISTS history_reason ON history (reason)",
)


def _to_1(db: sqlite3.Connection) -> None:
    """Version 1: settings, and history that kept a redacted copy of the paste."""
    db.execute(SETTINGS_TABLE)
    db.execute("""CREATE TABLE IF NOT EXISTS history (
        id INTEGER PRIMARY KEY, created TEXT NOT NULL, headline TEXT NOT NULL,
        codes TEXT NOT NULL, reason TEXT NOT NULL, sensitive INTEGER NOT NULL,
        paste TEXT NOT NULL)""")
    for index in INDEXES:
        db.execute(index)


def _to_2(db: sqlite3.Connection) -> None:
    """Version 2: history keeps allowlisted fields only; each old paste is read once for them
    and then dropped."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(history)")}
    if columns:
        db.execute("ALTER TABLE history RENAME TO history_v1")
    db.execute(HISTORY_TABLE)
    for index in ("history_created", "history_reason"):
        db.execute(f"DROP INDEX IF EXISTS {index}")
    for index in INDEXES:
        db.execute(index)
    if not columns:
        return
    rows = db.execute("SELECT * FROM history_v1").fetchall()
    names = [d[0] for d in db.execute("SELECT * FROM history_v1 LIMIT 0").description]
    db.executemany(
        "INSERT INTO history (id, created, headline, codes, reason, sensitive, record) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [_v1_row(dict(zip(names, row, strict=True))) for row in rows],
    )
    db.execute("DROP TABLE history_v1")


def _v1_row(old: dict[str, object]) -> tuple[object, ...]:
    """A version-1 row without its paste: the fields the paste still shows, checked."""
    record = _record_from_paste(old.get("paste"))
    try:
        codes = [
            c for c in json.loads(str(old.get("codes"))) if isinstance(c, str) and CODE.fullmatch(c)
        ]
    except ValueError:
        codes = []
    reason = str(old.get("reason"))
    reason = reason if CODE.fullmatch(reason) else record.reason()
    headline = str(old.get("headline"))
    if headline.startswith(UNKNOWN_HEADLINE.strip()):  # the only headline that quoted the paste
        headline = f"{UNKNOWN_HEADLINE}{reason}"
    return (
        old.get("id"),
        str(old.get("created")),
        headline,
        json.dumps(record.codes() or codes),
        reason,
        int(bool(old.get("sensitive"))),
        json.dumps(record.stored()),
    )


def _record_from_paste(paste: object) -> HistoryRecord:
    from app.reading.paste import read_paste
    from app.reading.report import UnreadablePaste

    try:
        failures = read_paste(str(paste or "")).failures
    except (UnreadablePaste, ValueError, RecursionError):
        failures = []
    return HistoryRecord.from_report(failures[0]) if failures else HistoryRecord()


UNKNOWN_HEADLINE = "Unknown code: "  # explain()'s headline for a code the catalogue lacks


def _to_3(db: sqlite3.Connection) -> None:
    """Version 3: a row keeps a code only when the catalogue knows it, nothing with a secret's
    form and no run of 12 digits; every row of version 2 is checked again (a pasted key was
    kept as an "Unknown code", a card number inside an id as the id)."""
    rows = db.execute("SELECT id, headline, record FROM history").fetchall()
    known = _known() if rows else None  # a new file has no rows: no catalogue to open
    for row_id, headline, text in rows:
        try:
            stored = json.loads(text)
        except (ValueError, TypeError, RecursionError):
            stored = {}
        stored = stored if isinstance(stored, dict) else {}
        headline = str(headline)
        if headline.startswith(UNKNOWN_HEADLINE):  # it names a code the catalogue lacked
            stored = _without_code(stored, headline.removeprefix(UNKNOWN_HEADLINE))
            headline = UNKNOWN_HEADLINE + UNKNOWN
        _write_checked(db, row_id, headline, HistoryRecord.from_stored(stored, known))


def _to_4(db: sqlite3.Connection) -> None:
    """Version 4: a card brand is kept in lower case and only when the catalogue names it (the
    brands were a list of history's own before, and kept as pasted: "Visa")."""
    rows = db.execute("SELECT id, headline, record FROM history").fetchall()
    known = _known() if rows else None
    for row_id, headline, text in rows:
        try:
            stored = json.loads(text)
        except (ValueError, TypeError, RecursionError):
            stored = {}
        stored = stored if isinstance(stored, dict) else {}
        brand = stored.get("card_brand")
        if isinstance(brand, str) and known is None:
            stored["card_brand"] = brand.lower()  # then read back by its form only
        _write_checked(db, row_id, str(headline), HistoryRecord.from_stored(stored, known))


def _write_checked(
    db: sqlite3.Connection, row_id: int, headline: str, record: HistoryRecord
) -> None:
    db.execute(
        "UPDATE history SET headline = ?, codes = ?, reason = ?, record = ? WHERE id = ?",
        (
            headline,
            json.dumps(record.codes()),
            record.reason(),
            json.dumps(record.stored(), sort_keys=True),
            row_id,
        ),
    )


def _without_code(stored: dict[str, object], code: str) -> dict[str, object]:
    """`stored` with `code` replaced by "unknown" wherever a code is kept."""
    names = {"error_type", "code", "decline_code", "advice_code", *NETWORK_FIELDS}
    changed = {k: UNKNOWN if k in names and v == code else v for k, v in stored.items()}
    outcome = stored.get("outcome")
    if isinstance(outcome, dict):
        changed["outcome"] = {
            k: UNKNOWN if k in OUTCOME_FIELDS and v == code else v for k, v in outcome.items()
        }
    return changed


def _known() -> Known | None:
    """The bundled catalogue's codes; None (then only the forms are checked) without one."""
    from app import paths
    from app.catalogue.catalog import Catalog, CatalogError

    try:
        with Catalog(paths.catalog_path()) as catalog:
            return Known.from_catalog(catalog)
    except (CatalogError, OSError):
        return None


STEPS: tuple[Callable[[sqlite3.Connection], None], ...] = (_to_1, _to_2, _to_3, _to_4)
SCHEMA_VERSION = len(STEPS)


def version_of(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite3.Connection) -> bool:
    """Runs every step the file has not had, each in its own transaction; True if any ran."""
    start = version_of(db)
    for number in range(start, SCHEMA_VERSION):
        db.execute("BEGIN IMMEDIATE")
        try:
            if version_of(db) == number:  # another window may have just done this step
                STEPS[number](db)
                db.execute(f"PRAGMA user_version = {number + 1}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return start < SCHEMA_VERSION


COLUMNS = {
    "settings": {"key", "value"},
    "history": {"id", "created", "headline", "codes", "reason", "sensitive", "record"},
}


def ensure_tables(db: sqlite3.Connection, replace_odd: bool = False) -> None:
    """Recreates whatever table or index of the current schema is missing. A table of a shape
    no version wrote makes a file damaged (DatabaseError); in a private copy (`replace_odd`)
    it is replaced."""
    for table, wanted_columns in COLUMNS.items():
        columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if columns and columns != wanted_columns:
            if not replace_odd:
                raise sqlite3.DatabaseError(f"the {table} table has an unknown shape")
            db.execute(f"DROP TABLE {table}")
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    wanted = {"settings", "history", "history_created", "history_reason"}
    if wanted <= present:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        for statement in (SETTINGS_TABLE, HISTORY_TABLE, *INDEXES):
            db.execute(statement)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


# The most bytes each history value of this version can hold (a catalogue title, a few codes, a
# small JSON record); userdata reads a longer one as empty.
HISTORY_BOUNDS = {"created": 40, "headline": 300, "codes": 2000, "reason": 100, "record": 8000}


def drop_oversized_rows(db: sqlite3.Connection) -> None:
    """Deletes history rows no version wrote (a value of megabytes put in by another program),
    which would otherwise be read at every refresh of the history list."""
    too_long = " OR ".join(
        f"length(CAST({column} AS BLOB)) > {most}" for column, most in HISTORY_BOUNDS.items()
    )
    if db.execute(f"SELECT EXISTS (SELECT 1 FROM history WHERE {too_long})").fetchone()[0]:
        db.execute(f"DELETE FROM history WHERE {too_long}")  # a write only when one is found
