"""SQLite's side of user.db: opening the file, and running one read or one write on it.

What to do when this fails (move a damaged file aside, carry on in memory, keep writes a lock
held back) is UserStore's decision in userdata; here a failure is only named.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

from app.agent.userschema import (
    SCHEMA_VERSION,
    drop_oversized_rows,
    ensure_tables,
    migrate,
    version_of,
)

# How long one call waits for another program's lock: short enough never to freeze the window
# (a lock held for 30 s used to block it for 20 s), long enough for another window's write.
BUSY_MS = 250
OPEN_PATIENCE_S = 1.0  # while another window creates the file or switches it to WAL
Result = TypeVar("Result")


class NewerFile(Exception):
    """user.db's user_version is above the newest schema this version knows."""


class Busy(Exception):
    """Another connection holds user.db's lock for longer than BUSY_MS."""


def is_busy(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED and their extended codes
    return "locked" in str(error) or "busy" in str(error)


def open_patiently(path: Path) -> sqlite3.Connection:
    """Opens user.db, waiting a little while another window creates it or switches it to WAL
    (SQLite reports those locks at once instead of waiting on them)."""
    deadline = time.monotonic() + OPEN_PATIENCE_S
    while time.monotonic() < deadline:
        try:
            return open_file(path)
        except sqlite3.OperationalError as error:
            if not is_busy(error):
                raise
            time.sleep(0.05)
    return open_file(path)


def open_file(path: Path) -> sqlite3.Connection:
    """user.db, checked, migrated and in WAL mode; DatabaseError when it is damaged."""
    db = sqlite3.connect(
        path, timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # not a database? fail here
        version = version_of(db)
        if version > SCHEMA_VERSION:  # checked before anything could write to the file
            raise NewerFile
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA secure_delete = ON")  # deleted rows leave no readable bytes
        if version and db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("integrity check failed")
        if migrate(db) and version:  # old rows may have held paste text: leave no trace
            with suppress(sqlite3.OperationalError):  # another window is reading: it will
                db.execute("VACUUM")
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        ensure_tables(db)
        with suppress(sqlite3.OperationalError):  # locked by another program: next time
            drop_oversized_rows(db)
    except BaseException:
        db.close()
        raise
    return db


def read_file(path: Path, read: Callable[[sqlite3.Connection], Result]) -> Result | None:
    """Reads user.db without writing to it or beside it (read-only, else as immutable, for
    a folder where SQLite cannot even create its lock files)."""
    if not path.is_file():
        return None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        source = None
        try:
            source = sqlite3.connect(f"{path.as_uri()}?{query}", uri=True, timeout=BUSY_MS / 1000)
            # Locked by another program? Said here, at once: a backup of a locked file would
            # wait for as long as the lock lasts (Python retries it without end).
            source.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return read(source)
        except sqlite3.Error:
            continue
        finally:
            if source is not None:
                source.close()
    return None


def memory_db() -> sqlite3.Connection:
    return sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)


def attempt(
    db: sqlite3.Connection, action: Callable[[sqlite3.Connection], Result], write: bool
) -> Result:
    """One read, or one write as BEGIN IMMEDIATE ... COMMIT (ROLLBACK on any error)."""
    if not write:
        return action(db)
    db.execute("BEGIN IMMEDIATE")
    try:
        result = action(db)
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise
    return result
