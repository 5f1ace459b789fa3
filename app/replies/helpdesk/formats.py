"""What each helpdesk format looks like, as resources/helpdesk/formats.toml describes it."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import Any

from app import paths
from app.records import record


@record(frozen=True, slots=True)
class HelpdeskFormat:
    """One tool's format: its file extension, its placeholders and a pattern for any of them."""

    name: str
    title: str
    extension: str
    token: re.Pattern[str]
    placeholders: dict[str, str]
    locale_ids: dict[str, int]


@cache
def _data() -> dict[str, Any]:
    path = paths.resources_dir() / "helpdesk" / "formats.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


def reading_keys(name: str) -> frozenset[str]:
    """A list of the file's [reading] table: the fields whose strings are checked."""
    return frozenset(str(key) for key in _data()["reading"][name])


@cache
def helpdesk_formats() -> dict[str, HelpdeskFormat]:
    """Every format of the file, by name (read once)."""
    return {
        name: HelpdeskFormat(
            name=name,
            title=str(entry["title"]),
            extension=str(entry["extension"]),
            token=re.compile(str(entry["token"])),
            placeholders={str(k): str(v) for k, v in entry.get("placeholders", {}).items()},
            locale_ids={str(k): int(v) for k, v in entry.get("locale_ids", {}).items()},
        )
        for name, entry in _data().items()
        if name != "reading"
    }


def any_placeholder() -> re.Pattern[str]:
    """A placeholder of any of the tools: a file of unknown origin may hold any of them."""
    return re.compile("|".join(f"(?:{f.token.pattern})" for f in helpdesk_formats().values()))
