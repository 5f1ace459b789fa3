"""The agent's own data in user.db: settings and an allowlisted history. Never the catalogue.

SQLite in WAL mode, every write in one transaction, so that killing the app loses nothing that
was committed and two windows at once corrupt nothing. A damaged file is moved aside and a fresh
one is started; a file from a newer version is left untouched; a folder that cannot be written
(read-only, disk full) does not stop the app: it keeps settings and history in memory and says
once that it cannot save. Another program holding the file's lock never freezes the window:
each call waits at most a quarter of a second (userfile.BUSY_MS), a write that could not wait is
kept in order in memory and retried at later calls and at closing, and the agent is told once
while nothing is being saved.
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
from app.agent.settings import (
    LARGEST_STORED,
    NAMES,
    STORED_MAX,
    Settings,
    checked_changes,
    notice_for,
    read_settings,
)
from app.agent.userfile import (
    Busy,
    NewerFile,
    attempt,
    is_busy,
    memory_db,
    open_file,
    open_patiently,
    read_file,
)
from app.agent.userschema import HISTORY_BOUNDS, ensure_tables, migrate

DATA_DIR_ENV = "DECLINEDESK_DATA_DIR"
HISTORY_CAP = 2000
NEWER_FILE = (
    "Your history and settings file was written by a newer Decline Desk, so it is left "
    "untouched and this session's settings and history are kept only until you quit."
)
RETRY_EVERY_S = 2.0  # writes kept while the file is locked are tried again this often
CLOSE_WAIT_MS = 2000  # at closing, the last chance for writes kept in memory
# Short enough for the status bar of the window's first size.
NOT_SAVING = (
    "History and settings are not being saved for now: another program is using user.db. "
    "They are kept and saved once it is free."
)
SAVING_AGAIN = "Your history and settings are being saved again."
Result = TypeVar("Result")


def _bounded(column: str, most: int, otherwise: str = "''") -> str:
    """`column` when it holds at most `most` bytes, else `otherwise`: a value this version never
    writes (a headline of megabytes put in by another program) is read as empty, not loaded."""
    return f"CASE WHEN length(CAST({column} AS BLOB)) <= {most} THEN {column} ELSE {otherwise} END"


# Rows over these bounds are deleted when the file is opened; these keep one written meanwhile
# from being loaded at every refresh of the history list.
_BOUNDED_REASON = _bounded("reason", HISTORY_BOUNDS["reason"])
_BOUNDED_ROW = ", ".join(
    (
        _bounded("created", HISTORY_BOUNDS["created"]),
        _bounded("headline", HISTORY_BOUNDS["headline"]),
        _bounded("codes", HISTORY_BOUNDS["codes"], "'[]'"),
        _BOUNDED_REASON,
        "sensitive",
        _bounded("record", HISTORY_BOUNDS["record"], "'{}'"),
    )
)


class UserDataError(Exception):
    """Kept for callers of older versions; UserStore now falls back to memory instead."""


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
        self._pending: list[Callable[[sqlite3.Connection], object]] = []
        self._unsaved: dict[str, str] = {}  # settings saved while the file was locked
        self._too_large: set[str] = set()  # settings whose stored value is never read again
        self._last = Settings()
        self.retry_every = RETRY_EVERY_S
        self._last_try = 0.0
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
            return open_patiently(self.path)
        except NewerFile:
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
                return open_file(self.path)
            except sqlite3.Error as error:
                self._cannot_save(str(error))
                return self._memory()

    def _memory(self, copy_all: bool = False, copy_settings: bool = False) -> sqlite3.Connection:
        """A private in-memory user.db, starting from what the file on disk still holds."""
        self.in_memory = True
        memory = memory_db()
        if copy_all:
            read_file(self.path, lambda source: source.backup(memory))
        rows = (
            read_file(
                self.path,
                lambda source: source.execute("SELECT key, value FROM settings").fetchall(),
            )
            if copy_settings
            else None
        )
        try:
            migrate(memory)
            ensure_tables(memory, replace_odd=True)
        except sqlite3.Error:  # the copy was unusable: start empty
            memory.close()
            memory = memory_db()
            migrate(memory)
        with suppress(sqlite3.Error):  # settings of a newer file: used if this version can
            memory.executemany(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", rows or []
            )
        return memory

    def close(self) -> None:
        """Closes the file, first trying once more (for up to CLOSE_WAIT_MS) to save what a
        lock held back."""
        if self._pending:
            with suppress(sqlite3.Error):
                self._db.execute(f"PRAGMA busy_timeout = {CLOSE_WAIT_MS}")
            self._retry(force=True)
        self._db.close()

    # ------------------------------------------------------------------ every read and write
    def _run(self, action: Callable[[sqlite3.Connection], Result], write: bool) -> Result:
        """Runs on user.db; if the file fails (full, read-only, a table dropped meanwhile),
        repairs the schema once, and failing that carries on in memory, saying so once."""
        try:
            return attempt(self._db, action, write)
        except sqlite3.Error as error:
            if is_busy(error) and not self.in_memory:
                raise Busy from error  # another program's lock: not a reason to stop saving
            problem = error
        if not self.in_memory:
            try:
                ensure_tables(self._db)
                return attempt(self._db, action, write)
            except sqlite3.Error as error:
                if is_busy(error):
                    raise Busy from error
                problem = error
            self._cannot_save(str(problem))
            memory = memory_db()
            with suppress(sqlite3.Error):
                self._db.backup(memory)
            self._db.close()
            self._db, self.in_memory = memory, True
            try:
                migrate(memory)
                ensure_tables(memory, replace_odd=True)
                return attempt(memory, action, write)
            except sqlite3.Error:
                pass
        # Even the copy cannot do it (a table of a shape no version wrote): start afresh.
        self._db.close()
        self._db = memory_db()
        migrate(self._db)
        return attempt(self._db, action, write)

    def _write(self, action: Callable[[sqlite3.Connection], Result]) -> Result | None:
        """One write; None when another program's lock held it back: it is then kept, in order,
        for a later call (or closing) to save, and the agent is told once."""
        if self._pending:
            self._pending.append(action)
            self._retry()
            return None
        try:
            return self._run(action, True)
        except Busy:
            self._pending.append(action)
            self._last_try = time.monotonic()
            self._tell(NOT_SAVING, key="not saving")
            return None

    def _retry(self, force: bool = False) -> None:
        """Saves the writes a lock held back, oldest first, at most every `retry_every` s."""
        if not self._pending or (
            not force and time.monotonic() - self._last_try < self.retry_every
        ):
            return
        while self._pending:
            try:
                self._run(self._pending[0], True)
            except Busy:
                self._last_try = time.monotonic()
                return
            self._pending.pop(0)
        self._unsaved.clear()
        if not self.in_memory:  # (a full disk met on the way has said so itself)
            self._told.discard("not saving")  # a later lock is said again
            self._told.discard(SAVING_AGAIN)
            self._tell(SAVING_AGAIN)

    def _read(self, action: Callable[[sqlite3.Connection], Result], locked: Result) -> Result:
        """One read; `locked` when another program's lock forbids even reading (a file not in
        WAL mode), so a lock never stops the window."""
        self._retry()
        try:
            return self._run(action, False)
        except Busy:
            self._tell(NOT_SAVING, key="not saving")
            return locked

    # ------------------------------------------------------------------ settings
    def settings(self) -> Settings:
        """The stored settings; a value over its size bound is never decoded, and from then on
        never read again this session (a 50 MB value would cost each call 60 ms)."""
        wanted = [name for name in NAMES if name not in self._too_large]  # never other names
        stored: dict[str, str | None] | None = self._read(
            lambda db: dict(
                db.execute(
                    "SELECT key, CASE WHEN length(CAST(value AS BLOB)) <= ? THEN value END "
                    f"FROM settings WHERE key IN ({', '.join('?' * len(wanted))})",
                    (LARGEST_STORED, *wanted),
                )
            ),
            None,
        )
        if stored is None:  # locked: what this session last read, with its own changes
            return self._last
        self._too_large |= {
            name for name, text in stored.items() if text is None or len(text) > STORED_MAX[name]
        }
        stored.update(dict.fromkeys(self._too_large))
        stored.update(self._unsaved)
        settings, bad = read_settings(stored)
        if bad:
            self._tell(notice_for(bad))
        self._last = settings
        return settings

    def save_settings(self, changes: Mapping[str, object]) -> Settings:
        """Stores the changed settings (names this version does not know stay in the file)."""
        updated = checked_changes(self.settings(), changes)
        rows = [(name, json.dumps(getattr(updated, name))) for name in changes]
        self._too_large -= set(changes)
        self._write(
            lambda db: db.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                rows,
            )
        )
        if self._pending:
            self._unsaved.update(rows)
        self._last = updated
        return updated

    # ------------------------------------------------------------------ history
    def add_history(
        self, record: HistoryRecord, headline: str, sensitive: bool, now: datetime | None = None
    ) -> int | None:
        """Stores one explained failure; None when history is switched off. The headline must
        be explained from `record` (remember.remember does that)."""
        settings = self.settings()
        if not settings.history_enabled:
            return None  # (also None when a lock holds the entry back for a later call)
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

        return self._write(insert)

    def history(self, search: str = "", limit: int = 200) -> list[HistoryItem]:
        pattern = f"%{search.strip()}%"
        rows: list[tuple[int, str, str, str, str, int, str]] = self._read(
            lambda db: db.execute(
                f"SELECT id, {_BOUNDED_ROW} FROM history "
                "WHERE ? = '%%' OR headline LIKE ? OR codes LIKE ? OR record LIKE ? "
                "ORDER BY created DESC, id DESC LIMIT ?",
                (pattern, pattern, pattern, pattern, limit),
            ).fetchall(),
            [],
        )
        return [HistoryItem.from_row(row) for row in rows]

    def clear_history(self) -> None:
        self._write(lambda db: db.execute("DELETE FROM history"))

    def reason_counts(self, days: int = 7, now: datetime | None = None) -> list[tuple[str, int]]:
        """How often each reason was seen lately, most frequent first ("This week")."""
        since = ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat(timespec="seconds")
        return self._read(
            lambda db: [
                (row[0], row[1])
                for row in db.execute(
                    f"SELECT {_BOUNDED_REASON} AS kept, COUNT(*) AS n FROM history "
                    "WHERE created >= ? GROUP BY kept ORDER BY n DESC, kept",
                    (since,),
                )
            ],
            [],
        )
