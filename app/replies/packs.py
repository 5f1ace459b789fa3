"""A team's reply pack: its own wording per reply class, language and channel, as one TOML file.

A pack changes only wording, never which reply class a code gets: sensitive codes keep the
generic decline structurally. Every text must parse as a template, use known placeholders
inside optional parts, and pass the guard; a pack with any problem is refused whole.

    [pack]
    name = "Acme support"

    [replies.generic_decline.en]
    email = \"\"\"...\"\"\"
    chat = "..."

or, as the shipped files are written, one language named at the top:

    locale = "en"
    [replies.generic_decline]
    email = \"\"\"...\"\"\"
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

from app.catalogue.vocabulary import CHANNELS
from app.records import field, record
from app.replies.guard import Guard
from app.replies.templates import OptionalPart, TemplateError, parse, template_problems, variants

# A pack of every class, language and channel is about 260 KB (34 classes, 12 languages, 2
# channels, issue 22); twice that is no pack.
MAX_PACK_BYTES = 512 * 1024
# A reply is a few short paragraphs; these bounds keep checking a pack fast whatever it holds.
MAX_TEXT_CHARS = 4000
MAX_OPTIONAL_PARTS = 8
# Around a part that is left out or filled in, this much text on each side is checked again:
# more than the longest revealing phrase, spelled out.
_WINDOW = 80
TOO_LARGE = (
    "The file is larger than 512 KB, so it is not a reply pack (a pack with every reply "
    "in every language is about 260 KB)."
)


class PackError(Exception):
    """The pack cannot be used; `problems` lists every reason, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        listed = "\n".join(f"- {problem}" for problem in problems)
        super().__init__(f"The reply pack was not imported:\n{listed}")


@record(slots=True)
class ReplyPack:
    name: str = "Team replies"
    texts: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def template(self, reply_class: str, locale: str, channel: str) -> str | None:
        return self.texts.get((reply_class, locale, channel))

    def to_toml(self) -> str:
        """The pack as a readable TOML file, written by tomli-w (texts of several lines as
        multi-line strings)."""
        import tomli_w  # only when a pack is saved or exported

        replies: dict[str, dict[str, dict[str, str]]] = {}
        for (reply_class, locale, channel), text in sorted(self.texts.items()):
            replies.setdefault(reply_class, {}).setdefault(locale, {})[channel] = text
        data = {"pack": {"name": self.name}, "replies": replies}
        return "# Decline Desk reply pack\n\n" + tomli_w.dumps(data, multiline_strings=True)


def check_text(text: str, reply_class: str, locale: str, channel: str, guard: Guard) -> list[str]:
    """Every problem with one pack text, as sentences naming where it is."""
    where = f"{reply_class} / {locale} / {channel}"
    if not text.strip():
        return [f"{where}: the text is empty."]
    if len(text) > MAX_TEXT_CHARS:
        return [
            f"{where}: the text is {len(text)} characters long; a reply may have at most "
            f"{MAX_TEXT_CHARS}."
        ]
    problems = [f"{where}: {problem}" for problem in template_problems(text)]
    try:
        lines = parse(text)
    except TemplateError:  # malformed: template_problems has said where
        return problems
    parts = sum(isinstance(piece, OptionalPart) for line in lines for piece in line)
    if parts > MAX_OPTIONAL_PARTS:
        return [
            *problems,
            f"{where}: the text has {parts} optional parts [[ ... ]]; a reply "
            f"may have at most {MAX_OPTIONAL_PARTS}.",
        ]
    # Checked as a customer could read it: each optional part left out and filled in, so a
    # placeholder cannot split a word ("sto[[{customer_first_name}]]len").
    found: dict[str, str] = {}
    for variant in variants(text, radius=_WINDOW):
        for problem in guard.check(variant, locale):
            found.setdefault(problem.phrase.strip(), problem.reason)
    problems += [f"{where}: “{phrase}” {reason}." for phrase, reason in found.items()]
    return problems


def load_pack(
    text: str, reply_classes: Iterable[str], locales: Iterable[str], guard: Guard
) -> ReplyPack:
    """Reads and checks a pack; raises PackError listing every problem (nothing half-read)."""
    if len(text) > MAX_PACK_BYTES or len(text.encode("utf-8", "replace")) > MAX_PACK_BYTES:
        raise PackError([TOO_LARGE])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PackError([f"The file is not valid TOML ({error})."]) from None
    classes, known_locales = set(reply_classes), set(locales)
    problems: list[str] = []
    header = data.get("pack")
    name = header.get("name") if isinstance(header, dict) else None
    pack = ReplyPack(name=str(name or "Team replies"))
    replies = data.get("replies")
    # A file written like the shipped ones (resources/replies/en.toml) names its language once,
    # at the top, and its [replies.CLASS] tables hold email and chat; its [email] frame
    # (greeting, closing) is the app's and the agent's settings', so it is not read.
    file_locale = data.get("locale") or (header.get("locale") if isinstance(header, dict) else None)
    no_language: list[str] = []
    if not isinstance(replies, dict) or not replies:
        raise PackError(["The file has no [replies.CLASS.LOCALE] tables."])
    for reply_class, by_locale in replies.items():
        if reply_class not in classes:
            known = ", ".join(sorted(classes))
            problems.append(f"{reply_class}: not a reply class (known: {known}).")
            continue
        if not isinstance(by_locale, dict):
            problems.append(f"{reply_class}: expected a table per language.")
            continue
        if by_locale and set(by_locale) <= set(CHANNELS):  # the shipped files' form, one language
            if not isinstance(file_locale, str):
                no_language.append(reply_class)
                continue
            by_locale = {file_locale: by_locale}
        for locale, by_channel in by_locale.items():
            if locale not in known_locales:
                problems.append(
                    f"{reply_class} / {locale}: not a reply language "
                    f"(known: {', '.join(sorted(known_locales))})."
                )
                continue
            if not isinstance(by_channel, dict):
                problems.append(f"{reply_class} / {locale}: expected email and chat texts.")
                continue
            for channel, body in by_channel.items():
                if channel not in CHANNELS:
                    problems.append(
                        f"{reply_class} / {locale} / {channel}: the channel must be email or chat."
                    )
                elif not isinstance(body, str):
                    problems.append(
                        f"{reply_class} / {locale} / {channel}: the text must be a string."
                    )
                else:
                    found = check_text(body, reply_class, locale, channel, guard)
                    problems += found
                    if not found:
                        pack.texts[(reply_class, locale, channel)] = body.strip("\n")
    if no_language:
        more = f" (and {len(no_language) - 1} more)" if len(no_language) > 1 else ""
        problems.append(
            f'[replies.{no_language[0]}]{more} names no language: put locale = "en" (or '
            "another) at the top of the file, before any [table], or write "
            f"[replies.{no_language[0]}.en]."
        )
    if problems:
        raise PackError(problems)
    return pack


def read_pack_file(
    path: Path, reply_classes: Iterable[str], locales: Iterable[str], guard: Guard
) -> ReplyPack:
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
