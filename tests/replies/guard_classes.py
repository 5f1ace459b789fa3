"""The guard's class tables (tests/data/guard/classesN.toml): each class said in the twelve
languages, its revealing and harmless sentences."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent.parent / "data" / "guard"


def class_table(name: str) -> tuple[dict[str, Any], list[tuple[str, str, str, str]]]:
    """The table `name` and its cases as (class, locale, revealing or harmless, sentence)."""
    table = tomllib.loads((DATA / name).read_text("utf-8"))
    cases = [
        (klass, locale, kind, text)
        for klass, languages in table.items()
        for locale, sets in languages.items()
        for kind in ("revealing", "harmless")
        for text in sets.get(kind, [])
    ]
    return table, cases
