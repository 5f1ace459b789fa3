"""Builds catalog.db from the TOML files in resources/catalog/ (the only user of sqlite-utils):
catalog_source reads and checks them, this module writes, seals and fingerprints the file."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import sqlite_utils

from app.catalogue.catalog import KINDS
from app.catalogue.entries import READING_QUERY
from app.catalogue.integrity import (
    COUNTS_KEY,
    DIGEST_KEY,
    METADATA_TABLE,
    UNSEALED,
    counted_tables,
    file_digest,
    table_counts,
)
from app.catalogue.opening import SCHEMA_VERSION
from build.catalog_rules import (
    MESSAGE_FIELDS,
    bank_debit_lists,
    bank_debit_replies,
    class_list,
    invites_retry,
    other_method_replies,
    payment_method_lists,
    stripe_minor_units,
)
from build.catalog_source import Source, load_source
from build.catalog_translations import translation_rows
from build.guard import confusable_rows, guard_rows
from build.replies import locale_rows, reply_rows

VOCABULARY_GROUPS = {
    "kinds": "kinds",
    "who_acts": "who_acts",
    "retry": "retry",
    "reply_classes": "reply_classes",
    "categories": "categories",
    "card_brands": "card_brands",
    "search_synonyms": "search_synonyms",
    "retry_badges": "retry_badges",
    "who_acts_badges": "who_acts_badges",
    "verdict_for_customer": "verdict_for_customer",
    "verdict_for_customer_by_reply": "verdict_for_customer_by_reply",
    "verdict_for_customer_other_method": "verdict_for_customer_other_method",
    "verdict_for_retries_other_method": "verdict_for_retries_other_method",
    "verdict_for_retries": "verdict_for_retries",
    "retry_waits": "retry_waits",
    "verdict_when": "verdict_when",
    "headline_forms": "headline_forms",
    "note_forms": "note_forms",
    "confidential_forms": "confidential_forms",
    "warning_forms": "warning_forms",
    "summary_forms": "summary_forms",
    "brand_network_codes": "brand_network_codes",
    "other_processors": "other_processors",
    "processor_marks": "processor_marks",
    "processor_senders": "processor_senders",
    "stripe_mentions": "stripe_mentions",
    "order_payment": "order_payment",
    "document_words": "document_words",
    "notice_words": "notice_words",
    "failure_things": "failure_things",
    "failure_words": "failure_words",
    "failure_errors": "failure_errors",
    "success_words": "success_words",
    "review_words": "review_words",
    "outcome_words": "outcome_words",
    "not_payment_things": "not_payment_things",
    "reason_words": "reason_words",
    "label_words": "label_words",
    "code_shorthand": "code_shorthand",
    "code_roles": "code_roles",
    "outcome_rows": "outcome_rows",
    "customer_messages": "customer_messages",
    "number_words": "number_words",
    "greeting_names": "greeting_names",
    "source_names": "source_names",
}


def _rows(source: Source) -> list[dict[str, Any]]:
    order = {kind: index for index, kind in enumerate(KINDS)}
    rows = [
        {
            "kind": e["kind"],
            "code": e["code"],
            "title": e["title"].strip(),
            "category": e["category"],
            "who_acts": e["who_acts"],
            "retry": e["retry"],
            "sensitive": int(e["sensitive"]),
            "reply_class": e["reply_class"],
            "summary": e["summary"].strip(),
            "agent_steps": json.dumps([s.strip() for s in e["agent_steps"]], ensure_ascii=False),
            "stripe_description": e["stripe_description"],
            "stripe_next_steps": e.get("stripe_next_steps", ""),
            "source": e["source"],
            "as_of": e["as_of"],
            "deprecated": int(e.get("deprecated", False)),
            "unconfirmed": int(e.get("unconfirmed", False)),
        }
        for e in source.entries
    ]
    rows.sort(key=lambda row: (order[row["kind"]], row["code"]))
    for number, row in enumerate(rows, start=1):
        row["id"] = number
    return rows


def write_catalog(source: Source, out: Path) -> None:
    """Writes the catalogue to `out` atomically: a reader never sees a half-built file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=".catalog-", suffix=".db", dir=out.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        _fill(sqlite_utils.Database(tmp), source)
        seal(tmp)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)


def _fill(db: sqlite_utils.Database, source: Source) -> None:
    rows = _rows(source)
    entries = db.table("entries")
    entries.insert_all(
        rows,
        pk="id",
        column_order=["id", "kind", "code"],
        not_null={"kind", "code", "title", "summary"},
    )
    entries.create_index(["kind", "code"], unique=True)
    entries.create_index(["code"])
    entries.create_index(["reply_class"])
    # Search: an FTS5 index over the entries (external content, so the text is stored once).
    # sqlite-utils' enable_fts cannot ask for prefix indexes, which keep a search for "no*" or
    # "ins*" fast while the agent types; so the table is declared here.
    db.execute(
        "CREATE VIRTUAL TABLE entries_fts USING fts5(code, title, summary, stripe_description, "
        "content='entries', content_rowid='id', "
        "tokenize='porter unicode61 remove_diacritics 2', prefix='2 3')"
    )
    db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')")
    groups = {group: source.vocabulary[key] for group, key in VOCABULARY_GROUPS.items()}
    groups["reply_invites_retry"] = {
        name: source.vocabulary["reply_classes"][name] for name in invites_retry(source.vocabulary)
    }
    groups["stripe_minor_units"] = stripe_minor_units(source.vocabulary)
    groups["vague_replies"] = {
        name: source.vocabulary["reply_classes"][name]
        for name in class_list(source.vocabulary, "vague_replies")
    }
    bank = bank_debit_lists(source.vocabulary)
    groups["bank_debit_types"] = {name: name for name in bank["payment_method_types"]}
    groups["card_replies"] = bank_debit_replies(source.vocabulary)
    methods = payment_method_lists(source.vocabulary)
    groups["card_payment_types"] = {name: name for name in methods["card_types"]}
    groups["other_payment_types"] = {name: name for name in methods["other_types"]}
    groups["provider_codes"] = {name: name for name in methods["provider_codes"]}
    groups["other_method_replies"] = other_method_replies(source.vocabulary)
    db.table("vocabulary").insert_all(
        (
            {"grp": group, "name": name, "title": title, "position": position}
            for group, names in groups.items()
            for position, (name, title) in enumerate(names.items())
        ),
        pk=("grp", "name"),
    )
    words = sorted(
        {
            word
            for row in rows
            for column in ("code", "title", "summary", "stripe_description")
            for word in re.findall(r"[0-9a-z]{2,}", row[column].lower())
        }
    )
    db.table("search_words").insert_all(({"word": word} for word in words), pk="word")
    texts, frames = reply_rows(source.replies)
    db.table("reply_frames").insert_all(frames, pk="locale")
    db.table("reply_texts").insert_all(texts, pk=("locale", "reply_class", "channel"))
    db.table("guard_phrases").insert_all(guard_rows(source.guard))
    db.table("guard_reasons").insert_all(
        ({"reason": key, "sentence": text} for key, text in source.guard["reasons"].items()),
        pk="reason",
    )
    db.table("guard_model").insert_all(
        ({"name": name, "value": value} for name, value in source.guard_model.items()),
        pk="name",
        columns={"name": str, "value": bytes},
    )
    # Unicode's confusables, read at build time so the app needs no library for them.
    db.table("confusables").insert_all(confusable_rows(), pk="char")
    db.table("stripe_messages").insert_all(
        source.messages,
        pk="text",
        columns={
            "text": str,
            "pattern": str,
            **{name: str for name in MESSAGE_FIELDS},
            "source": str,
            "as_of": str,
        },
    )
    db.table("test_cards").insert_all(
        source.test_cards,
        pk="number",
        columns={
            "number": str,
            "tokens": str,
            "brand": str,
            "result": str,
            **{name: str for name in MESSAGE_FIELDS},
            "source": str,
            "as_of": str,
        },
    )
    db.table("field_names").insert_all(
        source.field_names,
        pk="name",
        columns={"name": str, "field": str, "not_stripe": str, "in_objects": int},
    )
    db.table("translations").insert_all(
        translation_rows(source.translations),
        pk="locale",
        columns={"locale": str, "words": bytes},
    )
    formats, currencies = locale_rows()
    db.table("locale_formats").insert_all(formats, pk="locale")
    db.table("currency_formats").insert_all(currencies, pk=("locale", "currency"))
    # Folded from the tables just written, so that every command's start reads one value.
    folded = db.execute(READING_QUERY).fetchall()
    db.table("reading_data").insert_all(
        ({"part": part, "value": value} for part, value in folded),
        pk="part",
        columns={"part": str, "value": str},
    )
    counts = {kind: sum(1 for row in rows if row["kind"] == kind) for kind in KINDS}
    metadata = {
        "version": source.release["version"],
        "built": source.release["released"],
        "source_hash": source.source_hash,
        "schema_version": str(SCHEMA_VERSION),
        "counts": json.dumps(counts),
    }
    db.table("metadata").insert_all(
        ({"key": key, "value": value} for key, value in metadata.items()), pk="key"
    )
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.conn.commit()
    db.vacuum()
    db.close()


def seal(path: Path) -> None:
    """Stores every table's row count and the file's digest, which the app checks on opening.

    Runs after every table is written, so a table added to `_fill` is covered without edits.
    """
    db = sqlite3.connect(path)
    try:
        counts = table_counts(db, counted_tables(db))
        db.executemany(
            f"INSERT OR REPLACE INTO {METADATA_TABLE} (key, value) VALUES (?, ?)",
            [(COUNTS_KEY, json.dumps(counts, sort_keys=True)), (DIGEST_KEY, UNSEALED)],
        )
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()
    data = path.read_bytes()
    digest = file_digest(io.BytesIO(data), UNSEALED)
    if digest is None:
        raise RuntimeError(f"{path}: the digest placeholder is not in the file exactly once")
    path.write_bytes(data.replace(UNSEALED.encode("ascii"), digest.encode("ascii")))


def build(source_dir: Path, out: Path) -> Source:
    source = load_source(source_dir)
    write_catalog(source, out)
    return source


def fingerprint(path: Path) -> str:
    """A hash of the catalogue's schema and data, independent of SQLite's page layout."""
    digest = hashlib.sha256()
    db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        digest.update(str(db.execute("PRAGMA user_version").fetchone()[0]).encode())
        tables = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
        ).fetchall()
        for name, sql in tables:
            digest.update(sql.encode())
            # FTS shadow tables hold index pages whose bytes depend on the SQLite version;
            # the FTS content is derived from `entries`, which is hashed in full.
            if sql.startswith("CREATE TABLE") and not name.startswith("entries_fts"):
                for row in sorted(repr(r) for r in db.execute(f'SELECT * FROM "{name}"')):
                    # The seal's digest hashes the file's bytes, which differ between SQLite
                    # versions; everything it covers is hashed here row by row.
                    if name == METADATA_TABLE and row.startswith(f"('{DIGEST_KEY}',"):
                        continue
                    digest.update(row.encode())
    finally:
        db.close()
    return digest.hexdigest()
