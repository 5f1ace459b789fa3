"""Builds catalog.db from the TOML files in resources/catalog/ (the only user of sqlite-utils)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sqlite3
import tempfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from app.catalogue.catalog import KINDS, SCHEMA_VERSION
from app.catalogue.integrity import (
    COUNTS_KEY,
    DIGEST_KEY,
    METADATA_TABLE,
    UNSEALED,
    counted_tables,
    file_digest,
    table_counts,
)
from app.catalogue.vocabulary import CHANNELS, GENERIC_DECLINE
from app.reading.messages import normalise
from build.field_names import field_name_rows
from build.guard import build_guard, check_replies, confusable_rows, guard_rows, load_guard
from build.guard_model import load_training, reply_examples, train_model
from build.replies import load_replies, locale_rows, reply_rows

MESSAGES_FILE = "messages.toml"
ENTRY_FILES = ("error_codes.toml", "decline_codes.toml", "enumerations.toml", "network_codes.toml")
REQUIRED_TEXT = (
    "title",
    "category",
    "who_acts",
    "retry",
    "reply_class",
    "summary",
    "stripe_description",
    "source",
    "as_of",
)
OPTIONAL_FIELDS = {"stripe_next_steps", "deprecated", "unconfirmed"}
KNOWN_FIELDS = {*REQUIRED_TEXT, "sensitive", "agent_steps", *OPTIONAL_FIELDS}
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
    "verdict_for_retries": "verdict_for_retries",
    "retry_waits": "retry_waits",
    "brand_network_codes": "brand_network_codes",
    "other_processors": "other_processors",
    "failure_things": "failure_things",
    "failure_words": "failure_words",
    "failure_errors": "failure_errors",
    "success_words": "success_words",
    "greeting_names": "greeting_names",
    "source_names": "source_names",
}
# A message's fields and the kind of catalogue entry each must name.
MESSAGE_FIELDS = {
    "error_type": "error_type",
    "code": "error_code",
    "decline_code": "decline_code",
    "outcome_type": "outcome_type",
    "outcome_reason": "outcome_reason",
}


class CatalogBuildError(Exception):
    """The source data breaks a rule; `problems` lists every one found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            f"{len(problems)} problem(s) in the catalogue source:\n"
            + "\n".join(f"- {p}" for p in problems)
        )


@dataclass(frozen=True)
class Source:
    """Everything read from resources/catalog/."""

    release: dict[str, str]
    vocabulary: dict[str, Any]
    entries: list[dict[str, Any]]
    replies: dict[str, Any]
    guard: dict[str, Any]
    source_hash: str
    messages: list[dict[str, Any]]
    field_names: list[dict[str, Any]]
    guard_model: dict[str, bytes]


def replies_dir(source_dir: Path) -> Path:
    """resources/replies/, beside resources/catalog/."""
    return source_dir.parent / "replies"


def guard_dir(source_dir: Path) -> Path:
    """resources/guard/, beside resources/catalog/."""
    return source_dir.parent / "guard"


def source_files(source_dir: Path) -> list[Path]:
    return [
        *sorted(source_dir.glob("*.toml")),
        *sorted(replies_dir(source_dir).glob("*.toml")),
        *sorted(guard_dir(source_dir).glob("*.toml")),
        *sorted((guard_dir(source_dir) / "training").glob("*.toml")),
    ]


def source_hash(source_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in source_files(source_dir):
        name = f"{path.parent.name}/{path.name}".encode()
        digest.update(name + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _load_toml(path: Path, problems: list[str]) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        problems.append(f"{path.name}: file is missing")
    except tomllib.TOMLDecodeError as error:
        problems.append(f"{path.name}: not valid TOML ({error})")
    return {}


def _read_entries(path: Path, problems: list[str]) -> Iterator[dict[str, Any]]:
    data = _load_toml(path, problems)
    defaults = data.pop("defaults", {})
    for kind, codes in data.items():
        if kind not in KINDS:
            problems.append(f"{path.name}: [{kind}] is not a known kind")
            continue
        for code, fields in codes.items():
            yield {**defaults, **fields, "kind": kind, "code": code, "_file": path.name}


def load_source(source_dir: Path) -> Source:
    problems: list[str] = []
    release = _load_toml(source_dir / "catalog.toml", problems)
    vocabulary = _load_toml(source_dir / "vocabulary.toml", problems)
    entries = [e for name in ENTRY_FILES for e in _read_entries(source_dir / name, problems)]
    messages = _load_toml(source_dir / MESSAGES_FILE, problems)
    if problems:
        raise CatalogBuildError(problems)
    problems = validate(release, vocabulary, entries)
    message_rows = validate_messages(messages, entries, problems)
    name_rows = field_name_rows(source_dir, problems)
    replies = load_replies(replies_dir(source_dir), list(vocabulary["reply_classes"]), problems)
    guard = load_guard(guard_dir(source_dir), problems)
    training = load_training(guard_dir(source_dir) / "training", guard["reasons"], problems)
    if not problems:
        check_replies(replies, build_guard(guard, confusable_rows()), CHANNELS, problems)
    if problems:
        raise CatalogBuildError(problems)
    # The classifier is trained once the rules pass every reply; a reply it refuses is a
    # build error like one the rules refuse.
    confusables = {row["char"]: row["latin"] for row in confusable_rows()}
    model = train_model(training + reply_examples(replies, CHANNELS), guard["reasons"], confusables)
    check_replies(replies, build_guard(guard, confusable_rows(), model), CHANNELS, problems)
    if problems:
        raise CatalogBuildError(problems)
    return Source(
        release,
        vocabulary,
        entries,
        replies,
        guard,
        source_hash(source_dir),
        message_rows,
        name_rows,
        model,
    )


def validate(
    release: dict[str, Any], vocabulary: dict[str, Any], entries: list[dict[str, Any]]
) -> list[str]:
    """Every rule of resources/catalog/README.md; returns the problems, empty when all hold."""
    problems = [
        f"catalog.toml: `{key}` is missing"
        for key in ("version", "released")
        if not isinstance(release.get(key), str) or not release.get(key)
    ]
    allowed = {
        field: set(vocabulary.get(group, {}))
        for field, group in (
            ("who_acts", "who_acts"),
            ("retry", "retry"),
            ("reply_class", "reply_classes"),
            ("category", "categories"),
        )
    }
    sensitive_rule = {
        (kind, code) for kind, codes in vocabulary.get("sensitive", {}).items() for code in codes
    }
    for group, needed in (
        ("retry_badges", {*allowed["retry"], "unknown"}),
        ("who_acts_badges", allowed["who_acts"]),
        ("verdict_for_customer", {*allowed["retry"], "unknown", "ours"}),
        ("verdict_for_retries", {*allowed["retry"], "unknown", "ours"}),
    ):
        missing = sorted(needed - set(vocabulary.get(group, {})))
        if missing:
            problems.append(f"vocabulary.toml [{group}] has no label for {', '.join(missing)}")
    problems += _verdict_problems(vocabulary, allowed)
    problems += [
        f'vocabulary.toml [greeting_names] {locale!r} = {way!r}: only "family" is known'
        for locale, way in vocabulary.get("greeting_names", {}).items()
        if way != "family"
    ]
    seen: set[tuple[str, str]] = set()
    for entry in entries:
        where = f"{entry['_file']}: [{entry['kind']}.{entry['code']}]"
        key = (entry["kind"], entry["code"])
        if key in seen:
            problems.append(f"{where} appears twice")
        seen.add(key)
        problems += [
            f"{where} has unknown field `{name}`"
            for name in sorted(set(entry) - KNOWN_FIELDS - {"kind", "code", "_file"})
        ]
        for name in REQUIRED_TEXT:
            value = entry.get(name)
            if not isinstance(value, str) or not value.strip():
                problems.append(f"{where} needs a non-empty `{name}`")
            elif "TODO" in value:
                problems.append(f"{where} `{name}` still says TODO")
        steps = entry.get("agent_steps")
        if (
            not isinstance(steps, list)
            or not steps
            or not all(isinstance(s, str) and s.strip() and "TODO" not in s for s in steps)
        ):
            problems.append(f"{where} needs `agent_steps`: a list of written steps")
        for flag in ("sensitive", "deprecated", "unconfirmed"):
            if flag in entry and not isinstance(entry[flag], bool):
                problems.append(f"{where} `{flag}` must be true or false")
        if "sensitive" not in entry:
            problems.append(f"{where} needs `sensitive = true|false`")
        for field, values in allowed.items():
            value = entry.get(field)
            if isinstance(value, str) and value not in values and "TODO" not in value:
                problems.append(f"{where} `{field}` = {value!r} is not in vocabulary.toml")
        if entry.get("sensitive") is True and entry.get("reply_class") != GENERIC_DECLINE:
            problems.append(f"{where} is sensitive, so its reply_class must be {GENERIC_DECLINE}")
        if entry.get("sensitive") is True and key not in sensitive_rule:
            problems.append(
                f"{where} is marked sensitive but is not in vocabulary.toml [sensitive]"
            )
        if key in sensitive_rule and entry.get("sensitive") is not True:
            problems.append(f"{where} is in vocabulary.toml [sensitive] but not marked sensitive")
        if entry.get("unconfirmed") is True:
            if "inferred from the code's name" not in str(entry.get("summary", "")):
                problems.append(
                    f"{where} is unconfirmed: its summary must say the meaning is "
                    "inferred from the code's name"
                )
            if not any("scalate" in s for s in steps or []):
                problems.append(
                    f"{where} is unconfirmed: its steps must tell the agent to escalate"
                )
    problems += [
        f"vocabulary.toml [sensitive] names {kind}.{code}, which has no entry"
        for kind, code in sorted(sensitive_rule - seen)
    ]
    problems += [
        f"vocabulary.toml [brand_network_codes] {key!r} = {value!r}: both must be network "
        "decline codes of the catalogue"
        for key, value in vocabulary.get("brand_network_codes", {}).items()
        if ("network_decline_code", key.partition(".")[2]) not in seen
        or ("network_decline_code", value) not in seen
    ]
    problems += _retry_invitation_problems(vocabulary, entries)
    problems += _payment_method_problems(vocabulary, seen)
    return problems


# The kinds of entry a wallet's or local method's own code can be.
PROVIDER_CODE_KINDS = ("decline_code", "outcome_reason", "error_code")


def _payment_method_problems(vocabulary: dict[str, Any], seen: set[tuple[str, str]]) -> list[str]:
    """[payment_methods]: card types to tell a card payment by, and provider codes that are
    decline codes, outcome reasons or error codes of the catalogue."""
    lists = payment_method_lists(vocabulary)
    problems = [] if lists["card_types"] else ["vocabulary.toml [payment_methods] needs card_types"]
    problems += [
        f"vocabulary.toml [payment_methods] provider_codes names {code!r}, which is no decline "
        "code, outcome reason or error code of the catalogue"
        for code in lists["provider_codes"]
        if not any((kind, code) in seen for kind in PROVIDER_CODE_KINDS)
    ]
    return problems


def stripe_minor_units(vocabulary: dict[str, Any]) -> dict[str, str]:
    """Currency -> the digits Stripe counts in its `amount`, for every currency that is not
    two-decimal; a special case overrides the lists ([stripe_currencies])."""
    table = vocabulary.get("stripe_currencies", {})
    units = {code: "0" for code in table.get("zero_decimal", [])}
    units |= {code: "3" for code in table.get("three_decimal", [])}
    for code in table.get("two_decimal_special", []):
        units.pop(code, None)
    return dict(sorted(units.items()))


def _verdict_problems(vocabulary: dict[str, Any], allowed: dict[str, set[str]]) -> list[str]:
    """[verdict_for_customer_by_reply] keys are RETRY.REPLY_CLASS; [retry_waits] keys are
    Mastercard advice codes."""
    problems = [
        f"vocabulary.toml [brand_network_codes] {key!r} = {value!r} needs BRAND.CODE and a "
        "network decline code"
        for key, value in vocabulary.get("brand_network_codes", {}).items()
        if key.partition(".")[0] not in vocabulary.get("card_brands", {})
        or not key.partition(".")[2]
        or not isinstance(value, str)
    ]
    problems += [
        f"vocabulary.toml [verdict_for_customer_by_reply] key {key!r} is not RETRY.REPLY_CLASS"
        for key in vocabulary.get("verdict_for_customer_by_reply", {})
        if key.partition(".")[0] not in allowed["retry"]
        or key.partition(".")[2] not in allowed["reply_class"]
    ]
    currencies = vocabulary.get("stripe_currencies", {})
    problems += [
        f"vocabulary.toml [stripe_currencies] {name} has {code!r}, not a currency code"
        for name in ("zero_decimal", "three_decimal", "two_decimal_special")
        for code in currencies.get(name, [])
        if not (isinstance(code, str) and len(code) == 3 and code.isupper() and code.isalpha())
    ]
    problems += [
        f"vocabulary.toml [retry_waits] key {key!r} is not a two-digit advice code"
        for key in vocabulary.get("retry_waits", {})
        if not (len(key) == 2 and key.isdigit())
    ]
    return problems


def invites_retry(vocabulary: dict[str, Any]) -> list[str]:
    """The reply classes whose text asks the customer to try the same payment again."""
    return _class_list(vocabulary, "reply_invites_retry")


def _class_list(vocabulary: dict[str, Any], table: str) -> list[str]:
    classes = vocabulary.get(table, {}).get("classes", [])
    return [c for c in classes if isinstance(c, str)]


def bank_debit_lists(vocabulary: dict[str, Any]) -> dict[str, list[str]]:
    """vocabulary.toml [bank_debits]: the bank-debit payment method types and the card replies."""
    table = vocabulary.get("bank_debits", {})
    return {
        "payment_method_types": [
            v for v in table.get("payment_method_types", []) if isinstance(v, str)
        ],
        "card_replies": list(bank_debit_replies(vocabulary)),
    }


def bank_debit_replies(vocabulary: dict[str, Any]) -> dict[str, str]:
    """vocabulary.toml [bank_debits.card_replies]: a card reply class -> the bank debit's reply."""
    table = vocabulary.get("bank_debits", {}).get("card_replies", {})
    if not isinstance(table, dict):
        return {}
    return {str(card): str(bank) for card, bank in table.items()}


def other_method_replies(vocabulary: dict[str, Any]) -> dict[str, str]:
    """vocabulary.toml [payment_methods.card_replies]: a card reply class -> a wallet's reply."""
    table = vocabulary.get("payment_methods", {}).get("card_replies", {})
    if not isinstance(table, dict):
        return {}
    return {str(card): str(other) for card, other in table.items()}


def payment_method_lists(vocabulary: dict[str, Any]) -> dict[str, list[str]]:
    """vocabulary.toml [payment_methods]: the card types and the wallet providers' codes."""
    table = vocabulary.get("payment_methods", {})
    return {
        key: [v for v in table.get(key, []) if isinstance(v, str)]
        for key in ("card_types", "other_types", "provider_codes")
    }


def _retry_invitation_problems(
    vocabulary: dict[str, Any], entries: list[dict[str, Any]]
) -> list[str]:
    """A code that must never be retried may not get a reply that invites a retry."""
    classes = invites_retry(vocabulary)
    problems = [
        f"vocabulary.toml [{table}] names {name!r}, which is not a reply class"
        for table, names in (
            ("reply_invites_retry", classes),
            ("vague_replies", _class_list(vocabulary, "vague_replies")),
            ("bank_debits", bank_debit_lists(vocabulary)["card_replies"]),
            ("bank_debits.card_replies", list(bank_debit_replies(vocabulary).values())),
            (
                "payment_methods.card_replies",
                [name for pair in other_method_replies(vocabulary).items() for name in pair],
            ),
        )
        for name in names
        if name not in vocabulary.get("reply_classes", {})
    ]
    for entry in entries:
        where = f"{entry['_file']}: [{entry['kind']}.{entry['code']}]"
        if entry.get("retry") == "never" and entry.get("reply_class") in classes:
            problems.append(
                f"{where} must never be retried, but "
                f"its reply class {entry['reply_class']} invites the customer to try again"
            )
        if entry.get("retry") == "never" and entry.get("who_acts") == "card_issuer":
            # The bank will not change its mind: the customer must bring another card, as
            # explain() says when advice turns a verdict to never.
            problems.append(f"{where} must never be retried, so the card issuer cannot act")
    return problems


def validate_messages(
    data: dict[str, Any], entries: list[dict[str, Any]], problems: list[str]
) -> list[dict[str, Any]]:
    """The rows of the stripe_messages table; every problem of messages.toml goes to `problems`."""
    defaults = data.get("defaults", {})
    known = {(e["kind"], e["code"]) for e in entries}
    rows = []
    seen: set[str] = set()
    for number, message in enumerate(data.get("message", []), start=1):
        message = {**defaults, **message}
        where = f"{MESSAGES_FILE}: message {number}"
        unknown = set(message) - {"text", "source", "as_of", *MESSAGE_FIELDS}
        problems += [f"{where} has unknown field `{name}`" for name in sorted(unknown)]
        for name in ("text", "source", "as_of"):
            if not isinstance(message.get(name), str) or not message[name].strip():
                problems.append(f"{where} needs a non-empty `{name}`")
        if not any(message.get(name) for name in MESSAGE_FIELDS):
            problems.append(f"{where} names no error_type, code, decline_code or outcome")
        for name, kind in MESSAGE_FIELDS.items():
            if message.get(name) and (kind, message[name]) not in known:
                problems.append(f"{where}: {name} {message[name]!r} has no {kind} entry")
        pattern = normalise(str(message.get("text", "")))
        if pattern in seen:
            problems.append(f"{where} repeats an earlier message")
        seen.add(pattern)
        rows.append(
            {
                "text": message.get("text"),
                # normalise(text) stored, so that opening the catalogue need not compute it.
                "pattern": pattern,
                **{name: message.get(name) for name in MESSAGE_FIELDS},
                "source": message.get("source"),
                "as_of": message.get("as_of"),
            }
        )
    return rows


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
        for name in _class_list(source.vocabulary, "vague_replies")
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
    db.table("field_names").insert_all(
        source.field_names,
        pk="name",
        columns={"name": str, "field": str, "not_stripe": str, "in_objects": int},
    )
    formats, currencies = locale_rows()
    db.table("locale_formats").insert_all(formats, pk="locale")
    db.table("currency_formats").insert_all(currencies, pk=("locale", "currency"))
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
