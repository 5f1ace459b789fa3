"""Reads the guard's word lists (resources/guard/) and Unicode's confusables for catalog.db."""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from app.replies.guard import Guard
from app.replies.guard_rules import MIN_TYPO
from app.replies.templates import TemplateError, variants
from build.languages import LOCALES

# Every language must name its words for each of these; decline codes are English only.
_LETTERS = re.compile(r"[^\W\d_]+")
REQUIRED_REASONS = ("lost_or_stolen", "fraud", "block_list", "risk_check", "card_kept")
# The groups every language fills (English's words count in every reply): what a `near` rule
# may name. `neutral` words mean a sentence speaks of something else ("lost time").
GROUPS = {"card", "payment", "account", "you", "person", "owner", "pronoun", "act", "level"}
GROUPS.update(("neutral", "number", "everyday"))
# Groups a rule's `neutral` may name (only their words clear it): `everyday`, or a group of the
# file named `everyday_...` for one class of everyday senses (time "stolen", a risk promised away).
EVERYDAY = ("everyday",)
# Scripts whose letters are never folded into Latin: Japanese and the CJK blocks (katakana "ロ"
# is not a look-alike of "口" for our purpose), and accented Latin letters, whose accents the
# normaliser removes itself.
_KEEP = re.compile(
    r"[\u00c0-\u024f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\uff00-\uffef]"
)


def load_guard(folder: Path, problems: list[str]) -> dict[str, Any]:
    """{"reasons": {key: sentence}, "languages": {locale: data}}; problems are appended."""
    try:
        reasons = tomllib.loads((folder / "reasons.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        problems.append(f"guard/reasons.toml cannot be read ({error})")
        reasons = {}
    languages: dict[str, Any] = {}
    for locale in LOCALES:
        where = f"guard/{locale}.toml"
        try:
            data = tomllib.loads((folder / f"{locale}.toml").read_text(encoding="utf-8"))
        except FileNotFoundError:
            problems.append(f"{where}: file is missing")
            continue
        except tomllib.TOMLDecodeError as error:
            problems.append(f"{where}: not valid TOML ({error})")
            continue
        if data.get("locale") != locale:
            problems.append(f"{where}: `locale` must be {locale!r}")
        for reason in REQUIRED_REASONS:
            if not isinstance(data.get(reason), dict) or not data[reason].get("words"):
                problems.append(f"{where}: [{reason}] needs a `words` list")
        for key in ("allowed", "breaks"):
            if not _phrases(data.get(key, [])):
                problems.append(f"{where}: `{key}` must be a list of phrases")
        groups = data.get("groups", {})
        if not isinstance(groups, dict) or not all(_phrases(g) for g in groups.values()):
            problems.append(f"{where}: [groups] must hold lists of phrases")
            groups = {}
        for reason, lists in data.items():
            if reason in ("locale", "allowed", "breaks", "groups"):
                continue
            if reason not in reasons:
                problems.append(f"{where}: [{reason}] is not a reason of guard/reasons.toml")
                continue
            for kind, phrases in lists.items():
                if kind == "near":
                    _check_near(where, reason, phrases, set(groups) | GROUPS, problems)
                elif kind not in ("words", "within", "own_language"):
                    problems.append(f"{where}: [{reason}] `{kind}` is not a kind of list")
                elif not _phrases(phrases):
                    problems.append(f"{where}: [{reason}] `{kind}` must be a list of phrases")
        languages[locale] = data
    return {"reasons": reasons, "languages": languages}


def _phrases(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(p, str) and p.strip() for p in value)


def _check_near(where: str, reason: str, rules: Any, groups: set[str], problems: list[str]) -> None:
    """A `near` rule: its words, the groups it needs (all must exist), a window of words."""
    if not isinstance(rules, list):
        problems.append(f"{where}: [{reason}] `near` must be a list of [[{reason}.near]] rules")
        return
    for number, rule in enumerate(rules, 1):
        name = f"{where}: [{reason}] near rule {number}"
        if not isinstance(rule, dict) or not _phrases(rule.get("words")):
            problems.append(f"{name} needs `words`")
            continue
        needs = rule.get("near") or []
        if not _phrases(needs):
            problems.append(f"{name} needs `near`, a list of groups")
        else:
            unknown = {g for need in needs for g in need.split("|")} - groups
            if unknown:
                problems.append(f"{name} names unknown groups: {', '.join(sorted(unknown))}")
        window = rule.get("window")
        if not isinstance(window, int) or not 1 <= window <= 30:
            problems.append(f"{name} needs a `window` of 1 to 30 words")
        cleared_by = rule.get("neutral", "nearer")
        named = isinstance(cleared_by, str) and cleared_by.startswith("everyday_")
        if cleared_by not in ("nearer", "any", "none", *EVERYDAY) and not (
            named and cleared_by in groups
        ):
            problems.append(
                f"{name}: `neutral` is one of nearer, any, none, everyday, or a group everyday_..."
            )
        negation = rule.get("negation", 0)
        if not isinstance(negation, int) or not 0 <= negation <= 4:
            problems.append(f"{name}: `negation` is a number of words, 0 to 4")
        if not isinstance(rule.get("own_language", False), bool):
            problems.append(f"{name}: `own_language` is true or false")
        if set(rule) - {"words", "near", "window", "neutral", "negation", "own_language"}:
            problems.append(f"{name} has unknown keys")


def guard_rows(source: dict[str, Any]) -> list[dict[str, str]]:
    """Rows of the `guard_phrases` table: locale, reason, kind, phrase."""
    rows = []
    for locale, data in source["languages"].items():

        def row(reason: str, kind: str, phrase: str, locale: str = locale) -> dict[str, str]:
            return {"locale": locale, "reason": reason, "kind": kind, "phrase": phrase}

        rows += [row("", "allowed", phrase) for phrase in data.get("allowed", [])]
        rows += [row("", "break", phrase) for phrase in data.get("breaks", [])]
        for group, phrases in data.get("groups", {}).items():
            rows += [row(group, "group", phrase) for phrase in phrases]
        for reason, lists in data.items():
            if not isinstance(lists, dict) or reason == "groups":
                continue
            for kind, phrases in lists.items():
                if kind == "near":
                    rows += [row(reason, kind, json.dumps(r, ensure_ascii=False)) for r in phrases]
                else:
                    rows += [row(reason, kind, phrase) for phrase in phrases]
    # One row of words, each letters only, separated by spaces: 8,880 rows of their own took
    # a third of a megabyte of the bundle's catalogue.
    if known := source.get("known", []):
        rows.append({"locale": "en", "reason": "", "kind": "known", "phrase": " ".join(known)})
    return rows


def known_words(texts: Iterable[str]) -> list[str]:
    """The everyday words of the shipped replies and of the harmless training sentences: such
    a word is never read as a reason word typed with a slip ("stehen" is no "stehlen" with
    its l dropped, Swedish "sparat" no "spärrat")."""
    found: set[str] = set()
    for text in texts:
        found.update(w for w in _LETTERS.findall(text.casefold()) if len(w) >= MIN_TYPO - 1)
    return sorted(found)


def confusable_rows() -> list[dict[str, str]]:
    """Unicode's confusables (through the confusable-homoglyphs package): every character of
    another script that imitates a Latin letter, with that letter."""
    data = json.loads(
        resources.files("confusable_homoglyphs")
        .joinpath("confusables.json")
        .read_text(encoding="utf-8")
    )
    rows = {}
    for char, homoglyphs in data.items():
        if len(char) != 1 or char.isascii() or _KEEP.match(char):
            continue
        if unicodedata.normalize("NFKC", char).isascii():
            continue  # full-width and mathematical letters: NFKC already reads them
        letters = [
            h["c"].lower()
            for h in homoglyphs
            if len(h["c"]) == 1 and h["c"].isascii() and h["c"].isalpha()
        ]
        if letters:
            rows[char] = letters[0]
    return [{"char": char, "latin": latin} for char, latin in sorted(rows.items())]


def build_guard(
    source: dict[str, Any],
    confusables: list[dict[str, str]],
    model: dict[str, bytes] | None = None,
) -> Guard:
    """The guard the app will build from catalog.db: the rules, and the classifier if given."""
    rows = [(r["locale"], r["reason"], r["kind"], r["phrase"]) for r in guard_rows(source)]
    return Guard(rows, source["reasons"], {r["char"]: r["latin"] for r in confusables}, model)


def check_replies(
    replies: dict[str, Any], guard: Guard, channels: tuple[str, ...], problems: list[str]
) -> None:
    """No shipped reply may trip the guard, with any of its optional parts left out or in."""
    for locale, data in replies.items():
        for reply_class, texts in data["replies"].items():
            for channel in channels:
                try:
                    texts_to_check = variants(texts[channel])
                except TemplateError:
                    continue  # reported by the reply checks already
                found = {p.phrase for text in texts_to_check for p in guard.check(text, locale)}
                if found:
                    problems.append(
                        f"replies/{locale}.toml [replies.{reply_class}] {channel} "
                        f"uses revealing words: {', '.join(sorted(found))}"
                    )
