"""Numbers said in words (resources/catalog/number_words.toml): every form of 0 to 99 in each
shipped language, made from one table per language (digits, teens, tens and how they join),
for vocabulary group `number_words` (phrase -> number as digits)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

NUMBER_WORDS_FILE = "number_words.toml"


def spoken(phrase: str) -> str:
    """A phrase as the reader compares it: lower case, a hyphen read as a space."""
    return " ".join(phrase.lower().replace("-", " ").split())


def number_forms(table: dict[str, Any]) -> Iterator[tuple[int, str]]:
    """Every (number, phrase) of 0..99 one language's table makes."""
    digits: list[list[str]] = table["digits"]
    for value, words in enumerate(digits):
        for word in words:
            yield value, word
    for value, words in enumerate(table["teens"], start=10):
        for word in words:
            yield value, word
    teen_tens = {int(ten): word for ten, word in table.get("teen_tens", {}).items()}
    elide = set(table.get("elide", ()))
    for index, words in enumerate(table["tens"]):
        ten = 20 + 10 * index
        for word in words:
            if ten not in teen_tens:
                yield ten, word
            for unit in range(1, 10):
                templates = table.get("ones", []) + table["compounds"] if unit == 1 else []
                for template in templates or table["compounds"]:
                    for said in digits[unit]:
                        yield ten + unit, template.format(ten=word, unit=said)
                        if said in elide and word[-1:] in "aeiou":
                            yield ten + unit, template.format(ten=word[:-1], unit=said)
    for ten, word in teen_tens.items():
        for teen, words in enumerate(table["teens"]):
            for said in words:
                yield ten + teen, f"{word} {said}"
                if teen == 1:
                    yield ten + teen, f"{word} et {said}"
    for value, words in table.get("words", {}).items():
        for word in words:
            yield int(value), word


def number_words(tables: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Every phrase of every language and the number it says; a phrase two languages read
    differently (none today) keeps the first language's number."""
    found: dict[str, str] = {}
    for table in tables.values():
        for value, phrase in number_forms(table):
            found.setdefault(spoken(phrase), str(value))
    return found


def number_problems(tables: dict[str, dict[str, Any]], locales: list[str]) -> list[str]:
    """What is wrong with the tables: a language missing, a list of the wrong length."""
    problems = [
        f"{NUMBER_WORDS_FILE}: no table for {locale}" for locale in locales if locale not in tables
    ]
    sizes = {"digits": 10, "teens": 10, "tens": 8}
    for locale, table in tables.items():
        for key, size in sizes.items():
            if len(table.get(key, ())) != size:
                problems.append(f"{NUMBER_WORDS_FILE} [{locale}] {key}: {size} lists needed")
        if not table.get("compounds"):
            problems.append(f"{NUMBER_WORDS_FILE} [{locale}] compounds: none")
    return problems


def load_number_words(source_dir: Path) -> dict[str, dict[str, Any]]:
    """The tables by language, as written."""
    with (source_dir / NUMBER_WORDS_FILE).open("rb") as handle:
        return tomllib.load(handle)
