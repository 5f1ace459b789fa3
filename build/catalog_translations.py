"""The agent's words of the catalogue in every window language: resources/catalog/translations/
LANG.toml, checked against their English source (vocabulary.toml, the entries, the guard's
reasons) and stored in catalog.db one compressed row per language (the bundle is near its
budget; app/catalogue/words.py reads them)."""

from __future__ import annotations

import json
import re
import tomllib
import zlib
from pathlib import Path
from typing import Any

from app.catalogue.words import LOWER_TITLES
from build.languages import LOCALES

SOURCE_LANGUAGE = "en"
# The finite sets the agent reads: each must be whole in every language.
FINITE_GROUPS = (
    "retry_badges",
    "who_acts_badges",
    "verdict_for_customer",
    "verdict_for_customer_other_method",
    "verdict_for_customer_by_reply",
    "verdict_for_retries",
    "verdict_for_retries_other_method",
    "retry_waits",
    "verdict_when",
    "headline_forms",
    "note_forms",
    "confidential_forms",
    "guard_reasons",
    "warning_forms",
    "summary_forms",
)
# The catalogue's own texts, by "kind.code": every entry's title, every decline code's and
# confidential entry's summary and steps (a list, as many as the English has); English (marked)
# for what a language lacks.
ENTRY_GROUPS = {"titles": "title", "summaries": "summary", "steps": "agent_steps"}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def translations_dir(source_dir: Path) -> Path:
    return source_dir / "translations"


def translation_files(source_dir: Path) -> list[Path]:
    return sorted(translations_dir(source_dir).glob("*.toml"))


def english_groups(
    vocabulary: dict[str, Any], reasons: dict[str, str]
) -> dict[str, dict[str, str]]:
    """The English source of every finite group."""
    groups = {group: dict(vocabulary[group]) for group in FINITE_GROUPS if group in vocabulary}
    groups["guard_reasons"] = dict(reasons)
    return groups


def load_translations(
    source_dir: Path,
    vocabulary: dict[str, Any],
    entries: list[dict[str, Any]],
    reasons: dict[str, str],
    problems: list[str],
) -> dict[str, dict[str, Any]]:
    """Every language's translations, checked: whole finite groups, known entries, the same
    placeholders as the English text."""
    english = english_groups(vocabulary, reasons)
    known = {f"{e['kind']}.{e['code']}": e for e in entries}
    found: dict[str, dict[str, Any]] = {}
    wanted = {locale for locale in LOCALES if locale != SOURCE_LANGUAGE}
    for path in translation_files(source_dir):
        locale = path.stem
        if locale not in wanted:
            problems.append(f"translations/{path.name}: {locale} is not a window language")
            continue
        with path.open("rb") as handle:
            try:
                data = tomllib.load(handle)
            except tomllib.TOMLDecodeError as error:
                problems.append(f"translations/{path.name}: not valid TOML ({error})")
                continue
        found[locale] = _checked(path.name, data, english, known, problems)
    for locale in sorted(wanted - set(found)):
        problems.append(f"translations/{locale}.toml is missing")
    return found


def _checked(
    name: str,
    data: dict[str, Any],
    english: dict[str, dict[str, str]],
    known: dict[str, dict[str, Any]],
    problems: list[str],
) -> dict[str, Any]:
    kept: dict[str, Any] = {LOWER_TITLES: bool(data.pop(LOWER_TITLES, True))}
    for group in english:
        if group not in data:
            problems.append(f"translations/{name}: [{group}] is missing")
    for group, said in data.items():
        if group in english:
            source = english[group]
            for key in sorted(set(source) - set(said)):
                problems.append(f"translations/{name}: [{group}] {key} is not translated")
            pairs = [(key, source.get(key)) for key in said]
        elif group in ENTRY_GROUPS:
            field = ENTRY_GROUPS[group]
            pairs = [(key, known[key][field] if key in known else None) for key in said]
        else:
            problems.append(f"translations/{name}: [{group}] is not a group the agent reads")
            continue
        for key, text in pairs:
            problem = _problem(said[key], text)
            if problem:
                problems.append(f"translations/{name}: [{group}] {key} {problem}")
        kept[group] = dict(said)
    return kept


def _problem(said: Any, english: Any) -> str | None:
    """What is wrong with one translated text (or list of steps) beside its English source."""
    if english is None:
        return "has no English source"
    if isinstance(english, list):
        if not isinstance(said, list) or len(said) != len(english):
            return f"needs {len(english)} steps, as the English has"
        return next((p for s, e in zip(said, english, strict=True) if (p := _problem(s, e))), None)
    if not isinstance(said, str) or not said.strip():
        return "is empty"
    if set(PLACEHOLDER.findall(said)) != set(PLACEHOLDER.findall(english)):
        return "changes the placeholders"
    return None


def translation_rows(found: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per language: its words as compressed JSON (about a quarter of the text)."""
    return [
        {
            "locale": locale,
            "words": zlib.compress(
                json.dumps(words, ensure_ascii=False, separators=(",", ":")).encode(), 9
            ),
        }
        for locale, words in sorted(found.items())
    ]
