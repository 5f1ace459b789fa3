"""The shipped reply languages, read from their one definition (resources/languages.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "resources" / "languages.toml"


def _read() -> tuple[str, ...]:
    locales = tomllib.loads(SOURCE.read_text(encoding="utf-8")).get("locales")
    if not isinstance(locales, list) or not all(isinstance(x, str) and x for x in locales):
        raise ValueError(f"{SOURCE}: `locales` must be a list of locale codes")
    return tuple(locales)


# en first: English's guard words apply to every reply, and it is the default reply language.
LOCALES = _read()


def cldr_name(locale: str) -> str:
    """The name Babel and CLDR give the locale: "pt-BR" is "pt_BR", "zh-Hans" is "zh_Hans"."""
    return locale.replace("-", "_")


def icu_languages() -> tuple[str, ...]:
    """The ICU languages whose data a bundle keeps: "pt" for pt-BR, "zh" for zh-Hans."""
    return tuple(dict.fromkeys(locale.split("-")[0] for locale in LOCALES))
