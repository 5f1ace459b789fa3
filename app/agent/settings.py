"""The agent's settings as one typed, frozen record; stored values are checked, never trusted.

user.db keeps each setting as a JSON value under its name. Reading turns them into `Settings`:
a value that is not JSON, has the wrong type, is out of range or longer than its bound falls back
to its default and is named in one notice; names this version does not know are left in the file
for the version that wrote them. Every value has a size bound, checked before it is decoded, so a
stored value of megabytes costs nothing (a 1 MB sign-off used to stop the window from starting).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING

from app.catalogue.vocabulary import CHANNELS
from app.replies.replies import MAX_AGENT_VALUE

if TYPE_CHECKING:
    from app.catalogue.vocabulary import Channel

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
    # The sign-off of each reply language ("Cheers," in English, "よろしくお願いいたします。" in
    # Japanese): a language without one closes as its replies usually do.
    sign_offs: dict[str, str] = field(default_factory=dict)
    # The window's own language ("de", "ja"); empty: the system's (app/ui/i18n.py).
    window_language: str = ""

    def sign_off_by_language(self) -> dict[str, str]:
        """The sign-off of each language; one saved before sign-offs were kept per language is
        the default language's (never every language's: a Japanese email must not end in
        "Cheers,")."""
        kept = {locale: text for locale, text in self.sign_offs.items() if text}
        if self.sign_off and self.locale not in kept:
            kept[self.locale] = self.sign_off
        return kept


# A folder path: longer than any system allows, or a name longer than any file system's, is not one.
MAX_FOLDER_CHARS = 4096
MAX_NAME_CHARS = 255
MAX_SIGN_OFFS = 32  # more languages than the app has replies in
# The most characters each text setting may hold; more is not a value the app wrote.
MAX_CHARS: dict[str, int] = {
    "agent_name": MAX_AGENT_VALUE,
    "company": MAX_AGENT_VALUE,
    "sign_off": MAX_AGENT_VALUE,
    "locale": 16,
    "window_language": 16,
    "channel": 8,
    "pack_folder": MAX_FOLDER_CHARS,
    # Four times an importable pack (packs.MAX_PACK_BYTES, 512 KB, refused by load_pack with its
    # own sentence); this bound only keeps megabytes from being read at all. Not imported from
    # packs: that would load the pack reader at every start, for a number.
    "pack_text": 2 * 1024 * 1024,
    "sign_offs": MAX_SIGN_OFFS * (MAX_AGENT_VALUE + 24),  # each sign-off with its language
}
# JSON writes a character as at most 12 (a \uXXXX\uXXXX pair); numbers and flags are short.
STORED_MAX = {name: 12 * chars + 16 for name, chars in MAX_CHARS.items()} | {
    "history_enabled": 16,
    "history_days": 16,
}
# The largest stored text read at all; user.db hands back no larger one (see userdata).
LARGEST_STORED = max(STORED_MAX.values())


def _line(value: object) -> bool:
    """A name, a company or a sign-off: one short line, as the Settings dialog asks."""
    return (
        isinstance(value, str)
        and len(value) <= MAX_AGENT_VALUE
        and not any(c in value for c in "\r\n\x00")
    )


def _sign_offs(value: object) -> bool:
    """A sign-off per reply language: each key a language code, each value one short line."""
    return (
        isinstance(value, dict)
        and len(value) <= MAX_SIGN_OFFS
        and all(isinstance(k, str) and LOCALE.fullmatch(k) and _line(v) for k, v in value.items())
    )


def _folder(value: object) -> bool:
    if not isinstance(value, str) or len(value) > MAX_FOLDER_CHARS or "\x00" in value:
        return False
    return all(len(name) <= MAX_NAME_CHARS for name in re.split(r"[\\/]", value))


def _pack(value: object) -> bool:
    return isinstance(value, str) and len(value) <= MAX_CHARS["pack_text"]


def _flag(value: object) -> bool:
    return isinstance(value, bool)


# What each setting's value must be; one rule per field of Settings.
RULES: dict[str, Callable[[object], bool]] = {
    "agent_name": _line,
    "company": _line,
    "sign_off": _line,
    "locale": lambda v: isinstance(v, str) and LOCALE.fullmatch(v) is not None,
    "channel": lambda v: v in CHANNELS,
    "history_enabled": _flag,
    "history_days": lambda v: type(v) is int and v in HISTORY_DAYS,
    "pack_folder": _folder,
    "pack_text": _pack,
    "sign_offs": _sign_offs,
    "window_language": lambda v: (
        v == "" or (isinstance(v, str) and LOCALE.fullmatch(v) is not None)
    ),
}
NAMES = tuple(f.name for f in fields(Settings))
assert set(RULES) == set(NAMES) == set(STORED_MAX), "every setting needs a rule and a bound"


def read_settings(stored: Mapping[str, str | None]) -> tuple[Settings, list[str]]:
    """Settings from stored JSON texts, and the names whose stored value could not be used
    (None stands for a value too large to have been read at all)."""
    good: dict[str, object] = {}
    bad: list[str] = []
    for name in NAMES:
        if name not in stored:
            continue
        text = stored[name]
        if not isinstance(text, str) or len(text) > STORED_MAX[name]:
            bad.append(name)  # never decoded: a huge value costs nothing
            continue
        try:
            value = json.loads(text)
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
