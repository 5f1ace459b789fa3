"""Reads resources/catalog/ (and the replies and guard beside it) into one checked Source."""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.catalogue.catalog import KINDS
from app.catalogue.vocabulary import CHANNELS
from app.replies.guard_model import HARMLESS
from build.catalog_rules import (
    MESSAGES_FILE,
    TEST_CARDS_FILE,
    validate,
    validate_messages,
    validate_test_cards,
)
from build.catalog_translations import load_translations, translation_files
from build.field_names import field_name_rows
from build.guard import build_guard, check_replies, confusable_rows, known_words, load_guard
from build.guard_model import load_training, reply_examples, train_model
from build.languages import LOCALES
from build.number_words import load_number_words, number_problems, number_words
from build.replies import load_replies

ENTRY_FILES = ("error_codes.toml", "decline_codes.toml", "enumerations.toml", "network_codes.toml")


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
    test_cards: list[dict[str, Any]]
    translations: dict[str, dict[str, Any]]


def replies_dir(source_dir: Path) -> Path:
    """resources/replies/, beside resources/catalog/."""
    return source_dir.parent / "replies"


def guard_dir(source_dir: Path) -> Path:
    """resources/guard/, beside resources/catalog/."""
    return source_dir.parent / "guard"


def source_files(source_dir: Path) -> list[Path]:
    return [
        *sorted(source_dir.glob("*.toml")),
        *translation_files(source_dir),
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


def read_entries(path: Path, problems: list[str]) -> Iterator[dict[str, Any]]:
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
    entries = [e for name in ENTRY_FILES for e in read_entries(source_dir / name, problems)]
    messages = _load_toml(source_dir / MESSAGES_FILE, problems)
    test_cards = _load_toml(source_dir / TEST_CARDS_FILE, problems)
    if problems:
        raise CatalogBuildError(problems)
    problems = validate(release, vocabulary, entries)
    numbers = load_number_words(source_dir)
    problems += number_problems(numbers, list(LOCALES))
    vocabulary["number_words"] = number_words(numbers)
    message_rows = validate_messages(messages, entries, problems)
    card_rows = validate_test_cards(test_cards, entries, problems)
    name_rows = field_name_rows(source_dir, problems)
    replies = load_replies(replies_dir(source_dir), list(vocabulary["reply_classes"]), problems)
    guard = load_guard(guard_dir(source_dir), problems)
    translations = load_translations(source_dir, vocabulary, entries, guard["reasons"], problems)
    training = load_training(guard_dir(source_dir) / "training", guard["reasons"], problems)
    examples = training + reply_examples(replies, CHANNELS)
    guard["known"] = known_words(text for kind, text, _ in examples if kind == HARMLESS)
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
        card_rows,
        translations,
    )
