"""Opens catalog.db read-only, and refuses a file that is missing, damaged, of another format
or not as the builder sealed it, each in one sentence for a person."""

from __future__ import annotations

import os
import sqlite3

from app.catalogue.integrity import file_problem, seal_problem

# Bumped whenever the builder changes tables or columns; the reader refuses any other version.
# 2: stripe_messages.pattern (each message already normalised).
# 3: field_names (every name a paste gives a field, folded).
# 4: the guard's classifier.
# 5: message patterns without function words or redacted ids (app.reading.messages.normalise).
# 6: test_cards (Stripe's test cards and the failure each gives).
# 7: reading_data (what reading a paste needs of the other tables, folded at build time).
# 8: reading_data's words grouped by the builder (group -> name -> title, in order).
SCHEMA_VERSION = 8

_REQUIRED_TABLES = {
    "entries",
    "entries_fts",
    "vocabulary",
    "metadata",
    "reply_texts",
    "reply_frames",
    "guard_phrases",
    "guard_reasons",
    "confusables",
    "locale_formats",
    "currency_formats",
    "search_words",
    "field_names",
    "stripe_messages",
    "test_cards",
    "reading_data",
}


class CatalogError(Exception):
    """The catalogue cannot be used; the message is one sentence for a person."""


class CatalogMissing(CatalogError):
    pass


class CatalogCorrupt(CatalogError):
    pass


class CatalogOutdated(CatalogError):
    pass


_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/:")


def read_only_uri(path: str) -> str:
    """SQLite's read-only URI for a file, as Path.as_uri() writes it (but for a colon, which
    SQLite reads as is), without importing pathlib: with the urllib.parse and ipaddress it
    imports, about 3 ms of every `declinedesk explain`."""
    absolute = os.path.realpath(path).replace(os.sep, "/")
    if not absolute.startswith("/"):
        absolute = "/" + absolute  # a Windows drive: file:///C:/...
    quoted = "".join(
        chr(byte) if byte in _URI_SAFE else f"%{byte:02X}" for byte in os.fsencode(absolute)
    )
    return f"file://{quoted}?mode=ro&immutable=1"


def connect(path: str) -> sqlite3.Connection:
    """The catalogue at `path`, opened read-only once its size, header, format and seal are
    checked; raises a CatalogError with one sentence for a person."""
    if not os.path.isfile(path):
        raise CatalogMissing(
            f"The catalogue file {path} is missing; reinstall Decline Desk "
            "or run `make catalog` in a source checkout."
        )
    try:
        problem = file_problem(path)  # size and header first: nothing else is read if wrong
    except OSError as error:
        problem = f"cannot be read ({error.strerror})"
    if problem is not None:
        raise CatalogCorrupt(f"The catalogue file {path} {problem}; reinstall Decline Desk.")
    uri = read_only_uri(path)
    try:
        db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        db.row_factory = sqlite3.Row
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:  # damaged text is not UTF-8
        raise CatalogCorrupt(
            f"The catalogue file {path} is damaged ({error}); reinstall Decline Desk."
        ) from error
    if version != SCHEMA_VERSION or not tables >= _REQUIRED_TABLES:
        db.close()
        if version == 0 or not tables:
            raise CatalogCorrupt(
                f"The file {path} is not a Decline Desk catalogue; reinstall Decline Desk."
            )
        if version == SCHEMA_VERSION:
            raise CatalogCorrupt(
                f"The catalogue file {path} has lost some of its tables; reinstall Decline Desk."
            )
        raise CatalogOutdated(
            f"The catalogue file {path} has format {version} but this version of Decline Desk "
            f"reads format {SCHEMA_VERSION}; install the matching catalogue."
        )
    _verify(db, path)
    # The seal's row counts read nearly every page into SQLite's page cache (about 1.3 MB that
    # no later query wants): given back now, that memory holds the next objects made, instead of
    # adding to the window's peak (about 0.5 MB of it, BENCHMARKS.md). Later queries fill the
    # cache again with the pages they read.
    db.execute("PRAGMA shrink_memory")
    return db


def _verify(db: sqlite3.Connection, path: str) -> None:
    """Refuses a catalogue whose bytes or row counts differ from what the builder sealed:
    a partial catalogue (guard phrases or entries deleted) must never be used."""
    try:
        problem = seal_problem(db, path)
    except OSError as error:
        problem = f"cannot be read ({error.strerror})"
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        problem = f"is damaged ({error})"
    if problem is not None:
        db.close()
        raise CatalogCorrupt(f"The catalogue file {path} {problem}; reinstall Decline Desk.")
