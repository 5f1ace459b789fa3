"""The agent's own data in user.db: settings and an allowlisted history. Never the catalogue.

SQLite in WAL mode, every write in one transaction, so that killing the app loses nothing that
was committed and two windows at once corrupt nothing. A damaged file is moved aside and a fresh
one is started; a file from a newer version is left untouched; a folder that cannot be written
(read-only, disk full) does not stop the app: it keeps settings and history in memory and says
once that it cannot save.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Mapping
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from app.agent.history import HistoryItem, HistoryRecord
from app.agent.settings import Settings, checked_changes, notice_for, read_settings
from app.agent.userschema import SCHEMA_VERSION, ensure_tables, migrate, version_of

DATA_DIR_ENV = "DECLINEDESK_DATA_DIR"
HISTORY_CAP = 2000
NEWER_FILE = (
    "Your history and settings file was written by a newer Decline Desk, so it is left "
    "untouched and this session's settings and history are kept only until you quit."
)
Result = TypeVar("Result")


class UserDataError(Exception):
    """Kept for callers of older versions; UserStore now falls back to memory instead."""


class _NewerFile(Exception):
    """user.db's user_version is above the newest schema this version knows."""


def default_data_dir() -> Path:
    """DECLINEDESK_DATA_DIR, else the platform's user data folder (platformdirs)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Decline Desk", appauthor=False))


class UserStore:
    """Settings and history. `notice` holds the sentences said so far (a replaced file, bad
    settings, cannot save); `on_notice`, when set, hears each new one as it happens."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_data_dir()
        self.path = self.folder / "user.db"
        self.notices: list[str] = []
        self._told: set[str] = set()
        self.on_notice: Callable[[str], None] | None = None
        self.in_memory = False
        self._db = self._connect()
        self.settings()  # an unusable stored setting is reported now, not at first use

    @property
    def notice(self) -> str | None:
        return " ".join(self.notices) or None

    def _tell(self, sentence: str, key: str | None = None) -> None:
        """Says a sentence once per session (per `key` when its wording may vary)."""
        if (key or sentence) in self._told:
            return
        self._told.add(key or sentence)
        self.notices.append(sentence)
        if self.on_notice is not None:
            self.on_notice(sentence)

    def _cannot_save(self, reason: str) -> None:
        self._tell(
            f"Decline Desk cannot save to {self.folder} ({reason}); settings and history "
            "are kept only until you quit.",
            key="cannot save",
        )

    # ------------------------------------------------------------------ opening
    def _connect(self) -> sqlite3.Connection:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._cannot_save(error.strerror or str(error))
            return self._memory()
        try:
            return self._open_patiently()
        except _NewerFile:
            self._tell(NEWER_FILE)
            return self._memory(copy_settings=True)
        except sqlite3.OperationalError as error:  # read-only, full, locked: not damage
            self._cannot_save(str(error))
            return self._memory(copy_all=True)
        except sqlite3.DatabaseError:
            moved = self.path.with_name(f"user.db.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
            try:
                for suffix in ("", "-wal", "-shm"):
                    part = Path(str(self.path) + suffix)
                    if part.exists():
                        part.replace(Path(str(moved) + suffix))
            except OSError as error:  # a damaged file in a read-only folder: leave it be
                self._cannot_save(error.strerror or str(error))
                return self._memory()
            self._tell(
                f"Your history and settings file was damaged; it was moved to "
                f"{moved.name} and a new one was started."
            )
            try:
                return self._open()
            except sqlite3.Error as error:
                self._cannot_save(str(error))
                return self._memory()

    def _open_patiently(self) -> sqlite3.Connection:
        """Opens user.db, waiting while another window creates it or switches it to WAL
        (SQLite reports those locks at once instead of waiting on them)."""
        for _ in range(100):
            try:
                return self._open()
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) and "busy" not in str(error):
                    raise
                time.sleep(0.05)
        return self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA busy_timeout = 10000")
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # not a database? fail here
            version = version_of(db)
            if version > SCHEMA_VERSION:  # checked before anything could write to the file
                raise _NewerFile
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
        except BaseException:
            db.close()
            raise
        return db

    def _memory(self, copy_all: bool = False, copy_settings: bool = False) -> sqlite3.Connection:
        """A private in-memory user.db, starting from what the file on disk still holds."""
        self.in_memory = True
        memory = _memory_db()
        if copy_all:
            self._read_file(lambda source: source.backup(memory))
        rows = (
            self._read_file(
                lambda source: source.execute("SELECT key, value FROM settings").fetchall()
            )
            if copy_settings
            else None
        )
        try:
            migrate(memory)
            ensure_tables(memory, replace_odd=True)
        except sqlite3.Error:  # the copy was unusable: start empty
            memory.close()
            memory = _memory_db()
            migrate(memory)
        with suppress(sqlite3.Error):  # settings of a newer file: used if this version can
            memory.executemany(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", rows or []
            )
        return memory

    def _read_file(self, read: Callable[[sqlite3.Connection], Result]) -> Result | None:
        """Reads user.db without writing to it or beside it (read-only, else as immutable, for
        a folder where SQLite cannot even create its lock files)."""
        if not self.path.is_file():
            return None
        for query in ("mode=ro", "mode=ro&immutable=1"):
            source = None
            try:
                source = sqlite3.connect(f"{self.path.as_uri()}?{query}", uri=True)
                return read(source)
            except sqlite3.Error:
                continue
            finally:
                if source is not None:
                    source.close()
        return None

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------ every read and write
    def _run(self, action: Callable[[sqlite3.Connection], Result], write: bool) -> Result:
        """Runs on user.db; if the file fails (full, read-only, a table dropped meanwhile),
        repairs the schema once, and failing that carries on in memory, saying so once."""
        try:
            return _attempt(self._db, action, write)
        except sqlite3.Error as error:
            problem = error
        if not self.in_memory:
            try:
                ensure_tables(self._db)
                return _attempt(self._db, action, write)
            except sqlite3.Error as error:
                problem = error
            self._cannot_save(str(problem))
            memory = _memory_db()
            with suppress(sqlite3.Error):
                self._db.backup(memory)
            self._db.close()
            self._db, self.in_memory = memory, True
            try:
                migrate(memory)
                ensure_tables(memory, replace_odd=True)
                return _attempt(memory, action, write)
            except sqlite3.Error:
                pass
        # Even the copy cannot do it (a table of a shape no version wrote): start afresh.
        self._db.close()
        self._db = _memory_db()
        migrate(self._db)
        return _attempt(self._db, action, write)

    # ------------------------------------------------------------------ settings
    def settings(self) -> Settings:
        stored = self._run(lambda db: dict(db.execute("SELECT key, value FROM settings")), False)
        settings, bad = read_settings(stored)
        if bad:
            self._tell(notice_for(bad))
        return settings

    def save_settings(self, changes: Mapping[str, object]) -> Settings:
        """Stores the changed settings (names this version does not know stay in the file)."""
        updated = checked_changes(self.settings(), changes)
        self._run(
            lambda db: db.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(name, json.dumps(getattr(updated, name))) for name in changes],
            ),
            True,
        )
        return updated

    # ------------------------------------------------------------------ history
    def add_history(
        self, record: HistoryRecord, headline: str, sensitive: bool, now: datetime | None = None
    ) -> int | None:
        """Stores one explained failure; None when history is switched off. The headline must
        be explained from `record` (remember.remember does that)."""
        settings = self.settings()
        if not settings.history_enabled:
            return None
        moment = now or datetime.now(UTC)
        created = moment.isoformat(timespec="seconds")
        oldest = (moment - timedelta(days=settings.history_days)).isoformat(timespec="seconds")

        def insert(db: sqlite3.Connection) -> int | None:
            cursor = db.execute(
                "INSERT INTO history (created, headline, codes, reason, sensitive, record) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    created,
                    headline,
                    json.dumps(record.codes()),
                    record.reason(),
                    int(sensitive),
                    json.dumps(record.stored(), sort_keys=True),
                ),
            )
            db.execute("DELETE FROM history WHERE created < ?", (oldest,))
            db.execute(
                "DELETE FROM history WHERE id NOT IN (SELECT id FROM history "
                "ORDER BY created DESC, id DESC LIMIT ?)",
                (HISTORY_CAP,),
            )
            return cursor.lastrowid

        return self._run(insert, True)

    def history(self, search: str = "", limit: int = 200) -> list[HistoryItem]:
        pattern = f"%{search.strip()}%"
        rows = self._run(
            lambda db: db.execute(
                "SELECT id, created, headline, codes, reason, sensitive, record FROM history "
                "WHERE ? = '%%' OR headline LIKE ? OR codes LIKE ? OR record LIKE ? "
                "ORDER BY created DESC, id DESC LIMIT ?",
                (pattern, pattern, pattern, pattern, limit),
            ).fetchall(),
            False,
        )
        return [HistoryItem.from_row(row) for row in rows]

    def clear_history(self) -> None:
        self._run(lambda db: db.execute("DELETE FROM history"), True)

    def reason_counts(self, days: int = 7, now: datetime | None = None) -> list[tuple[str, int]]:
        """How often each reason was seen lately, most frequent first ("This week")."""
        since = ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat(timespec="seconds")
        return self._run(
            lambda db: [
                (row[0], row[1])
                for row in db.execute(
                    "SELECT reason, COUNT(*) AS n FROM history WHERE created >= ? "
                    "GROUP BY reason ORDER BY n DESC, reason",
                    (since,),
                )
            ],
            False,
        )


def _memory_db() -> sqlite3.Connection:
    return sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)


def _attempt(
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
