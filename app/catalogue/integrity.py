"""The catalogue's seal: the builder stores a checksum of the whole file and the row count of every
table in its metadata; every opening checks both, so a damaged or edited catalogue is refused.

The checksum is CRC-32 over the file's bytes as the builder wrote them, with the checksum's own
value blanked (it lives inside the file it describes). Hashing the raw file is far cheaper than
reading every row, and it covers every table, index and the FTS index without naming them, so
tables added later are covered too. Anyone who edits the file with sqlite3 changes its bytes.

Why a CRC and not a cryptographic hash: the value is stored in the same file, with no secret
key, so no hash could stop someone who edits the file on purpose and recomputes it (they could
as well replace the program). What the seal can do is catch damage and careless edits, and
CRC-32 catches those as surely: every change of one byte, or of any run of up to 4 bytes, is
certain to change it, and any other change escapes with odds of 1 in 4 billion. It costs
about 0.3 ms over the 1.1 MB catalogue where BLAKE2b cost about 2 ms, on every command. The
row counts are checked separately, so deleted rows are caught even behind a recomputed value.
"""

from __future__ import annotations

import json
import os
import sqlite3
from io import BufferedIOBase, RawIOBase

DIGEST_KEY = "content_digest"
COUNTS_KEY = "table_counts"
_PREFIX = "crc32:"
# What the digest field holds while the builder hashes the file: same length as a real value
# (8 hexadecimal digits), so writing the real one changes no other byte.
UNSEALED = _PREFIX + "0" * 8
METADATA_TABLE = "metadata"
# Reads go into one reused buffer: small, so the check adds nothing to peak memory, and reused,
# because a fresh 64 KiB bytes object for each read costs more (new memory) than the checksum.
_CHUNK = 64 * 1024
# The largest file taken for a catalogue: today's is about 3.3 MB (eleven languages' words and
# the guard's lists), so 64 MB leaves room for many more languages, while the seal's checksum over
# it stays a few tens of milliseconds. Anything larger is refused before a byte of it is read (an
# 8 GB file took 6-41 s to refuse after reading it).
MAX_CATALOG_BYTES = 64 * 10**6
_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 100


def counted_tables(db: sqlite3.Connection) -> list[str]:
    """Every data table except the metadata itself and full-text indexes (their row counts
    depend on the SQLite version; the file digest covers their bytes)."""
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        name
        for name, _ in rows
        if name != METADATA_TABLE
        and not name.startswith("sqlite_")
        and not any(name == v or name.startswith(f"{v}_") for v in virtual)
    ]


def table_counts(db: sqlite3.Connection, tables: list[str]) -> dict[str, int]:
    """The row count of each table, in one query."""
    if not tables:
        return {}
    quoted = ('"' + name.replace('"', '""') + '"' for name in tables)
    sql = "SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {name})" for name in quoted)
    return dict(zip(tables, db.execute(sql).fetchone(), strict=True))


def file_digest(source: RawIOBase | BufferedIOBase, stored: str) -> str | None:
    """The checksum of a catalogue's bytes with its stored value `stored` blanked; None when
    `stored` is not written in the file exactly once (the file is not one the builder sealed).
    Reads in chunks, so checking never holds the whole file in memory."""
    # zlib: a small extension module (hashlib would load OpenSSL, about 4 ms), imported here
    # because a command opening a file checked before computes no checksum (opening.py).
    import zlib

    value = stored.encode("ascii", errors="replace")
    if len(value) != len(UNSEALED):
        return None
    blank = UNSEALED.encode("ascii")
    keep = len(value) - 1  # the last bytes read may be the start of `value`: kept for the next
    buffer = bytearray(keep + _CHUNK)
    view = memoryview(buffer)
    crc = 0
    found = 0
    held = 0  # bytes kept at the start of the buffer from the previous read
    while count := source.readinto(view[held:]):
        end = held + count
        start = 0
        while (at := buffer.find(value, start, end)) != -1:
            crc = zlib.crc32(blank, zlib.crc32(view[start:at], crc))
            start = at + len(value)
            found += 1
        cut = max(start, end - keep)
        crc = zlib.crc32(view[start:cut], crc)
        held = end - cut
        buffer[:held] = bytes(view[cut:end])  # a copy: the two ranges may overlap
    crc = zlib.crc32(view[:held], crc)
    return f"{_PREFIX}{crc:08x}" if found == 1 else None


def file_problem(path: str) -> str | None:
    """Why the file at `path` cannot be a sealed catalogue, from its size and SQLite header
    alone; None when it may be one. Reads 100 bytes, so a huge or sparse file costs nothing."""
    size = os.stat(path).st_size
    if size > MAX_CATALOG_BYTES:
        return (
            f"is {_megabytes(size)}, larger than any Decline Desk catalogue "
            f"(at most {_megabytes(MAX_CATALOG_BYTES)})"
        )
    with open(path, "rb", buffering=0) as source:
        header = source.read(_HEADER_BYTES)
    if len(header) < _HEADER_BYTES or not header.startswith(_SQLITE_MAGIC):
        return "is not a Decline Desk catalogue (it is not an SQLite database)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The header's page count is valid when written by the same change as the file (SQLite's
    # "version-valid-for" number equals its change counter); then the size must match it.
    if pages and header[92:96] == header[24:28] and pages * page_size != size:
        return "is not the size its own header gives (cut short or added to)"
    return None


def _megabytes(size: int) -> str:
    if size >= 10**9:
        return f"{size / 10**9:.1f} GB"
    return f"{size / 10**6:.0f} MB" if size >= 10**6 else f"{size / 10**3:.0f} KB"


def seal_problem(db: sqlite3.Connection, path: str | os.PathLike[str]) -> str | None:
    """Why the opened catalogue at `path` breaks its seal; None if it does not."""
    meta = dict(
        db.execute(
            f"SELECT key, value FROM {METADATA_TABLE} WHERE key IN (?, ?)", (DIGEST_KEY, COUNTS_KEY)
        ).fetchall()
    )
    stored = meta.get(DIGEST_KEY)
    if not isinstance(stored, str) or stored == UNSEALED or COUNTS_KEY not in meta:
        return "was not sealed by the catalogue builder"
    with open(path, "rb", buffering=0) as source:
        if file_digest(source, stored) != stored:
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
