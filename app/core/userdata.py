"""The agent's own data in user.db: settings and redacted history. Never the bundled catalogue.

SQLite in WAL mode, every write in one transaction, so that killing the app loses nothing that
was committed and two windows at once corrupt nothing. A damaged file is moved aside and a
fresh one is started, with a sentence saying so.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core.redact import redact_text

DATA_DIR_ENV = "DECLINEDESK_DATA_DIR"
USER_SCHEMA = 1
HISTORY_CAP = 2000

DEFAULTS: dict[str, object] = {
    "agent_name": "",
    "company": "",
    "sign_off": "",
    "locale": "en",
    "channel": "email",
    "history_enabled": True,
    "history_days": 30,
    "pack_folder": "",
    "pack_text": "",
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY,
    created TEXT NOT NULL,
    headline TEXT NOT NULL,
    codes TEXT NOT NULL,
    reason TEXT NOT NULL,
    sensitive INTEGER NOT NULL,
    paste TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_created ON history (created);
CREATE INDEX IF NOT EXISTS history_reason ON history (reason);
"""


class UserDataError(Exception):
    """user.db cannot be used at all (e.g. the folder is not writable); one sentence."""


@dataclass(frozen=True, slots=True)
class HistoryItem:
    id: int
    created: str
    headline: str
    codes: tuple[str, ...]
    reason: str
    sensitive: bool
    paste: str


def default_data_dir() -> Path:
    """DECLINEDESK_DATA_DIR, else the platform's user data folder (platformdirs)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Decline Desk", appauthor=False))


class UserStore:
    """Settings and history; `notice` holds a sentence when a damaged file was replaced."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_data_dir()
        self.path = self.folder / "user.db"
        self.notice: str | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserDataError(f"Cannot create the data folder {self.folder} "
                                f"({error.strerror}).") from error
        try:
            self._db = self._open_patiently()
        except sqlite3.OperationalError as error:  # locked or unreadable: not damage
            raise UserDataError(f"Cannot open {self.path} ({error}).") from error
        except sqlite3.DatabaseError:
            moved = self.path.with_name(f"user.db.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
            for suffix in ("", "-wal", "-shm"):
                part = Path(str(self.path) + suffix)
                if part.exists():
                    part.replace(Path(str(moved) + suffix))
            self.notice = (f"Your history and settings file was damaged; it was moved to "
                           f"{moved.name} and a new one was started.")
            self._db = self._open()

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
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None,
                             check_same_thread=False)
        try:
            db.execute("PRAGMA busy_timeout = 10000")
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # not a database? fail here
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > USER_SCHEMA:
                raise sqlite3.DatabaseError("written by a newer Decline Desk")
            if version == 0:  # a new file: the whole schema in one transaction
                db.executescript(f"BEGIN IMMEDIATE; {_SCHEMA} "
                                 f"PRAGMA user_version = {USER_SCHEMA}; COMMIT;")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("integrity check failed")
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------ settings
    def settings(self) -> dict[str, object]:
        stored = {key: json.loads(value) for key, value in
                  self._db.execute("SELECT key, value FROM settings")}
        return {**DEFAULTS, **{k: v for k, v in stored.items() if k in DEFAULTS}}

    def save_settings(self, values: dict[str, object]) -> None:
        unknown = set(values) - set(DEFAULTS)
        if unknown:
            raise ValueError(f"Unknown settings: {', '.join(sorted(unknown))}")
        with _Transaction(self._db):
            self._db.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(key, json.dumps(value)) for key, value in values.items()],
            )

    # ------------------------------------------------------------------ history
    def add_history(self, paste: str, headline: str, codes: list[str], reason: str,
                    sensitive: bool, now: datetime | None = None) -> int | None:
        """Stores one explained paste, redacted; None when history is switched off."""
        settings = self.settings()
        if not settings["history_enabled"]:
            return None
        created = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        with _Transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO history (created, headline, codes, reason, sensitive, paste) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (created, redact_text(headline), json.dumps(codes), reason, int(sensitive),
                 redact_text(paste)),
            )
            self._prune(settings, now)
        return cursor.lastrowid

    def _prune(self, settings: dict[str, object], now: datetime | None) -> None:
        days = int(settings["history_days"])  # type: ignore[call-overload]
        oldest = ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat(timespec="seconds")
        self._db.execute("DELETE FROM history WHERE created < ?", (oldest,))
        self._db.execute(
            "DELETE FROM history WHERE id NOT IN "
            "(SELECT id FROM history ORDER BY created DESC, id DESC LIMIT ?)", (HISTORY_CAP,))

    def history(self, search: str = "", limit: int = 200) -> list[HistoryItem]:
        pattern = f"%{search.strip()}%"
        rows = self._db.execute(
            "SELECT id, created, headline, codes, reason, sensitive, paste FROM history "
            "WHERE ? = '%%' OR headline LIKE ? OR codes LIKE ? OR paste LIKE ? "
            "ORDER BY created DESC, id DESC LIMIT ?",
            (pattern, pattern, pattern, pattern, limit),
        ).fetchall()
        return [HistoryItem(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4], bool(r[5]), r[6])
                for r in rows]

    def clear_history(self) -> None:
        with _Transaction(self._db):
            self._db.execute("DELETE FROM history")

    def reason_counts(self, days: int = 7, now: datetime | None = None) -> list[tuple[str, int]]:
        """How often each reason was seen lately, most frequent first ("This week")."""
        since = ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat(timespec="seconds")
        return [(row[0], row[1]) for row in self._db.execute(
            "SELECT reason, COUNT(*) AS n FROM history WHERE created >= ? "
            "GROUP BY reason ORDER BY n DESC, reason", (since,))]


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: one write, all or nothing."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *_: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")
