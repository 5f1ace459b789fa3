"""The catalogue's seal: the builder stores a digest of the whole file and the row count of every
table in its metadata; every opening checks both, so a damaged or edited catalogue is refused.

The digest is BLAKE2b (256 bits) over the file's bytes as the builder wrote them, with the
digest's own value blanked (it lives inside the file it describes). Hashing the raw file is far
cheaper than reading every row, and it covers every table, index and the FTS index without
naming them, so tables added later are covered too. Anyone who edits the file with sqlite3
changes its bytes; someone who also recomputes the digest could as well replace the program,
so this guards against damage and hand edits, not against an author of a fake release.
"""

from __future__ import annotations

import json
import sqlite3

try:
    # The same BLAKE2b that hashlib offers, without hashlib's import of OpenSSL, which alone
    # costs about 4 ms, several times the hashing itself, on every command.
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - another Python implementation
    from hashlib import blake2b

DIGEST_KEY = "content_digest"
COUNTS_KEY = "table_counts"
_PREFIX = "blake2b-256:"
# What the digest field holds while the builder hashes the file: same length as a real digest,
# so writing the real one changes no other byte.
UNSEALED = _PREFIX + "0" * 64
METADATA_TABLE = "metadata"


def counted_tables(db: sqlite3.Connection) -> list[str]:
    """Every data table except the metadata itself and full-text indexes (their row counts
    depend on the SQLite version; the file digest covers their bytes)."""
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        name for name, _ in rows
        if name != METADATA_TABLE and not name.startswith("sqlite_")
        and not any(name == v or name.startswith(f"{v}_") for v in virtual)
    ]


def table_counts(db: sqlite3.Connection, tables: list[str]) -> dict[str, int]:
    """The row count of each table, in one query."""
    if not tables:
        return {}
    quoted = ('"' + name.replace('"', '""') + '"' for name in tables)
    sql = "SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {name})" for name in quoted)
    return dict(zip(tables, db.execute(sql).fetchone(), strict=True))


def file_digest(data: bytes, stored: str) -> str | None:
    """The digest of a catalogue's bytes with its stored digest `stored` blanked; None when
    `stored` is not written in the file exactly once (the file is not one the builder sealed)."""
    value = stored.encode("ascii", errors="replace")
    start = data.find(value)
    if len(value) != len(UNSEALED) or start == -1 or data.rfind(value) != start:
        return None
    view = memoryview(data)
    digest = blake2b(view[:start], digest_size=32)
    digest.update(UNSEALED.encode("ascii"))
    digest.update(view[start + len(value):])
    return _PREFIX + digest.hexdigest()


def seal_problem(db: sqlite3.Connection, data: bytes) -> str | None:
    """Why the opened catalogue (whose file holds `data`) breaks its seal; None if it does not."""
    meta = dict(db.execute(
        f"SELECT key, value FROM {METADATA_TABLE} WHERE key IN (?, ?)", (DIGEST_KEY, COUNTS_KEY)
    ).fetchall())
    stored = meta.get(DIGEST_KEY)
    if not isinstance(stored, str) or stored == UNSEALED or COUNTS_KEY not in meta:
        return "was not sealed by the catalogue builder"
    if file_digest(data, stored) != stored:
        return "has been changed or damaged since it was built"
    try:
        expected = json.loads(meta[COUNTS_KEY])
    except (TypeError, ValueError):
        return "has damaged metadata"
    tables = counted_tables(db)
    if not isinstance(expected, dict) or sorted(expected) != tables:
        return "does not have the tables it was built with"
    if table_counts(db, tables) != expected:
        return "has lost or gained entries since it was built"
    return None
