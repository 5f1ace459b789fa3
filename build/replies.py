"""Reads and checks the reply texts (resources/replies/*.toml) and the CLDR formats they need."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from app.catalogue.vocabulary import CHANNELS
from app.replies.templates import BODY_PLACEHOLDERS, template_problems
from build.languages import LOCALES, cldr_name

EMAIL_FRAME = ("greeting", "closing", "signature")


def load_replies(folder: Path, reply_classes: list[str], problems: list[str]) -> dict[str, Any]:
    """Every language's file, checked; problems are appended, never raised one by one."""
    languages: dict[str, Any] = {}
    for locale in LOCALES:
        path = folder / f"{locale}.toml"
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
        except FileNotFoundError:
            problems.append(f"replies/{path.name}: file is missing")
            continue
        except tomllib.TOMLDecodeError as error:
            problems.append(f"replies/{path.name}: not valid TOML ({error})")
            continue
        _check_language(path.name, locale, data, reply_classes, problems)
        languages[locale] = data
    return languages


def _check_template(
    where: str, text: object, allowed: frozenset[str] | set[str], problems: list[str]
) -> None:
    if not isinstance(text, str) or not text.strip():
        problems.append(f"{where} needs text")
        return
    problems += [f"{where}: {problem}" for problem in template_problems(text, allowed, "this part")]


def _check_language(
    name: str, locale: str, data: dict[str, Any], reply_classes: list[str], problems: list[str]
) -> None:
    where = f"replies/{name}"
    if data.get("locale") != locale:
        problems.append(f"{where}: `locale` must be {locale!r}")
    if not isinstance(data.get("language"), str) or not data.get("language"):
        problems.append(f"{where}: `language` is missing")
    frame = data.get("email", {})
    without_name = frame.get("greeting_without_name", "")
    if not isinstance(without_name, str) or "{" in without_name or "[[" in without_name:
        problems.append(f"{where} [email] `greeting_without_name` must be plain text")
    for key in EMAIL_FRAME:
        allowed = {"customer_first_name"} if key == "greeting" else {"agent_name", "company"}
        if key == "closing":
            if not isinstance(frame.get(key), str) or not frame[key].strip():
                problems.append(f"{where} [email] needs `closing`")
            continue
        _check_template(f"{where} [email] {key}", frame.get(key), allowed, problems)
    replies = data.get("replies", {})
    missing = [c for c in reply_classes if c not in replies]
    extra = [c for c in replies if c not in reply_classes]
    problems += [f"{where}: no reply for class {c}" for c in missing]
    problems += [f"{where}: [replies.{c}] is not a reply class" for c in extra]
    for reply_class in reply_classes:
        for channel in CHANNELS:
            text = replies.get(reply_class, {}).get(channel)
            _check_template(
                f"{where} [replies.{reply_class}] {channel}", text, BODY_PLACEHOLDERS, problems
            )


def reply_rows(languages: dict[str, Any]) -> tuple[list[dict[str, Any]], ...]:
    """Rows of the `reply_texts` and `reply_frames` tables."""
    texts, frames = [], []
    for locale, data in languages.items():
        email = data["email"]
        frames.append(
            {
                "locale": locale,
                "language": data["language"],
                "greeting": email["greeting"].strip("\n"),
                "greeting_without_name": email.get("greeting_without_name", "").strip(),
                "closing": email["closing"].strip(),
                "signature": email["signature"].strip("\n"),
            }
        )
        for reply_class, channels in data["replies"].items():
            for channel in CHANNELS:
                texts.append(
                    {
                        "locale": locale,
                        "reply_class": reply_class,
                        "channel": channel,
                        "template": channels[channel].strip("\n"),
                    }
                )
    return texts, frames


def locale_rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """CLDR number, currency and date formats for every reply language, read through Babel."""
    from babel import Locale
    from babel.numbers import get_currency_precision, get_currency_symbol, list_currencies

    formats, currencies = [], []
    for locale in LOCALES:
        cldr = Locale.parse(cldr_name(locale))
        symbols = cldr.number_symbols["latn"]
        formats.append(
            {
                "locale": locale,
                "decimal": symbols["decimal"],
                "grp": symbols["group"],
                "currency_pattern": cldr.currency_formats["standard"].pattern,
                "date_pattern": cldr.date_formats["long"].pattern,
                "months": "\n".join(cldr.months["format"]["wide"][m] for m in range(1, 13)),
            }
        )
        for currency in sorted(list_currencies()):
            currencies.append(
                {
                    "locale": locale,
                    "currency": currency,
                    "symbol": get_currency_symbol(currency, cldr),
                    "digits": get_currency_precision(currency),
                }
            )
    return formats, currencies
