"""What the catalogue's rows become: its entries, reply frames and counts, CLDR's number,
currency and date formats as catalog.db stores them (read by replies.money), and what reading a
paste needs (CodeKinds, from reading_data's parts)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from app import TYPE_CHECKING
from app.reading.keys import FieldName
from app.reading.labels import FieldNames
from app.reading.report import CodeKinds, StripeTestCard
from app.records import record

if TYPE_CHECKING:
    from typing import Any


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


# The vocabulary groups a paste's reading needs (Catalog.code_kinds), read with the rest: those
# read at once (the field names' words, a processor's names: every paste reads them), and those
# decoded when a reader first asks (CodeKinds.made_later: the words of texts in words), each the
# name of its CodeKinds field.
_READ_AT_ONCE = (
    "label_words",
    "other_processors",
    "processor_marks",
    "processor_senders",
    "order_payment",
    "failure_things",
    "failure_words",
    "failure_errors",
    "success_words",
    "card_payment_types",
    "code_shorthand",
    "review_words",
    "not_payment_things",
)
_READ_LATER = (
    "stripe_mentions",
    "document_words",
    "notice_words",
    "reason_words",
    "outcome_words",
    "code_roles",
    "outcome_rows",
    "customer_messages",
    "number_words",
)
_READING_WORDS = _READ_AT_ONCE + _READ_LATER
# The part of reading_data read at every paste; the others are "messages" and each group of
# _READ_LATER, kept as text until a reader asks.
READING_PART = "reading"
_AT_ONCE = ", ".join(f"'{group}'" for group in _READ_AT_ONCE)
_LATER = ", ".join(f"'{group}'" for group in _READ_LATER)
# A paste's reading's needs of the tables above as JSON values (part, value), stored in
# reading_data; word groups name -> title, in the vocabulary's order.
READING_QUERY = f"""SELECT '{READING_PART}', json_object(
    'entries', (SELECT json_group_array(json_array(code, kind, sensitive)) FROM entries),
    'names', (SELECT json_group_array(json_array(name, field, json(not_stripe), in_objects))
        FROM field_names),
    'words', (SELECT json_group_object(grp, json(titles)) FROM (
        SELECT grp, json_group_object(name, title) AS titles FROM (SELECT grp, name, title
            FROM vocabulary WHERE grp IN ({_AT_ONCE}) ORDER BY grp, position) GROUP BY grp)),
    'cards', (SELECT json_group_array(json_array(number, json(tokens), brand, result, error_type,
        code, decline_code, outcome_type, outcome_reason)) FROM test_cards))
UNION ALL SELECT 'messages', (SELECT json_group_array(json_array(pattern, error_type, code,
    decline_code, outcome_type, outcome_reason)) FROM stripe_messages)
UNION ALL SELECT grp, json_group_object(name, title) FROM (SELECT grp, name, title FROM vocabulary
    WHERE grp IN ({_LATER}) ORDER BY grp, position) GROUP BY grp"""


def code_kinds_of(
    parts: dict[str, Any],
    kind_order: dict[str, int],
    vocabulary: dict[str, dict[str, str]],
    damaged: Callable[[Exception], Exception],
) -> CodeKinds:
    """What reading a paste needs, from reading_data's parts (`part -> value`): the part every
    paste reads now, Stripe's messages and the word groups of texts in words (three quarters of
    it) when a reader first asks, which a JSON paste never does (BENCHMARKS.md, fourteenth
    pass). The words read now join `vocabulary`; `damaged` makes the error a damaged part
    raises. The builder folds the tables into these values (READING_QUERY): five queries took
    about 3 ms of every start, folding at run time 2.5 ms."""
    try:
        found = json.loads(parts.get(READING_PART) or "{}")
    except ValueError as error:
        raise damaged(error) from error
    kinds: dict[str, list[str]] = {}
    sensitive = set()
    for code, kind, is_sensitive in found["entries"]:
        kinds.setdefault(code, []).append(kind)
        if is_sensitive:
            sensitive.add((kind, code))
    words = {group: found["words"].get(group, {}) for group in _READ_AT_ONCE}  # in order
    vocabulary.update((group, dict(names)) for group, names in words.items())
    known = CodeKinds(
        {
            code: tuple(listed)
            if len(listed) == 1
            else tuple(sorted(listed, key=kind_order.__getitem__))
            for code, listed in kinds.items()
        },
        sensitive=frozenset(sensitive),
        names=FieldNames(
            {
                name: FieldName(
                    field,
                    frozenset(value.lower() for value in not_stripe) if not_stripe else _NONE,
                    bool(ours),
                )
                for name, field, not_stripe, ours in found["names"]
            },
            words["label_words"],
        ),
        other_processors=words["other_processors"],
        processor_marks=words["processor_marks"],
        processor_senders=words["processor_senders"],
        order_payment=words["order_payment"],
        failure_words=(
            words["failure_things"],
            words["failure_words"],
            words["failure_errors"],
            words["success_words"],
            words["review_words"],
            words["not_payment_things"],
        ),
        card_types=frozenset(words["card_payment_types"]),
        shorthand=words["code_shorthand"],
        test_cards=_test_cards(found["cards"]),
    )
    later: dict[str, Callable[[], object]] = {"messages": lambda: _messages(parts, damaged)}
    for group in _READ_LATER:
        later[group] = lambda group=group: _part(parts, group, damaged)  # type: ignore[misc]
    known.made_later(later)
    return known


def _messages(parts: dict[str, Any], damaged: Callable[[Exception], Exception]) -> tuple[Any, ...]:
    """Stripe's messages, made when a reader first asks (a Charge with its code never does)."""
    from app.reading.messages import StripeMessage

    return tuple(StripeMessage(*row) for row in _part(parts, "messages", damaged))


def _part(parts: dict[str, Any], name: str, damaged: Callable[[Exception], Exception]) -> Any:
    """One part of the reading data, decoded (a reader asks for it once, perhaps on a worker
    thread: no query)."""
    try:
        found = json.loads(parts.get(name) or "{}")
    except (TypeError, ValueError) as error:
        raise damaged(error) from error
    return found if found else {} if name in _READ_LATER else ()


# No value marks the field name as not Stripe's (most names): one empty set, shared.
_NONE: frozenset[str] = frozenset()


def _test_cards(rows: list[list[Any]]) -> dict[str, StripeTestCard]:
    """Stripe's test cards (test_cards.toml), by number and by each test token's name."""
    cards: dict[str, StripeTestCard] = {}
    for number, tokens, *rest in rows:
        card = StripeTestCard(number, tuple(tokens), *rest)
        for name in (card.number, *card.tokens):
            cards[name] = card
    return cards
