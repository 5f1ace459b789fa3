"""Read-only access to the bundled catalogue (catalog.db) of codes and reply classes."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator

from app import TYPE_CHECKING
from app.catalogue.entries import (
    ENTRY_COLUMNS,
    READING_PART,
    CatalogEntry,
    CatalogInfo,
    CurrencyFormat,
    LocaleFormats,
    ReplyFrame,
    code_kinds_of,
    entry_of_row,
)
from app.catalogue.opening import (
    CatalogCorrupt,
    CatalogError,
    CatalogMissing,
    CatalogOutdated,
    connect,
)
from app.reading.report import CodeKinds

if TYPE_CHECKING:
    from typing import Any

# The errors are part of the catalogue's interface: callers catch them from here.
__all__ = [
    "KINDS",
    "Catalog",
    "CatalogCorrupt",
    "CatalogEntry",
    "CatalogError",
    "CatalogInfo",
    "CatalogMissing",
    "CatalogOutdated",
    "ReplyFrame",
]

# The order in which kinds are listed everywhere (lookup output, counts).
KINDS = (
    "error_code",
    "decline_code",
    "error_type",
    "advice_code",
    "outcome_type",
    "network_status",
    "risk_level",
    "outcome_reason",
    "network_decline_code",
    "network_advice_code",
)


class Catalog:
    """The catalogue file, opened read-only; the bundled file is never written."""

    def __init__(self, path: os.PathLike[str] | str, checked: str | None = None) -> None:
        """`checked`: where to remember the files whose seal was checked whole (opening.py)."""
        self._code_kinds: CodeKinds | None = None
        self.path = os.fspath(path)
        self._db = connect(self.path, checked)
        self._kind_order = {kind: index for index, kind in enumerate(KINDS)}
        # Each vocabulary group is read once: the file never changes while open.
        self._vocabulary: dict[str, dict[str, str]] = {}
        self._kept: dict[tuple[str, tuple[object, ...]], list[sqlite3.Row]] = {}
        self._entries: dict[tuple[str, str], CatalogEntry | None] = {}
        self._translations: dict[str, dict[str, Any]] = {}

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _query(
        self, sql: str, params: Iterable[object] = (), *, keep: bool = False
    ) -> list[sqlite3.Row]:
        """The rows; `keep` remembers them for the next identical query (the lookups each
        explanation repeats). Each row read hands the interpreter's lock to any worker thread and
        waits for it back, which took 1 to 2.5 s for a window's 50 failures while a worker ran."""
        key = (sql, tuple(params))
        if keep and key in self._kept:
            return self._kept[key]
        try:
            rows = self._db.execute(sql, key[1]).fetchall()
        except sqlite3.DatabaseError as error:
            raise CatalogCorrupt(
                f"The catalogue file {self.path} is damaged ({error}); reinstall Decline Desk."
            ) from error
        if keep:
            if len(self._kept) >= 4096:  # pasted codes are unbounded; the catalogue's are few
                self._kept.clear()
            self._kept[key] = rows
        return rows

    def _one_json(self, sql: str) -> Any:
        """A query that folds a whole table into one JSON value: read in one step (see _query)."""
        rows = self._query(sql)
        return json.loads(rows[0][0] or "[]")

    def info(self) -> CatalogInfo:
        meta = {row["key"]: row["value"] for row in self._query("SELECT key, value FROM metadata")}
        rows = self._query("SELECT kind, COUNT(*) AS n FROM entries GROUP BY kind")
        found = {row["kind"]: row["n"] for row in rows}
        counts = {kind: found.get(kind, 0) for kind in KINDS}
        return CatalogInfo(
            version=meta.get("version", "unknown"),
            built=meta.get("built", "unknown"),
            source_hash=meta.get("source_hash", ""),
            counts=counts,
        )

    def lookup(self, code: str) -> list[CatalogEntry]:
        """Every entry named `code`, of any kind, in KINDS order; codes match case-insensitively."""
        rows = self._query(
            f"SELECT {ENTRY_COLUMNS} FROM entries WHERE code = ? COLLATE NOCASE",
            [code.strip()],
            keep=True,
        )
        return sorted((entry_of_row(row) for row in rows), key=lambda e: self._kind_order[e.kind])

    def entry(self, kind: str, code: str) -> CatalogEntry | None:
        """The entry, made once per code: explaining 50 failures made 900 of them from rows,
        half of the explanations' time. Entries are frozen, so one can be shared."""
        key = (kind, code.strip())
        if key not in self._entries:
            rows = self._query(
                f"SELECT {ENTRY_COLUMNS} FROM entries WHERE kind = ? AND code = ? COLLATE NOCASE",
                list(key),
            )
            if len(self._entries) >= 4096:  # pasted codes are unbounded; the catalogue's are few
                self._entries.clear()
            self._entries[key] = entry_of_row(rows[0]) if rows else None
        return self._entries[key]

    def entries(self, kind: str | None = None) -> Iterator[CatalogEntry]:
        if kind is None:
            rows = self._query(f"SELECT {ENTRY_COLUMNS} FROM entries ORDER BY kind, code")
        else:
            rows = self._query(
                f"SELECT {ENTRY_COLUMNS} FROM entries WHERE kind = ? ORDER BY code", [kind]
            )
        return (entry_of_row(row) for row in rows)

    def vocabulary(self, group: str) -> dict[str, str]:
        """Allowed values and their titles for a group (kinds, who_acts, retry_badges...)."""
        if group not in self._vocabulary:
            rows = self._query(
                "SELECT name, title FROM vocabulary WHERE grp = ? ORDER BY position", [group]
            )
            self._vocabulary[group] = {row["name"]: row["title"] for row in rows}
        return dict(self._vocabulary[group])  # a copy: a caller may add to it

    def translations(self, locale: str) -> dict[str, Any]:
        """The agent's words in `locale` (resources/catalog/translations/): group -> name ->
        text, and the file's settings; empty for a language without them, or an older file."""
        if locale not in self._translations:
            query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'translations'"
            rows = self._query(query) and self._query(
                "SELECT words FROM translations WHERE locale = ?", [locale]
            )
            found: Any = {}
            if rows:
                import zlib  # only for another language's words: no import of every command

                try:
                    found = json.loads(zlib.decompress(rows[0]["words"]))
                except (zlib.error, TypeError, ValueError) as error:
                    raise CatalogCorrupt(
                        f"The catalogue file {self.path} is damaged ({error}); reinstall "
                        "Decline Desk."
                    ) from error
            self._translations[locale] = found if isinstance(found, dict) else {}
        return self._translations[locale]

    def code_kinds(self) -> CodeKinds:
        """Every code name and the kinds it is an entry of (how a bare pasted code is read);
        read once, since every paste needs it."""
        if self._code_kinds is None:
            self._code_kinds = self._read_code_kinds()
        return self._code_kinds

    def _read_code_kinds(self) -> CodeKinds:
        # The later parts as their UTF-8 bytes: made into text (100 KB in twelve languages)
        # they cost every start about 0.35 ms more; json.loads reads the bytes when asked.
        rows = self._query(
            "SELECT part, CASE WHEN part = ? THEN value ELSE CAST(value AS BLOB) END"
            " FROM reading_data",
            [READING_PART],
        )
        parts = {str(row[0]): row[1] for row in rows}
        return code_kinds_of(parts, self._kind_order, self._vocabulary, self._damaged)

    def _damaged(self, error: Exception) -> CatalogCorrupt:
        return CatalogCorrupt(
            f"The catalogue file {self.path} is damaged ({error}); reinstall Decline Desk."
        )

    def reply_locales(self) -> tuple[str, ...]:
        """The reply languages, in the order the builder lists them (en first)."""
        return tuple(
            row["locale"]
            for row in self._query("SELECT locale FROM reply_frames ORDER BY rowid", keep=True)
        )

    def reply_frame(self, locale: str) -> ReplyFrame:
        rows = self._query("SELECT * FROM reply_frames WHERE locale = ?", [locale], keep=True)
        if not rows:
            raise KeyError(locale)
        row = rows[0]
        return ReplyFrame(
            row["locale"],
            row["language"],
            row["greeting"],
            row["closing"],
            row["signature"],
            row["greeting_without_name"],
        )

    def reply_template(self, locale: str, reply_class: str, channel: str) -> str:
        rows = self._query(
            "SELECT template FROM reply_texts WHERE locale = ? AND reply_class = ? AND channel = ?",
            [locale, reply_class, channel],
            keep=True,
        )
        if not rows:
            raise KeyError((locale, reply_class, channel))
        return str(rows[0]["template"])

    def guard_rows(self) -> list[tuple[str, str, str, str]]:
        """The reply guard's lists: (locale, reason, kind, phrase), as resources/guard/ has them."""
        rows = self._one_json(
            "SELECT json_group_array(json_array(rowid, locale, reason, kind, phrase))"
            " FROM guard_phrases"
        )
        rows.sort(key=lambda row: row[0])  # rowid: the order resources/guard/ lists them in
        return [(locale, reason, kind, phrase) for _, locale, reason, kind, phrase in rows]

    def guard_reasons(self) -> dict[str, str]:
        """Why the guard refuses a phrase: reason key -> sentence."""
        return {
            row["reason"]: row["sentence"]
            for row in self._query("SELECT reason, sentence FROM guard_reasons")
        }

    def guard_model(self) -> dict[str, bytes]:
        """The guard's classifier as stored (name -> bytes); empty when the table is missing,
        which the guard reports and then checks with its word lists alone."""
        query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'guard_model'"
        if not self._query(query):
            return {}
        rows = self._query("SELECT name, value FROM guard_model")
        # A value that is not bytes is damage: the guard reads it as an unusable model.
        return {
            str(row["name"]): row["value"] if isinstance(row["value"], bytes) else b""
            for row in rows
        }

    def confusables(self) -> dict[str, str]:
        """Look-alike characters of other scripts -> the Latin letter each imitates."""
        found = self._one_json("SELECT json_group_object(char, latin) FROM confusables")
        return dict(found) if isinstance(found, dict) else {}

    def locale_formats(self, locale: str) -> LocaleFormats:
        rows = self._query("SELECT * FROM locale_formats WHERE locale = ?", [locale], keep=True)
        if not rows:
            raise KeyError(locale)
        row = rows[0]
        return LocaleFormats(
            row["locale"],
            row["decimal"],
            row["grp"],
            row["currency_pattern"],
            row["date_pattern"],
            tuple(row["months"].split("\n")),
        )

    def currency_format(self, locale: str, currency: str) -> CurrencyFormat | None:
        rows = self._query(
            "SELECT symbol, digits FROM currency_formats WHERE locale = ? AND currency = ?",
            [locale, currency.upper()],
            keep=True,
        )
        return CurrencyFormat(rows[0]["symbol"], rows[0]["digits"]) if rows else None

    def card_brand_name(self, brand: str) -> str:
        """Stripe's brand id as a customer reads it: "amex" is "American Express"."""
        names = self.vocabulary("card_brands")
        return names.get(brand.lower().strip(), brand.strip().title())

    def search_words(self) -> frozenset[str]:
        """Every word the catalogue uses, for correcting a misspelled search word."""
        return frozenset(row["word"] for row in self._query("SELECT word FROM search_words"))

    def fts(self, match: str, limit: int = 50) -> list[tuple[str, str, str, float]]:
        """(code, kind, title, bm25 rank) for an FTS5 MATCH expression, best first."""
        rows = self._query(
            "SELECT e.code, e.kind, e.title, hit.score AS rank FROM ("
            "  SELECT rowid, bm25(entries_fts, 10.0, 6.0, 2.0, 1.0) AS score FROM entries_fts"
            "  WHERE entries_fts MATCH ? ORDER BY score LIMIT ?"
            ") AS hit JOIN entries AS e ON e.id = hit.rowid ORDER BY hit.score",
            [match, limit],
        )
        return [(row["code"], row["kind"], row["title"], row["rank"]) for row in rows]
