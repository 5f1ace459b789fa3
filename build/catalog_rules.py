"""The rules of resources/catalog/README.md that the catalogue source must keep, and the lists
of vocabulary.toml that the builder reads (retry invitations, bank debits, minor units)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from app.catalogue.vocabulary import GENERIC_DECLINE
from app.reading.messages import normalise

MESSAGES_FILE = "messages.toml"
TEST_CARDS_FILE = "test_cards.toml"
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
# A message's fields and the kind of catalogue entry each must name.
MESSAGE_FIELDS = {
    "error_type": "error_type",
    "code": "error_code",
    "decline_code": "decline_code",
    "outcome_type": "outcome_type",
    "outcome_reason": "outcome_reason",
}


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
        f"vocabulary.toml [{group}] key {key!r} is not a retry value"
        for group in ("verdict_for_customer_other_method", "verdict_for_retries_other_method")
        for key in vocabulary.get(group, {})
        if key not in allowed["retry"]
    ]
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
    return class_list(vocabulary, "reply_invites_retry")


def class_list(vocabulary: dict[str, Any], table: str) -> list[str]:
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
            ("vague_replies", class_list(vocabulary, "vague_replies")),
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
    rows = []
    seen: set[str] = set()
    for where, message in _records(data, entries, problems, MESSAGES_FILE):
        pattern = normalise(str(message.get("text", "")))
        if pattern in seen:
            problems.append(f"{where} repeats an earlier message")
        seen.add(pattern)
        # normalise(text) stored, so that opening the catalogue need not compute it.
        rows.append({"text": message.get("text"), "pattern": pattern, **_codes(message)})
    return rows


def validate_test_cards(
    data: dict[str, Any], entries: list[dict[str, Any]], problems: list[str]
) -> list[dict[str, Any]]:
    """The rows of the test_cards table; every problem of test_cards.toml goes to `problems`."""
    rows = []
    seen: set[str] = set()
    for where, card in _records(data, entries, problems, TEST_CARDS_FILE):
        digits = str(card.get("number", ""))
        if not (digits.isdigit() and 13 <= len(digits) <= 19):
            problems.append(f"{where}: number must be 13 to 19 digits")
        tokens = card.get("tokens", [])
        if not isinstance(tokens, list) or not all(isinstance(t, str) and t for t in tokens):
            problems.append(f"{where}: tokens must be a list of names")
            tokens = []
        for name in (digits, *tokens):
            if name in seen:
                problems.append(f"{where} repeats {name}")
            seen.add(name)
        rows.append(
            {
                "number": digits,
                "tokens": json.dumps(tokens),
                "brand": card.get("brand"),
                "result": card.get("result"),
                **_codes(card),
            }
        )
    return rows


# The files whose records name catalogue codes (MESSAGE_FIELDS): each record's name in the
# file, the fields it must give as text, and the others it may have.
_RECORD_FILES = {
    MESSAGES_FILE: ("message", ("text", "source", "as_of"), ()),
    TEST_CARDS_FILE: ("card", ("number", "brand", "result", "source", "as_of"), ("tokens",)),
}


def _records(
    data: dict[str, Any], entries: list[dict[str, Any]], problems: list[str], file: str
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each record of `file` with the file's defaults filled in, and where it is; the rules the
    files share are checked here, once: no unknown field, the text fields, and at least one
    code, each an entry of its kind."""
    item, required, optional = _RECORD_FILES[file]
    known = {(e["kind"], e["code"]) for e in entries}
    for number, listed in enumerate(data.get(item, []), start=1):
        record = {**data.get("defaults", {}), **listed}
        where = f"{file}: {item} {number}"
        unknown = set(record) - {*required, *optional, *MESSAGE_FIELDS}
        problems += [f"{where} has unknown field `{name}`" for name in sorted(unknown)]
        for name in required:
            if not isinstance(record.get(name), str) or not record[name].strip():
                problems.append(f"{where} needs a non-empty `{name}`")
        if not any(record.get(name) for name in MESSAGE_FIELDS):
            problems.append(f"{where} names no error_type, code, decline_code or outcome")
        for name, kind in MESSAGE_FIELDS.items():
            if record.get(name) and (kind, record[name]) not in known:
                problems.append(f"{where}: {name} {record[name]!r} has no {kind} entry")
        yield where, record


def _codes(record: dict[str, Any]) -> dict[str, Any]:
    """A record's codes and where they come from, as both tables store them."""
    return {
        **{name: record.get(name) for name in MESSAGE_FIELDS},
        "source": record.get("source"),
        "as_of": record.get("as_of"),
    }
