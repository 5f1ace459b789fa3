"""Opens catalog.db read-only, and refuses a file that is missing, damaged, of another format
or not as the builder sealed it, each in one sentence for a person.

The seal (app/catalogue/integrity.py) reads the whole file: a checksum of its 3.6 MB and every
table's row count, about 3.5 ms of each command's 50. A caller that names a `checked` file (the
command line: one in the agent's data folder) has each catalogue file checked whole once: the
file's path, size, times and stored checksum are written there after a clean check, and a later
opening of the same unchanged file checks its size, header, format and tables only. A file
replaced, edited or copied anew differs in its times or size and is checked whole again; what
this leaves unseen is damage that keeps the file's size and times (a disk's bad sector after
the first check), which SQLite reports itself when a query reads the damaged page.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time

from app.catalogue.integrity import DIGEST_KEY, file_problem, seal_problem

# Bumped whenever the builder changes tables or columns; the reader refuses any other version.
# 2: stripe_messages.pattern (each message already normalised).
# 3: field_names (every name a paste gives a field, folded).
# 4: the guard's classifier.
# 5: message patterns without function words or redacted ids (app.reading.messages.normalise).
# 6: test_cards (Stripe's test cards and the failure each gives).
# 7: reading_data (what reading a paste needs of the other tables, folded at build time).
# 8: reading_data's words grouped by the builder (group -> name -> title, in order).
# 9: reading_data in parts (part, value): Stripe's messages and the words of texts in words
#    apart, decoded when first read.
SCHEMA_VERSION = 9

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


# The remembered files: a few catalogues (an install, a source checkout, a support copy), read in
# one small bounded read.
_CHECKED_FILES = 8
_CHECKED_BYTES = 64 * 1024
# A file is remembered once it was last written this long ago (file times move in ticks of a few
# milliseconds on some systems, seconds on FAT).
_SETTLED_NS = 3 * 10**9

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


def connect(path: str, checked: str | None = None) -> sqlite3.Connection:
    """The catalogue at `path`, opened read-only once its size, header, format and seal are
    checked (the seal once per file when `checked` names where to remember it); raises a
    CatalogError with one sentence for a person."""
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
    seen, remember = _checked_before(db, path, checked) if checked else (False, None)
    if seen:
        return db
    _verify(db, path)
    if checked and remember is not None:
        _remember(checked, remember)
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


def _checked_before(
    db: sqlite3.Connection, path: str, checked: str
) -> tuple[bool, dict[str, object] | None]:
    """Whether this very file (path, size, times, stored checksum) was checked whole before,
    and, when it was not, what to remember once it is: None for a file that cannot be described
    or was written in the last seconds (an edit within the same tick of the clock could keep its
    times: remembered only once it is older)."""
    try:
        row = db.execute("SELECT value FROM metadata WHERE key = ?", (DIGEST_KEY,)).fetchone()
        status = os.stat(path)
        key = os.path.realpath(path)
    except (sqlite3.DatabaseError, UnicodeDecodeError, OSError):
        return False, None  # the whole check says what is wrong
    if row is None or not isinstance(row[0], str):
        return False, None
    now = [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, row[0]]
    try:
        with open(checked, "rb") as source:
            remembered = json.loads(source.read(_CHECKED_BYTES))
    except (OSError, ValueError):
        remembered = {}
    if not isinstance(remembered, dict):
        remembered = {}
    if remembered.get(key) == now:
        return True, None
    if time.time_ns() - status.st_mtime_ns < _SETTLED_NS:
        return False, None
    remembered.pop(key, None)
    while len(remembered) >= _CHECKED_FILES:  # the oldest first: a dict keeps its order
        del remembered[next(iter(remembered))]
    remembered[key] = now
    return False, remembered


def _remember(checked: str, remembered: dict[str, object]) -> None:
    """Writes the files checked whole, whole or not at all (another command may be reading);
    a folder that cannot be written only means the next command checks again."""
    part = f"{checked}.{os.getpid()}.part"
    try:
        os.makedirs(os.path.dirname(checked) or ".", exist_ok=True)
        with open(part, "w", encoding="utf-8") as target:
            json.dump(remembered, target)
        os.replace(part, checked)
    except OSError:
        import contextlib  # only here: it is no module of explain's start

        with contextlib.suppress(OSError):
            os.remove(part)
