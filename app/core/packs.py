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
from pathlib import Path

from app.core.guard import Guard
from app.core.records import field, record
from app.core.templates import Placeholder, TemplateError, parse, placeholders, variants

CHANNELS = ("email", "chat")
BODY_PLACEHOLDERS = {"customer_first_name", "amount", "card_brand", "card_last4", "payment_date"}
# A pack of every class, language and channel is about 100 KB; well over twice that is no pack.
MAX_PACK_BYTES = 256 * 1024
TOO_LARGE = ("The file is larger than 256 KB, so it is not a reply pack (a pack with every reply "
             "in every language is about 100 KB).")


class PackError(Exception):
    """The pack cannot be used; `problems` lists every reason, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("The reply pack was not imported:\n" + "\n".join(f"- {p}" for p in problems))


@record(slots=True)
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
    try:
        lines = parse(text)
        names = placeholders(text)
    except TemplateError as error:
        return [f"{where}: {error}"]
    problems = []
    unknown = names - BODY_PLACEHOLDERS
    if unknown:
        problems.append(f"{where}: {', '.join('{' + n + '}' for n in sorted(unknown))} cannot "
                        "be used in a reply body.")
    if any(isinstance(piece, Placeholder) for line in lines for piece in line):
        problems.append(f"{where}: put each placeholder inside an optional part [[ ... ]], so "
                        "the sentence still reads when the value is missing.")
    # Checked as a customer could read it: each optional part left out and filled in, so a
    # placeholder cannot split a word ("sto[[{customer_first_name}]]len").
    # The first variant (all filled in) is checked whole; in the others only the paragraphs
    # that changed are checked again (a blank line ends every phrase).
    found: dict[str, str] = {}
    seen: set[str] = set()
    for number, variant in enumerate(variants(text)):
        pieces = [variant] if number == 0 else variant.split("\n\n")
        for piece in pieces:
            if piece in seen:
                continue
            seen.add(piece)
            seen.update(piece.split("\n\n"))
            for problem in guard.check(piece, locale):
                found.setdefault(problem.phrase.strip(), problem.reason)
    problems += [f"{where}: “{phrase}” {reason}." for phrase, reason in found.items()]
    return problems


def load_pack(text: str, reply_classes: Iterable[str], locales: Iterable[str],
              guard: Guard) -> ReplyPack:
    """Reads and checks a pack; raises PackError listing every problem (nothing half-read)."""
    if len(text) > MAX_PACK_BYTES or len(text.encode("utf-8", "replace")) > MAX_PACK_BYTES:
        raise PackError([TOO_LARGE])
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
    """Reads a pack file; a file over the size limit is refused without being read whole."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PACK_BYTES + 1)
    except OSError as error:
        raise PackError([f"{path.name} cannot be read ({error.strerror or error})."]) from None
    if len(data) > MAX_PACK_BYTES:
        raise PackError([TOO_LARGE])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PackError([f"{path.name} is not UTF-8 text, so it is not a reply pack."]) from None
    return load_pack(text, reply_classes, locales, guard)
