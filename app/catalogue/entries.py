"""What the catalogue's rows become: its entries, reply frames and counts, and CLDR's number,
currency and date formats as catalog.db stores them (read by replies.money)."""

from __future__ import annotations

import json
import sqlite3

from app.records import record


@record(frozen=True, slots=True)
class CatalogEntry:
    """One code of one kind, as a support agent reads it."""

    kind: str
    code: str
    title: str
    category: str
    who_acts: str
    retry: str
    sensitive: bool
    reply_class: str
    summary: str
    agent_steps: tuple[str, ...]
    stripe_description: str
    stripe_next_steps: str
    source: str
    as_of: str
    deprecated: bool
    unconfirmed: bool

    def to_json(self) -> dict[str, object]:
        """The entry as DESIGN.md's `lookup --format json` contract spells it."""
        return {
            "code": self.code,
            "kind": self.kind,
            "title": self.title,
            "category": self.category,
            "who_acts": self.who_acts,
            "retry": self.retry,
            "sensitive": self.sensitive,
            "reply_class": self.reply_class,
            "summary": self.summary,
            "agent_steps": list(self.agent_steps),
            "stripe_description": self.stripe_description,
            "source": self.source,
            "as_of": self.as_of,
        }


@record(frozen=True, slots=True)
class ReplyFrame:
    """How an email in one language opens and closes."""

    locale: str
    language: str
    greeting: str
    closing: str
    signature: str
    greeting_without_name: str = ""  # where the greeting needs other words without a name (ja)


@record(frozen=True, slots=True)
class CatalogInfo:
    version: str
    built: str
    source_hash: str
    counts: dict[str, int]


ENTRY_COLUMNS = (
    "kind, code, title, category, who_acts, retry, sensitive, reply_class, summary, agent_steps, "
    "stripe_description, stripe_next_steps, source, as_of, deprecated, unconfirmed"
)


def entry_of_row(row: sqlite3.Row) -> CatalogEntry:
    return CatalogEntry(
        kind=row["kind"],
        code=row["code"],
        title=row["title"],
        category=row["category"],
        who_acts=row["who_acts"],
        retry=row["retry"],
        sensitive=bool(row["sensitive"]),
        reply_class=row["reply_class"],
        summary=row["summary"],
        agent_steps=tuple(json.loads(row["agent_steps"])),
        stripe_description=row["stripe_description"],
        stripe_next_steps=row["stripe_next_steps"],
        source=row["source"],
        as_of=row["as_of"],
        deprecated=bool(row["deprecated"]),
        unconfirmed=bool(row["unconfirmed"]),
    )


@record(frozen=True, slots=True)
class LocaleFormats:
    """What CLDR says about writing numbers and dates in one language."""

    locale: str
    decimal: str
    group: str
    currency_pattern: str
    date_pattern: str
    months: tuple[str, ...]  # the 12 month names as used inside a date ("März", "de março")


@record(frozen=True, slots=True)
class CurrencyFormat:
    symbol: str  # in this language: "$", "US$", "USD"
    digits: int  # digits after the decimal point: 0 for JPY and KRW
