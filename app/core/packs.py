"""A team's reply pack: its own wording per reply class, language and channel, as one TOML file.

A pack changes only wording, never which reply class a code gets: sensitive codes keep the
generic decline structurally. Every text must parse as a template, use known placeholders
inside optional parts, and pass the guard; a pack with any problem is refused whole.

    [pack]
    name = "Acme support"

    [replies.generic_decline.en]
    email = \"\"\"...\"\"\"
    chat = "..."
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.guard import Guard
from app.core.templates import template_problems
from app.core.vocabulary import CHANNELS

MAX_PACK_BYTES = 2_000_000


class PackError(Exception):
    """The pack cannot be used; `problems` lists every reason, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("The reply pack was not imported:\n" + "\n".join(f"- {p}" for p in problems))


@dataclass(slots=True)
class ReplyPack:
    name: str = "Team replies"
    texts: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def template(self, reply_class: str, locale: str, channel: str) -> str | None:
        return self.texts.get((reply_class, locale, channel))

    def to_toml(self) -> str:
        """The pack as a readable TOML file (strings written as TOML basic strings)."""
        lines = ["# Decline Desk reply pack", "", "[pack]", f"name = {json.dumps(self.name, ensure_ascii=False)}"]
        grouped: dict[tuple[str, str], dict[str, str]] = {}
        for (reply_class, locale, channel), text in sorted(self.texts.items()):
            grouped.setdefault((reply_class, locale), {})[channel] = text
        for (reply_class, locale), channels in grouped.items():
            lines += ["", f'[replies.{reply_class}."{locale}"]']
            lines += [f"{channel} = {json.dumps(text, ensure_ascii=False)}"
                      for channel, text in channels.items()]
        return "\n".join(lines) + "\n"


def check_text(text: str, reply_class: str, locale: str, channel: str, guard: Guard) -> list[str]:
    """Every problem with one pack text, as sentences naming where it is."""
    where = f"{reply_class} / {locale} / {channel}"
    if not text.strip():
        return [f"{where}: the text is empty."]
    problems = [f"{where}: {problem}" for problem in template_problems(text)]
    found = guard.revealing_words(text.replace("[[", "").replace("]]", ""), locale)
    if found:
        problems.append(f"{where}: uses {', '.join(repr(w) for w in found)}, which can reveal a "
                        "confidential decline reason.")
    return problems


def load_pack(text: str, reply_classes: Iterable[str], locales: Iterable[str],
              guard: Guard) -> ReplyPack:
    """Reads and checks a pack; raises PackError listing every problem (nothing half-read)."""
    if len(text.encode("utf-8", "replace")) > MAX_PACK_BYTES:
        raise PackError(["The file is larger than 2 MB: it is not a reply pack."])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PackError([f"The file is not valid TOML ({error})."]) from None
    classes, known_locales = set(reply_classes), set(locales)
    problems: list[str] = []
    pack = ReplyPack(name=str(data.get("pack", {}).get("name") or "Team replies"))
    replies = data.get("replies")
    if not isinstance(replies, dict) or not replies:
        raise PackError(["The file has no [replies.CLASS.LOCALE] tables."])
    for reply_class, by_locale in replies.items():
        if reply_class not in classes:
            problems.append(f"{reply_class}: not a reply class (known: {', '.join(sorted(classes))}).")
            continue
        if not isinstance(by_locale, dict):
            problems.append(f"{reply_class}: expected a table per language.")
            continue
        for locale, by_channel in by_locale.items():
            if locale not in known_locales:
                problems.append(f"{reply_class} / {locale}: not a reply language "
                                f"(known: {', '.join(sorted(known_locales))}).")
                continue
            if not isinstance(by_channel, dict):
                problems.append(f"{reply_class} / {locale}: expected email and chat texts.")
                continue
            for channel, body in by_channel.items():
                if channel not in CHANNELS:
                    problems.append(f"{reply_class} / {locale} / {channel}: the channel must be "
                                    "email or chat.")
                elif not isinstance(body, str):
                    problems.append(f"{reply_class} / {locale} / {channel}: the text must be a "
                                    "string.")
                else:
                    found = check_text(body, reply_class, locale, channel, guard)
                    problems += found
                    if not found:
                        pack.texts[(reply_class, locale, channel)] = body.strip("\n")
    if problems:
        raise PackError(problems)
    return pack


def read_pack_file(path: Path, reply_classes: Iterable[str], locales: Iterable[str],
                   guard: Guard) -> ReplyPack:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PackError([f"{path.name} cannot be read ({error})."]) from None
    return load_pack(text, reply_classes, locales, guard)
