"""The agent's settings as one typed, frozen record; stored values are checked, never trusted.

user.db keeps each setting as a JSON value under its name. Reading turns them into `Settings`:
a value that is not JSON, has the wrong type or is out of range falls back to its default and is
named in one notice; names this version does not know are left in the file for the version that
wrote them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Literal

Channel = Literal["email", "chat"]
CHANNELS: tuple[Channel, ...] = ("email", "chat")
HISTORY_DAYS = range(1, 366)
LOCALE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?")


@dataclass(frozen=True, slots=True)
class Settings:
    agent_name: str = ""
    company: str = ""
    sign_off: str = ""
    locale: str = "en"
    channel: Channel = "email"
    history_enabled: bool = True
    history_days: int = 30
    pack_folder: str = ""
    pack_text: str = ""


def _text(value: object) -> bool:
    return isinstance(value, str)


def _flag(value: object) -> bool:
    return isinstance(value, bool)


# What each setting's value must be; one rule per field of Settings.
RULES: dict[str, Callable[[object], bool]] = {
    "agent_name": _text,
    "company": _text,
    "sign_off": _text,
    "locale": lambda v: isinstance(v, str) and LOCALE.fullmatch(v) is not None,
    "channel": lambda v: v in CHANNELS,
    "history_enabled": _flag,
    "history_days": lambda v: type(v) is int and v in HISTORY_DAYS,
    "pack_folder": _text,
    "pack_text": _text,
}
NAMES = tuple(f.name for f in fields(Settings))
assert set(RULES) == set(NAMES), "every setting needs a rule"


def read_settings(stored: Mapping[str, str]) -> tuple[Settings, list[str]]:
    """Settings from stored JSON texts, and the names whose stored value could not be used."""
    good: dict[str, object] = {}
    bad: list[str] = []
    for name in NAMES:
        if name not in stored:
            continue
        try:
            value = json.loads(stored[name])
        except (ValueError, TypeError, RecursionError):
            bad.append(name)
            continue
        if RULES[name](value):
            good[name] = value
        else:
            bad.append(name)
    return Settings(**good), bad  # type: ignore[arg-type]


def checked_changes(current: Settings, changes: Mapping[str, object]) -> Settings:
    """`current` with `changes` applied; ValueError names an unknown setting or a bad value."""
    unknown = sorted(set(changes) - set(NAMES))
    if unknown:
        raise ValueError(f"Unknown settings: {', '.join(unknown)}")
    wrong = sorted(name for name, value in changes.items() if not RULES[name](value))
    if wrong:
        raise ValueError(f"Settings with a value of the wrong kind: {', '.join(wrong)}")
    return replace(current, **changes)  # type: ignore[arg-type]


def notice_for(bad: list[str]) -> str:
    return (
        f"Some saved settings could not be read ({', '.join(sorted(bad))}); their defaults "
        "are used until you save them again."
    )
